// Paper is a feature (issue #15): each sheet, with a household the size of real paper sheets, prints
// on A4 within its page budget from every mode and in both languages, with no near-empty page, a
// running header and footer on every page, and nothing interactive. Printed by Chromium from the
// standalone bundle as a CMS page would load it; pages counted with pdfinfo, text read with pdftotext.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright';
import { openLocalSite, type LocalSite } from './local-site';
import { paperMeeting, paperPlan, paperReferral } from '../fixtures/paper';
import { paperAssessment } from '../fixtures/assessments';
import { yearCaseClosed } from '../fixtures/case-year';
import { buildReport, formatDate, householdMap } from '@tsunagu/core';
import { familyMapCase, largeMapCase } from '../fixtures/household-maps';
import { threeCaseSession } from '../fixtures/sessions';
import { himiCases } from '../fixtures/himi';
import { townDirectory } from '../fixtures/directory';
import { publicDirectory } from '@tsunagu/core/directory';

const bundle = readFileSync(new URL('../../packages/sheets/dist/tsunagu-sheets.js', import.meta.url));
const dist = new URL('../../packages/sheets/dist/', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'tsunagu-print-'));
let site: LocalSite;
let origin = '';
let browser: Browser;

beforeAll(async () => {
  site = await openLocalSite((req, res) => {
    if (req.url === '/tsunagu-sheets.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    // The report view is its own bundle (with its chunks), as a reporting page loads it.
    if (req.url === '/tsunagu-report-view.js' || req.url === '/tsunagu-resource-directory.js' || req.url?.startsWith('/chunks/'))
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(new URL(`.${req.url}`, dist)));
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        '<!doctype html><html lang="ja"><meta charset="utf-8"><title>print</title><script type="module" src="/tsunagu-sheets.js"></script><script type="module" src="/tsunagu-report-view.js"></script><script type="module" src="/tsunagu-resource-directory.js"></script><main id="root"></main></html>',
      );
  });
  ({ origin, browser } = site);
}, 60_000);

afterAll(() => site?.close());

interface Printed {
  pages: number;
  text: string[];
}

/** Prints one sheet to A4 as the browser's print does (print media), and reads the PDF. */
async function print(tag: string, value: unknown, mode: string, lang: 'ja' | 'en', attrs: Record<string, string> = {}): Promise<Printed> {
  const page = await browser.newPage();
  try {
    await page.goto(origin);
    await page.waitForFunction((t) => !!customElements.get(t), tag);
    await page.evaluate(
      async ([t, v, m, l, a]) => {
        const el = document.createElement(t as string) as HTMLElement & { value: unknown; updateComplete: Promise<unknown> };
        el.setAttribute('mode', m as string);
        el.setAttribute('lang', l as string);
        el.setAttribute('today', '2025-04-09');
        for (const [k, x] of Object.entries(a as Record<string, string>)) el.setAttribute(k, x);
        el.value = v;
        document.getElementById('root')!.append(el);
        await el.updateComplete;
      },
      [tag, value, mode, lang, attrs] as const,
    );
    await page.emulateMedia({ media: 'print' });
    const file = join(dir, `${tag}-${mode}-${lang}${Object.keys(attrs).join('-')}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString().split('\f').slice(0, pages);
    return { pages, text };
  } finally {
    await page.close();
  }
}

const SHEETS = [
  {
    tag: 'tsunagu-referral-sheet',
    value: paperReferral,
    budget: 2,
    modes: ['edit', 'response', 'readonly', 'print'],
    title: { ja: '紹介シート', en: 'Referral sheet' },
  },
  {
    tag: 'tsunagu-support-sharing-sheet',
    value: paperMeeting,
    budget: 2,
    modes: ['edit', 'readonly', 'print'],
    title: { ja: '支援共有シート', en: 'Support-sharing sheet' },
  },
  {
    tag: 'tsunagu-action-plan-sheet',
    value: paperPlan,
    budget: 3,
    modes: ['edit', 'readonly', 'print'],
    title: { ja: '行動連携計画シート', en: 'Action plan sheet' },
  },
  {
    // The household assessment (issue #36): both people, every domain, the person's view and the 評価, within 2 pages.
    tag: 'tsunagu-assessment-sheet',
    value: paperAssessment,
    budget: 2,
    modes: ['edit', 'print'],
    title: { ja: 'アセスメントシート', en: 'Assessment' },
  },
] as const;

describe('paper: A4 page budgets from every mode, in both languages', () => {
  for (const s of SHEETS)
    for (const lang of ['ja', 'en'] as const)
      it(`${s.tag} (${lang}): ≤ ${s.budget} pages from ${s.modes.join(', ')}, the same paper each time`, async () => {
        const printed: Printed[] = [];
        for (const mode of s.modes) printed.push(await print(s.tag, s.value, mode, lang));
        for (const [i, p] of printed.entries()) {
          expect(p.pages, `${s.modes[i]}`).toBeLessThanOrEqual(s.budget);
          const chars = p.text.map((t) => t.replace(/\s+/g, '').length);
          // No page but the last less than a third full (of the fullest page).
          for (const c of chars.slice(0, -1))
            expect(c, `${s.modes[i]}: ${chars.join(', ')}`).toBeGreaterThanOrEqual(Math.max(...chars) / 3);
          p.text.forEach((t, n) => {
            // The running header and footer on every page: the sheet's name, the notice, page x / y.
            expect(t).toContain(s.title[lang]);
            expect(t).toContain(lang === 'ja' ? '個人情報につき取扱注意' : 'Personal information: handle with care');
            expect(t.replace(/\s+/g, '')).toContain(`${n + 1}/${p.pages}`);
            // Nothing interactive and no on-screen badge on paper.
            expect(t).not.toContain(lang === 'ja' ? '編集不可' : 'Read-only');
            expect(t).not.toMatch(lang === 'ja' ? /送信する|追加する|入力する/ : /Submit|Add a |Enter this/);
          });
        }
        // From edit mode too, the paper is the print mode's (the response mode adds nothing a referral prints).
        const body = (p: Printed) => p.text.join('\n').replace(/\s+/g, '');
        const printMode = printed[s.modes.indexOf('print')]!;
        expect(body(printed[0]!)).toBe(body(printMode));
        // Every option of a choice printed, with the chosen one marked.
        expect(body(printMode)).toMatch(/[☑◉]/u);
        expect(body(printMode)).toMatch(/[☐○]/u);
      }, 60_000);
});

describe("paper: one sheet alone, or 高島's 支援共有・行動連携計画シート as one document", () => {
  it('prints the meeting and its plan together, without the rest of the page', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(origin);
      await page.waitForFunction(() => !!customElements.get('tsunagu-action-plan-sheet'));
      // What a page script does: import printSheets from the bundle it already loaded.
      await page.addScriptTag({
        type: 'module',
        content: "import { printSheets } from '/tsunagu-sheets.js'; window.printSheets = printSheets;",
      });
      await page.waitForFunction(() => 'printSheets' in window);
      await page.evaluate(
        async ([meeting, plan]) => {
          const root = document.getElementById('root')!;
          const nav = document.createElement('nav');
          nav.textContent = 'ポータルのメニュー';
          const m = document.createElement('tsunagu-support-sharing-sheet') as HTMLElement & {
            value: unknown;
            updateComplete: Promise<unknown>;
          };
          const p = document.createElement('tsunagu-action-plan-sheet') as HTMLElement & {
            value: unknown;
            updateComplete: Promise<unknown>;
          };
          m.value = meeting;
          p.value = plan;
          root.append(nav, m, p);
          await Promise.all([m.updateComplete, p.updateComplete]);
          // The page's print button: the dialog is the browser's, so here it only records the call.
          window.print = () => undefined;
          (window as unknown as { printSheets: (...s: HTMLElement[]) => void }).printSheets(m, p);
        },
        [paperMeeting, paperPlan] as const,
      );
      await page.emulateMedia({ media: 'print' });
      const file = join(dir, 'combined.pdf');
      writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
      expect(pages).toBeLessThanOrEqual(4);
      expect(text).toContain('支援共有シート');
      expect(text).toContain('行動連携計画シート');
      expect(text).not.toContain('ポータルのメニュー');
    } finally {
      await page.close();
    }
  }, 60_000);
});

describe('paper: consent given, its scope not yet answered (issue #31)', () => {
  it('prints （記入なし） for each unanswered scope question, never いいえ, and はい/いいえ where answered', async () => {
    const unanswered = {
      ...paperReferral,
      consent: { ...paperReferral.consent, status: 'given' as const, date: '2025-04-03', scope: undefined },
    };
    // The scope questions sit between the consent method and the confirmer; a label may wrap around its value.
    const scope = (text: string[]) => /確認の方法(.*?)確認した人/.exec(text.join('\n').replace(/\s+/g, ''))![1]!;
    const p = scope((await print('tsunagu-referral-sheet', unanswered, 'print', 'ja')).text);
    expect(p.replace('（記入なし）', '')).toMatch(/関係機関への情.*報提供に同意/);
    expect(p.match(/（記入なし）/g)).toHaveLength(2);
    expect(p).not.toMatch(/いいえ|はい/);
    const answered = { ...unanswered, consent: { ...unanswered.consent, scope: { provide: true, collect: false } } };
    const q = scope((await print('tsunagu-referral-sheet', answered, 'print', 'ja')).text);
    expect(q).not.toContain('（記入なし）');
    expect(q.replace(/[^はいえ]/g, '')).toBe('はいいいえ'); // 情報提供 はい, then 情報収集 いいえ
  }, 60_000);
});

describe('paper: the 支援経過記録 of a year of weekly contacts (issue #16)', () => {
  for (const lang of ['ja', 'en'] as const)
    it(`tsunagu-case-record (${lang}): ≤ 6 pages from edit, readonly and print, every contact in the table`, async () => {
      const title = lang === 'ja' ? '支援経過記録' : 'Case record';
      const bodies: string[] = [];
      for (const mode of ['edit', 'readonly', 'print']) {
        const p = await print('tsunagu-case-record', yearCaseClosed, mode, lang);
        expect(p.pages, mode).toBeLessThanOrEqual(6);
        const chars = p.text.map((t) => t.replace(/\s+/g, '').length);
        for (const c of chars.slice(0, -1)) expect(c, `${mode}: ${chars.join(', ')}`).toBeGreaterThanOrEqual(Math.max(...chars) / 3);
        p.text.forEach((t, n) => {
          expect(t).toContain(title);
          expect(t.replace(/\s+/g, '')).toContain(`${n + 1}/${p.pages}`);
          expect(t).not.toMatch(lang === 'ja' ? /送信する|記録する|並び順/ : /Submit|Record a|Order/);
        });
        const body = p.text.join('\n').replace(/\s+/g, '');
        // Every week's contact, by its date as the table shows it; the hand-off at the end.
        for (const c of yearCaseClosed.contacts!)
          expect(body, c.id).toContain(lang === 'ja' ? formatDate(c.date, 'western').replace(/\s+/g, '') : c.date);
        expect(body).toContain('架空村子育て支援センター');
        expect(body).toContain('029-000-0000');
        bodies.push(body);
      }
      expect(bodies[0]).toBe(bodies[2]);
      expect(bodies[1]).toBe(bodies[2]);
    }, 90_000);
});

describe('paper: the household map on one A4 page (issue #17)', () => {
  for (const [name, value] of [
    ['family', familyMapCase],
    ['twelve people, thirty supports', largeMapCase],
  ] as const)
    for (const lang of ['ja', 'en'] as const)
      it(`tsunagu-household-map, ${name} (${lang}): one page, every person and support on it`, async () => {
        const p = await print('tsunagu-household-map', value, 'print', lang);
        expect(p.pages).toBe(1);
        const text = p.text[0]!.replace(/\s+/g, '');
        const map = householdMap(value);
        for (const person of map.people) if (person.name) expect(text).toContain(person.name.replace(/\s+/g, ''));
        for (const s of map.supports) expect(text).toContain(s.name.replace(/\s+/g, ''));
        expect(text).toContain(lang === 'ja' ? '太線強いつながり' : 'thickline:strongtie');
      }, 60_000);
});

describe('paper: the household map, a page per phase (issue #34)', () => {
  // Twelve people and thirty supports through 東海村's three phases: every support is there at each (they are undated).
  const phased = {
    ...largeMapCase,
    network: {
      phases: [
        { code: 'initial', from: '2025-03-25' },
        { code: 'coordinating', from: '2025-04-15' },
        { code: 'stable', from: '2025-09-01' },
      ],
    },
  };
  for (const lang of ['ja', 'en'] as const)
    it(`tsunagu-household-map, all phases at 12 people and 30 supports (${lang}): one A4 page per phase, each whole`, async () => {
      const p = await print('tsunagu-household-map', phased, 'print', lang, { 'all-phases': '' });
      expect(p.pages).toBe(3);
      const map = householdMap(phased);
      ['初動期', '調整期', '安定期'].forEach((name, i) => {
        const text = p.text[i]!.replace(/\s+/g, '');
        expect(text).toContain(lang === 'ja' ? name : ['Initialresponse', 'Coordination', 'Stable'][i]);
        for (const s of map.supports) expect(text, `${s.name} on page ${i + 1}`).toContain(s.name.replace(/\s+/g, ''));
      });
    }, 60_000);
});

describe('paper: the meeting session — agenda, attendance, minutes list (issue #17)', () => {
  for (const lang of ['ja', 'en'] as const)
    it(`tsunagu-meeting-session (${lang}): one page, every invitee and every case on the agenda`, async () => {
      const p = await print('tsunagu-meeting-session', threeCaseSession, 'print', lang);
      expect(p.pages).toBe(1);
      const text = p.text.join('').replace(/\s+/g, '');
      expect(text).toContain(lang === 'ja' ? '会議の開催' : 'Meetingsession');
      for (const i of threeCaseSession.invitations) expect(text).toContain(i.name.replace(/\s+/g, ''));
      for (const a of threeCaseSession.agenda) expect(text).toContain(a.caseId);
      expect(text).not.toMatch(lang === 'ja' ? /送信する|追加する/ : /Submit|Add a /);
    }, 60_000);
});

describe('paper: the 実績報告 — charts with their tables (issue #18)', () => {
  const report = buildReport(himiCases());
  for (const lang of ['ja', 'en'] as const)
    it(`tsunagu-report-view, four years of 氷見 (${lang}): ≤ 3 pages, every chart's numbers on paper, no buttons`, async () => {
      const p = await print('tsunagu-report-view', report, 'print', lang);
      expect(p.pages).toBeLessThanOrEqual(3);
      const text = p.text.join('').replace(/\s+/g, '');
      expect(text).toContain(lang === 'ja' ? '相談経路別の新規相談（年度別）（表）' : 'Newconsultationsbyroute,perfiscalyear(table)');
      expect(text).toContain(lang === 'ja' ? '平成29年度' : 'FY2017');
      for (const f of report.fiscalYears) expect(text).toContain(String(f.multiMemberHouseholds));
      expect(text).toContain('46.1%');
      expect(text).not.toMatch(lang === 'ja' ? /を保存/ : /Save /);
      // The further tables are the screen's disclosure and the export's, not the paper's.
      expect(text).not.toContain(lang === 'ja' ? 'ほかの表' : 'Moretables');
      // No page but the last is near-empty.
      const lengths = p.text.map((t) => t.replace(/\s+/g, '').length);
      for (const n of lengths.slice(0, -1)) expect(n).toBeGreaterThan(Math.max(...lengths) / 3);
    }, 60_000);
});

describe('paper: the 資源マップ (issue #35)', () => {
  for (const lang of ['ja', 'en'] as const)
    it(`tsunagu-resource-directory, the town's directory (${lang}): by area on A4, every published running service, no individual, no private entry`, async () => {
      const page = await browser.newPage();
      let p: Printed;
      try {
        await page.goto(origin);
        await page.waitForFunction(() => !!customElements.get('tsunagu-resource-directory'));
        await page.evaluate(
          async ([d, l]) => {
            const el = document.createElement('tsunagu-resource-directory') as HTMLElement & {
              directory: unknown;
              updateComplete: Promise<unknown>;
            };
            el.setAttribute('lang', l);
            el.directory = d;
            document.getElementById('root')!.append(el);
            await el.updateComplete;
          },
          [townDirectory, lang] as const,
        );
        // Printed from the screen's search (mode "browse"), as Ctrl+P would.
        await page.emulateMedia({ media: 'print' });
        const file = join(dir, `resource-map-${lang}.pdf`);
        writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
        p = { pages, text: execFileSync('pdftotext', ['-layout', file, '-']).toString().split('\f').slice(0, pages) };
      } finally {
        await page.close();
      }
      expect(p.pages, 'pages').toBeGreaterThanOrEqual(2);
      expect(p.pages, 'pages').toBeLessThanOrEqual(6);
      const text = p.text.join('').replace(/\s+/g, '');
      expect(text).toContain(lang === 'ja' ? '資源マップ（圏域別一覧）' : 'Resourcemap(byarea)');
      for (const area of ['北部圏域', '中部圏域', '南部圏域', '東部圏域']) expect(text).toContain(area);
      const open = publicDirectory(townDirectory).services.filter((s) => s.status === 'active');
      for (const s of open) expect(text, s.name).toContain(s.name.replace(/\s+/g, ''));
      const hidden = townDirectory.services.filter(
        (s) => s.private || townDirectory.organizations.find((o) => o.id === s.organizationId)?.private,
      );
      expect(hidden.length, 'private services in the fixture').toBeGreaterThan(0);
      for (const s of hidden) if (!open.some((o) => o.name.includes(s.name))) expect(text).not.toContain(s.name.replace(/\s+/g, ''));
      for (const person of townDirectory.individuals ?? [])
        expect(text, 'an individual on paper').not.toContain(person.name.replace(/\s+/g, ''));
      expect(text).not.toMatch(lang === 'ja' ? /ことばで探す|選ぶ/ : /Search|Pick/);
      const lengths = p.text.map((t) => t.replace(/\s+/g, '').length);
      for (const n of lengths.slice(0, -1)) expect(n).toBeGreaterThan(Math.max(...lengths) / 3);
    }, 60_000);
});
