import type { IssuePath } from './path';
import type { Case } from './schema/case';
import { caseClosure } from './case-work';
import { phaseMove } from './model/enrolment';

/**
 * What a timeline entry is. `enrolment`: a 事業 begun or ended; `phase`: the move from 支援会議 to
 * 重層的支援会議 ({@link phaseMove}); `tsunagi`: a step of a つなぎ (its `code` the status: 依頼, 受理, つながった …);
 * `assessment`: a household assessment (its `code` the 評価's decision, when it has one).
 * @public
 */
export type TimelineKind =
  'referral' | 'meeting' | 'plan' | 'status' | 'consent' | 'contact' | 'change' | 'enrolment' | 'phase' | 'tsunagi' | 'assessment';

/** One dated entry of a case's timeline: what it is, where in the case it lives, whom and which agencies it concerns. @public */
export interface TimelineEntry {
  readonly date: string;
  /** HH:MM, for contacts recorded with a time. */
  readonly time?: string;
  readonly kind: TimelineKind;
  /** Where the entry lives in the case (`['contacts', 3]`), to open or edit it. */
  readonly path: IssuePath;
  /** The document's or entry's id, when it has one. */
  readonly id?: string;
  /** A code that says what happened: the status, the consent status, the contact method, the meeting kind. */
  readonly code?: string;
  /** Household members it concerns (ids). */
  readonly memberIds: readonly string[];
  /** Agencies it concerns (names). */
  readonly agencies: readonly string[];
  /** A contact's purpose (CONTACT_PURPOSES), when recorded. */
  readonly purpose?: string;
  /** A contact's: whether it was the coordinator's office's work (`true`) or another agency's (`false`), when recorded. */
  readonly byCoordinatorOffice?: boolean;
  /** An enrolment's end (its `to`), rather than its start. */
  readonly ends?: boolean;
}

/** Options of {@link caseTimeline}. @public */
export interface TimelineOptions {
  /** `asc` (oldest first, the default) or `desc` (newest first). */
  readonly order?: 'asc' | 'desc';
  /** Only these kinds. */
  readonly kinds?: readonly TimelineKind[];
  /** Only entries that concern this member. */
  readonly memberId?: string;
  /** Only entries that concern this agency. */
  readonly agency?: string;
  /** Only contacts with this purpose (other kinds are left out). */
  readonly purpose?: string;
  /** Only contacts that were (`true`) or were not (`false`) the coordinator's office's work (other kinds are left out). */
  readonly byCoordinatorOffice?: boolean;
}

/** Same-day entries in the order the work happens: a referral before the meeting it led to, a status change after. */
const ORDER: Readonly<Record<TimelineKind, number>> = {
  referral: 0,
  consent: 1,
  assessment: 2,
  meeting: 3,
  phase: 4,
  enrolment: 5,
  plan: 6,
  tsunagi: 7,
  contact: 8,
  change: 9,
  status: 10,
};

/**
 * The case over time, as dated, typed entries: its referrals, meetings, plan
 * versions, status changes, consent changes, contacts (支援経過記録) and small
 * changes — sorted, and filtered by kind, member, agency, or a contact's purpose and whose work it was. Pure: the case is
 * read, never changed. 高島: 「それまでの経過が分からないと…関わりが難しくなる」
 * (seed 001 l.2036).
 *
 * @example
 * ```ts
 * const lastContacts = caseTimeline(caseDoc, { order: 'desc', kinds: ['contact'] }).slice(0, 5);
 * ```
 * @public
 */
export function caseTimeline(c: Case, options: TimelineOptions = {}): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  const personId = c.household.person.id;
  const everyone = [personId, ...c.household.members.map((m) => m.id)].filter((id): id is string => id !== undefined);
  c.referrals.forEach((r, i) =>
    out.push({
      date: r.referredOn,
      kind: 'referral',
      path: ['referrals', i],
      ...(r.id ? { id: r.id } : {}),
      ...(r.route ? { code: r.route } : {}),
      memberIds: everyone,
      agencies: [r.referrer.organization],
    }),
  );
  c.meetings.forEach((m, i) =>
    out.push({
      date: m.meeting.date,
      ...(m.meeting.startTime ? { time: m.meeting.startTime } : {}),
      kind: 'meeting',
      path: ['meetings', i],
      ...(m.id ? { id: m.id } : {}),
      code: m.meeting.legalKind,
      memberIds: [...new Set((m.shared?.memberIssues ?? []).map((x) => x.memberId).filter((id): id is string => id !== undefined))],
      agencies: [...new Set(m.attendees.map((a) => a.organization))],
    }),
  );
  c.assessments?.forEach((a, i) =>
    out.push({
      date: a.assessedOn,
      kind: 'assessment',
      path: ['assessments', i],
      ...(a.id ? { id: a.id } : {}),
      ...(a.evaluation ? { code: a.evaluation.decision } : {}),
      memberIds: a.members.map((m) => m.memberId),
      agencies: a.by ? [a.by.organization] : [],
    }),
  );
  c.plans.forEach((p, i) =>
    out.push({
      date: p.planDate,
      kind: 'plan',
      path: ['plans', i],
      ...(p.id ? { id: p.id } : {}),
      code: p.status,
      memberIds: [],
      agencies: [...new Set(p.members.map((m) => m.organization))],
    }),
  );
  c.statusHistory.forEach((s, i) => {
    const onward = s.status === 'terminated' ? (caseClosure(c, i)?.termination.accompaniers ?? []).map((a) => a.organization) : [];
    out.push({
      date: s.date,
      kind: 'status',
      path: ['statusHistory', i],
      code: s.status,
      memberIds: [],
      agencies: [...new Set([s.decidedBy?.organization, ...onward].filter((a): a is string => !!a))],
    });
  });
  c.consentHistory.forEach((s, i) => {
    if (s.date)
      out.push({
        date: s.date,
        kind: 'consent',
        path: ['consentHistory', i],
        code: s.status,
        memberIds: [s.personId ?? personId].filter((id): id is string => id !== undefined),
        agencies: s.confirmedBy ? [s.confirmedBy.organization] : [],
      });
  });
  (c.contacts ?? []).forEach((e, i) =>
    out.push({
      date: e.date,
      ...(e.time ? { time: e.time } : {}),
      kind: 'contact',
      path: ['contacts', i],
      id: e.id,
      code: e.method,
      memberIds: e.withMemberIds ?? [],
      agencies: [...(e.by ? [e.by.organization] : []), ...(e.withAgencies ?? [])],
      ...(e.purpose ? { purpose: e.purpose } : {}),
      ...(e.byCoordinatorOffice !== undefined ? { byCoordinatorOffice: e.byCoordinatorOffice } : {}),
    }),
  );
  (c.changes ?? []).forEach((e, i) =>
    out.push({ date: e.date, kind: 'change', path: ['changes', i], id: e.id, memberIds: e.memberId ? [e.memberId] : [], agencies: [] }),
  );
  (c.enrolments ?? []).forEach((e, i) => {
    const entry = { kind: 'enrolment', id: e.id, code: e.program, memberIds: everyone, agencies: [] } as const;
    out.push({ ...entry, date: e.from, path: ['enrolments', i] });
    if (e.to !== undefined) out.push({ ...entry, date: e.to, path: ['enrolments', i, 'to'], ends: true });
  });
  (c.tsunagi ?? []).forEach((t, i) =>
    t.steps.forEach((s, k) =>
      out.push({
        date: s.date,
        kind: 'tsunagi',
        path: ['tsunagi', i, 'steps', k],
        id: t.id,
        code: s.status,
        memberIds: t.memberIds ?? [],
        agencies: [t.requester.organization, t.receiver.organization].filter((a) => a !== ''),
      }),
    ),
  );
  const move = phaseMove(c);
  if (move) {
    const m = c.meetings[move.meetingIndex]!;
    out.push({
      date: move.date,
      kind: 'phase',
      path: ['meetings', move.meetingIndex],
      ...(m.id ? { id: m.id } : {}),
      code: 'juusou',
      // The person's consent made the move.
      memberIds: personId !== undefined ? [personId] : [],
      agencies: [],
    });
  }

  const kinds = options.kinds ? new Set(options.kinds) : undefined;
  const kept = out.filter(
    (e) =>
      (!kinds || kinds.has(e.kind)) &&
      (options.memberId === undefined || e.memberIds.includes(options.memberId)) &&
      (options.agency === undefined || e.agencies.includes(options.agency)) &&
      (options.purpose === undefined || e.purpose === options.purpose) &&
      (options.byCoordinatorOffice === undefined || e.byCoordinatorOffice === options.byCoordinatorOffice),
  );
  const sign = options.order === 'desc' ? -1 : 1;
  // Stable: entries of one day and kind keep the order they were recorded in.
  return kept
    .map((e, n) => ({ e, n }))
    .sort(
      (a, b) =>
        sign *
        (a.e.date < b.e.date
          ? -1
          : a.e.date > b.e.date
            ? 1
            : (a.e.time ?? '') < (b.e.time ?? '')
              ? -1
              : (a.e.time ?? '') > (b.e.time ?? '')
                ? 1
                : ORDER[a.e.kind] - ORDER[b.e.kind] || a.n - b.n),
    )
    .map((x) => x.e);
}
