import { defineRule, blank } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';
import { planTerminated } from '../../model/plan';

/**
 * `termination.reasonRequired`: A terminated plan has its reason.
 * @public
 */
export const terminationReasonRequired = defineRule({
  code: 'termination.reasonRequired',
  severity: 'error',
  messages: {
    ja: '終結の理由を選んでください。',
    en: 'Choose the reason for termination.',
  },
  check: function* (d: ActionPlan) {
    if (planTerminated(d) && blank(d.termination?.reason)) yield { path: ['termination', 'reason'] };
  },
  requires: [{ path: ['termination', 'reason'], when: planTerminated }],
});
