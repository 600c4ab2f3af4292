// Every browser file the docs offer, on one plain page, under the strict CSP the docs give (Trusted Types
// with exactly `trusted-types lit-html`): the municipal page that shows a sheet and the year's report.
// Before the two files shared one Lit (dist/chunks/lit.js), the second to load failed with
// "Policy with name lit-html already exists" and its elements stayed undefined.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { openLocalSite, type LocalSite } from './local-site';

const dist = new URL('../../packages/sheets/dist/', import.meta.url);
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const TAGS = [
  'tsunagu-referral-sheet',
  'tsunagu-support-sharing-sheet',
  'tsunagu-action-plan-sheet',
  'tsunagu-assessment-sheet',
  'tsunagu-case-record',
  'tsunagu-household-map',
  'tsunagu-meeting-session',
  'tsunagu-referral-reply',
  'tsunagu-resource-directory',
  'tsunagu-report-view',
  'tsunagu-community-issues',
];
// A page's own script, as a file (the CSP forbids inline scripts): it uses what both files export.
const PAGE_SCRIPT = `import { buildReport } from '/assets/tsunagu-report-view.js';
import { clearDraft, validateReferral } from '/assets/tsunagu-sheets.js';
const report = buildReport([]);
document.querySelector('tsunagu-report-view').value = report;
clearDraft('referral-new');
document.body.dataset.pageScript = validateReferral({}).ok === false ? 'ran' : 'unexpected';
`;

let site: LocalSite;

/** The page, with the files in the order given. */
function page(order: string[]): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>つなぐ</title>
${order.map((f) => `<script type="module" src="/assets/${f}"></script>`).join('\n')}
<script type="module" src="/page.js"></script></head><body>
${TAGS.map((t) => `<${t}></${t}>`).join('\n')}
</body></html>`;
}

beforeAll(async () => {
  site = await openLocalSite((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/page.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(PAGE_SCRIPT);
    if (url.pathname.startsWith('/assets/')) {
      // The dist folder as the docs tell a CMS to copy it: the files, their maps and chunks/.
      const file = new URL(`.${url.pathname.slice('/assets'.length)}`, dist);
      if (!existsSync(file)) return void res.writeHead(404).end();
      const type = file.pathname.endsWith('.map') ? 'application/json' : 'text/javascript';
      return void res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
    }
    const order =
      url.searchParams.get('order') === 'report-first'
        ? ['tsunagu-report-view.js', 'tsunagu-resource-directory.js', 'tsunagu-sheets.js']
        : ['tsunagu-sheets.js', 'tsunagu-report-view.js', 'tsunagu-resource-directory.js'];
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }).end(page(order));
  });
}, 60_000);

afterAll(() => site?.close());

describe('every browser file on one page under the strict CSP with Trusted Types', () => {
  it.each(['sheets-first', 'report-first'])('defines and renders every element with no page error (%s)', async (order) => {
    const p = await site.browser.newPage();
    try {
      const errors: string[] = [];
      const missing: string[] = [];
      p.on('pageerror', (e) => errors.push(e.message));
      p.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      p.on('response', (r) => {
        if (r.status() >= 400) missing.push(new URL(r.url()).pathname);
      });
      await p.goto(`${site.origin}/?order=${order}`);
      await p.waitForFunction((tags) => tags.every((t) => customElements.get(t)), TAGS, { timeout: 30_000 });
      await p.waitForFunction(() => document.body.dataset.pageScript !== undefined, undefined, { timeout: 30_000 });
      const rendered = await p.evaluate(async (tags) => {
        const out: Record<string, number> = {};
        for (const t of tags) {
          const el = document.querySelector(t) as HTMLElement & { updateComplete: Promise<unknown> };
          await el.updateComplete;
          out[t] = el.shadowRoot?.textContent?.trim().length ?? 0;
        }
        return out;
      }, TAGS);
      for (const t of TAGS) expect(rendered[t], `${t} renders text`).toBeGreaterThan(0);
      expect(await p.evaluate(() => document.body.dataset.pageScript)).toBe('ran');
      // Lit was loaded once: one chunk, shared.
      const litLoads = await p.evaluate(
        () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/chunks/lit')).length,
      );
      expect(litLoads).toBe(1);
      expect(errors).toEqual([]);
      expect(missing).toEqual([]);
    } finally {
      await p.close();
    }
  });

  it('a field typed into still works: the policy Lit created is the one every element renders with', async () => {
    const p = await site.browser.newPage();
    try {
      await p.goto(site.origin);
      await p.waitForFunction((tags) => tags.every((t) => customElements.get(t)), TAGS, { timeout: 30_000 });
      const field = p.locator('tsunagu-referral-sheet').getByLabel('紹介日', { exact: false }).first();
      await field.fill('令和8年4月1日');
      await field.press('Tab');
      await expect.poll(() => field.inputValue()).toMatch(/令和8年4月1日|2026-04-01/);
    } finally {
      await p.close();
    }
  });
});
