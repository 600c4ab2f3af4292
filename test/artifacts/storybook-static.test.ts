import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { openLocalSite, type LocalSite } from './local-site';

/** `pnpm build-storybook` writes it; npm test builds it before the tests. */
const dir = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const PREFIX = '/intranet/fukushi/tsunagu/'; // hosted in some folder of a municipal intranet
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

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
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url().replace(origin, '')}`);
    });
    for (const id of [
      'sheets-referral-sheet-紹介シート--hoarded-house',
      'sheets-support-sharing-sheet-支援共有シート--twelve-agencies',
      'sheets-action-plan-行動連携計画シート--every-attendee-has-a-role',
    ]) {
      await page.goto(`${origin}${PREFIX}iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'networkidle' });
      await page.waitForFunction(
        () =>
          !!document
            .querySelector('[id^=tsunagu], tsunagu-referral-sheet, tsunagu-support-sharing-sheet, tsunagu-action-plan-sheet')
            ?.shadowRoot?.querySelector('h2'),
      );
    }
    await page.goto(`${origin}${PREFIX}index.html`, { waitUntil: 'networkidle' });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  const index = () =>
    JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { entries: Record<string, { id: string; type: string; title: string }> };
  /** The first story of each component, as a designer opens it. */
  const firstStories = () => {
    const seen = new Map<string, string>();
    for (const e of Object.values(index().entries)) if (e.type === 'story' && !seen.has(e.title)) seen.set(e.title, e.id);
    return [...seen.values()];
  };
  /** The headings of every tsunagu element (and the composed sheet) of a story, in a language. */
  async function headings(page: Awaited<ReturnType<Browser['newPage']>>, id: string, locale: 'ja' | 'en'): Promise<string[]> {
    await page.goto(`${origin}${PREFIX}iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=locale:${locale}`, {
      waitUntil: 'networkidle',
    });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#storybook-root *')].some((el) => el.shadowRoot?.querySelector('h2, h1')),
    );
    return page.evaluate(() =>
      [...document.querySelectorAll('#storybook-root *')]
        .flatMap((el) =>
          el.localName.includes('-') && el.shadowRoot ? [el.shadowRoot.querySelector('h1, h2')?.textContent?.trim() ?? ''] : [],
        )
        .filter(Boolean),
    );
  }

  it('the language switch changes every component: each default story in English has English headings', async () => {
    const page = await browser.newPage();
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    try {
      const ids = firstStories();
      expect(ids.length).toBeGreaterThanOrEqual(10);
      for (const id of ids) {
        const en = await headings(page, id, 'en');
        expect(en.length, id).toBeGreaterThan(0);
        for (const h of en) expect(h, `${id} in English`).not.toMatch(japanese);
        // The control: the same story in Japanese has Japanese headings, so the check above can fail.
        expect(
          (await headings(page, id, 'ja')).some((h) => japanese.test(h)),
          `${id} in Japanese`,
        ).toBe(true);
      }
    } finally {
      await page.close();
    }
  }, 120_000);

  it('docs pages link to each other inside Storybook: no link leads to a file Storybook does not serve', async () => {
    const entries = index().entries;
    const docs = Object.values(entries).filter(
      (e) => e.type === 'docs' && (e.id.startsWith('docs-') || e.id.startsWith('日本語ドキュメント-')),
    );
    expect(docs.filter((e) => e.id.startsWith('docs-')).length).toBeGreaterThanOrEqual(18);
    expect(docs.filter((e) => e.id.startsWith('日本語ドキュメント-')).length, 'the Japanese pages').toBe(7);
    const page = await browser.newPage();
    let internal = 0;
    try {
      for (const d of docs) {
        await page.goto(`${origin}${PREFIX}iframe.html?id=${encodeURIComponent(d.id)}&viewMode=docs`, { waitUntil: 'networkidle' });
        await page.waitForSelector('.sbdocs-content');
        const hrefs = await page.$$eval('.sbdocs-content a[href]', (as) => as.map((a) => a.getAttribute('href')!));
        for (const href of hrefs) {
          if (/^(https?:|mailto:|#)/.test(href)) continue;
          const target = /^\.\/\?path=\/docs\/([^&]+)/.exec(href)?.[1];
          expect(target && decodeURIComponent(target) in entries, `${d.id}: ${href}`).toBe(true);
          internal++;
        }
      }
    } finally {
      await page.close();
    }
    expect(internal).toBeGreaterThan(20);
  }, 120_000);

  it('controls: a select for each choice of values, a text box for an optional string, no onboarding checklist', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${origin}${PREFIX}iframe.html?id=sheets-referral-sheet-紹介シート--empty&viewMode=story`, {
        waitUntil: 'networkidle',
      });
      // On a loaded machine the preview may still be starting when the network is idle.
      await page.waitForFunction(
        () => !!(window as unknown as { __STORYBOOK_PREVIEW__?: { storyStoreValue?: unknown } }).__STORYBOOK_PREVIEW__?.storyStoreValue,
      );
      const controls = await page.evaluate(async () => {
        const preview = (
          window as unknown as {
            __STORYBOOK_PREVIEW__: {
              storyStoreValue: {
                loadStory(o: {
                  storyId: string;
                }): Promise<{ argTypes: Record<string, { control?: { type?: string }; options?: string[] }> }>;
              };
            };
          }
        ).__STORYBOOK_PREVIEW__;
        const story = await preview.storyStoreValue.loadStory({ storyId: 'sheets-referral-sheet-紹介シート--empty' });
        return Object.fromEntries(Object.entries(story.argTypes).map(([k, v]) => [k, [v.control?.type, v.options?.join(',')]]));
      });
      expect(controls['mode']).toEqual(['select', 'edit,response,readonly,print']);
      expect(controls['draft-storage']).toEqual(['select', 'none,session,local']);
      expect(controls['draft-key']?.[0]).toBe('text');
      expect(controls['today']?.[0]).toBe('text');
      expect(controls['draft-max-age']?.[0]).toBe('number');
      expect(
        Object.entries(controls)
          .filter(([, [type]]) => type === 'object')
          .map(([k]) => k)
          .sort(),
        'object editors: only for objects',
      ).toEqual(['addressLookup', 'candidates', 'policy', 'value']);
      expect(controls['locale']?.[0], 'read-only').toBeUndefined();
    } finally {
      await page.close();
    }
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toMatch(/"sidebarOnboardingChecklist":\s*false/);
  }, 60_000);
});
