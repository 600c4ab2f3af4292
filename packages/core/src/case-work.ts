import type { IssuePath } from './path';
import type { ActionPlan, Termination } from './schema/action-plan';
import type { Case, StatusChange } from './schema/case';
import type { CASE_STATUSES } from './vocab/lists';

/** A case status code (受付, 調整中 …). @public */
export type CaseStatus = (typeof CASE_STATUSES)[number]['code'];

/**
 * The statuses a case may move to from each status: 受付 → 調整中 → 計画実施中 ⇄
 * モニタリング → 終結, with 中断 from any open status and 再開 only after 終結. The
 * chain is this project's model (DOMAIN §9); the seeds back 終結 and its criteria
 * (氷見, seed 001 l.1502), re-involvement after it (l.696, l.1502) and monitoring
 * after the main supporter runs (l.1677), not the chain itself. A status may be
 * recorded again (a second 調整中 after a plan was dropped).
 * `case.statusOrder` checks a history against it.
 * @public
 */
export const CASE_STATUS_NEXT: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  opened: ['coordinating', 'planRunning', 'monitoring', 'suspended', 'terminated'],
  coordinating: ['planRunning', 'monitoring', 'suspended', 'terminated', 'coordinating'],
  planRunning: ['monitoring', 'coordinating', 'suspended', 'terminated', 'planRunning'],
  monitoring: ['planRunning', 'coordinating', 'suspended', 'terminated', 'monitoring'],
  suspended: ['coordinating', 'planRunning', 'monitoring', 'terminated'],
  terminated: ['reopened'],
  reopened: ['coordinating', 'planRunning', 'monitoring', 'suspended', 'terminated'],
};

/** The case's status now: the last change of its history (受付 for a history not yet begun). @public */
export function caseStatus(c: Pick<Case, 'statusHistory'>): CaseStatus {
  return c.statusHistory.at(-1)?.status ?? 'opened';
}

/** The statuses the case may move to next, in the order of {@link CASE_STATUS_NEXT}. @public */
export function nextCaseStatuses(c: Pick<Case, 'statusHistory'>): readonly CaseStatus[] {
  return c.statusHistory.length === 0 ? ['opened'] : CASE_STATUS_NEXT[caseStatus(c)];
}

/** Whether a later version of the plan `id` was made by `date`. */
function revisedBy(plans: readonly ActionPlan[], id: string | undefined, date: string): boolean {
  return id !== undefined && plans.some((q) => q.previousVersionId === id && q.planDate <= date);
}

/**
 * The index of the plan in force on a date: carried out (実施中), made by then,
 * and not revised by a later version made by then. `undefined` when none is.
 * @public
 */
export function planInForce(c: Pick<Case, 'plans'>, date: string): number | undefined {
  let found: number | undefined;
  const plans = c.plans ?? []; // rules read malformed cases too
  plans.forEach((p, i) => {
    if (
      p.status === 'active' &&
      p.planDate <= date &&
      !revisedBy(plans, p.id, date) &&
      (found === undefined || plans[found]!.planDate <= p.planDate)
    )
      found = i;
  });
  return found;
}

/** Where a closure (終結) is recorded: the termination, and its path in the case. @public */
export interface CaseClosure {
  /** The closure: reason, successor, hand-off (empty when nothing was recorded). */
  readonly termination: Termination;
  /** `['plans', j, 'termination']` when the plan in force holds it, else `['statusHistory', i, 'termination']`. */
  readonly path: IssuePath;
}

/**
 * The closure of the 終結 at `statusHistory[index]`: the termination section of
 * the plan that ended that day, or — for a case closed with no plan in force —
 * the status change's own. One fact, one record (`case.terminationMismatch`).
 * `undefined` when that change is not a 終結.
 * @public
 */
export function caseClosure(c: Case, index: number): CaseClosure | undefined {
  const s = c.statusHistory[index];
  if (s?.status !== 'terminated') return undefined;
  const j = c.plans.findIndex((p) => p.status === 'terminated' && p.termination?.date === s.date);
  if (j >= 0) return { termination: c.plans[j]!.termination!, path: ['plans', j, 'termination'] };
  return { termination: s.termination ?? {}, path: ['statusHistory', index, 'termination'] };
}

/**
 * The case with a status change appended: its history is kept, never rewritten.
 * A 終結 closes the plan in force with it — the plan becomes 終結 and its
 * termination section receives the closure (dated the change's date, decided
 * in the change's meeting) — so the plan and the history say one thing. With no
 * plan in force the change keeps the closure itself. Pure: returns a new case.
 *
 * @example
 * ```ts
 * const closed = changeCaseStatus(c, {
 *   status: 'terminated', date: '2026-01-15', meetingId: 'mtg-2026-003',
 *   termination: { reason: 'mainSupporterDecided', successor: '地域包括支援センター', contactOnChange: { organization: '地域包括支援センター' } },
 * });
 * validate('case', closed); // the rules of 終結 apply to the plan's termination
 * ```
 * @public
 */
export function changeCaseStatus(c: Case, change: StatusChange): Case {
  const { termination, ...rest } = change;
  if (change.status !== 'terminated') return { ...c, statusHistory: [...c.statusHistory, rest] };
  const j = planInForce(c, change.date);
  const closure: Termination = { ...termination, date: change.date };
  if (j === undefined) {
    const { date: _date, ...own } = closure;
    return { ...c, statusHistory: [...c.statusHistory, { ...rest, termination: own }] };
  }
  const plans = c.plans.map((p, i) =>
    i === j
      ? {
          ...p,
          status: 'terminated' as const,
          termination: { ...p.termination, ...closure, ...(change.meetingId ? { decidedInMeetingId: change.meetingId } : {}) },
        }
      : p,
  );
  return { ...c, plans, statusHistory: [...c.statusHistory, rest] };
}
