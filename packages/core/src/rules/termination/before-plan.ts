import { defineRule } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';

/**
 * `termination.beforePlan`: A termination is not dated before the plan.
 * @public
 */
export const terminationBeforePlan = defineRule({
  code: 'termination.beforePlan',
  severity: 'error',
  messages: {
    ja: '終結日が計画作成日より前になっています。',
    en: 'The termination date is before the plan date.',
  },
  check: function* (d: ActionPlan) {
    const date = d.termination?.date;
    if (date && d.planDate && date < d.planDate) yield { path: ['termination', 'date'] };
  },
});
