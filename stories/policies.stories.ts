import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import {
  DEFAULT_POLICY,
  EXAMPLE_POLICIES,
  MEETING_KINDS,
  RULE_CODES,
  RULE_DEFAULTS,
  meetingNameOf,
  sheetNameOf,
  type Locale,
  type MunicipalPolicy,
  type RuleCode,
  type SheetName,
} from '@tsunagu/core';
import '@tsunagu/sheets/referral-sheet';
import { household8050Referral } from '../test/fixtures/households';

const TODAY = '2025-06-12';
const POLICIES: readonly MunicipalPolicy[] = [DEFAULT_POLICY, ...EXAMPLE_POLICIES];
const SHEETS: readonly SheetName[] = ['referral', 'response', 'supportSharing', 'actionPlan'];

const WORDS = {
  ja: {
    setting: '設定',
    sheets: 'シートの名前',
    meetings: '会議の名前',
    source: '出典',
    rules: 'ルール（国の標準と異なるもの）',
    caption: '5つの例の方針と国の標準：設定ごとの出典（シード文書の該当箇所）',
  },
  en: {
    setting: 'Setting',
    sheets: 'Sheet names',
    meetings: 'Meeting names',
    source: 'Source',
    rules: 'Rules (where they differ from the national defaults)',
    caption: 'The five example policies and the national defaults, with the source passage of each setting',
  },
} as const;

const lang = (): Locale => (document.documentElement.lang === 'en' ? 'en' : 'ja');

/** The rules any example policy sets, in catalogue order. */
const changed: readonly RuleCode[] = RULE_CODES.filter((code) => POLICIES.some((p) => p.rules?.[code] !== undefined));

function cell(p: MunicipalPolicy, key: string, text: string) {
  const source = p.sources?.[key as keyof NonNullable<MunicipalPolicy['sources']>];
  return html`<td>${text}${source ? html`<br /><small>${source}</small>` : nothing}</td>`;
}

/**
 * 高島, 盛岡, 坂井 and 米子 side by side, with the national defaults: what each
 * changes, the names it gives its sheets and meetings, and the seed passage
 * each setting comes from. Below, the same referral under each policy.
 */
const meta = {
  title: 'Policies/Example municipalities side by side',
  tags: ['autodocs'],
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const SideBySide: Story = {
  render: () => {
    const l = lang();
    const w = WORDS[l];
    return html`<div style="font: 14px/1.6 sans-serif">
      <table style="border-collapse:collapse; width:100%" border="1" cellpadding="6">
        <caption style="text-align:left; font-weight:700; margin-bottom:8px">${w.caption}</caption>
        <thead><tr><th scope="col">${w.setting}</th>${POLICIES.map((p) => html`<th scope="col">${p.name[l]}</th>`)}</tr></thead>
        <tbody>
          <tr><th scope="rowgroup" colspan=${POLICIES.length + 1} style="text-align:left">${w.sheets}</th></tr>
          ${SHEETS.map((s) => html`<tr><th scope="row"><code>${s}</code></th>${POLICIES.map((p) => cell(p, 'sheetNames', sheetNameOf(p, s, l)))}</tr>`)}
          <tr><th scope="rowgroup" colspan=${POLICIES.length + 1} style="text-align:left">${w.meetings}</th></tr>
          ${MEETING_KINDS.map((k) => html`<tr><th scope="row"><code>${k.code}</code></th>${POLICIES.map((p) => cell(p, 'meetingNames', meetingNameOf(p, k.code, k, l)))}</tr>`)}
          <tr><th scope="rowgroup" colspan=${POLICIES.length + 1} style="text-align:left">${w.rules}</th></tr>
          ${changed.map((code) => html`<tr><th scope="row"><code>${code}</code></th>${POLICIES.map((p) => cell(p, code, p.rules?.[code] ?? RULE_DEFAULTS[code]))}</tr>`)}
        </tbody>
      </table>
      <div style="display:grid; grid-template-columns:repeat(${POLICIES.length}, minmax(20rem, 1fr)); gap:16px; align-items:start; margin-top:24px; overflow-x:auto">
        ${POLICIES.map(
          (p) => html`<section aria-label=${p.name[l]}><h2 style="font: 700 16px sans-serif">${p.name[l]}</h2>
            <tsunagu-referral-sheet .policy=${p} .value=${household8050Referral} today=${TODAY} mode="readonly"></tsunagu-referral-sheet></section>`,
        )}
      </div>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const l = lang();
    // Every example policy cites a passage for every rule it sets.
    for (const p of EXAMPLE_POLICIES as readonly MunicipalPolicy[])
      for (const code of Object.keys(p.rules ?? {})) await expect(p.sources?.[code as RuleCode], `${p.id} ${code}`).toBeTruthy();
    const titles = [...canvasElement.querySelectorAll('tsunagu-referral-sheet')].map((s) => s.shadowRoot!.querySelector('h2')!.textContent);
    await expect(titles).toEqual(POLICIES.map((p) => sheetNameOf(p, 'referral', l)));
    // Each municipality that names its referral sheet has its own name (尾道's example names none: the national one).
    const named = POLICIES.filter((p) => p.sheetNames?.referral).map((p) => sheetNameOf(p, 'referral', l));
    await expect(new Set(named).size).toBe(named.length);
    await expect(named).not.toContain(sheetNameOf(DEFAULT_POLICY, 'referral', l));
    await expect(canvasElement.textContent).toContain(l === 'ja' ? '重層的支援会議（よりそい会議）' : 'Yorisoi meeting');
  },
};
