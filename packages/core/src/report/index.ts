// The 実績報告: the measures table (measures.ts), the counting by concern (count-*.ts), the report by
// month and fiscal year (build.ts), and its tables for people and machines (tables.ts).
export { buildReport, reportTotals, shares, changeFrom, type Report, type ReportRow, type ReportOptions } from './build';
export type { ReportCounts } from './measures';
export {
  reportTables,
  type ReportTable,
  type ReportTableId,
  type ReportTableOptions,
  type ReportColumn,
  type ReportColumnKind,
  type ReportCell,
} from './tables';
