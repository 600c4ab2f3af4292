import { defineRule } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';
import { planTerminated } from '../../model/plan';

/**
 * `termination.dateRequired`: A terminated plan has its termination date.
 * @public
 */
export const terminationDateRequired = defineRule({
  code: 'termination.dateRequired',
  severity: 'error',
  messages: {
    ja: '終結日を入力してください。',
    en: 'Enter the termination date.',
  },
  check: function* (d: ActionPlan) {
    if (planTerminated(d) && !d.termination?.date) yield { path: ['termination', 'date'] };
  },
  requires: [{ path: ['termination', 'date'], when: planTerminated }],
});
