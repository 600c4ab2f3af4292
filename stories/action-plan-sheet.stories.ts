import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  DEFAULT_POLICY,
  MORIOKA_EXAMPLE_POLICY,
  TAKASHIMA_EXAMPLE_POLICY,
  fillMessage,
  messageFor,
  type ActionPlan,
  type Locale,
  type Tsunagi,
} from '@tsunagu/core';
import '@tsunagu/sheets/action-plan-sheet';
import { ACTION_PLAN_LABELS, type TsunaguActionPlanSheet } from '@tsunagu/sheets';
import { case8050, dvFamilyMeeting, dvFamilyPlan } from '../test/fixtures/households';
import { paperPlan } from '../test/fixtures/paper';
import { tsunagiCase } from '../test/fixtures/tsunagi';
import { a4 } from './paper';
import { EXAMPLE_TOWN_POLICY } from '../docs/examples/policy';

interface Args {
  mode: 'edit' | 'readonly' | 'print';
  value?: ActionPlan;
  lang?: string;
  today?: string;
  tsunagi?: readonly Tsunagi[];
}
const sheetOf = (root: HTMLElement) => root.querySelector('tsunagu-action-plan-sheet') as TsunaguActionPlanSheet;

const meta = {
  title: 'Sheets/Action plan (行動連携計画シート)',
  component: 'tsunagu-action-plan-sheet',
  tags: ['autodocs'],
  args: { mode: 'edit', today: '2025-04-09' },
  render: (args) =>
    html`<tsunagu-action-plan-sheet .value=${args.value} .tsunagi=${args.tsunagi ?? []} mode=${args.mode} today=${args.today ?? ''} lang=${args.lang ?? nothing}></tsunagu-action-plan-sheet>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** A new plan. */
export const Empty: Story = {};

/** The family's first plan: every one of twelve attendees has a role (行動連携). */
export const EveryAttendeeHasARole: Story = { args: { value: dvFamilyPlan } };

/** Started from the meeting: attendees are the team, "not yet known" items are information gathering. */
export const FromMeeting: Story = {
  render: () => html`<tsunagu-action-plan-sheet today="2025-04-08"></tsunagu-action-plan-sheet>`,
  play: async ({ canvasElement, globals }) => {
    const sheet = sheetOf(canvasElement);
    sheet.startFrom(dvFamilyMeeting);
    await sheet.updateComplete;
    await expect(sheet.value.actions.map((a) => a.kind)).toEqual(['informationGathering', 'informationGathering']);
    await expect(sheet.shadowRoot!.textContent).toContain(ACTION_PLAN_LABELS[globals['locale'] as Locale].withoutRole);
  },
};

/** Version 2 of the 8050 plan, revised from version 1: changed and added actions are marked. */
export const Revision: Story = {
  render: () => html`<tsunagu-action-plan-sheet today="2025-09-10"></tsunagu-action-plan-sheet>`,
  play: async ({ canvasElement, globals }) => {
    const l = ACTION_PLAN_LABELS[globals['locale'] as Locale];
    const sheet = sheetOf(canvasElement);
    sheet.revise(case8050.plans[0]!, '2025-09-10', 'plan-007-v2');
    sheet.value = {
      ...sheet.value,
      actions: [
        ...sheet.value.actions.map((a) => (a.id === 'y2' ? { ...a, status: 'done' as const } : { ...a, due: '2025-12-10' })),
        { id: 'y4', ownerId: 'b3', task: '居場所（サロン）への同行', due: '2025-12-31', kind: 'participation', status: 'notStarted' },
      ],
    };
    await sheet.updateComplete;
    await expect(sheet.shadowRoot!.textContent).toContain(fillMessage(l.versionValue, { n: 2 }));
    await expect(sheet.shadowRoot!.textContent).toContain(l.added);
  },
};

/** Overdue actions and a passed monitoring date, relative to today. */
export const Overdue: Story = { args: { value: dvFamilyPlan, today: '2025-05-20' } };

/**
 * The 8050 plan terminated (終結): 包括 carries on as team leader. Its December review was the coordinator's office's
 * (坂井: 主たる支援者が走り出したケースは多機関協働事業としてモニタリング, seed 001 l.1677), with each action's result.
 */
export const Terminated: Story = { args: { value: case8050.plans[1], today: '2026-01-15' } };

/**
 * Closed handing over to the community: 包括 leads and reports back, a 民生委員 calls once a month and reports back
 * too (「常に誰か伴走している」, seed 001 l.692–694; 経過報告, seed 003 l.548–552).
 */
export const HandedOverToTheCommunity: Story = {
  args: {
    value: {
      ...case8050.plans[1]!,
      termination: {
        ...case8050.plans[1]!.termination!,
        accompaniers: [
          { ...case8050.plans[1]!.termination!.accompaniers![0]!, reportsBack: true },
          { id: 'acc-2', organization: '民生委員', name: '大野 清', formality: 'informal', role: '月1回の声かけ', reportsBack: true },
        ],
      },
    },
    today: '2026-01-15',
  },
};

/**
 * The same plan under three policies. An attendee has no action: a warning under the defaults and in 高島市's
 * example (which encourages 行動連携), an error in a town that requires it (docs/examples/policy.ts). 盛岡市's
 * example also asks that, with consent given, the coordinator lead the team.
 */
export const UnassignedAttendee: Story = {
  render: () => {
    const doc: ActionPlan = { ...dvFamilyPlan, actions: dvFamilyPlan.actions.filter((a) => a.ownerId !== 'a7') };
    return html`<div style="display:grid; grid-template-columns:repeat(4, minmax(22rem, 1fr)); gap:24px; align-items:start">
      ${[DEFAULT_POLICY, TAKASHIMA_EXAMPLE_POLICY, EXAMPLE_TOWN_POLICY, MORIOKA_EXAMPLE_POLICY].map(
        (p) => html`<div><h2 style="font: 700 18px sans-serif">${p.name.ja}</h2>
          <tsunagu-action-plan-sheet .policy=${p} .value=${doc} today="2025-04-09"></tsunagu-action-plan-sheet></div>`,
      )}
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const sheets = [...canvasElement.querySelectorAll('tsunagu-action-plan-sheet')];
    await expect(sheets.map((s) => s.checkValidity())).toEqual([true, true, false, false]);
    await expect(sheets[3]!.validate().issues.map((i) => i.code)).toContain('plan.leadByConsent');
  },
};

/**
 * 盛岡's two roles with consent: 社協, the coordinator's office, is the チームリーダー who follows progress, and
 * 障害福祉課 the 主たる支援者 that acts (seed 001 l.437–438). 盛岡's rule reads the team leader and is met.
 */
export const TwoRolesMorioka: Story = {
  render: () =>
    html`<tsunagu-action-plan-sheet
      .policy=${MORIOKA_EXAMPLE_POLICY}
      .value=${{ ...dvFamilyPlan, team: { leadId: 'a2', leadIsCoordinator: true, mainSupporterId: 'a4', mainSupporterIsCoordinator: false } }}
      today="2025-04-09"
    ></tsunagu-action-plan-sheet>`,
  play: async ({ canvasElement }) => {
    const sheet = canvasElement.querySelector('tsunagu-action-plan-sheet')!;
    await waitFor(() => expect(sheet.validate().issues.map((i) => i.code)).not.toContain('plan.leadByConsent'));
  },
};

/** Errors after a submit attempt. */
export const ErrorsAfterSubmit: Story = {
  args: { value: { ...dvFamilyPlan, status: 'terminated' } },
  play: async ({ canvasElement, globals }) => {
    const sr = sheetOf(canvasElement).shadowRoot!;
    await userEvent.click(sr.querySelector('button.primary')!);
    await waitFor(() =>
      expect(sr.querySelector('.error-summary')?.textContent).toContain(
        messageFor('termination.reasonRequired', globals['locale'] as Locale),
      ),
    );
  },
};

/**
 * A long plan: 100 actions. The first five rows (and ten of the overview) render at once, the rest
 * follow in slices while you can already type. Type in a task: the overview at the end follows when you leave the field.
 */
export const LongPlan: Story = {
  play: async ({ canvasElement }) => {
    const sheet = canvasElement.querySelector('tsunagu-action-plan-sheet') as TsunaguActionPlanSheet;
    await sheet.updateComplete; // every row, before the accessibility check
    await expect(sheet.shadowRoot!.querySelectorAll('.row[aria-labelledby^="f-actions-"]')).toHaveLength(100);
  },
  args: {
    value: {
      ...dvFamilyPlan,
      actions: Array.from({ length: 100 }, (_, i) => ({
        id: `b${i}`,
        ownerId: `a${(i % 12) + 1}`,
        task: `行動 ${i + 1}`,
        due: '2025-06-30',
        status: 'notStarted' as const,
      })),
    },
  },
  parameters: {
    // axe checks the sheet with its first 20 actions and the overview: the other rows are the same
    // template with other text (test/sheets edits a 200-action plan with the keyboard, and pnpm bench
    // measures one). Every row would cost ~40 s of each test run.
    a11y: { context: { exclude: [{ fromShadowDom: ['tsunagu-action-plan-sheet', '.rows .row:nth-of-type(n+22)'] }] } },
  },
};

/** Read-only. */
export const Readonly: Story = { args: { value: dvFamilyPlan, mode: 'readonly' } };

/** The paper, on an A4 sheet: a plan of fourteen actions with monitoring records, one table row per action (two A4 pages). */
export const PrintPreview: Story = {
  render: () => a4(html`<tsunagu-action-plan-sheet mode="print" .value=${paperPlan} today="2025-04-09"></tsunagu-action-plan-sheet>`),
};

/** English. */
export const English: Story = { args: { value: dvFamilyPlan, lang: 'en' } };

/**
 * 盛岡: 終結 is decided in a 重層的支援会議 (seed 001 l.1095) and handed to an agency other than
 * the coordinator's office (l.438). The case's meetings are offered (`sheet.meetings`).
 */
export const ClosureDecidedInAMeeting: Story = {
  render:
    () => html`<tsunagu-action-plan-sheet .policy=${MORIOKA_EXAMPLE_POLICY} .meetings=${case8050.meetings.map((m) => ({ id: m.id!, date: m.meeting.date }))}
    .value=${case8050.plans[1]} today="2026-01-20"></tsunagu-action-plan-sheet>`,
  play: async ({ canvasElement }) => {
    const sheet = sheetOf(canvasElement);
    await sheet.updateComplete;
    await expect(sheet.checkValidity()).toBe(true);
    const select = sheet.shadowRoot!.querySelector<HTMLSelectElement>('select[id$="decidedInMeetingId"]')!;
    await expect(select.value).toBe('mtg-2026-003');
  },
};

/**
 * An action of kind つなぎ (長男を地域若者サポートステーションへ) with its つなぎ as the case holds it: the sheet says where
 * it stands (つながった on 1 September) and offers to record another; the case record showing the plan adds it
 * (`tsunagu-start-tsunagi`).
 */
export const TsunagiActions: Story = {
  args: { value: tsunagiCase.plans[0], tsunagi: tsunagiCase.tsunagi!.slice(0, 1), today: '2025-12-05' },
  play: async ({ canvasElement, globals }) => {
    const sr = sheetOf(canvasElement).shadowRoot!;
    const en = (globals['locale'] as Locale) === 'en';
    await waitFor(() => expect(sr.querySelectorAll('.action-tsunagi li li')).toHaveLength(1));
    await expect(sr.querySelector('.action-tsunagi li li')!.textContent).toContain(en ? 'Connected' : 'つながった');
    await expect(sr.querySelector('.action-tsunagi button')).not.toBeNull();
  },
};
