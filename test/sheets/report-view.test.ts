// <tsunagu-report-view>: the 実績報告 as charts with their data tables, read as a user meets them
// (headings, figures described in words, tables with captions) and exported by keyboard.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { buildReport, shares, type MunicipalPolicy, type Report } from '@tsunagu/core';
import '@tsunagu/sheets/report-view';
import type { TsunaguExportEvent, TsunaguReportView } from '@tsunagu/sheets';
import { ROUTES, TABLE, himiCases } from '../fixtures/himi';
import { case8050 } from '../fixtures/households';
import { cleanup, deepActiveElement, expectNoAxeViolations, mount, nextEvent } from './helpers';

afterEach(cleanup);

const himi = buildReport(himiCases());

async function view(value: Report | undefined, lang?: string, policy?: MunicipalPolicy) {
  const root = await mount((r) => {
    const el = document.createElement('tsunagu-report-view');
    if (lang) el.setAttribute('lang', lang);
    el.value = value;
    if (policy) el.policy = policy;
    r.append(el);
  });
  const el = root.querySelector('tsunagu-report-view') as TsunaguReportView;
  await el.updateComplete;
  return { el, sr: el.shadowRoot! };
}

/** A table's body as the text of its cells, row by row. */
const cells = (table: HTMLTableElement) => [...table.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()));

describe('<tsunagu-report-view>', () => {
  it("draws 氷見's routes per fiscal year as 100 % bars, each part labelled, with the table of counts and shares", async () => {
    const { sr } = await view(himi);
    const [routes] = [...sr.querySelectorAll('figure')];
    const chart = routes!.querySelector('svg[role="img"]')!;
    expect(chart.getAttribute('aria-label')).toContain('相談経路別');
    // One bar per year, one part per route with a count; every part filled by a pattern, never a bare colour.
    const parts = [...chart.querySelectorAll('rect')];
    expect(parts).toHaveLength(
      Object.values(TABLE)
        .flat()
        .filter((n) => n > 0).length,
    );
    for (const p of parts) expect(p.getAttribute('fill')).toMatch(/^url\(#p\d\)$/);
    const labels = [...chart.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toContain('平成26年度');
    expect(labels).toContain('83件（46.1%）'); // 行政, H26: wide enough for the count and the share
    expect(labels).toContain('180件');
    // The key pairs every route with its own pattern.
    const key = [...routes!.querySelectorAll('.legend li')];
    expect(key.map((li) => li.textContent!.trim())).toEqual(['当事者', '家族', '知人', '地域', '専門機関', '行政']);
    expect(new Set(key.map((li) => li.querySelector('rect')!.getAttribute('fill'))).size).toBe(6);
    // The table says the same in numbers: the counts of the seed, the shares computed from them.
    const table = sr.querySelector<HTMLTableElement>('table')!;
    expect(table.caption!.textContent).toBe('相談経路別の新規相談（年度別）（表）');
    const rows = cells(table);
    ROUTES.forEach((route, r) => {
      const row = rows[r]!;
      const s = shares(himi.fiscalYears[0]!.newByRoute);
      expect(row[0]).toBe(['当事者', '家族', '知人', '地域', '専門機関', '行政'][r]);
      expect(row[1]).toBe(String(TABLE[2014]![r]));
      expect(row[2]).toBe(`${(Math.round(s[route]! * 1000) / 10).toFixed(1)}%`);
    });
    expect(rows.at(-1)!.slice(0, 3)).toEqual(['合計', '180', '100.0%']);
  });

  it('shows the trend over the years and the meetings by kind, each chart followed by its table', async () => {
    const { sr } = await view(himi);
    const headings = [...sr.querySelectorAll('h2, h3')].filter((h) => !h.closest('details')).map((h) => h.textContent);
    expect(headings).toEqual([
      '実績報告',
      '相談経路別の新規相談（年度別）',
      '新規相談と、複数の人が課題を抱える世帯の推移',
      '会議の開催回数（種類別）',
      '多機関協働事業者の支援（直接支援の割合）',
      '実績の概要',
    ]);
    // The other tables with rows, under one disclosure: 氷見's teams, fields, situations…, each a captioned table.
    const more = sr.querySelector('details')!;
    expect(more.querySelector('summary')!.textContent).toContain('ほかの表');
    const titles = [...more.querySelectorAll('h3')].map((h) => h.textContent);
    expect(titles).toContain('受付チーム別 新規相談');
    expect(more.querySelectorAll('table caption')).toHaveLength(titles.length);
    const figures = [...sr.querySelectorAll('figure')];
    expect(figures).toHaveLength(3);
    for (const f of figures) expect(f.nextElementSibling!.querySelector('table'), 'a table after each chart').not.toBeNull();
    const trend = figures[1]!.querySelector('svg')!;
    const values = [...trend.querySelectorAll('text.value')].map((t) => t.textContent);
    for (const n of [180, 156, 180, 229, 92, 75, 117, 146]) expect(values).toContain(String(n));
    const multi = cells(figures[1]!.nextElementSibling!.querySelector('table')!);
    expect(multi.map((r) => r[3])).toEqual(['51.1%', '48.1%', '65.0%', '63.8%']);
    expect(multi.map((r) => r[4])).toEqual(['—', '81.5%', '156.0%', '124.8%']);
  });

  it('draws the months of a single year, and the 8050 case’s meetings by kind', async () => {
    const one = buildReport([case8050]);
    const { sr } = await view(one);
    const figures = [...sr.querySelectorAll('figure')];
    const monthLabels = [...figures[1]!.querySelectorAll('svg text:not(.value)')]
      .map((t) => t.textContent)
      .filter((t) => t!.endsWith('月'));
    expect(monthLabels).toEqual(one.months.map((m) => `${Number(m.month.slice(5))}月`));
    const meetings = cells(figures[2]!.nextElementSibling!.querySelector('table')!);
    const f = one.fiscalYears[0]!;
    expect(meetings[0]!.slice(0, 4)).toEqual(['令和7年度', String(f.juusouMeetings), String(f.shienMeetings), String(f.existingMeetings)]);
  });

  it('exports CSV and Excel from the keyboard, handing the file to the page', async () => {
    const { el, sr } = await view(himi);
    const buttons = [...sr.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['CSV（縦持ちデータ）を保存', 'Excel（.xlsx）を保存']);
    el.addEventListener('tsunagu-export', (e) => e.preventDefault());
    buttons[0]!.focus();
    expect(deepActiveElement()).toBe(buttons[0]);
    let next = nextEvent<TsunaguExportEvent>(el, 'tsunagu-export');
    await userEvent.keyboard('{Enter}');
    const csv = (await next).detail;
    expect(csv.filename).toBe('tsunagu-report.csv');
    const bytes = new Uint8Array(await csv.file.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe('西暦年度,年度,月,指標,指標名,区分,区分名,値');
    await expect.poll(() => sr.querySelector('[role="status"]')!.textContent).toBe('tsunagu-report.csv を作成しました。');

    el.filename = '実績_氷見';
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()).toBe(buttons[1]);
    next = nextEvent<TsunaguExportEvent>(el, 'tsunagu-export');
    await userEvent.keyboard(' ');
    const xlsx = (await next).detail;
    expect(xlsx.filename).toBe('実績_氷見.xlsx');
    const zip = new Uint8Array(await xlsx.file.arrayBuffer());
    expect(String.fromCharCode(zip[0]!, zip[1]!)).toBe('PK'); // a zip: the .xlsx container
    expect(zip.length).toBeGreaterThan(5000);
    // Nothing personal in what the page is handed: no name of the generated households.
    expect(text).not.toContain('架空');
  });

  it('says so when there is nothing to count, and still exports the empty tables', async () => {
    const { sr } = await view(buildReport([]));
    expect(sr.textContent).toContain('集計する記録がまだありません。');
    expect(sr.querySelectorAll('figure')).toHaveLength(0);
    expect(sr.querySelectorAll('button')).toHaveLength(2);
    const none = await view(undefined);
    expect(none.sr.querySelectorAll('button')).toHaveLength(0);
  });

  it('speaks English, and labels fiscal years as the policy asks', async () => {
    const { sr } = await view(himi, 'en');
    expect(sr.querySelector('h2')!.textContent).toBe('Activity report');
    expect([...sr.querySelectorAll('.legend li')].slice(0, 2).map((li) => li.textContent!.trim())).toEqual([
      'The person themself',
      'Family',
    ]);
    expect(sr.querySelector('table th[scope="col"]:nth-child(2)')!.textContent).toBe('FY2014 count');
    const western = await view(himi, undefined, { id: 'w', name: { ja: '西暦の市', en: 'W' }, dateDisplay: 'western' });
    expect([...western.sr.querySelectorAll('figure')[0]!.querySelectorAll('svg text')].map((t) => t.textContent)).toContain('2014年度');
  });

  it('has no axe violations, in Japanese and in English', async () => {
    for (const lang of [undefined, 'en']) {
      const { el } = await view(himi, lang);
      await expectNoAxeViolations(el);
      cleanup();
    }
  });
});

describe('<tsunagu-report-view>: wording (issue #31)', () => {
  it('shows its period in 和暦 like the rest of the page, in ISO in English; year headers never wrap; the status stands apart from its button', async () => {
    const { sr } = await view(himi);
    expect(sr.querySelector('.period')!.textContent).toBe('平成26年4月〜平成30年3月');
    const headers = [...sr.querySelectorAll('th')].map((th) => th.textContent!.trim());
    expect(headers).not.toContain('年度（表示）');
    for (const th of sr.querySelectorAll('th')) expect(getComputedStyle(th).whiteSpace).toBe('nowrap');
    const status = sr.querySelector('.status') as HTMLElement;
    expect(parseFloat(getComputedStyle(status).marginInlineStart)).toBeGreaterThanOrEqual(12);
    const { sr: en } = await view(himi, 'en');
    expect(en.querySelector('.period')!.textContent).toBe('2014-04 to 2018-03');
    expect(en.textContent).not.toMatch(/[（）：]/);
  });
});
