// A nightly job on the portal's server: the fiscal year's 実績報告 as CSV and Excel files, ready
// to send to the prefecture. Counts only — no personal data leaves in them.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildReport, type Case, type MeetingSession } from '@tsunagu/core';
import { reportToCsv, reportToXlsx } from '@tsunagu/core/export';

export async function exportFiscalYear(
  cases: Iterable<Case>,
  sessions: Iterable<MeetingSession>,
  fiscalYear: number,
  dir: string,
): Promise<string[]> {
  const report = buildReport(cases, { sessions, fiscalYear });
  const csv = join(dir, `jisseki-${fiscalYear}.csv`);
  const xlsx = join(dir, `jisseki-${fiscalYear}.xlsx`);
  await writeFile(csv, reportToCsv(report)); // the long table: for pivot tables and other tools
  await writeFile(xlsx, new Uint8Array(await (await reportToXlsx(report)).arrayBuffer()));
  return [csv, xlsx];
}
