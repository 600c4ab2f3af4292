import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  DEFAULT_POLICY,
  MORIOKA_EXAMPLE_POLICY,
  TAKASHIMA_EXAMPLE_POLICY,
  messageFor,
  type Locale,
  type SupportSharing,
} from '@tsunagu/core';
import '@tsunagu/sheets/support-sharing-sheet';
import { SUPPORT_SHARING_LABELS, type TsunaguSupportSharingSheet } from '@tsunagu/sheets';
import { case8050, dvFamilyMeeting } from '../test/fixtures/households';
import { paperMeeting } from '../test/fixtures/paper';
import { a4 } from './paper';

const TODAY = '2025-07-10';
interface Args {
  mode: 'edit' | 'readonly' | 'print';
  value?: SupportSharing;
  lang?: string;
  meetingRoom?: boolean;
}
const sheetOf = (root: HTMLElement) => root.querySelector('tsunagu-support-sharing-sheet') as TsunaguSupportSharingSheet;

const meta = {
  title: 'Sheets/Support-sharing sheet (支援共有シート)',
  component: 'tsunagu-support-sharing-sheet',
  tags: ['autodocs'],
  args: { mode: 'edit' },
  render: (args) =>
    html`<tsunagu-support-sharing-sheet .value=${args.value} mode=${args.mode} ?meeting-room=${args.meetingRoom} today=${TODAY} lang=${args.lang ?? nothing}></tsunagu-support-sharing-sheet>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** A new meeting record. */
export const Empty: Story = {};

/** The 東海村-like family: a 重層的支援会議 with twelve agencies, consent given. */
export const TwelveAgencies: Story = { args: { value: dvFamilyMeeting } };

/** The 8050 household's first meeting: a 支援会議 held without consent (盛岡 holds its よりそい会議 — a 重層的支援会議 — once consent is given). */
export const WithoutConsent: Story = { args: { value: case8050.meetings[0] } };

/** Choosing 重層的支援会議 without consent: the sheet says why and offers 支援会議. */
export const ConsentMissing: Story = {
  args: { value: { ...case8050.meetings[0]!, meeting: { ...case8050.meetings[0]!.meeting, legalKind: 'juusou' } } },
  play: async ({ canvasElement, globals }) => {
    const locale = globals['locale'] as Locale;
    const sr = sheetOf(canvasElement).shadowRoot!;
    await userEvent.click(sr.querySelector('button.primary')!);
    await waitFor(() => expect(sr.querySelector('.error-summary')?.textContent).toContain(messageFor('meeting.consentRequired', locale)));
    const offer = [...sr.querySelectorAll('button')].find((b) => b.textContent?.includes(SUPPORT_SHARING_LABELS[locale].offerShien))!;
    await expect(offer).toBeTruthy();
  },
};

/** Errors after a submit attempt on an empty record. */
export const ErrorsAfterSubmit: Story = {
  play: async ({ canvasElement, globals }) => {
    const sr = sheetOf(canvasElement).shadowRoot!;
    await userEvent.click(sr.querySelector('button.primary')!);
    await waitFor(() => expect(sr.activeElement).toBe(sr.querySelector('.error-summary')));
    await expect(sr.querySelector('.error-summary')!.textContent).toContain(
      messageFor('meeting.purposeRequired', globals['locale'] as Locale),
    );
  },
};

/** Meeting-room mode: large type for a projector, the purpose at the top. */
export const MeetingRoom: Story = { args: { value: dvFamilyMeeting, meetingRoom: true } };

/** A submitted record, read-only. */
export const Readonly: Story = { args: { value: dvFamilyMeeting, mode: 'readonly' } };

/** The paper, on an A4 sheet: a meeting with nine attendees and every section filled (two A4 pages). */
export const PrintPreview: Story = {
  render: () =>
    a4(html`<tsunagu-support-sharing-sheet mode="print" .value=${paperMeeting} today=${TODAY}></tsunagu-support-sharing-sheet>`),
};

/** English. */
export const English: Story = { args: { value: dvFamilyMeeting, lang: 'en' } };

/** A facilitator directly involved in the case: off nationally (seed 001 l.745), an error in 高島市's example (l.2082). */
export const Policies: Story = {
  render: () => {
    const doc: SupportSharing = {
      ...dvFamilyMeeting,
      attendees: dvFamilyMeeting.attendees.map((a, i) => (i === 0 ? { ...a, directlyInvolved: true } : a)),
    };
    return html`<div style="display:grid; grid-template-columns:repeat(3, minmax(22rem, 1fr)); gap:24px; align-items:start">
      ${[DEFAULT_POLICY, TAKASHIMA_EXAMPLE_POLICY, MORIOKA_EXAMPLE_POLICY].map(
        (p) => html`<div><h2 style="font: 700 18px sans-serif">${p.name.ja}</h2>
          <tsunagu-support-sharing-sheet .policy=${p} .value=${doc} today=${TODAY}></tsunagu-support-sharing-sheet></div>`,
      )}
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const sheets = [...canvasElement.querySelectorAll('tsunagu-support-sharing-sheet')];
    await expect(sheets.map((s) => s.checkValidity())).toEqual([true, false, true]);
    const first = sheets[0]!.shadowRoot!.textContent ?? '';
    await expect(first.includes('司会者がこのケースに直接関わっています')).toBe(false);
  },
};

/**
 * With the case's household: each issue per member is linked to the person or
 * a member by id (`sheet.household`), for a view per member and the household map.
 */
export const IssuesPerMember: Story = {
  render: () =>
    html`<tsunagu-support-sharing-sheet .household=${case8050.household} .value=${case8050.meetings[1]} today=${TODAY}></tsunagu-support-sharing-sheet>`,
  play: async ({ canvasElement }) => {
    const sheet = sheetOf(canvasElement);
    await sheet.updateComplete;
    const select = sheet.shadowRoot!.querySelector<HTMLSelectElement>('select[id$="memberId"]')!;
    await expect(select.value).toBe('m1');
    await expect([...select.options].map((o) => o.value)).toContain('p1');
  },
};
