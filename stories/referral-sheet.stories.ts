import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { DEFAULT_POLICY, MORIOKA_EXAMPLE_POLICY, TAKASHIMA_EXAMPLE_POLICY, messageFor, type Locale, type Referral } from '@tsunagu/core';
import '@tsunagu/sheets/referral-sheet';
import type { TsunaguReferralSheet } from '@tsunagu/sheets';
import { dvFamilyReferral, hoardedHouseReferral, household8050Referral } from '../test/fixtures/households';
import { paperReferral } from '../test/fixtures/paper';
import { a4 } from './paper';

const TODAY = '2025-06-12';

interface Args {
  mode: 'edit' | 'response' | 'readonly' | 'print';
  value?: Referral;
  lang?: string;
}

const sheetOf = (root: HTMLElement) => root.querySelector('tsunagu-referral-sheet') as TsunaguReferralSheet;
const inShadow = <T extends Element>(root: HTMLElement, selector: string) => sheetOf(root).shadowRoot!.querySelector(selector) as T;

const meta = {
  title: 'Sheets/Referral sheet (紹介シート)',
  component: 'tsunagu-referral-sheet',
  tags: ['autodocs'],
  args: { mode: 'edit' },
  render: (args) =>
    html`<tsunagu-referral-sheet .value=${args.value} mode=${args.mode} today=${TODAY} lang=${args.lang ?? nothing}></tsunagu-referral-sheet>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** A new referral, as a case worker first sees it: what is required first, detail after. */
export const Empty: Story = {};

/**
 * "Is this the same person?" (#37): the portal gives the people it already holds who might be this one
 * (`sheet.candidates`). Typed as ﾓﾘﾀ in half-width, the reading finds 森田 修 with what agrees; the worker says
 * it is him (`tsunagu-same-person`, with the index) or no one.
 */
export const SamePerson: Story = {
  render: () =>
    html`<tsunagu-referral-sheet
      today=${TODAY}
      .candidates=${[
        {
          familyName: '森田',
          givenName: '修',
          familyNameKana: 'モリタ',
          givenNameKana: 'オサム',
          approximateAge: 78,
          address: '架空市北町3丁目',
        },
        { familyName: '森', givenName: '治', familyNameKana: 'モリ', givenNameKana: 'オサム', birthDate: '1990-02-11' },
      ]}
    ></tsunagu-referral-sheet>`,
  play: async ({ canvasElement }) => {
    const sr = sheetOf(canvasElement).shadowRoot!;
    await userEvent.type(inShadow<HTMLInputElement>(canvasElement, '#f-person-familyNameKana'), 'ﾓﾘﾀ');
    await userEvent.type(inShadow<HTMLInputElement>(canvasElement, '#f-person-givenNameKana'), 'おさむ');
    await userEvent.tab();
    await waitFor(() => expect(sr.querySelectorAll('[aria-labelledby="same-person-title"] li')).toHaveLength(1));
  },
};

/** The hoarded house of seed 001: a man living alone who refuses visitors (consent refused). */
export const HoardedHouse: Story = { args: { value: hoardedHouseReferral } };

/** An 8050 household: a mother in her eighties and a son withdrawn for twenty years. */
export const Household8050: Story = { args: { value: household8050Referral } };

/** Errors after a submit attempt: the summary takes focus and links to each field. */
export const ErrorsAfterSubmit: Story = {
  play: async ({ canvasElement, globals }) => {
    await userEvent.type(inShadow<HTMLInputElement>(canvasElement, '#f-referrer-name'), '水野 さくら');
    await userEvent.click(inShadow<HTMLButtonElement>(canvasElement, 'button.primary'));
    await waitFor(() => expect(inShadow(canvasElement, '.error-summary')).toBeTruthy());
    const summary = inShadow<HTMLElement>(canvasElement, '.error-summary');
    await expect(sheetOf(canvasElement).shadowRoot!.activeElement).toBe(summary);
    await expect(summary.textContent).toContain(messageFor('referral.problemViewRequired', globals['locale'] as Locale));
    await expect(inShadow<HTMLInputElement>(canvasElement, '#f-referrer-name').value).toBe('水野 さくら');
  },
};

/** Filling the required fields and submitting: the sheet fires `tsunagu-submit` with a valid referral. */
export const FillAndSubmit: Story = {
  play: async ({ canvasElement }) => {
    const sheet = sheetOf(canvasElement);
    const submitted: Referral[] = [];
    sheet.addEventListener('tsunagu-submit', (e) => submitted.push(e.detail.value as Referral));
    await userEvent.type(inShadow(canvasElement, '#f-referrer-name'), '石井 由美');
    await userEvent.type(inShadow(canvasElement, '#f-referrer-organization'), '地域包括支援センター');
    await userEvent.type(inShadow(canvasElement, '#f-person-familyName'), '高橋');
    await userEvent.click(inShadow(canvasElement, '#f-consent-status input[value="refused"]'));
    await userEvent.type(inShadow(canvasElement, '#f-consent-date'), 'R7.5.19');
    await userEvent.type(inShadow(canvasElement, '#f-content-problemView'), '同居の長男が長くひきこもっている。');
    await userEvent.click(inShadow(canvasElement, 'button.primary'));
    await waitFor(() => expect(submitted).toHaveLength(1));
    await expect(submitted[0]?.consent).toEqual({ status: 'refused', date: '2025-05-19' });
  },
};

/** The coordinator answers (C票): the referral is read-only, the response editable. */
export const ResponseMode: Story = { args: { value: hoardedHouseReferral, mode: 'response' } };

/** A submitted referral with its response, read-only (dashed fields, 「編集不可」). */
export const Readonly: Story = { args: { value: dvFamilyReferral, mode: 'readonly' } };

/**
 * The paper, on an A4 sheet: ruled rows and tables, every option as ☑/☐, with a household the size of a
 * real referral (four members, about 800 characters of free text). It prints on two A4 pages from any mode.
 */
export const PrintPreview: Story = {
  render: () => a4(html`<tsunagu-referral-sheet mode="print" .value=${paperReferral} today=${TODAY}></tsunagu-referral-sheet>`),
};

/** English labels and messages with `lang="en"`. */
export const English: Story = { args: { lang: 'en', value: household8050Referral } };

/** A second municipality's look, through CSS custom properties only. */
export const SecondMunicipalityTheme: Story = {
  args: { value: hoardedHouseReferral },
  render: (
    args,
  ) => html`<div style="--tsunagu-color-primary:#00663a; --tsunagu-color-link:#004d2c; --tsunagu-color-surface:#eef7f1; --tsunagu-radius:2px; --tsunagu-font-size:17px;">
    <tsunagu-referral-sheet .value=${args.value} today=${TODAY}></tsunagu-referral-sheet>
  </div>`,
};

const consentWithoutDate: Referral = { ...household8050Referral, consent: { status: 'given', method: 'oral' } };

/**
 * The same referral (consent given, date not recorded) under the national
 * defaults and two example policies: a warning by default, an error in 盛岡市's
 * example. Submit each to compare.
 */
export const Policies: Story = {
  render: () => html`<div style="display:grid; grid-template-columns:repeat(3, minmax(22rem, 1fr)); gap:24px; align-items:start">
    ${[DEFAULT_POLICY, TAKASHIMA_EXAMPLE_POLICY, MORIOKA_EXAMPLE_POLICY].map(
      (p) => html`<div><h2 style="font: 700 18px sans-serif">${p.name.ja}</h2>
        <tsunagu-referral-sheet .policy=${p} .value=${consentWithoutDate} today=${TODAY}></tsunagu-referral-sheet></div>`,
    )}
  </div>`,
  play: async ({ canvasElement }) => {
    const sheets = [...canvasElement.querySelectorAll('tsunagu-referral-sheet')];
    await expect(sheets.map((s) => s.checkValidity())).toEqual([true, true, false]);
  },
};

/**
 * Japanese input as people type it: a reading typed in hiragana becomes
 * katakana when the field is left, and a phone number typed with full-width
 * digits and 「－」 is stored in ASCII (announced politely; text that cannot be
 * tidied is kept as typed).
 */
export const JapaneseInput: Story = {
  play: async ({ canvasElement }) => {
    const sheet = sheetOf(canvasElement);
    await sheet.updateComplete;
    const reading = inShadow<HTMLInputElement>(canvasElement, '#f-person-familyNameKana');
    await userEvent.type(reading, 'やまだ');
    await userEvent.tab();
    await waitFor(() => expect(sheet.value.person.familyNameKana).toBe('ヤマダ'));
    const phone = inShadow<HTMLInputElement>(canvasElement, '#f-referrer-phone');
    await userEvent.type(phone, '０１２０－１２３－４５６');
    await userEvent.tab();
    await waitFor(() => expect(sheet.value.referrer.phone).toBe('0120-123-456'));
    // Spaces separate groups like hyphens; text that cannot be a number is kept, with a warning under the field.
    const again = inShadow<HTMLInputElement>(canvasElement, '#f-referrer-phone');
    await userEvent.type(again, '090 1234 5678', { initialSelectionStart: 0, initialSelectionEnd: again.value.length });
    await userEvent.tab();
    await waitFor(() => expect(sheet.value.referrer.phone).toBe('090-1234-5678'));
  },
};

/**
 * 同意あり with what it covers not yet asked: the two questions are はい/いいえ, so "not asked" and "no"
 * differ; the paper prints （記入なし） for an unanswered one, never いいえ, and a warning asks for it.
 */
export const ConsentScopeNotAnswered: Story = {
  args: { value: { ...dvFamilyReferral, consent: { ...dvFamilyReferral.consent, scope: {} } } },
  play: async ({ canvasElement }) => {
    const sheet = sheetOf(canvasElement);
    await sheet.updateComplete;
    await waitFor(() => expect(sheet.validate().issues.filter((i) => i.code === 'consent.scopeUnanswered')).toHaveLength(2));
  },
};

/** The same on paper: both scope questions print （記入なし）. */
export const ConsentScopeNotAnsweredOnPaper: Story = {
  render: () =>
    a4(
      html`<tsunagu-referral-sheet mode="print" .value=${{ ...paperReferral, consent: { ...paperReferral.consent, status: 'given', date: '2025-04-03', scope: {} } }} today=${TODAY}></tsunagu-referral-sheet>`,
    ),
};
