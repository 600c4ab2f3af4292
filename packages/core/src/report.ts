import { fiscalYearOf } from './dates';
import { ageBand } from './privacy';
import { SITUATIONS } from './vocab/lists';
import type { Case } from './schema/case';
import type { MeetingSession } from './schema/session';
import { attends } from './model/session';

/** The counts reported for one period (実績報告). @public */
export interface ReportCounts {
  /**
   * 新規相談件数: cases opened (受付) in the period, each once, whether they came
   * by a referral or directly (氷見, seed 003 l.684). A case's later referrals
   * are not new consultations; a re-opening is counted in `reopenings`.
   */
  newConsultations: number;
  /** New consultations by 相談経路 (the intake's route, else the first referral's; `unknown`). Shares: {@link shares}. */
  newByRoute: Record<string, number>;
  /** New consultations by the team that received them (氷見: CSW or the centre, seed 003 l.815; `unknown`). */
  newByTeam: Record<string, number>;
  /** New consultations by the 分野 of who brought them (`unknown`). */
  newByReferrerField: Record<string, number>;
  /** New consultations by the person's sex and age band at intake (`female:80-89`; `unknown` for either part). */
  newBySexAge: Record<string, number>;
  /** New consultations by the person's situations at intake (a person with two counts in both). */
  newBySituation: Record<string, number>;
  /**
   * New consultations where several people of the household have a 地域生活課題
   * (a situation marked `lifeProblem`, or an issue shared for them in a meeting):
   * 氷見's 「同一世帯内で複数の人が地域生活課題を抱えるケース」 (seed 003 l.827).
   * 相談率 = this / newConsultations.
   */
  multiMemberHouseholds: number;
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
  /** People (cases) whose first participation-support action started in the period: the national figure counts people, not actions. */
  participationPeople: number;
  /** People (cases) whose first outreach action started in the period. */
  outreachPeople: number;
  /** 不足している資源 named in the period's meetings, by name: how many cases named each, a case once a month (地域課題 for the 推進会議; no personal data). */
  missingResources: Record<string, number>;
  /**
   * Attendances at the period's meetings: a session's attendees (出席 or 代理出席)
   * once each, a case meeting's attendees when it names no session. 福山 asks
   * whether the 支援者支援会議 draws more people and more fields (seed 000 l.696).
   */
  participants: number;
  /** Those attendances by 分野 (`unknown` when not recorded). */
  participantsByField: Record<string, number>;
  /**
   * Case discussions by the 分野 of the issues shared for the household (a
   * discussion counts once in each field): the mix of issues 尾道 reports for its
   * case meetings (seed 002 l.141–146).
   */
  discussionsByIssueField: Record<string, number>;
  /** Plans (new or revised) made after a 支援会議 of the same case. */
  plansAfterShien: number;
  /**
   * Of those, the plans whose 主担当 is the multi-agency coordinator: 福山 checks
   * that after a 支援会議 the coordinator does not become the main supporter
   * (「支援会議開催後に多機関協働事業者が主担当として支援していないか」, seed 000 l.696).
   */
  coordinatorLeadAfterShien: number;
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

/**
 * The totals of some rows of a report: a half-year (尾道 reports its case
 * meetings per 上半期, seed 002 l.141), a quarter, any months.
 *
 * @example
 * ```ts
 * const firstHalf = reportTotals(report.months.filter((m) => m.month >= '2021-04' && m.month <= '2021-09'));
 * ```
 * @public
 */
export function reportTotals(rows: Iterable<ReportCounts>): ReportCounts {
  const t = emptyCounts();
  for (const row of rows) addInto(t, row);
  return t;
}

/** Options of {@link buildReport}. @public */
export interface ReportOptions {
  /** Only this fiscal year. */
  readonly fiscalYear?: number;
  /** Only events on or after this ISO date (any range: a half-year, a quarter, a meeting cycle). */
  readonly from?: string;
  /** Only events on or before this ISO date. */
  readonly to?: string;
  /**
   * The meeting sessions, when the portal keeps them: their kind, date and
   * agenda count. Without them, a session is known from the cases' meetings
   * that name it (`sessionId`): its kind and date are theirs.
   */
  readonly sessions?: Iterable<MeetingSession>;
}

/**
 * A tally keyed by codes and by free text (a team, a resource's name): no
 * prototype, so that a name such as `constructor` or `__proto__` is counted
 * like any other (found by a property test).
 */
const tally = (): Record<string, number> => Object.create(null) as Record<string, number>;

const LIFE_PROBLEMS: ReadonlySet<string> = new Set(SITUATIONS.filter((e) => 'lifeProblem' in e && e.lifeProblem).map((e) => e.code));

/**
 * Whether at least two people of the household have a 地域生活課題: a situation
 * marked so, or an issue shared for them in a meeting. Loops, not array
 * helpers: it runs once per case of a 100,000-case report.
 */
function severalWithLifeProblems(c: Case): boolean {
  let n = 0;
  // The members named in shared issues: a handful, so an array (a Set per case cost a third of the report).
  const withIssue: string[] = [];
  for (const m of c.meetings) {
    const issues = m.shared?.memberIssues;
    if (issues) for (const i of issues) if (i.memberId !== undefined && !withIssue.includes(i.memberId)) withIssue.push(i.memberId);
  }
  const people = c.household.members;
  for (let k = -1; k < people.length; k++) {
    const p = k === -1 ? c.household.person : people[k]!;
    let has = p.id !== undefined && withIssue.includes(p.id);
    if (!has)
      for (const code of p.situations ?? [])
        if (LIFE_PROBLEMS.has(code)) {
          has = true;
          break;
        }
    if (has && ++n >= 2) return true;
  }
  return false;
}

/**
 * Each key's share of the total, from the counts, unrounded: round once, for
 * display (`Intl.NumberFormat` with `style: 'percent'`). The shares of a table
 * sum to 1 (within floating point); rounded shares need not sum to 100 %, and
 * that is shown as computed, not adjusted (氷見's printed percentages do not all
 * follow from its counts: seed 003 l.803–812).
 * @public
 */
export function shares(counts: Readonly<Record<string, number>>): Record<string, number> {
  const total = Object.values(counts).reduce((t, n) => t + n, 0);
  const out = tally();
  for (const [k, n] of Object.entries(counts)) out[k] = total === 0 ? 0 : n / total;
  return out;
}

/** The change from one period to the next as a ratio (1.24 for +24 %); undefined when the earlier is 0. @public */
export function changeFrom(before: number, after: number): number | undefined {
  return before === 0 ? undefined : after / before;
}

function emptyCounts(): ReportCounts {
  return {
    newConsultations: 0,
    newByRoute: tally(),
    newByTeam: tally(),
    newByReferrerField: tally(),
    newBySexAge: tally(),
    newBySituation: tally(),
    multiMemberHouseholds: 0,
    referrals: 0,
    byRoute: tally(),
    byField: tally(),
    plansMade: 0,
    plansRevised: 0,
    juusouMeetings: 0,
    shienMeetings: 0,
    existingMeetings: 0,
    sessions: 0,
    casesDiscussed: 0,
    participationSupport: 0,
    outreach: 0,
    participationPeople: 0,
    outreachPeople: 0,
    missingResources: tally(),
    participants: 0,
    participantsByField: tally(),
    discussionsByIssueField: tally(),
    plansAfterShien: 0,
    coordinatorLeadAfterShien: 0,
    terminations: 0,
    reopenings: 0,
    contacts: 0,
    contactsByMethod: tally(),
  };
}

type NumericKey = { [K in keyof ReportCounts]: ReportCounts[K] extends number ? K : never }[keyof ReportCounts];

function addInto(target: ReportCounts, from: Partial<ReportCounts>): void {
  for (const k of Object.keys(target) as (keyof ReportCounts)[]) {
    const v = from[k];
    if (v === undefined) continue;
    if (typeof v === 'number') target[k as NumericKey] += v;
    else {
      const t = target[k] as Record<string, number>;
      for (const [code, n] of Object.entries(v)) t[code] = (t[code] ?? 0) + n;
    }
  }
}

const add = (r: Record<string, number>, key: string) => (r[key] = (r[key] ?? 0) + 1);

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
  const { fiscalYear: only, from, to } = options;
  const bucket = (date: string | undefined): ReportCounts | undefined => {
    if (!date || date.length < 7) return undefined;
    if (only !== undefined && fiscalYearOf(date) !== only) return undefined;
    if ((from !== undefined && date < from) || (to !== undefined && date.slice(0, to.length) > to)) return undefined;
    const key = date.slice(0, 7);
    let b = months.get(key);
    if (!b) months.set(key, (b = emptyCounts()));
    return b;
  };

  // Sessions by id: the portal's own, or gathered from the cases' meetings that name one. Their
  // attendees by organization, then by invitation id (or, gathered, by name: only a key, to count
  // each person once; nothing personal leaves), each with their field.
  type SessionTally = {
    kind: string;
    date: string;
    cases: Set<string>;
    agenda?: number;
    invited: boolean;
    attendees: Map<string, Map<string, string>>;
  };
  const sessions = new Map<string, SessionTally>();
  const attendee = (s: SessionTally, organization: string, key: string, field: string | undefined) => {
    let people = s.attendees.get(organization);
    if (!people) s.attendees.set(organization, (people = new Map<string, string>()));
    people.set(key, field ?? 'unknown');
  };
  for (const s of options.sessions ?? []) {
    if (s.id === undefined) continue;
    const tally: SessionTally = {
      kind: s.legalKind,
      date: s.date,
      cases: new Set(),
      agenda: s.agenda.length,
      invited: true,
      attendees: new Map(),
    };
    for (const i of s.invitations) if (attends(i)) attendee(tally, i.organization, i.id, i.field);
    sessions.set(s.id, tally);
  }
  const attend = (b: ReportCounts, field: string | undefined) => {
    b.participants++;
    add(b.participantsByField, field ?? 'unknown');
  };
  const countMeeting = (b: ReportCounts, kind: string) => {
    if (kind === 'juusou') b.juusouMeetings++;
    else if (kind === 'shien') b.shienMeetings++;
    else b.existingMeetings++;
  };

  for (const c of cases) {
    // The intake: the first 受付 of the case.
    const opened = c.statusHistory.find((s) => s.status === 'opened')?.date;
    const nb = bucket(opened);
    if (nb && opened) {
      let first = c.referrals[0];
      for (const r of c.referrals) if (first && r.referredOn < first.referredOn) first = r;
      const person = c.household.person;
      nb.newConsultations++;
      add(nb.newByRoute, c.intake?.route ?? first?.route ?? 'unknown');
      add(nb.newByTeam, c.intake?.team ?? 'unknown');
      add(nb.newByReferrerField, c.intake?.referrerField ?? first?.referrer.field ?? 'unknown');
      add(nb.newBySexAge, `${person.sex ?? 'unknown'}:${ageBand(person, opened)}`);
      for (const code of new Set(person.situations ?? [])) add(nb.newBySituation, code);
      if (severalWithLifeProblems(c)) nb.multiMemberHouseholds++;
    }
    for (const r of c.referrals) {
      const b = bucket(r.referredOn);
      if (!b) continue;
      b.referrals++;
      add(b.byRoute, r.route ?? 'unknown');
      const fields = r.content.fields ?? [];
      fields.forEach((f, k) => {
        if (fields.indexOf(f) === k) add(b.byField, f);
      });
    }
    for (const m of c.meetings) {
      const b = bucket(m.meeting.date);
      const issues = m.shared?.memberIssues;
      if (b && issues?.length) {
        // Each field once per discussion (a handful of issues: an array beats a Set).
        const fields: string[] = [];
        for (const i of issues) {
          const f = i.field ?? 'unknown';
          if (!fields.includes(f)) {
            fields.push(f);
            add(b.discussionsByIssueField, f);
          }
        }
      }
      if (m.sessionId !== undefined) {
        // Counted once per session, below.
        let s = sessions.get(m.sessionId);
        if (!s)
          sessions.set(
            m.sessionId,
            (s = { kind: m.meeting.legalKind, date: m.meeting.date, cases: new Set<string>(), invited: false, attendees: new Map() }),
          );
        s.cases.add(c.id);
        if (!s.invited) for (const a of m.attendees) attendee(s, a.organization, a.name, a.field);
        continue;
      }
      if (!b) continue;
      countMeeting(b, m.meeting.legalKind);
      for (const a of m.attendees) attend(b, a.field);
    }
    let firstShien: string | undefined;
    for (const m of c.meetings)
      if (m.meeting.legalKind === 'shien' && (firstShien === undefined || m.meeting.date < firstShien)) firstShien = m.meeting.date;
    let named: Set<string> | undefined;
    for (const m of c.meetings) {
      if (!m.resources?.length) continue;
      const b = bucket(m.meeting.date);
      if (!b) continue;
      for (const r of m.resources) {
        if (r.state !== 'missing') continue;
        const key = `${m.meeting.date.slice(0, 7)}|${r.name}`;
        if (named?.has(key)) continue;
        (named ??= new Set()).add(key);
        add(b.missingResources, r.name);
      }
    }
    // A person counts once, when their first participation-support (or outreach) action starts.
    let participating = false;
    let reached = false;
    // Action ids are kept across plan versions; one plan has no id twice (document.duplicateId), so only several plans need the set.
    const seenActions = c.plans.length > 1 ? new Set<string>() : undefined;
    const plans =
      c.plans.length < 2
        ? c.plans
        : [...c.plans].sort((a, b) => (a.planDate < b.planDate ? -1 : a.planDate > b.planDate ? 1 : a.version - b.version));
    for (const p of plans) {
      const b = bucket(p.planDate);
      if (b) {
        if (p.version === 1) b.plansMade++;
        else b.plansRevised++;
        if (firstShien !== undefined && firstShien <= p.planDate) {
          b.plansAfterShien++;
          if (p.team?.leadIsCoordinator) b.coordinatorLeadAfterShien++;
        }
      }
      for (const a of p.actions) {
        // Action ids are kept across plan versions, so a revised plan does not count an action twice.
        if (seenActions) {
          if (seenActions.has(a.id)) continue;
          seenActions.add(a.id);
        }
        const firstPerson = a.kind === 'participation' ? !participating : a.kind === 'outreach' ? !reached : false;
        if (a.kind === 'participation') participating = true;
        if (a.kind === 'outreach') reached = true;
        if (!b) continue;
        if (a.kind === 'participation') {
          b.participationSupport++;
          if (firstPerson) b.participationPeople++;
        } else if (a.kind === 'outreach') {
          b.outreach++;
          if (firstPerson) b.outreachPeople++;
        }
      }
    }
    for (const e of c.contacts ?? []) {
      const b = bucket(e.date);
      if (!b) continue;
      b.contacts++;
      add(b.contactsByMethod, e.method);
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
    for (const people of s.attendees.values()) for (const field of people.values()) attend(b, field);
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
    addInto(t, row);
  }
  return {
    months: rows,
    fiscalYears: [...totals.entries()].sort((a, b) => a[0] - b[0]).map(([fiscalYear, c]) => ({ fiscalYear, ...c })),
  };
}
