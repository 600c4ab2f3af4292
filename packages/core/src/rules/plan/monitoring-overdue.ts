import { defineRule, type RuleContext } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';
import { planActive } from '../../model/plan';

/**
 * `plan.monitoringOverdue`: The next monitoring date of an active plan has passed.
 * @public
 */
export const planMonitoringOverdue = defineRule({
  code: 'plan.monitoringOverdue',
  severity: 'warning',
  messages: {
    ja: '次回モニタリング日を過ぎています。',
    en: 'The next monitoring date has passed.',
  },
  check: function* (d: ActionPlan, ctx: RuleContext) {
    const next = d.monitoring?.nextDate;
    if (planActive(d) && next && next < ctx.today) yield { path: ['monitoring', 'nextDate'] };
  },
});
