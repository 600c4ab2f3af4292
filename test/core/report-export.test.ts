// The exports municipal staff send to the prefecture and the ministry: CSV as the Digital Agency's rules
// for machine-readable data ask (one header row, plain numbers, ISO months, UTF-8 with a BOM, CRLF), read
// back with a CSV library; .xlsx written with write-excel-file and read back with a second, independent
// library (exceljs), its numbers equal to the report's.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { buildReport, reportTables, shares, type Case, type Report } from '@tsunagu/core';
import { reportToCsv, reportToXlsx } from '@tsunagu/core/export';
import { ROUTES, TABLE, himiCases } from '../fixtures/himi';
import { case8050 } from '../fixtures/households';
import { mutate } from './helpers';
import { LIVE_FORMULA } from '../fixtures/csv-payloads';

const report = buildReport(himiCases());
type Row = Record<string, string>;
const csvRows = (csv: string): Row[] => parse(csv, { bom: true, columns: true, skip_empty_lines: false }) as Row[];

describe('reportToCsv', () => {
  it('writes what Excel opens as Japanese: a UTF-8 BOM, CRLF line ends, one header row', () => {
    const csv = reportToCsv(report, { table: 'routes' });
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [header] = csv.slice(1).split('\r\n');
    expect(header).toBe(
      'コード,相談経路,平成26年度 件数,平成26年度 割合（%）,平成27年度 件数,平成27年度 割合（%）,平成28年度 件数,平成28年度 割合（%）,平成29年度 件数,平成29年度 割合（%）',
    );
    expect(reportToCsv(report, { table: 'routes', bom: false }).charCodeAt(0)).not.toBe(0xfeff);
  });

  it("parses back to 氷見's route table, with shares rounded once from the counts", () => {
    const rows = csvRows(reportToCsv(report, { table: 'routes' }));
    ROUTES.forEach((route, r) => {
      const row = rows.find((x) => x['コード'] === route)!;
      Object.values(TABLE).forEach((counts, i) => {
        const label = ['平成26年度', '平成27年度', '平成28年度', '平成29年度'][i]!;
        expect(Number(row[`${label} 件数`])).toBe(counts[r]);
        const total = counts.reduce((t, n) => t + n, 0);
        expect(Number(row[`${label} 割合（%）`])).toBe(Math.round((counts[r]! / total) * 1000) / 10);
      });
    });
    // 行政 H26: 83/180 = 46.1 % (the seed prints 47 %); the total row sums the unrounded shares: 100.
    expect(rows.find((x) => x['コード'] === 'government')!['平成26年度 割合（%）']).toBe('46.1');
    const total = rows.find((x) => x['コード'] === '_total')!;
    expect(total['相談経路']).toBe('合計');
    expect(total['平成29年度 件数']).toBe('229');
    expect(total['平成29年度 割合（%）']).toBe('100');
  });

  it('writes the long (tidy) table: ISO months, plain numbers, sums equal to the report', () => {
    const rows = csvRows(reportToCsv(report));
    expect(Object.keys(rows[0]!)).toEqual(['西暦年度', '年度', '月', '指標', '指標名', '区分', '区分名', '値']);
    for (const row of rows) {
      expect(row['月']).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      expect(row['値']).toMatch(/^\d+$/);
    }
    for (const f of report.fiscalYears) {
      const sum = (measure: string, category = '') =>
        rows
          .filter((x) => Number(x['西暦年度']) === f.fiscalYear && x['指標'] === measure && x['区分'] === category)
          .reduce((t, x) => t + Number(x['値']), 0);
      expect(sum('newConsultations')).toBe(f.newConsultations);
      expect(sum('multiMemberHouseholds')).toBe(f.multiMemberHouseholds);
      expect(sum('newByRoute', 'agency')).toBe(f.newByRoute['agency']);
      expect(sum('newByTeam', 'CSW')).toBe(f.newByTeam['CSW'] ?? 0);
    }
  });

  it('labels fiscal years by the policy: 令和/平成 or western, and in English FY', () => {
    const one = buildReport([case8050]);
    expect(reportToCsv(one, { table: 'summary' }).split('\r\n')[0]).toBe('\uFEFF指標,指標名,令和7年度');
    expect(
      reportToCsv(one, { table: 'summary', policy: { id: 'w', name: { ja: 'w', en: 'w' }, dateDisplay: 'western' } }).split('\r\n')[0],
    ).toBe('\uFEFF指標,指標名,2025年度');
    const en = csvRows(reportToCsv(one, { table: 'summary', locale: 'en' }));
    expect(Object.keys(en[0]!)).toEqual(['Measure', 'Measure (label)', 'FY2025']);
    expect(en.find((x) => x['Measure'] === 'juusouMeetings')!['FY2025']).toBe(String(one.fiscalYears[0]!.juusouMeetings));
  });

  it('quotes text with commas, quotes and line breaks, and keeps it whole', () => {
    const tricky = mutate(case8050, (c) => {
      c.meetings[0]!.resources = [{ name: '夜間の居場所, "送迎"つき\r\n（休日も）', type: 'informal', state: 'missing' }];
    });
    const rows = csvRows(reportToCsv(buildReport([tricky]), { table: 'missingResources' }));
    expect(rows.map((x) => x['資源'])).toEqual(['夜間の居場所, "送迎"つき\r\n（休日も）']);
  });

  it('refuses an unknown table with a clear error', () => {
    expect(() => reportToCsv(report, { table: 'nope' as 'long' })).toThrow(/unknown table "nope"/);
  });

  it('parses back whatever resource names and counts are generated (a name a spreadsheet would run behind a quote mark)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0),
            n: fc.integer({ min: 1, max: 3 }),
          }),
          { maxLength: 6 },
        ),
        (resources) => {
          const cases: Case[] = resources.flatMap(({ name, n }, i) =>
            Array.from({ length: n }, (_, k) =>
              mutate(case8050, (c) => {
                c.id = `c-${i}-${k}`;
                c.meetings[0]!.resources = [{ name, type: 'informal', state: 'missing' }];
              }),
            ),
          );
          const r = buildReport(cases);
          // A name that begins like a formula is written behind `'` (csv-injection.test.ts).
          const inert = (name: string) => (LIVE_FORMULA.test(name) ? `'${name}` : name);
          const expected = Object.fromEntries(Object.entries(r.fiscalYears[0]?.missingResources ?? {}).map(([k, v]) => [inert(k), v]));
          const rows = csvRows(reportToCsv(r, { table: 'missingResources' }));
          expect(Object.fromEntries(rows.map((x) => [x['資源'], Number(x[Object.keys(x)[2]!])]))).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});

async function readBack(blob: Blob): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await blob.arrayBuffer());
  return wb;
}

describe('reportToXlsx', () => {
  it('writes one sheet per table with Japanese headers, read back by a second library', async () => {
    const wb = await readBack(await reportToXlsx(report));
    const tables = reportTables(report);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      [...tables.filter((t) => t.id !== 'long'), tables.find((t) => t.id === 'long')!].map((t) => t.title),
    );
    const routes = wb.getWorksheet('相談経路別 新規相談')!;
    expect(routes.getRow(1).values).toEqual([
      undefined,
      'コード',
      '相談経路',
      '平成26年度 件数',
      '平成26年度 割合',
      '平成27年度 件数',
      '平成27年度 割合',
      '平成28年度 件数',
      '平成28年度 割合',
      '平成29年度 件数',
      '平成29年度 割合',
    ]);
    expect(routes.getRow(1).font?.bold ?? routes.getCell('A1').font?.bold).toBe(true);
  });

  it('holds the report’s numbers: counts as numbers, shares unrounded with a percent format', async () => {
    const wb = await readBack(await reportToXlsx(report));
    const routes = wb.getWorksheet('相談経路別 新規相談')!;
    const byCode = new Map<string, ExcelJS.Row>();
    routes.eachRow((row, n) => n > 1 && byCode.set(String(row.getCell(1).value), row));
    for (const f of report.fiscalYears) {
      const col = 3 + 2 * (f.fiscalYear - 2014);
      const s = shares(f.newByRoute);
      for (const route of ROUTES) {
        const row = byCode.get(route)!;
        expect(row.getCell(col).value).toBe(f.newByRoute[route] ?? 0);
        expect(row.getCell(col + 1).value).toBeCloseTo(s[route] ?? 0, 12);
        expect(row.getCell(col + 1).numFmt).toBe('0.0%');
        expect(row.getCell(col).numFmt).toBe('#,##0');
      }
    }
    const multi = wb.getWorksheet('複数の人が課題を抱える世帯')!;
    expect([2, 3, 4, 5].map((r) => multi.getRow(r).getCell(4).value)).toEqual([92, 75, 117, 146]);
    expect(multi.getRow(2).getCell(6).value).toBeNull(); // no year before H26: the change is empty, not 0
    expect(multi.getRow(5).getCell(6).value).toBeCloseTo(146 / 117, 12);
  });

  it('freezes the header row and fits column widths to Japanese text', async () => {
    const wb = await readBack(await reportToXlsx(report, { tables: ['routes'] }));
    expect(wb.worksheets).toHaveLength(1);
    const ws = wb.worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // 「平成26年度 件数」: six full-width characters (12 units), two digits and a space (3): 15, plus 2.
    expect(ws.getColumn(3).width).toBe(17);
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(8);
  });

  it('writes an empty report as sheets with headers only', async () => {
    const empty: Report = buildReport([]);
    const wb = await readBack(await reportToXlsx(empty, { locale: 'en' }));
    const summary = wb.getWorksheet('Summary')!;
    expect(summary.getRow(1).values).toEqual([undefined, 'Measure', 'Measure (label)']);
    expect(wb.getWorksheet('Data (long)')!.rowCount).toBe(1);
  });

  it('keeps text with XML specials whole, and drops only the control characters XML cannot hold', async () => {
    const odd = mutate(case8050, (c) => {
      c.meetings[0]!.resources = [
        { name: ' <夜間>&"居場所" ', type: 'informal', state: 'missing' },
        { name: 'ベル\u0007つき', type: 'informal', state: 'missing' },
      ];
    });
    const wb = await readBack(await reportToXlsx(buildReport([odd]), { tables: ['missingResources'] }));
    const names: unknown[] = [];
    wb.worksheets[0]!.eachRow((row, n) => n > 1 && names.push(row.getCell(2).value));
    expect(names.sort()).toEqual([' <夜間>&"居場所" ', 'ベルつき'].sort());
    await expect(reportToXlsx(report, { tables: ['nope' as 'long'] })).rejects.toThrow(/unknown table "nope"/);
  });

  it('gives every table a title Excel accepts as a sheet name', () => {
    for (const locale of ['ja', 'en'] as const) {
      const titles = reportTables(report, { locale }).map((t) => t.title);
      expect(new Set(titles).size).toBe(titles.length);
      for (const t of titles) expect(t).toMatch(/^[^[\]:*?/\\]{1,31}$/);
    }
  });
});
