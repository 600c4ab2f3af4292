import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Directory } from '@tsunagu/core/directory';
import '@tsunagu/sheets/resource-directory';
import '@tsunagu/sheets/support-sharing-sheet';
import '@tsunagu/sheets/action-plan-sheet';
import '@tsunagu/sheets/community-issues';
import type { TsunaguResourceDirectory } from '@tsunagu/sheets';
import { promotionSession, registerCases, townDirectory } from '../test/fixtures/directory';
import { case8050, dvFamilyMeeting } from '../test/fixtures/households';
import { a4 } from './paper';

interface Args {
  directory?: Directory;
  mode?: 'browse' | 'pick' | 'print';
  area?: string;
  lang?: string;
  today?: string;
}
const directoryOf = (root: HTMLElement) => root.querySelector('tsunagu-resource-directory') as TsunaguResourceDirectory;

const meta = {
  title: 'Components/Resource directory (地域資源)',
  component: 'tsunagu-resource-directory',
  tags: ['autodocs'],
  args: { directory: townDirectory, today: '2026-12-07' },
  render: (args) =>
    html`<tsunagu-resource-directory .directory=${args.directory} mode=${args.mode ?? nothing} area=${args.area ?? nothing} today=${args.today ?? nothing} lang=${args.lang ?? nothing}></tsunagu-resource-directory>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/**
 * An invented town's directory (みなと市): about 150 services of organizations, groups and neighbours in four
 * 日常生活圏域, and twenty individuals (民生委員, neighbours), private. Entries confirmed over a year ago say so in
 * words; so do private entries and individuals.
 */
export const TownDirectory: Story = {};

/** 「さろん」 typed in hiragana finds every サロン; ↓ reaches the first result, Enter opens its details. */
export const SearchByHiragana: Story = {
  play: async ({ canvasElement }) => {
    const el = directoryOf(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('#text')).not.toBeNull());
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#text')!;
    await userEvent.type(input, 'さろん');
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('li.result').length).toBeGreaterThan(0));
    const names = [...el.shadowRoot!.querySelectorAll('li.result .name')].map((n) => n.textContent!);
    await expect(names.every((n) => n.includes('サロン'))).toBe(true);
  },
};

/** Filtered to one 日常生活圏域 to start with (the person's), as a sheet's picker opens it. */
export const OneArea: Story = { args: { area: '北部圏域' } };

/** `mode="pick"`: each result has a pick button; the page hears `tsunagu-resource-pick` with the id only. */
export const PickMode: Story = { args: { mode: 'pick' } };

/** In English. */
export const English: Story = { args: { lang: 'en' } };

/** No directory given: the component says so (a portal gives `directory`, or `src` to fetch one). */
export const NoDirectory: Story = { args: { directory: undefined } };

/**
 * The 資源マップ on paper: every running, published resource by area (the whole town first), with hours and phone —
 * never an individual or a private entry. `mode="print"` shows it on screen; printing the page prints it from any mode.
 */
export const PrintPreview: Story = {
  render: (args) =>
    a4(
      html`<tsunagu-resource-directory .directory=${args.directory} mode="print" lang=${args.lang ?? nothing}></tsunagu-resource-directory>`,
    ),
};

/**
 * The picker in the support-sharing sheet: 「地域資源から選ぶ」 under each resource opens the directory in a dialog;
 * a pick keeps the entry's id and its name as it was. A resource typed freely is marked as a candidate entry.
 */
export const PickerInSupportSharing: Story = {
  render: (args) => html`<tsunagu-support-sharing-sheet
    today="2025-04-09"
    .value=${{ ...dvFamilyMeeting, resources: [{ name: '近所の将棋の会', type: 'informal', state: 'considered' }] }}
    .directory=${args.directory}
    lang=${args.lang ?? nothing}
  ></tsunagu-support-sharing-sheet>`,
};

/** The picker in the action-plan sheet: who acts — an informal supporter, a 参加支援 place — picked from the directory. */
export const PickerInActionPlan: Story = {
  render: (args) =>
    html`<tsunagu-action-plan-sheet .value=${case8050.plans[0]} .directory=${args.directory} lang=${args.lang ?? nothing}></tsunagu-action-plan-sheet>`,
};

/**
 * The 地域課題 register: missing resources and resources not in the directory, by 圏域 × 分野 × テーマ, with what a
 * 推進会議 decided; 「会議に挙げる」 hands a line to the portal for a session. Counts and resource names only.
 */
export const CommunityIssueRegister: Story = {
  render: (args) =>
    html`<tsunagu-community-issues .cases=${registerCases} .sessions=${[promotionSession]} lang=${args.lang ?? nothing}></tsunagu-community-issues>`,
};

/** A 推進会議 session with the theme it took up, its decision and the date it goes back. */
export const ThemeInAPromotionSession: Story = {
  render: (args) => html`<tsunagu-meeting-session .value=${promotionSession} lang=${args.lang ?? nothing}></tsunagu-meeting-session>`,
};
