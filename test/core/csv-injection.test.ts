// CSV formula injection (issue #37): free text that reaches the report — a missing resource typed in a meeting,
// a municipality's own code label — is written so that a spreadsheet opens it as the text it is. Every text cell
// that a reader could take for a formula begins with `'`; numbers stay numbers. LibreOffice reads the files in
// test/artifacts/spreadsheet-open.test.ts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { buildReport, reportTables } from '@tsunagu/core';
import { reportToCsv } from '@tsunagu/core/export';
import { case8050 } from '../fixtures/households';
import { CSV_PAYLOADS, LIVE_FORMULA, withMissingResources } from '../fixtures/csv-payloads';

const cells = (csv: string): string[][] => parse(csv, { bom: true, relax_column_count: true }) as string[][];

describe('CSV formula injection', () => {
  it(`has a corpus of ${CSV_PAYLOADS.length} payloads, each one a formula as written`, () => {
    expect(CSV_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    for (const p of CSV_PAYLOADS) expect(LIVE_FORMULA.test(p), JSON.stringify(p)).toBe(true);
  });

  it('writes every payload inert, as its own text behind a quote mark, in the missing-resources table and the long table', () => {
    const report = buildReport([withMissingResources(CSV_PAYLOADS)]);
    for (const table of ['missingResources', 'long'] as const) {
      const rows = cells(reportToCsv(report, { table }));
      const texts = rows.flat();
      for (const p of CSV_PAYLOADS) expect(texts, `${table}: ${JSON.stringify(p)}`).toContain(`'${p}`);
      for (const t of texts) expect(LIVE_FORMULA.test(t), `${table}: ${JSON.stringify(t)}`).toBe(false);
    }
  });

  it('leaves no live cell in any table, whatever the text (property)', () => {
    const formulaish = fc.tuple(
      fc.constantFrom('', ' ', '\u3000', '"', '\uFEFF', '\t'),
      fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠'),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            formulaish.map((t) => t.join('')),
          ),
          { minLength: 1, maxLength: 5 },
        ),
        (names) => {
          const report = buildReport([withMissingResources(names)]);
          for (const { id: table } of reportTables(report))
            for (const t of cells(reportToCsv(report, { table })).flat()) expect(LIVE_FORMULA.test(t)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps numbers as numbers, negative ones too, and plain text as it was', () => {
    const report = buildReport([withMissingResources(['ひきこもりの居場所', '夜間の相談窓口'])]);
    const rows = cells(reportToCsv(report, { table: 'missingResources' }));
    expect(rows.flat()).toContain('ひきこもりの居場所');
    expect(rows.flat().some((t) => t.startsWith("'"))).toBe(false);
    // The long table's counts, and the year-on-year table's changes, which may be negative.
    const numbers = cells(reportToCsv(buildReport([case8050]), { table: 'long' }))
      .slice(1)
      .map((r) => r.at(-1)!);
    for (const n of numbers) expect(n === '' || Number.isFinite(Number(n)), n).toBe(true);
  });
});
