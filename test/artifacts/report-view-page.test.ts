// The report view as a reporting page with no build step meets it: one script tag for
// dist/tsunagu-report-view.js, the CSV and Excel writers loaded only when a button is pressed, and the
// browser's own download of a file that a second library (exceljs) reads back to the report's numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { buildReport } from '@tsunagu/core';
import { openLocalSite, type LocalSite } from './local-site';
import { TABLE, himiCases } from '../fixtures/himi';

const dist = new URL('../../packages/sheets/dist/', import.meta.url);
const sheetsBundle = new URL('tsunagu-sheets.js', dist);
let site: LocalSite;

beforeAll(async () => {
  site = await openLocalSite((req, res) => {
    if (req.url === '/tsunagu-report-view.js' || req.url?.startsWith('/chunks/'))
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(new URL(`.${req.url}`, dist)));
    // Under the strict CSP the sheets promise to work with (script-src 'self', no blob: workers, Trusted Types).
    const csp =
      req.url === '/strict'
        ? { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'" }
        : {};
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...csp })
      .end(
        '<!doctype html><html lang="ja"><meta charset="utf-8"><title>実績報告</title><script type="module" src="/tsunagu-report-view.js"></script><tsunagu-report-view filename="jisseki"></tsunagu-report-view></html>',
      );
  });
}, 60_000);

afterAll(() => site?.close());

describe('dist/tsunagu-report-view.js in a plain page', () => {
  it('is not part of the sheets’ bundle', () => {
    expect(readFileSync(sheetsBundle, 'utf8')).not.toContain('tsunagu-report-view');
  });

  it('loads the writers only on export, and the browser saves an .xlsx holding the report’s numbers', async () => {
    const page = await site.browser.newPage({ acceptDownloads: true });
    try {
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(site.origin);
      await page.waitForFunction(() => !!customElements.get('tsunagu-report-view'));
      const report = buildReport(himiCases());
      await page.evaluate(
        async (r) => {
          const el = document.querySelector('tsunagu-report-view') as HTMLElement & { value: unknown; updateComplete: Promise<unknown> };
          el.value = r;
          await el.updateComplete;
        },
        JSON.parse(JSON.stringify(report)) as unknown,
      );
      expect(
        requested.some((p) => p.includes('/chunks/export-')),
        'the writers are not loaded before an export',
      ).toBe(false);

      await page.getByRole('button', { name: 'Excel（.xlsx）を保存' }).focus();
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toBe('jisseki.xlsx');
      expect(requested.some((p) => p.includes('/chunks/export-'))).toBe(true);
      await expect.poll(() => page.getByRole('status').textContent()).toBe('jisseki.xlsx を作成しました。');

      const wb = new ExcelJS.Workbook();
      const bytes = readFileSync((await download.path())!);
      await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      const routes = wb.getWorksheet('相談経路別 新規相談')!;
      const government = routes.getRows(2, routes.rowCount - 1)!.find((r) => r.getCell(1).value === 'government')!;
      expect([3, 5, 7, 9].map((c) => government.getCell(c).value)).toEqual(Object.values(TABLE).map((counts) => counts[5]));
    } finally {
      await page.close();
    }
  }, 60_000);

  it('exports a large report to Excel under a strict CSP (no worker from a blob URL)', async () => {
    const page = await site.browser.newPage({ acceptDownloads: true });
    try {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${site.origin}/strict`);
      await page.waitForFunction(() => !!customElements.get('tsunagu-report-view'));
      // 3,000 cases over four years: a long table of several thousand rows, a sheet of over a megabyte of XML.
      const cases = himiCases().flatMap((c, k) =>
        [0, 1, 2, 3, 4].map((j) => ({ ...c, id: `${c.id}-${j}`, intake: { ...c.intake, team: `チーム${(k + j) % 40}` } })),
      );
      const report = buildReport(cases);
      await page.evaluate(
        async (r) => {
          const el = document.querySelector('tsunagu-report-view') as HTMLElement & { value: unknown; updateComplete: Promise<unknown> };
          el.value = r;
          await el.updateComplete;
        },
        JSON.parse(JSON.stringify(report)) as unknown,
      );
      await page.getByRole('button', { name: 'Excel（.xlsx）を保存' }).focus();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')]);
      const bytes = readFileSync((await download.path())!);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      const teams = wb.getWorksheet('受付チーム別 新規相談')!;
      expect(teams.rowCount).toBe(1 + 40 + 1);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 90_000);
});
