import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Locale, Tsunagi } from '@tsunagu/core';
import '@tsunagu/sheets/referral-reply';
import type { TsunaguReferralReply } from '@tsunagu/sheets';
import { tsunagiCase } from '../test/fixtures/tsunagi';

interface Args {
  value?: Tsunagi;
  side?: 'receiver' | 'requester';
  lang?: string;
  today?: string;
}
const replyOf = (root: HTMLElement) => root.querySelector('tsunagu-referral-reply') as TsunaguReferralReply;
const [station, meals, budget] = tsunagiCase.tsunagi!;

const meta = {
  title: 'Components/Referral reply (つなぎへの返事)',
  component: 'tsunagu-referral-reply',
  tags: ['autodocs'],
  args: { today: '2025-12-05', side: 'receiver' },
  render: (args) =>
    html`<tsunagu-referral-reply .value=${args.value} side=${args.side ?? 'receiver'} today=${args.today ?? ''} lang=${args.lang ?? nothing}></tsunagu-referral-reply>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/**
 * What the 家計改善支援事業 sees from the portal's link: who asks, why, what was shared and the reply date, and
 * the three answers it may give — 受理, 辞退 (with a reason), or つながらなかった. Declining without a reason is
 * refused, with a link to the reason.
 */
export const WaitingForTheReply: Story = {
  args: { value: budget },
  play: async ({ canvasElement, globals }) => {
    const el = replyOf(canvasElement);
    const sr = el.shadowRoot!;
    await waitFor(() => expect(sr.querySelectorAll('input[type="radio"]')).toHaveLength(3));
    await userEvent.click(sr.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!);
    await waitFor(() => expect(sr.querySelector('select')).not.toBeNull());
    el.submit();
    const en = (globals['locale'] as Locale) === 'en';
    await waitFor(() => expect(sr.querySelector('.error-summary')?.textContent).toContain(en ? 'Choose why' : '理由を選んでください'));
  },
};

/** Taken up on 22 July: the station records when he began, and whether he got there. */
export const AcceptedAwaitingTheOutcome: Story = {
  args: { value: { ...station!, steps: station!.steps.slice(0, 2) }, today: '2025-08-05' },
  play: async ({ canvasElement }) => {
    const sr = replyOf(canvasElement).shadowRoot!;
    await waitFor(() => expect(sr.querySelectorAll('input[type="radio"]')).toHaveLength(3));
    await expect(sr.querySelectorAll('ol li')).toHaveLength(2);
  },
};

/** The side that asked records the outcome, or withdraws the つなぎ (取消): it is not offered 受理. */
export const TheRequesterRecordsTheOutcome: Story = {
  args: { value: { ...station!, steps: station!.steps.slice(0, 2) }, side: 'requester', today: '2025-08-05' },
  play: async ({ canvasElement }) => {
    const sr = replyOf(canvasElement).shadowRoot!;
    await waitFor(() => expect(sr.querySelectorAll('input[type="radio"]')).toHaveLength(4));
  },
};

/** Declined for lack of capacity: nothing left to answer. */
export const Ended: Story = {
  args: { value: meals },
  play: async ({ canvasElement }) => {
    const sr = replyOf(canvasElement).shadowRoot!;
    await waitFor(() => expect(sr.querySelector('p[role="status"]')).not.toBeNull());
    await expect(sr.querySelectorAll('input[type="radio"]')).toHaveLength(0);
  },
};

/** English. */
export const English: Story = { args: { value: budget, lang: 'en' } };
