/**
 * @tsunagu/core/export — the 実績報告 as files municipal staff send on: CSV
 * following the Digital Agency's rules for machine-readable data, and Excel
 * (`.xlsx`) with one sheet per table. A separate entry point, so that no sheet
 * bundle pays for the spreadsheet writer.
 *
 * Pure: both functions return the file's content (a string, a Blob); saving
 * or sending it is the page's job.
 * @packageDocumentation
 */
import { reportTables, type ReportColumn, type ReportTableId, type ReportTableOptions } from '../report/tables';
import { writeXlsx } from './xlsx';
import { csvField } from './csv-field';
import type { Report } from '../report/build';

/** Options of {@link reportToCsv}. @public */
export interface CsvOptions extends ReportTableOptions {
  /** Which table: `long` (every count by month, tidy: the one to load into other tools) by default. */
  readonly table?: ReportTableId;
  /** Start with a byte order mark so that Excel opens Japanese as UTF-8 (default true). */
  readonly bom?: boolean;
}

/** Options of {@link reportToXlsx}. @public */
export interface XlsxOptions extends ReportTableOptions {
  /** The tables, one sheet each, in this order; every table by default (the long table last). */
  readonly tables?: readonly ReportTableId[];
}

const BOM = '\uFEFF';

/** A share in CSV: a percentage rounded once to one decimal (46.1), in a column whose header says （%）. */
function csvNumber(value: number, column: ReportColumn): string {
  if (column.kind === 'share') return String(Math.round(value * 1000) / 10);
  if (column.kind === 'ratio') return String(Math.round(value * 1000) / 1000);
  return String(value);
}

function csvHeader(column: ReportColumn, locale: 'ja' | 'en'): string {
  return column.kind === 'share' ? (locale === 'ja' ? `${column.label}（%）` : `${column.label} (%)`) : column.label;
}

/**
 * One table of the report as CSV text: one header row, no merged cells, no
 * blank rows, plain numbers (no thousands separators), months as ISO `YYYY-MM`,
 * codes beside their labels, CRLF line ends and a UTF-8 byte order mark — the
 * Digital Agency's rules for machine-readable data, and what Excel needs to
 * open Japanese text correctly. A text that a spreadsheet would take for a
 * formula (`=`, `+`, `-`, `@`, a tab or CR first) begins with `'`: it opens as text.
 *
 * @example
 * ```ts
 * const csv = reportToCsv(buildReport(cases), { table: 'routes' });
 * new Blob([csv], { type: 'text/csv;charset=utf-8' });
 * ```
 * @public
 */
export function reportToCsv(report: Report, options: CsvOptions = {}): string {
  const locale = options.locale ?? 'ja';
  const id = options.table ?? 'long';
  const table = reportTables(report, options).find((t) => t.id === id);
  if (!table) throw new RangeError(`reportToCsv: unknown table "${id}"`);
  const lines = [table.columns.map((c) => csvField(csvHeader(c, locale))).join(',')];
  for (const row of table.rows) {
    lines.push(row.map((v, i) => (v === null ? '' : typeof v === 'number' ? csvNumber(v, table.columns[i]!) : csvField(v))).join(','));
  }
  return (options.bom === false ? '' : BOM) + lines.join('\r\n') + '\r\n';
}

/** Excel's rules for a sheet name: at most 31 characters, none of `[]:*?/\`, unique in the workbook. */
function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, '・').slice(0, 31);
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base.slice(0, 28)}(${n})`;
  taken.add(name);
  return name;
}

/**
 * The report as an Excel workbook (`.xlsx`): one sheet per table with
 * Japanese headers (or English), the header row frozen, column widths fitted
 * to the text, counts formatted `#,##0` and shares stored unrounded with the
 * format `0.0%` (rounded once, on display), A4 landscape. Zipped with fflate
 * on the calling thread — no worker from a blob URL, so it works under a
 * strict Content-Security-Policy — and loaded only by code that imports this
 * entry.
 *
 * @example
 * ```ts
 * const blob = await reportToXlsx(buildReport(cases), { policy });
 * ```
 * @public
 */
export function reportToXlsx(report: Report, options: XlsxOptions = {}): Promise<Blob> {
  try {
    return Promise.resolve(xlsxBlob(report, options));
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

function xlsxBlob(report: Report, options: XlsxOptions): Blob {
  const all = reportTables(report, options);
  const order = options.tables ?? [...all.filter((t) => t.id !== 'long').map((t) => t.id), 'long'];
  const taken = new Set<string>();
  const sheets = order.map((id) => {
    const table = all.find((t) => t.id === id);
    if (!table) throw new RangeError(`reportToXlsx: unknown table "${id}"`);
    return { name: sheetName(table.title, taken), table };
  });
  const bytes = writeXlsx(sheets);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

export type { ReportTableId, ReportTableOptions } from '../report/tables';
