// The exports opened as a user's spreadsheet opens them (issue #37): LibreOffice Calc, headless (Debian's
// libreoffice-calc-nogui, installed by scripts/setup.sh), reads the CSV and the Excel file the core writes for a
// report whose free text is the injection corpus (test/fixtures/csv-payloads.ts), and saves what it read as flat
// OpenDocument XML. No cell of it is a formula, and the payloads are there as text. The same check finds the
// formula in a CSV written the naive way, so it can fail.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReport } from '@tsunagu/core';
import { reportToCsv, reportToXlsx } from '@tsunagu/core/export';
import { CSV_PAYLOADS, withMissingResources } from '../fixtures/csv-payloads';

const dir = mkdtempSync(join(tmpdir(), 'tsunagu-spreadsheet-'));

/** Opens the files in LibreOffice Calc and saves each as flat ODS; returns their XML by input name. */
function openInCalc(files: string[], csv: boolean): Record<string, string> {
  const out = join(dir, 'out');
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      // Comma-separated, double-quoted, UTF-8 (76), from the first line: what a user's import dialog says for these files.
      ...(csv ? ['--infilter=CSV:44,34,76,1'] : []),
      '--convert-to',
      'fods',
      '--outdir',
      out,
      ...files,
    ],
    { stdio: 'pipe', timeout: 110_000 },
  );
  return Object.fromEntries(
    files.map((f) => [
      f,
      readFileSync(
        join(
          out,
          f
            .split('/')
            .pop()!
            .replace(/\.\w+$/, '.fods'),
        ),
        'utf8',
      ),
    ]),
  );
}

const formulas = (fods: string) => [...fods.matchAll(/table:formula="([^"]*)"/g)].map((m) => m[1]);

let opened: Record<string, string>;
let openedXlsx: Record<string, string>;

beforeAll(async () => {
  const report = buildReport([withMissingResources(CSV_PAYLOADS)]);
  const csvFiles = ['missingResources', 'long'].map((table) => {
    const file = join(dir, `${table}.csv`);
    writeFileSync(file, reportToCsv(report, { table: table as 'long' }));
    return file;
  });
  // The control: the corpus in a CSV written the naive way (quoted where needed, nothing else).
  const naive = join(dir, 'naive.csv');
  writeFileSync(
    naive,
    '\uFEFF資源\r\n' + CSV_PAYLOADS.map((p) => (/[",\r\n]/.test(p) ? `"${p.replace(/"/g, '""')}"` : p)).join('\r\n') + '\r\n',
  );
  opened = openInCalc([...csvFiles, naive], true);
  const xlsx = join(dir, 'report.xlsx');
  writeFileSync(xlsx, Buffer.from(await (await reportToXlsx(report)).arrayBuffer()));
  openedXlsx = openInCalc([xlsx], false);
}, 240_000);

describe(`the injection corpus (${CSV_PAYLOADS.length} payloads) opened in LibreOffice Calc`, () => {
  it('runs as formulas from a naive CSV: the check below can fail', () => {
    // Calc 7.4 runs 16 of them (those that begin with = + - @ or a quote before one); others are read as text by
    // Calc but not necessarily by Excel or Google Sheets, which is why the writer neutralises them all.
    expect(formulas(opened[join(dir, 'naive.csv')]!).length).toBeGreaterThanOrEqual(10);
  });

  it('stays text in the CSV of the missing resources and in the long table', () => {
    for (const table of ['missingResources', 'long']) {
      const fods = opened[join(dir, `${table}.csv`)]!;
      expect(formulas(fods), table).toEqual([]);
      expect(fods.split('attacker.example').length - 1, table).toBeGreaterThanOrEqual(
        CSV_PAYLOADS.filter((p) => p.includes('attacker.example')).length,
      );
    }
  });

  it('stays text in the Excel file, every sheet', () => {
    const fods = openedXlsx[join(dir, 'report.xlsx')]!;
    expect(formulas(fods)).toEqual([]);
    expect(fods).toContain('attacker.example');
  });
});
