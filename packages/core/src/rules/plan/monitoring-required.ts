import { defineRule } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';
import { planActive } from '../../model/plan';

/**
 * `plan.monitoringRequired`: An active plan has a next monitoring date after the plan date (高島: fixed monitoring keeps progress moving).
 * @public
 */
export const planMonitoringRequired = defineRule({
  code: 'plan.monitoringRequired',
  severity: 'error',
  messages: {
    ja: '次回モニタリング日を、計画作成日より後の日付で入力してください。',
    en: 'Enter the next monitoring date, after the plan date.',
  },
  check: function* (d: ActionPlan) {
    if (!planActive(d)) return;
    const next = d.monitoring?.nextDate;
    if (!next || (d.planDate && next <= d.planDate)) yield { path: ['monitoring', 'nextDate'] };
  },
  requires: [{ path: ['monitoring', 'nextDate'], when: planActive }],
});
