import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { validatePolicy, type LocalQuestion, type Locale, type MunicipalPolicy, type Referral } from '@tsunagu/core';
import '@tsunagu/sheets/referral-sheet';
import type { TsunaguReferralSheet } from '@tsunagu/sheets';
import { dvFamilyReferral } from '../test/fixtures/households';
import { LOCAL_QUESTIONS, answeredReferral } from '../test/fixtures/local-items';

const TODAY = '2025-04-09';

interface Args {
  /** The policy's questions: edit them in the controls (JSON). */
  localItems: readonly LocalQuestion[];
  mode: 'edit' | 'readonly' | 'print';
  value?: Referral;
}

const lang = (): Locale => (document.documentElement.lang === 'en' ? 'en' : 'ja');
const WORDS = {
  ja: { bad: 'この方針には直すところがあります（該当する質問はシートに出しません）', ok: '方針に問題はありません。' },
  en: { bad: 'This policy has problems (the questions concerned are left out of the sheet)', ok: 'The policy has no problem.' },
} as const;
const sheetOf = (root: HTMLElement) => root.querySelector('tsunagu-referral-sheet') as TsunaguReferralSheet;

/**
 * A municipality's own questions (`MunicipalPolicy.localItems`, issue #36): a fictional 例市 asks seven beside the
 * national items — 圏域 in the person's section, the rest in 「独自の項目」 — two of them required only when
 * another answer says so. Edit the questions in the controls: the sheet follows, and what `validatePolicy` finds
 * wrong is listed above it.
 */
const meta = {
  title: 'Policies/Local questions',
  component: 'tsunagu-referral-sheet',
  tags: ['autodocs'],
  args: { localItems: LOCAL_QUESTIONS.filter((q) => q.place === 'referral'), mode: 'edit' },
  argTypes: { localItems: { control: 'object' }, mode: { control: 'inline-radio', options: ['edit', 'readonly', 'print'] } },
  render: (args) => {
    const policy: MunicipalPolicy = { id: 'example-local', name: { ja: '例市', en: 'Example City' }, localItems: args.localItems };
    const checked = validatePolicy(policy, { locale: lang() });
    const w = WORDS[lang()];
    return html`<div role="status">
        ${
          checked.ok
            ? html`<p>${w.ok}</p>`
            : html`<p>${w.bad}</p>
              <ul>
                ${checked.issues.map((i) => html`<li><code>${i.code}</code> <code>${i.path.join('.')}</code> ${i.message}</li>`)}
              </ul>`
        }
      </div>
      <tsunagu-referral-sheet .policy=${policy} .value=${args.value} mode=${args.mode} today=${TODAY}></tsunagu-referral-sheet>`;
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** A new referral under 例市's policy: 圏域 is marked ※必須 in the person's section. */
export const Asked: Story = {};

/** Refused until answered: the error summary links to 圏域, and to the volunteer's name once 「はい」 is answered. */
export const RefusedUntilAnswered: Story = {
  args: { value: { ...dvFamilyReferral, localItems: { minsei: { yes: true } } } },
  play: async ({ canvasElement }) => {
    const sheet = sheetOf(canvasElement);
    sheet.submit();
    await waitFor(() => expect(sheet.shadowRoot!.querySelector('[part="error-summary"]')).toBeTruthy());
    const summary = sheet.shadowRoot!.querySelector('[part="error-summary"]')!.textContent!;
    await expect(summary).toContain(lang() === 'en' ? 'Area' : '圏域');
    await expect(summary).toContain(lang() === 'en' ? 'Which volunteer' : '連絡する民生委員');
  },
};

/** Answered, on paper: the answers print with the national fields. */
export const Printed: Story = { args: { value: answeredReferral, mode: 'print' } };

/**
 * A policy with mistakes: a duplicate id, a choice without options, a condition on a question that does not exist.
 * `validatePolicy` lists them; the sheet leaves out what it cannot ask and keeps working.
 */
export const MalformedPolicy: Story = {
  args: {
    localItems: [
      ...LOCAL_QUESTIONS.filter((q) => q.place === 'referral').slice(0, 2),
      { id: 'ward', place: 'referral', type: 'text', label: { ja: '圏域（重複）', en: 'Area (again)' } },
      { id: 'school', place: 'referral', type: 'choice', label: { ja: '学区', en: 'School district' } },
      { id: 'note', place: 'referral', type: 'text', required: { question: 'nobody', equals: true }, label: { ja: '備考', en: 'Note' } },
    ],
  },
  play: async ({ canvasElement }) => {
    const status = canvasElement.querySelector('[role="status"]')!.textContent!;
    for (const code of ['policy.localItems.duplicateId', 'policy.localItems.noOptions', 'policy.localItems.unknownCondition'])
      await expect(status).toContain(code);
    const sr = sheetOf(canvasElement).shadowRoot!;
    await expect(sr.querySelector('[name="f-localItems-school-code"]')).toBeNull();
    await expect(sr.textContent).toContain(lang() === 'en' ? 'Tell the district welfare volunteer' : '民生委員への連絡の要否');
  },
};
