import { defineRule, blank, type RuleContext, type RulePolicy } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';
import { TERMINATION_REASONS } from '../../vocab/lists';
import type { Vocabulary } from '../../vocab';
import { planTerminated } from '../../model/plan';

/**
 * `termination.successorRequired`: Unless the reason hands the case to no one (転出, 死亡, 一定期間関与がない — 氷見's criterion, seed 001 l.1502), a terminated plan names the agency that carries on (盛岡: after termination another agency leads).
 * @public
 */
export const terminationSuccessorRequired = defineRule({
  code: 'termination.successorRequired',
  severity: 'error',
  messages: {
    ja: '終結後に支援を引き継ぐ機関を入力してください。',
    en: 'Enter the agency that carries on after termination.',
  },
  check: function* (d: ActionPlan, ctx: RuleContext) {
    if (planTerminated(d) && handsOn(d, ctx.policy) && blank(d.termination?.successor)) yield { path: ['termination', 'successor'] };
  },
  requires: [{ path: ['termination', 'successor'], when: (d, _path, policy) => planTerminated(d) && handsOn(d, policy) }],
});
/** Whether the termination's reason hands the case on to someone (not 転出 or 死亡, nor a local reason marked so). */
export function handsOn(p: ActionPlan, policy: RulePolicy): boolean {
  const reason = p.termination?.reason;
  if (!reason) return false;
  const reasons: Vocabulary = [...TERMINATION_REASONS, ...(policy.vocabularies.terminationReasons ?? [])];
  return !reasons.find((e) => e.code === reason)?.noSuccessor;
}
