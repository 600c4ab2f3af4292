import { defineRule, type RuleContext, type RulePolicy } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';
import { TERMINATION_REASONS } from '../../vocab/lists';
import type { Vocabulary } from '../../vocab';
import { planTerminated } from '../../model/plan';

/**
 * `termination.successorRequired`: Unless the reason hands the case to no one (転出, 死亡, 一定期間関与がない — 氷見's criterion, seed 001 l.1502), a terminated plan names at least one who keeps accompanying the person, formal or informal (「常に誰か伴走している」, seed 001 l.692–694; 盛岡: after termination another agency leads, l.438).
 * @public
 */
export const terminationSuccessorRequired = defineRule({
  code: 'termination.successorRequired',
  severity: 'error',
  messages: {
    ja: '終結後も伴走する人・機関を1つ以上入力してください。',
    en: 'Enter at least one person or agency who keeps accompanying the person after closure.',
  },
  check: function* (d: ActionPlan, ctx: RuleContext) {
    if (planTerminated(d) && handsOn(d, ctx.policy) && !(d.termination?.accompaniers ?? []).length)
      yield { path: ['termination', 'accompaniers'] };
  },
  requires: [{ path: ['termination', 'accompaniers'], when: (d, _path, policy) => planTerminated(d) && handsOn(d, policy) }],
});
/** Whether the termination's reason hands the case on to someone (not 転出 or 死亡, nor a local reason marked so). */
export function handsOn(p: ActionPlan, policy: RulePolicy): boolean {
  const reason = p.termination?.reason;
  if (!reason) return false;
  const reasons: Vocabulary = [...TERMINATION_REASONS, ...(policy.vocabularies.terminationReasons ?? [])];
  return !reasons.find((e) => e.code === reason)?.noSuccessor;
}
