import { fiscalYearOf } from '../dates';
import { digits } from '../dates/calendar';
import type { Case } from '../schema/case';
import type { MeetingSession } from '../schema/session';
import { countContacts, countReferrals, countStatus } from './count-case-work';
import { pairs, type Bucket } from './bucket';
import { countIntake } from './count-intake';
import { MeetingCounter } from './count-meetings';
import { countPlans } from './count-plans';
import { countPrograms } from './count-programs';
import { countTsunagi } from './count-tsunagi';
import { countLocalAnswers } from './count-local';
import type { ReportCounts } from './measures';
import { addInto, emptyCounts, tally } from './counts';

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
  /**
   * How cases are read. `'periodEnd'` (the default): each month's figures read the case as it stood at the end of
   * the report's period (its fiscal year, or `to` when earlier), so a past year's report never changes with later
   * edits. `'latest'`: as the case is now — to rebuild a past year deliberately with corrected data; say so beside
   * the figures, as they no longer match the ones reported then.
   */
  readonly read?: 'periodEnd' | 'latest';
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
  // Keyed by year × 12 + month, read from the date's digits: a number key, and no string cut per event (a
  // 100,000-case report looks up a month several million times).
  const months = new Map<number, ReportCounts>();
  const { fiscalYear: only, from, to } = options;
  const month = (date: string | undefined): ReportCounts | undefined => {
    if (!date || date.length < 7) return undefined;
    if (only !== undefined && fiscalYearOf(date) !== only) return undefined;
    if ((from !== undefined && date < from) || (to !== undefined && date.slice(0, to.length) > to)) return undefined;
    const key = digits(date, 0, 4) * 12 + digits(date, 5, 2) - 1;
    let b = months.get(key);
    if (!b) months.set(key, (b = emptyCounts()));
    return b;
  };

  const bucket: Bucket = Object.assign(month, { pair: pairs() });
  const latest = options.read === 'latest';
  // `to` may be a month or a year: its last day, as a string that compares right ('2024-09-31' is after every September day).
  const toEnd = to === undefined ? undefined : to.length >= 10 ? to : to.length === 7 ? `${to}-31` : `${to}-12-31`;
  const ends: string[] = [];
  const asOf = (date: string): string => {
    if (latest) return '9999-12-31';
    const fy = fiscalYearOf(date);
    const end = (ends[fy] ??= `${fy + 1}-03-31`);
    return toEnd !== undefined && toEnd < end ? toEnd : end;
  };
  const meetings = new MeetingCounter(options.sessions);
  for (const c of cases) {
    countIntake(c, bucket, asOf);
    countReferrals(c, bucket);
    meetings.count(c, bucket);
    countPlans(c, bucket);
    countPrograms(c, bucket);
    countContacts(c, bucket);
    countStatus(c, bucket);
    countTsunagi(c, bucket, asOf);
    countLocalAnswers(c, bucket);
  }
  meetings.finish(bucket);

  const keys = [...months.keys()].sort((a, b) => a - b);
  const rows: ReportRow[] = keys.map((key) => {
    const month = `${String(Math.floor(key / 12)).padStart(4, '0')}-${String((key % 12) + 1).padStart(2, '0')}`;
    return { fiscalYear: fiscalYearOf(`${month}-01`), month, ...months.get(key)! };
  });
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
