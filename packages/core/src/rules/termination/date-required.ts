import { defineRule } from '../define';
import type { ActionPlan } from '../../schema/action-plan';
import { rule } from '../engine';
import { planTerminated } from '../../model/plan';

/**
 * `termination.dateRequired`: A terminated plan has its termination date.
 * @public
 */
export const terminationDateRequiredMeta = defineRule({
  code: 'termination.dateRequired',
  severity: 'error',
  messages: {
    ja: '終結日を入力してください。',
    en: 'Enter the termination date.',
  },
});

const META = terminationDateRequiredMeta;

export const terminationDateRequired = rule<ActionPlan>(
  META,
  function* (d) {
    if (planTerminated(d) && !d.termination?.date) yield { path: ['termination', 'date'] };
  },
  [{ path: ['termination', 'date'], when: planTerminated }],
);
