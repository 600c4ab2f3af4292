import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { openLocalSite, type LocalSite } from './local-site';

/** `pnpm build-storybook` writes it; npm test builds it before the tests. */
const dir = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const PREFIX = '/intranet/fukushi/tsunagu/'; // hosted in some folder of a municipal intranet
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

let site: LocalSite;
let origin = '';
let browser: Browser;

beforeAll(async () => {
  site = await openLocalSite((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith(PREFIX)) return void res.writeHead(404).end();
    const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(PREFIX.length)) || 'index.html'));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  ({ origin, browser } = site);
}, 60_000);

afterAll(() => site?.close());

describe('the static Storybook (pnpm build-storybook)', () => {
  it('was built', () => expect(existsSync(join(dir, 'index.json'))).toBe(true));

  it('renders stories from a sub-folder with no request leaving the server and no console error', async () => {
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { entries: Record<string, { id: string; type: string }> };
    const stories = Object.values(index.entries).filter((e) => e.type === 'story');
    expect(stories.length).toBeGreaterThan(30);
    const page = await browser.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) outside.push(r.url()); });
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url().replace(origin, '')}`); });
    for (const id of ['sheets-referral-sheet-紹介シート--hoarded-house', 'sheets-support-sharing-sheet-支援共有シート--twelve-agencies', 'sheets-action-plan-行動連携計画シート--every-attendee-has-a-role']) {
      await page.goto(`${origin}${PREFIX}iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => !!document.querySelector('[id^=tsunagu], tsunagu-referral-sheet, tsunagu-support-sharing-sheet, tsunagu-action-plan-sheet')?.shadowRoot?.querySelector('h2'));
    }
    await page.goto(`${origin}${PREFIX}index.html`, { waitUntil: 'networkidle' });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);
});
