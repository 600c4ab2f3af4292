import { defineRule } from '../define';
import type { ActionPlan } from '../../schema/action-plan';
import { rule } from '../engine';
import { planActive } from '../../model/plan';

/**
 * `plan.monitoringOverdue`: The next monitoring date of an active plan has passed.
 * @public
 */
export const planMonitoringOverdueMeta = defineRule({
  code: 'plan.monitoringOverdue',
  severity: 'warning',
  messages: {
    ja: '次回モニタリング日を過ぎています。',
    en: 'The next monitoring date has passed.',
  },
});

const META = planMonitoringOverdueMeta;

export const planMonitoringOverdue = rule<ActionPlan>(META, function* (d, ctx) {
  const next = d.monitoring?.nextDate;
  if (planActive(d) && next && next < ctx.today) yield { path: ['monitoring', 'nextDate'] };
});
