import { FIELDS, TSUNAGI_REASONS, TSUNAGI_STATUSES } from '../../vocab/lists';
import type { Case } from '../../schema/case';
import type { Tsunagi } from '../../schema/tsunagi';
import type { Finding, IssuePath, Requirement, Rule, RulePolicy } from '../engine';
import { requiredTexts } from '../field/required';
import { knownCodes } from '../vocabulary/unknown-code';
import { tsunagiStatusOrder } from '../tsunagi/status-order';
import { tsunagiReasonRequired } from '../tsunagi/reason-required';
import { tsunagiWrongSide } from '../tsunagi/wrong-side';
import { tsunagiReplyOverdue } from '../tsunagi/reply-overdue';

/**
 * A case rule about its つなぎ, run on one つなぎ alone: the つなぎ as the only one of a case, its findings' paths from
 * the つなぎ (`['steps', 1, 'reason']` for the case's `['tsunagi', 0, 'steps', 1, 'reason']`). The receiving agency
 * sees the つなぎ, never the case, and the same rule says the same thing to both sides.
 */
function alone(r: Rule<Case>): Rule<Tsunagi> {
  const asCase = (t: Tsunagi) => ({ tsunagi: [t] }) as Case;
  const requires = r.requires?.map((q): Requirement<Tsunagi> => ({
    path: q.path.slice(2),
    ...(q.when ? { when: (t: Tsunagi, path: IssuePath, policy: RulePolicy) => q.when!(asCase(t), ['tsunagi', 0, ...path], policy) } : {}),
  }));
  return {
    meta: r.meta,
    check: function* (t, ctx) {
      for (const f of r.check(asCase(t), ctx)) yield { ...f, path: f.path.slice(2) } satisfies Finding;
    },
    ...(requires ? { requires } : {}),
  };
}

/**
 * Rules of one つなぎ on its own — what `<tsunagu-referral-reply>` validates: the agencies named, the codes known,
 * the steps in order, set by the right side, with their reasons, and the reply in time.
 */
export const tsunagiRules: readonly Rule<Tsunagi>[] = [
  requiredTexts<Tsunagi>([
    ['requester', 'organization'],
    ['receiver', 'organization'],
  ]),
  knownCodes<Tsunagi>([
    ['tsunagiStatuses', TSUNAGI_STATUSES, ['steps', '*', 'status']],
    ['tsunagiReasons', TSUNAGI_REASONS, ['steps', '*', 'reason']],
    ['fields', FIELDS, ['receiver', 'field']],
  ]),
  alone(tsunagiStatusOrder),
  alone(tsunagiReasonRequired),
  alone(tsunagiWrongSide),
  alone(tsunagiReplyOverdue),
];
