import { defineRule } from '../define';
import type { ActionPlan } from '../../schema/action-plan';
import { rule } from '../engine';

/**
 * `termination.beforePlan`: A termination is not dated before the plan.
 * @public
 */
export const terminationBeforePlanMeta = defineRule({
  code: 'termination.beforePlan',
  severity: 'error',
  messages: {
    ja: '終結日が計画作成日より前になっています。',
    en: 'The termination date is before the plan date.',
  },
});

const META = terminationBeforePlanMeta;

export const terminationBeforePlan = rule<ActionPlan>(META, function* (d) {
  const date = d.termination?.date;
  if (date && d.planDate && date < d.planDate) yield { path: ['termination', 'date'] };
});
