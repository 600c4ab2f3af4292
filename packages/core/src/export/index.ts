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
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import { reportTables, type ReportCell, type ReportColumn, type ReportTable, type ReportTableId, type ReportTableOptions } from '../report-tables';
import type { Report } from '../report';

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

function csvField(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvHeader(column: ReportColumn, locale: 'ja' | 'en'): string {
  return column.kind === 'share' ? (locale === 'ja' ? `${column.label}（%）` : `${column.label} (%)`) : column.label;
}

/**
 * One table of the report as CSV text: one header row, no merged cells, no
 * blank rows, plain numbers (no thousands separators), months as ISO `YYYY-MM`,
 * codes beside their labels, CRLF line ends and a UTF-8 byte order mark — the
 * Digital Agency's rules for machine-readable data, and what Excel needs to
 * open Japanese text correctly.
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

const FORMATS: Partial<Record<ReportColumn['kind'], string>> = {
  count: '#,##0',
  share: '0.0%',
  ratio: '0.00',
  year: '0',
};

/** The display width of a text in Excel's character units: full-width characters count twice. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function sheetOf(table: ReportTable): { data: SheetData; columns: { width: number }[] } {
  const header: Cell[] = table.columns.map((c) => ({ value: c.label, fontWeight: 'bold', wrap: true }));
  const body: Cell[][] = table.rows.map((row) =>
    row.map((v: ReportCell, i): Cell => {
      if (v === null) return null;
      const column = table.columns[i]!;
      if (typeof v === 'number') {
        const format = FORMATS[column.kind];
        return format ? { value: v, type: Number, format } : { value: v, type: Number };
      }
      return { value: v, type: String };
    }),
  );
  const columns = table.columns.map((c, i) => {
    const longest = Math.max(width(c.label), ...table.rows.slice(0, 500).map((r) => width(String(r[i] ?? ''))));
    return { width: Math.min(40, Math.max(8, longest + 2)) };
  });
  return { data: [header, ...body], columns };
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
 * format `0.0%` (rounded once, on display). Written with `write-excel-file`
 * (its own dependency: fflate), loaded only by code that imports this entry.
 *
 * @example
 * ```ts
 * const blob = await reportToXlsx(buildReport(cases), { policy });
 * ```
 * @public
 */
export async function reportToXlsx(report: Report, options: XlsxOptions = {}): Promise<Blob> {
  const all = reportTables(report, options);
  const order = options.tables ?? [...all.filter((t) => t.id !== 'long').map((t) => t.id), 'long'];
  const taken = new Set<string>();
  const sheets = order.map((id) => {
    const table = all.find((t) => t.id === id);
    if (!table) throw new RangeError(`reportToXlsx: unknown table "${id}"`);
    const { data, columns } = sheetOf(table);
    return { data, columns, sheet: sheetName(table.title, taken), stickyRowsCount: 1 };
  });
  return writeXlsxFile(sheets).toBlob();
}

export type { ReportTableId, ReportTableOptions } from '../report-tables';
