import { formatFiscalYear } from '../dates';
import { LOCAL_WORDS, localItemRows } from './local-table';
import { wellFormedQuestions } from '../local/questions';
import type { MunicipalPolicy } from '../policy';
import { extendVocabulary, type Vocabulary, type VocabularyName } from '../vocab';
import { FIELDS, SEXES } from '../vocab/lists';
import { changeFrom, shares, type Report } from './build';
import { BREAKDOWN_TABLES, COUNT_MEASURES, MEASURES, type BreakdownTableId, type CountKey } from './measures';
import { own } from './counts';

/** What a column of a report table holds, for formats: a share is a ratio (0.461, 1.248) shown as a percentage, stored unrounded; a ratio is shown as a number (cases per session). @public */
export type ReportColumnKind = 'text' | 'code' | 'year' | 'month' | 'count' | 'share' | 'ratio';

/** A column of a report table. @public */
export interface ReportColumn {
  /** A stable key (`code`, `fy2025`, `fy2025:share`…). */
  readonly key: string;
  /** The header people read, in the table's language. */
  readonly label: string;
  readonly kind: ReportColumnKind;
  /** For a column of one fiscal year (`fy2025`, `fy2025:share`), that year's label (令和7年度, FY2025): a chart's axis reads it. */
  readonly period?: string;
}

/** A cell: text, a number, or empty (`null`: a change from a year with no count). @public */
export type ReportCell = string | number | null;

/** The tables of a report, by id: the long, summary and monthly tables, three of figures computed from several counts, and one per breakdown. @public */
export type ReportTableId =
  'long' | 'summary' | 'monthly' | 'multiMember' | 'meetings' | 'coordinatorWork' | 'tsunagi' | 'localItems' | BreakdownTableId;

/** A table of a report: one header row, no merged cells, one value per cell (the Digital Agency's rules for machine-readable data). @public */
export interface ReportTable {
  readonly id: ReportTableId;
  /** The title, in the table's language (an Excel sheet name: at most 31 characters). */
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly ReportCell[])[];
}

/** Options of {@link reportTables}. @public */
export interface ReportTableOptions {
  /** Headers and labels: Japanese by default. */
  readonly locale?: 'ja' | 'en';
  /** The municipality's policy: its vocabulary additions label their codes, and its `dateDisplay` labels fiscal years (令和7年度 or 2025年度). */
  readonly policy?: MunicipalPolicy;
}

type L = { readonly ja: string; readonly en: string };

const T = {
  fiscalYear: { ja: '西暦年度', en: 'Fiscal year (number)' },
  fiscalYearLabel: { ja: '年度', en: 'Fiscal year' },
  month: { ja: '月', en: 'Month' },
  measure: { ja: '指標', en: 'Measure' },
  measureLabel: { ja: '指標名', en: 'Measure (label)' },
  category: { ja: '区分', en: 'Category' },
  categoryLabel: { ja: '区分名', en: 'Category (label)' },
  value: { ja: '値', en: 'Value' },
  code: { ja: 'コード', en: 'Code' },
  count: { ja: '件数', en: 'count' },
  share: { ja: '割合', en: 'share' },
  total: { ja: '合計', en: 'Total' },
  unknown: { ja: '不明', en: 'Unknown' },
  summary: { ja: '実績の概要', en: 'Summary' },
  monthly: { ja: '月別の実績', en: 'By month' },
  long: { ja: 'データ（縦持ち）', en: 'Data (long)' },
  multiMember: { ja: '複数の人が課題を抱える世帯', en: 'Several people in difficulty' },
  rate: { ja: '相談率', en: 'Share of consultations' },
  change: { ja: '前年比', en: 'Change from the year before' },
  meetings: { ja: '会議の開催', en: 'Meetings' },
  perSession: { ja: '1回あたりの事例数', en: 'Cases per session' },
  coordinatorShare: { ja: '主担当が多機関協働事業者の割合', en: 'Share led by the coordinator' },
  coordinatorWork: { ja: '多機関協働事業者の支援', en: "The coordinator's own work" },
  coordinatorContactShare: { ja: '延支援回数に占める割合', en: 'Share of all contacts' },
  directShare: { ja: 'うち直接支援の割合', en: 'Share of direct support' },
  tsunagi: { ja: 'つなぎの受理と結果', en: 'Referrals out, outcomes' },
  localItems: { ja: '独自項目の回答', en: 'Local questions, answers' },
  field: { ja: '受け手の分野', en: "Receiver's field" },
  allFields: { ja: 'すべての分野', en: 'All fields' },
  accepted: { ja: '受理', en: 'Accepted' },
  acceptRate: { ja: '受理率', en: 'Share accepted' },
  connected: { ja: 'つながった', en: 'Connected' },
  connectedRate: { ja: 'つながった割合', en: 'Share connected' },
  daysToAccept: { ja: '受理までの日数（中央値）', en: 'Days to accept (median)' },
  daysToOutcome: { ja: '結果までの日数（中央値）', en: 'Days to outcome (median)' },
} as const satisfies Record<string, L>;

/**
 * The median of the days tallied as `field|days` (all fields when `field` is undefined); `null` when none. The
 * middle value, or the mean of the two middle ones.
 */
function medianDays(tally: Readonly<Record<string, number>>, field: string | undefined): number | null {
  const days: [number, number][] = [];
  for (const [key, n] of Object.entries(tally)) {
    const cut = key.lastIndexOf('|');
    if (field === undefined || key.slice(0, cut) === field) days.push([Number(key.slice(cut + 1)), n]);
  }
  const total = days.reduce((t, [, n]) => t + n, 0);
  if (total === 0) return null;
  days.sort((a, b) => a[0] - b[0]);
  const at = (k: number): number => {
    let seen = 0;
    for (const [d, n] of days) if ((seen += n) > k) return d;
    return days.at(-1)![0];
  };
  return total % 2 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

function bandLabel(band: string, locale: 'ja' | 'en'): string {
  if (band === 'unknown') return T.unknown[locale];
  if (band.endsWith('+')) return locale === 'ja' ? `${band.slice(0, -1)}歳以上` : `${band.slice(0, -1)} or older`;
  const [lo, hi] = band.split('-');
  return locale === 'ja' ? `${lo}〜${hi}歳` : `${lo}–${hi}`;
}

/**
 * The report as tables people read and machines parse: a long (tidy) table of
 * every count by month, the summary and monthly tables, and one table per
 * breakdown with counts and shares by fiscal year. Shares are the unrounded
 * ratios of {@link shares}; a total row gives the sum as computed. The same
 * tables feed the CSV and Excel exports and the report view's data tables.
 *
 * @example
 * ```ts
 * const tables = reportTables(buildReport(cases), { locale: 'ja', policy });
 * tables.find((t) => t.id === 'routes')?.rows;
 * ```
 * @public
 */
export function reportTables(report: Report, options: ReportTableOptions = {}): ReportTable[] {
  const locale = options.locale ?? 'ja';
  const l = (x: L) => x[locale];
  const fyLabel = (fy: number) => (locale === 'en' ? `FY${fy}` : formatFiscalYear(fy, options.policy?.dateDisplay ?? 'wareki'));
  const years = report.fiscalYears;
  const col = (key: string, label: string, kind: ReportColumnKind, period?: string): ReportColumn =>
    period === undefined ? { key, label, kind } : { key, label, kind, period };
  const measure = (key: CountKey) => col(key, l(MEASURES[key].label), 'count');
  // The two columns and cells that open a table with a row per fiscal year.
  const yearColumns = [col('fiscalYear', l(T.fiscalYear), 'year'), col('fiscalYearLabel', l(T.fiscalYearLabel), 'text')];
  const yearCells = (fy: number): ReportCell[] => [fy, fyLabel(fy)];
  // Each breakdown's codes in vocabulary order (the municipality's additions after the national ones), then others, `unknown` last; and their labels.
  const labeller = (list: readonly [VocabularyName, Vocabulary] | 'text' | undefined) => {
    const entries = list && list !== 'text' ? extendVocabulary(list[0], list[1], options.policy?.vocabularies) : [];
    return {
      entries,
      label: (code: string) => (code === 'unknown' ? l(T.unknown) : (entries.find((e) => e.code === code)?.[locale] ?? code)),
    };
  };
  const breakdowns = BREAKDOWN_TABLES.map(({ id, key, title, rowsAre, vocabulary, shares: withShares, parts }) => {
    const { entries } = labeller(vocabulary);
    const partLabellers = parts?.map((p) => labeller(p));
    const partLabels = partLabellers?.map((p) => p.label);
    const label = (code: string): string => {
      if (partLabels) {
        const cut = code.indexOf('|');
        const [a, b] = cut < 0 ? [code, 'unknown'] : [code.slice(0, cut), code.slice(cut + 1)];
        return `${partLabels[0]!(a)}・${partLabels[1]!(b)}`;
      }
      if (code === 'unknown') return l(T.unknown);
      if (key !== 'newBySexAge') return entries.find((e) => e.code === code)?.[locale] ?? code;
      const [sex = 'unknown', band = 'unknown'] = code.split(':');
      return `${sex === 'unknown' ? l(T.unknown) : (SEXES.find((e) => e.code === sex)?.[locale] ?? sex)}・${bandLabel(band, locale)}`;
    };
    // A two-part row in the order of both its vocabularies (氷見's 支援実績: each 制度, then its steps in order).
    const at = (list: readonly { readonly code: string }[], code: string) => list.findIndex((e) => e.code === code) >>> 0;
    const rank = (code: string): number => {
      if (code === 'unknown') return Infinity;
      if (!partLabellers) return at(entries, code);
      const cut = code.indexOf('|');
      return (
        at(partLabellers[0]!.entries, cut < 0 ? code : code.slice(0, cut)) * 2 ** 20 +
        (cut < 0 ? 0 : at(partLabellers[1]!.entries, code.slice(cut + 1)) % 2 ** 20)
      );
    };
    const order = (a: string, b: string) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
    return { id, key, title: l(title), rowsAre: l(rowsAre), withShares, label, order };
  });

  const tables: ReportTable[] = [];

  // The long table: one row per month, measure and category with a count.
  const longRows: ReportCell[][] = [];
  for (const m of report.months) {
    const cells = [m.fiscalYear, fyLabel(m.fiscalYear), m.month];
    for (const { key, label } of COUNT_MEASURES) if (m[key] !== 0) longRows.push([...cells, key, l(label), '', '', m[key]]);
    for (const { key, title, label } of breakdowns)
      for (const code of Object.keys(m[key]).sort()) longRows.push([...cells, key, title, code, label(code), m[key][code]!]);
  }
  tables.push({
    id: 'long',
    title: l(T.long),
    columns: [
      ...yearColumns,
      col('month', l(T.month), 'month'),
      col('measure', l(T.measure), 'code'),
      col('measureLabel', l(T.measureLabel), 'text'),
      col('category', l(T.category), 'code'),
      col('categoryLabel', l(T.categoryLabel), 'text'),
      col('value', l(T.value), 'count'),
    ],
    rows: longRows,
  });

  tables.push({
    id: 'summary',
    title: l(T.summary),
    columns: [
      col('measure', l(T.measure), 'code'),
      col('measureLabel', l(T.measureLabel), 'text'),
      ...years.map((y) => col(`fy${y.fiscalYear}`, fyLabel(y.fiscalYear), 'count', fyLabel(y.fiscalYear))),
    ],
    rows: COUNT_MEASURES.map(({ key, label }) => [key, l(label), ...years.map((y) => y[key])]),
  });

  tables.push({
    id: 'monthly',
    title: l(T.monthly),
    columns: [
      col('fiscalYear', l(T.fiscalYear), 'year'),
      col('month', l(T.month), 'month'),
      ...COUNT_MEASURES.map(({ key }) => measure(key)),
    ],
    rows: report.months.map((m) => [m.fiscalYear, m.month, ...COUNT_MEASURES.map(({ key }) => m[key])]),
  });

  tables.push({
    id: 'multiMember',
    title: l(T.multiMember),
    columns: [
      ...yearColumns,
      measure('newConsultations'),
      measure('multiMemberHouseholds'),
      col('rate', l(T.rate), 'share'),
      col('change', l(T.change), 'share'),
    ],
    rows: years.map((y, i) => {
      const before = years[i - 1];
      const change =
        before && before.fiscalYear === y.fiscalYear - 1 ? changeFrom(before.multiMemberHouseholds, y.multiMemberHouseholds) : undefined;
      return [
        ...yearCells(y.fiscalYear),
        y.newConsultations,
        y.multiMemberHouseholds,
        y.newConsultations === 0 ? null : y.multiMemberHouseholds / y.newConsultations,
        change ?? null,
      ];
    }),
  });

  tables.push({
    id: 'meetings',
    title: l(T.meetings),
    columns: [
      ...yearColumns,
      ...(['juusouMeetings', 'shienMeetings', 'existingMeetings', 'sessions', 'casesDiscussed'] as const).map(measure),
      col('casesPerSession', l(T.perSession), 'ratio'),
      measure('participants'),
      measure('plansAfterShien'),
      col('coordinatorLeadShare', l(T.coordinatorShare), 'share'),
    ],
    rows: years.map((y) => [
      ...yearCells(y.fiscalYear),
      y.juusouMeetings,
      y.shienMeetings,
      y.existingMeetings,
      y.sessions,
      y.casesDiscussed,
      y.sessions === 0 ? null : y.casesDiscussed / y.sessions,
      y.participants,
      y.plansAfterShien,
      y.plansAfterShien === 0 ? null : y.coordinatorLeadAfterShien / y.plansAfterShien,
    ]),
  });

  tables.push({
    id: 'coordinatorWork',
    title: l(T.coordinatorWork),
    columns: [
      ...yearColumns,
      ...(['contacts', 'coordinatorContacts'] as const).map(measure),
      col('coordinatorContactShare', l(T.coordinatorContactShare), 'share'),
      measure('coordinatorDirectSupport'),
      col('directShare', l(T.directShare), 'share'),
    ],
    rows: years.map((y) => [
      ...yearCells(y.fiscalYear),
      y.contacts,
      y.coordinatorContacts,
      y.contacts === 0 ? null : y.coordinatorContacts / y.contacts,
      y.coordinatorDirectSupport,
      y.coordinatorContacts === 0 ? null : y.coordinatorDirectSupport / y.coordinatorContacts,
    ]),
  });

  // つなぎ by the receiver's field and in all, a row each per year: 受理率, つながった割合 and the median days.
  const fieldLabel = labeller(['fields', FIELDS]);
  const tsunagiRows: ReportCell[][] = [];
  for (const y of years) {
    const fields = [...new Set(Object.keys(y.tsunagiOutcomes).map((k) => k.slice(0, k.lastIndexOf('|'))))].sort(
      (a, b) =>
        (fieldLabel.entries.findIndex((e) => e.code === a) >>> 0) - (fieldLabel.entries.findIndex((e) => e.code === b) >>> 0) ||
        (a < b ? -1 : 1),
    );
    const of = (field: string | undefined, status: string) =>
      field === undefined
        ? fields.reduce((t, f) => t + own(y.tsunagiOutcomes, `${f}|${status}`), 0)
        : own(y.tsunagiOutcomes, `${field}|${status}`);
    for (const field of [...fields, undefined]) {
      const asked = of(field, 'requested');
      if (asked === 0) continue;
      tsunagiRows.push([
        ...yearCells(y.fiscalYear),
        field ?? '_all',
        field === undefined ? l(T.allFields) : fieldLabel.label(field),
        asked,
        of(field, 'accepted'),
        of(field, 'accepted') / asked,
        of(field, 'connected'),
        of(field, 'connected') / asked,
        medianDays(y.tsunagiDaysToAccept, field),
        medianDays(y.tsunagiDaysToOutcome, field),
      ]);
    }
  }
  tables.push({
    id: 'tsunagi',
    title: l(T.tsunagi),
    columns: [
      ...yearColumns,
      col('field', l(T.code), 'code'),
      col('fieldLabel', l(T.field), 'text'),
      measure('tsunagiRequested'),
      col('accepted', l(T.accepted), 'count'),
      col('acceptRate', l(T.acceptRate), 'share'),
      col('connected', l(T.connected), 'count'),
      col('connectedRate', l(T.connectedRate), 'share'),
      col('daysToAccept', l(T.daysToAccept), 'ratio'),
      col('daysToOutcome', l(T.daysToOutcome), 'ratio'),
    ],
    rows: tsunagiRows,
  });

  const localRows = localItemRows(years, wellFormedQuestions(options.policy), locale);
  tables.push({
    id: 'localItems',
    title: l(T.localItems),
    columns: [
      col('question', l(T.code), 'code'),
      col('questionLabel', l(LOCAL_WORDS.question), 'text'),
      col('answer', l(T.code), 'code'),
      col('answerLabel', l(LOCAL_WORDS.answer), 'text'),
      ...years.map((y) => col(`fy${y.fiscalYear}`, fyLabel(y.fiscalYear), 'count', fyLabel(y.fiscalYear))),
    ],
    rows: localRows,
  });

  for (const { id, key, title, rowsAre, withShares, label, order } of breakdowns) {
    const codes = [...new Set(years.flatMap((y) => Object.keys(y[key])))].sort(order);
    const yearShares = years.map((y) => shares(y[key]));
    const columns: ReportColumn[] = [col('code', l(T.code), 'code'), col('label', rowsAre, 'text')];
    for (const y of years) {
      const period = fyLabel(y.fiscalYear);
      columns.push(col(`fy${y.fiscalYear}`, `${period} ${l(T.count)}`, 'count', period));
      if (withShares) columns.push(col(`fy${y.fiscalYear}:share`, `${period} ${l(T.share)}`, 'share', period));
    }
    const rows: ReportCell[][] = codes.map((code) => [
      code,
      label(code),
      ...years.flatMap((y, i) => (withShares ? [own(y[key], code), own(yearShares[i]!, code)] : [own(y[key], code)])),
    ]);
    if (withShares && codes.length > 0) {
      // The total row: the counts' sum and the shares' sum as computed (1 within floating point), never adjusted.
      const sum = (r: Readonly<Record<string, number>>) => Object.values(r).reduce((t, n) => t + n, 0);
      rows.push(['_total', l(T.total), ...years.flatMap((y, i) => [sum(y[key]), sum(yearShares[i]!)])]);
    }
    tables.push({ id, title, columns, rows });
  }
  return tables;
}
