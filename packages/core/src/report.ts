import { fiscalYearOf } from './dates';
import type { Case } from './schema/case';

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
  /** 重層的支援会議 held. */
  juusouMeetings: number;
  /** 支援会議 held. */
  shienMeetings: number;
  /** Existing field meetings used for a case. */
  existingMeetings: number;
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
      const b = bucket(m.meeting.date);
      if (!b) continue;
      if (m.meeting.legalKind === 'juusou') b.juusouMeetings++;
      else if (m.meeting.legalKind === 'shien') b.shienMeetings++;
      else b.existingMeetings++;
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
