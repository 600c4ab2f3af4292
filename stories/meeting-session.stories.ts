import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { messageFor, type Case, type Locale, type MeetingSession } from '@tsunagu/core';
import '@tsunagu/sheets/meeting-session';
import { MEETING_SESSION_LABELS, type TsunaguMeetingSession } from '@tsunagu/sheets';
import {
  mixedSession,
  mixedSessionCases,
  noConsentSession,
  sessionCaseNoConsent,
  sessionCases,
  threeCaseSession,
} from '../test/fixtures/sessions';
import { a4 } from './paper';

interface Args {
  mode: 'edit' | 'readonly' | 'print';
  value?: MeetingSession;
  lang?: string;
  meetingRoom?: boolean;
  cases?: readonly Case[];
}
const cases = [...sessionCases, sessionCaseNoConsent];
const sheetOf = (root: HTMLElement) => root.querySelector('tsunagu-meeting-session') as TsunaguMeetingSession;

const meta = {
  title: 'Components/Meeting session (会議の開催)',
  component: 'tsunagu-meeting-session',
  tags: ['autodocs'],
  args: { mode: 'edit' },
  render: (args) =>
    html`<tsunagu-meeting-session .cases=${args.cases ?? cases} .value=${args.value} mode=${args.mode} ?meeting-room=${args.meetingRoom} today="2025-07-31" lang=${args.lang ?? nothing}></tsunagu-meeting-session>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** A new session: invite people, then put the cases on the agenda. */
export const Empty: Story = {};

/** よりそい会議 (重層的支援会議) of three cases: 米子 takes up to three a session (seed 001 l.2247). */
export const ThreeCases: Story = { args: { value: threeCaseSession } };

/** In the meeting room: the case whose turn it is, its purpose and time, at the top. */
export const MeetingRoom: Story = {
  args: { value: threeCaseSession, meetingRoom: true },
  play: async ({ canvasElement, globals }) => {
    const l = MEETING_SESSION_LABELS[globals['locale'] as Locale];
    const sr = sheetOf(canvasElement).shadowRoot!;
    const next = [...sr.querySelectorAll('button')].find((b) => b.textContent?.trim() === l.next)!;
    await userEvent.click(next);
    await waitFor(() => expect(sr.querySelector('.turn h3')?.textContent).toMatch(/2/));
  },
};

/** A case without consent put on a 重層的支援会議's agenda: refused, with the rule's message (a 支援会議 is where it belongs). */
export const NoConsentCaseRefused: Story = {
  args: { value: { ...threeCaseSession, agenda: [...threeCaseSession.agenda, { caseId: sessionCaseNoConsent.id }] } },
  play: async ({ canvasElement, globals }) => {
    const sheet = sheetOf(canvasElement);
    sheet.submit();
    await waitFor(() =>
      expect(sheet.shadowRoot!.querySelector('.error-summary')?.textContent).toContain(
        messageFor('session.consent', globals['locale'] as Locale),
      ),
    );
  },
};

/**
 * 米子's 「重層的支援会議・支援会議」 (seed 001 l.2246–2247): two cases with consent as 重層的支援会議, the hoarded house
 * without it as 支援会議 — only those who sat for it stay, and each case's minutes go to its own circle.
 */
export const MixedSession: Story = {
  args: { value: mixedSession, cases: mixedSessionCases },
  play: async ({ canvasElement }) => {
    const sheet = sheetOf(canvasElement);
    await expect(sheet.validate().issues.filter((i) => i.severity === 'error')).toEqual([]);
    // The third case's recipients are offered from its own circle only.
    const sr = sheet.shadowRoot!;
    const group = sr.querySelector('#f-agenda-2-minutesTo')!;
    await expect([...group.querySelectorAll('input')].map((i) => i.value)).toEqual(['b1', 'i2']);
  },
};

/** 盛岡's まるごと推進会議: a 重層的支援会議 for the programme as a whole, with no case on its agenda (seed 001 l.1004, l.1062). */
export const SteeringWithoutCases: Story = {
  args: {
    value: {
      ...threeCaseSession,
      id: 'ses-2025-11-20',
      localName: 'まるごと推進会議',
      date: '2025-11-20',
      sessionPurpose: 'promotion',
      agenda: [],
      minutesTo: [],
    },
  },
};

/**
 * The invitation mail's outline (米子, #37): written with a name and a phone number in it, the session says so
 * under the field — by kind and count, never the text — before the mail goes to the departments.
 */
export const OutlineWithPersonalData: Story = {
  args: {
    value: {
      ...threeCaseSession,
      agenda: threeCaseSession.agenda.map((a, i) => (i === 0 ? { ...a, outline: '高橋キヨさん（080-1234-5678）と50代の子の世帯。' } : a)),
    },
  },
  play: async ({ canvasElement }) => {
    const sr = canvasElement.querySelector('tsunagu-meeting-session')!.shadowRoot!;
    await waitFor(() => expect(sr.querySelectorAll('.warning-summary[role="status"]')).toHaveLength(1));
  },
};

/** The 支援会議 for the no-consent case, every supporter's confidentiality recorded. */
export const ShienKaigi: Story = { args: { value: noConsentSession } };

/** The agenda and attendance on A4. */
export const PrintPreview: Story = {
  render: () =>
    a4(
      html`<tsunagu-meeting-session mode="print" .cases=${cases} .value=${threeCaseSession} today="2025-07-31"></tsunagu-meeting-session>`,
    ),
};

/** English. */
export const English: Story = { args: { value: threeCaseSession, lang: 'en' } };
