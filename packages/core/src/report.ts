import { fiscalYearOf } from './dates';
import type { Case } from './schema/case';
import type { MeetingSession } from './schema/session';

/** The counts reported for one period (実績報告). @public */
export interface ReportCounts {
  /** Referrals received (consultations brought to multi-agency coordination). */
  referrals: number;
  /** Referrals by 相談経路 code (`unknown` when not recorded). */
  byRoute: Record<string, number>;
  /** Referrals by 分野 code; a referral with several fields counts once in each. */
  byField: Record<string, number>;
  /** New plans (version 1). */
  plansMade: number;
  /** Plan revisions (version 2 and later). */
  plansRevised: number;
  /**
   * 重層的支援会議 held (「開催回数」, seed 001 l.851): a session counts once however
   * many cases it discussed; a case's meeting with no session counts on its own.
   */
  juusouMeetings: number;
  /** 支援会議 held, counted the same way. */
  shienMeetings: number;
  /** Existing field meetings used for a case, counted the same way. */
  existingMeetings: number;
  /** Meetings held as sessions (`sessionId` on the case's meeting, or a session given). */
  sessions: number;
  /** Case discussions in those sessions (cases per session = casesDiscussed / sessions). */
  casesDiscussed: number;
  /** Participation-support actions started (counted once, in the plan they first appear in). */
  participationSupport: number;
  /** Outreach actions started (counted once). */
  outreach: number;
  /** Terminations (終結). */
  terminations: number;
  /** Re-openings. */
  reopenings: number;
  /** 延支援回数: contacts in the 支援経過記録 (氷見, seed 003 l.685). */
  contacts: number;
  /** 延支援回数 by contact method code. */
  contactsByMethod: Record<string, number>;
}

/** One row of the report: a fiscal year and a calendar month. @public */
export interface ReportRow extends ReportCounts {
  /** Fiscal year (April–March). */
  readonly fiscalYear: number;
  /** `YYYY-MM` of the calendar month. */
  readonly month: string;
}

/** The 実績報告 of a list of cases. @public */
export interface Report {
  /** One row per month that has any count, in time order (the time series). */
  readonly months: readonly ReportRow[];
  /** One total per fiscal year, in order. */
  readonly fiscalYears: readonly (ReportCounts & { readonly fiscalYear: number })[];
}

/** Options of {@link buildReport}. @public */
export interface ReportOptions {
  /** Only this fiscal year. */
  readonly fiscalYear?: number;
  /**
   * The meeting sessions, when the portal keeps them: their kind, date and
   * agenda count. Without them, a session is known from the cases' meetings
   * that name it (`sessionId`): its kind and date are theirs.
   */
  readonly sessions?: Iterable<MeetingSession>;
}

function emptyCounts(): ReportCounts {
  return {
    referrals: 0,
    byRoute: {},
    byField: {},
    plansMade: 0,
    plansRevised: 0,
    juusouMeetings: 0,
    shienMeetings: 0,
    existingMeetings: 0,
    sessions: 0,
    casesDiscussed: 0,
    participationSupport: 0,
    outreach: 0,
    terminations: 0,
    reopenings: 0,
    contacts: 0,
    contactsByMethod: {},
  };
}

type NumericKey = { [K in keyof ReportCounts]: ReportCounts[K] extends number ? K : never }[keyof ReportCounts];

function addInto(target: ReportCounts, from: ReportCounts): void {
  for (const k of Object.keys(from) as (keyof ReportCounts)[]) {
    const v = from[k];
    if (typeof v === 'number') target[k as NumericKey] += v;
    else {
      const t = target[k] as Record<string, number>;
      for (const [code, n] of Object.entries(v)) t[code] = (t[code] ?? 0) + n;
    }
  }
}

/**
 * Builds the 実績報告 counts by fiscal year and month from a list of
 * (validated) cases, in one pass: time and memory grow linearly with the
 * number of documents. Counts are for a municipality's own time series — the
 * guidebook warns against comparing municipalities with them.
 *
 * @example
 * ```ts
 * const { fiscalYears } = buildReport(cases, { fiscalYear: 2025 });
 * fiscalYears[0]?.juusouMeetings;
 * ```
 * @public
 */
export function buildReport(cases: Iterable<Case>, options: ReportOptions = {}): Report {
  const months = new Map<string, ReportCounts>();
  const only = options.fiscalYear;
  const bucket = (date: string | undefined): ReportCounts | undefined => {
    if (!date || date.length < 7) return undefined;
    if (only !== undefined && fiscalYearOf(date) !== only) return undefined;
    const key = date.slice(0, 7);
    let b = months.get(key);
    if (!b) months.set(key, (b = emptyCounts()));
    return b;
  };

  // Sessions by id: the portal's own, or gathered from the cases' meetings that name one.
  const sessions = new Map<string, { kind: string; date: string; cases: Set<string>; agenda?: number }>();
  for (const s of options.sessions ?? []) if (s.id !== undefined) sessions.set(s.id, { kind: s.legalKind, date: s.date, cases: new Set(), agenda: s.agenda.length });
  const countMeeting = (b: ReportCounts, kind: string) => {
    if (kind === 'juusou') b.juusouMeetings++;
    else if (kind === 'shien') b.shienMeetings++;
    else b.existingMeetings++;
  };

  for (const c of cases) {
    for (const r of c.referrals) {
      const b = bucket(r.referredOn);
      if (!b) continue;
      b.referrals++;
      const route = r.route ?? 'unknown';
      b.byRoute[route] = (b.byRoute[route] ?? 0) + 1;
      for (const f of new Set(r.content.fields ?? [])) b.byField[f] = (b.byField[f] ?? 0) + 1;
    }
    for (const m of c.meetings) {
      if (m.sessionId !== undefined) {
        // Counted once per session, below.
        const s = sessions.get(m.sessionId) ?? { kind: m.meeting.legalKind, date: m.meeting.date, cases: new Set<string>() };
        s.cases.add(c.id);
        sessions.set(m.sessionId, s);
        continue;
      }
      const b = bucket(m.meeting.date);
      if (b) countMeeting(b, m.meeting.legalKind);
    }
    const seenActions = new Set<string>();
    const plans = [...c.plans].sort((a, b) => (a.planDate < b.planDate ? -1 : a.planDate > b.planDate ? 1 : a.version - b.version));
    for (const p of plans) {
      const b = bucket(p.planDate);
      if (b) {
        if (p.version === 1) b.plansMade++;
        else b.plansRevised++;
      }
      for (const a of p.actions) {
        // Action ids are kept across plan versions, so a revised plan does not count an action twice.
        if (seenActions.has(a.id)) continue;
        seenActions.add(a.id);
        if (!b) continue;
        if (a.kind === 'participation') b.participationSupport++;
        else if (a.kind === 'outreach') b.outreach++;
      }
    }
    for (const e of c.contacts ?? []) {
      const b = bucket(e.date);
      if (!b) continue;
      b.contacts++;
      b.contactsByMethod[e.method] = (b.contactsByMethod[e.method] ?? 0) + 1;
    }
    for (const s of c.statusHistory) {
      if (s.status !== 'terminated' && s.status !== 'reopened') continue;
      const b = bucket(s.date);
      if (!b) continue;
      if (s.status === 'terminated') b.terminations++;
      else b.reopenings++;
    }
  }

  for (const s of sessions.values()) {
    const b = bucket(s.date);
    if (!b) continue;
    countMeeting(b, s.kind);
    b.sessions++;
    b.casesDiscussed += Math.max(s.agenda ?? 0, s.cases.size);
  }

  const keys = [...months.keys()].sort();
  const rows: ReportRow[] = keys.map((month) => ({
    fiscalYear: fiscalYearOf(`${month}-01`),
    month,
    ...months.get(month)!,
  }));
  const totals = new Map<number, ReportCounts>();
  for (const row of rows) {
    let t = totals.get(row.fiscalYear);
    if (!t) totals.set(row.fiscalYear, (t = emptyCounts()));
    const { fiscalYear: _fy, month: _m, ...counts } = row;
    addInto(t, counts);
  }
  return {
    months: rows,
    fiscalYears: [...totals.entries()].sort((a, b) => a[0] - b[0]).map(([fiscalYear, c]) => ({ fiscalYear, ...c })),
  };
}
