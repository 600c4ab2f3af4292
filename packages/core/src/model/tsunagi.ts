// A つなぎ over time: its status on a date, who may set each status, its reply deadline, and the FHIR Task status
// each maps to.
import { addDaysIso } from '../dates/calendar';
import type { ActionPlan } from '../schema/action-plan';
import type { Case } from '../schema/case';
import type { TSUNAGI_STATUSES } from '../vocab/lists';
import type { Tsunagi, TsunagiStep } from '../schema/tsunagi';

/** A つなぎ status code (TSUNAGI_STATUSES). @public */
export type TsunagiStatus = (typeof TSUNAGI_STATUSES)[number]['code'];

/**
 * A new つなぎ: asked `today` by the side that asks, the agencies still to name. The case record's 「つなぎを追加する」,
 * `tsunagiFromAction` and an empty `<tsunagu-referral-reply>` start from it.
 * @public
 */
export function emptyTsunagi(today: string, id = 'tsunagi-new'): Tsunagi {
  return {
    id,
    requester: { organization: '' },
    receiver: { organization: '' },
    steps: [{ status: 'requested', date: today, by: 'requester' }],
  };
}

/** Days the receiving agency has to reply (受理 or 辞退) when the policy does not say: two weeks. @public */
export const DEFAULT_TSUNAGI_REPLY_DAYS = 14;

/**
 * The statuses that may follow each: 依頼 is answered (受理, 辞退) or withdrawn (取消), or the person is found not to
 * come (つながらなかった); once taken up, the person begins to use it or the outcome is known; 辞退, つながった,
 * つながらなかった and 取消 end it. The rule `tsunagi.statusOrder` reads this table.
 * @public
 */
export const TSUNAGI_NEXT: Readonly<Record<TsunagiStatus, readonly TsunagiStatus[]>> = {
  requested: ['accepted', 'declined', 'cancelled', 'notConnected'],
  accepted: ['started', 'connected', 'notConnected', 'cancelled'],
  started: ['connected', 'notConnected'],
  declined: [],
  connected: [],
  notConnected: [],
  cancelled: [],
};

/**
 * Who may set each status: the side that asks sets 依頼 and 取消, the receiving agency 受理 and 辞退, and either the
 * outcome (利用開始, つながった, つながらなかった). The rule `tsunagi.wrongSide` reads this table when a step says who set it.
 * @public
 */
export const TSUNAGI_SETTERS: Readonly<Record<TsunagiStatus, readonly ('requester' | 'receiver')[]>> = {
  requested: ['requester'],
  cancelled: ['requester'],
  accepted: ['receiver'],
  declined: ['receiver'],
  started: ['requester', 'receiver'],
  connected: ['requester', 'receiver'],
  notConnected: ['requester', 'receiver'],
};

/** The statuses that need a reason (TSUNAGI_REASONS): 辞退 and つながらなかった. @public */
export const TSUNAGI_REASON_REQUIRED: readonly TsunagiStatus[] = ['declined', 'notConnected'];

/** The statuses after which nothing follows. @public */
export const TSUNAGI_CLOSED: readonly TsunagiStatus[] = ['declined', 'connected', 'notConnected', 'cancelled'];

/**
 * Each status as a FHIR R4 `Task.status` (http://hl7.org/fhir/task-status), with the tsunagu code as the Task's
 * `businessStatus` — the way the SDOH Clinical Care guide (Gravity) tracks a referral: the requester creates a
 * ServiceRequest and a Task, and the performer updates the Task. A portal that speaks FHIR sends and reads Tasks
 * through this table. 利用開始 is `in-progress`; つながった `completed`; つながらなかった `failed`.
 * @public
 */
export const TSUNAGI_FHIR_TASK: Readonly<Record<TsunagiStatus, { readonly status: string; readonly businessStatus: string }>> = {
  requested: { status: 'requested', businessStatus: 'requested' },
  accepted: { status: 'accepted', businessStatus: 'accepted' },
  declined: { status: 'rejected', businessStatus: 'declined' },
  started: { status: 'in-progress', businessStatus: 'started' },
  connected: { status: 'completed', businessStatus: 'connected' },
  notConnected: { status: 'failed', businessStatus: 'notConnected' },
  cancelled: { status: 'cancelled', businessStatus: 'cancelled' },
};

/**
 * The step in force on a date: the latest dated on or before it (the later of equal dates); `undefined` before the
 * first. A step still being written, without its status, is not in force.
 */
function stepOn(t: Pick<Tsunagi, 'steps'>, date: string): TsunagiStep | undefined {
  let at: TsunagiStep | undefined;
  for (const s of t.steps) if (s.status && s.date <= date && (!at || s.date >= at.date)) at = s;
  return at;
}

/**
 * A つなぎ's status on a date (its latest step by then), or now when no date is given; `undefined` before it was asked.
 * @example
 * ```ts
 * tsunagiStatus(t, '2025-07-01'); // 'accepted'
 * ```
 * @public
 */
export function tsunagiStatus(t: Pick<Tsunagi, 'steps'>, date = '9999-12-31'): string | undefined {
  return stepOn(t, date)?.status;
}

/** The date a つなぎ was asked (its first 依頼), else its first step's. @public */
export function tsunagiRequestedOn(t: Pick<Tsunagi, 'steps'>): string {
  const asked = t.steps.find((s) => s.status === 'requested') ?? t.steps[0]!;
  return asked.date;
}

/**
 * The last day the receiver has to reply: the 依頼's date plus the policy's days (`replyDays`, 14 by default). On
 * that day it is still in time; from the next, `tsunagi.replyOverdue` warns.
 * @public
 */
export function tsunagiReplyBy(t: Pick<Tsunagi, 'steps'>, replyDays: number = DEFAULT_TSUNAGI_REPLY_DAYS): string {
  return addDaysIso(tsunagiRequestedOn(t), replyDays);
}

/** What an open つなぎ is waiting for on a day: 返事待ち (a reply in time), 期限切れ (past its reply date), or the outcome. @public */
export type TsunagiWait = 'reply' | 'overdue' | 'outcome';

/** An open つなぎ of a case, and what it waits for. @public */
export interface OpenTsunagi {
  readonly tsunagi: Tsunagi;
  /** Its index in `case.tsunagi`. */
  readonly index: number;
  readonly status: string;
  readonly waits: TsunagiWait;
  /** The last day to reply (for `reply` and `overdue`). */
  readonly replyBy: string;
}

/**
 * The つなぎ of a case still open on a day — asked and not yet answered (返事待ち, or 期限切れ past the reply date), or
 * taken up with the outcome unknown — oldest first. The case record lists them.
 * @public
 */
export function openTsunagi(c: Pick<Case, 'tsunagi'>, today: string, replyDays: number = DEFAULT_TSUNAGI_REPLY_DAYS): OpenTsunagi[] {
  const out: OpenTsunagi[] = [];
  (c.tsunagi ?? []).forEach((t, index) => {
    const status = tsunagiStatus(t, today);
    if (status === undefined || (TSUNAGI_CLOSED as readonly string[]).includes(status)) return;
    const replyBy = tsunagiReplyBy(t, replyDays);
    const waits: TsunagiWait = status === 'requested' ? (today > replyBy ? 'overdue' : 'reply') : 'outcome';
    out.push({ tsunagi: t, index, status, waits, replyBy });
  });
  return out.sort((a, b) => tsunagiRequestedOn(a.tsunagi).localeCompare(tsunagiRequestedOn(b.tsunagi)) || a.index - b.index);
}

/**
 * The statuses a side may record next on a つなぎ: those that may follow its latest step (`TSUNAGI_NEXT`) and that
 * the side sets (`TSUNAGI_SETTERS`). Empty once it has ended. `<tsunagu-referral-reply>` offers these.
 * @example
 * ```ts
 * tsunagiNextFor(t, 'receiver'); // ['accepted', 'declined', 'notConnected'] while it waits for a reply
 * ```
 * @public
 */
export function tsunagiNextFor(t: Pick<Tsunagi, 'steps'>, side: 'requester' | 'receiver'): TsunagiStatus[] {
  // Its status now, as everything else reads it: the latest step by date that has one.
  const now = tsunagiStatus(t) as TsunagiStatus | undefined;
  const next = now === undefined ? (['requested'] as const) : (TSUNAGI_NEXT[now] ?? []);
  return next.filter((s) => TSUNAGI_SETTERS[s].includes(side));
}

/**
 * The case with a つなぎ put back by its id — as the receiving agency returned it from `<tsunagu-referral-reply>` — or
 * added when the case has none of that id. The case is not changed; a new one is returned.
 * @public
 */
export function withTsunagi(c: Case, t: Tsunagi): Case {
  const list = c.tsunagi ?? [];
  const at = list.findIndex((x) => x.id === t.id);
  return { ...c, tsunagi: at < 0 ? [...list, t] : list.map((x, i) => (i === at ? t : x)) };
}

/**
 * What a portal keeps of a reply from `<tsunagu-referral-reply>`: the つなぎ as it was sent, with the steps the reply
 * added after it — each marked as set by the side that answered, which the portal knows from its link, not from the
 * reply — and, from the receiving side, the name of the person in charge. Whatever else came back changed (the
 * purpose, what was shared, an earlier step) is not taken: the answering side adds steps, it does not rewrite the
 * record; `tsunagi.wrongSide` then refuses a status that side may not set. Validate the reply first (`validateTsunagi`), and the case after (`validate('case', withTsunagi(c, kept))`).
 * @public
 */
export function tsunagiReplyKept(
  sent: Tsunagi,
  reply: Pick<Tsunagi, 'steps' | 'receiver'>,
  side: 'requester' | 'receiver' = 'receiver',
): Tsunagi {
  const added = reply.steps.slice(sent.steps.length).map((s) => ({ ...s, by: side }));
  const name = side === 'receiver' ? reply.receiver.name : undefined;
  return {
    ...sent,
    ...(name ? { receiver: { ...sent.receiver, name } } : {}),
    steps: [...sent.steps, ...added],
  };
}

/**
 * A つなぎ begun from a plan's action of kind つなぎ (`kind: 'referral'`): linked to the plan version and the action,
 * asked today by the action's owner (the team member's agency and name, or the organization named instead), for the
 * action's task as its reason. The receiver is named next (in the case record, or from the resource directory).
 * `undefined` when the plan has no such action.
 * @example
 * ```ts
 * const t = tsunagiFromAction(plan, 'y4', { id: 'tg-1', today: '2025-07-14' });
 * const updated = t && withTsunagi(c, t);
 * ```
 * @public
 */
export function tsunagiFromAction(
  plan: ActionPlan,
  actionId: string,
  o: { readonly id: string; readonly today: string },
): Tsunagi | undefined {
  const action = plan.actions.find((a) => a.id === actionId);
  if (!action) return undefined;
  const owner = plan.members.find((m) => m.id === action.ownerId);
  const organization = owner?.organization || action.ownerOrganization || '';
  return {
    ...emptyTsunagi(o.today, o.id),
    ...(plan.id ? { planId: plan.id } : {}),
    actionId,
    requester: owner?.name ? { organization, name: owner.name } : { organization },
    ...(action.task ? { purpose: action.task } : {}),
  };
}

/**
 * The つなぎ of a case made from a plan's actions — from this version or an earlier one (`previousVersionId`, followed
 * through the case's plans): what `<tsunagu-action-plan-sheet>` shows beside each つなぎ action (its `tsunagi`).
 * @public
 */
export function tsunagiOfPlan(c: Pick<Case, 'plans' | 'tsunagi'>, plan: Pick<ActionPlan, 'id' | 'previousVersionId'>): Tsunagi[] {
  const versions = new Set<string>();
  // The plan, then each earlier version's id, read from the case's plans while they are there.
  for (let id = plan.id, at: Pick<ActionPlan, 'previousVersionId'> | undefined = plan; id !== undefined && !versions.has(id);) {
    versions.add(id);
    id = at?.previousVersionId;
    at = id === undefined ? undefined : c.plans.find((p) => p.id === id);
  }
  return (c.tsunagi ?? []).filter((t) => t.planId !== undefined && versions.has(t.planId));
}
