import { defineRule } from '../define';
import type { ActionPlan } from '../../schema/action-plan';
import { blank, rule } from '../engine';
import { planTerminated } from '../../model/plan';

/**
 * `termination.reasonRequired`: A terminated plan has its reason.
 * @public
 */
export const terminationReasonRequiredMeta = defineRule({
  code: 'termination.reasonRequired',
  severity: 'error',
  messages: {
    ja: '終結の理由を選んでください。',
    en: 'Choose the reason for termination.',
  },
});

const META = terminationReasonRequiredMeta;

export const terminationReasonRequired = rule<ActionPlan>(
  META,
  function* (d) {
    if (planTerminated(d) && blank(d.termination?.reason)) yield { path: ['termination', 'reason'] };
  },
  [{ path: ['termination', 'reason'], when: planTerminated }],
);
