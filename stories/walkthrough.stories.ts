import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { validate, type ActionPlan, type Referral, type SupportSharing } from '@tsunagu/core';
import '@tsunagu/sheets/referral-sheet';
import '@tsunagu/sheets/support-sharing-sheet';
import '@tsunagu/sheets/action-plan-sheet';
import type { TsunaguActionPlanSheet, TsunaguReferralSheet, TsunaguSupportSharingSheet } from '@tsunagu/sheets';
import { case8050, household8050Referral } from '../test/fixtures/households';

/**
 * One household from referral to termination, the documents handed from sheet
 * to sheet as a municipality's portal would: each step's submitted document
 * becomes the next step's input.
 */
const meta = {
  title: 'Walkthrough/An 8050 household, from referral to termination',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;

const step = (n: number, title: string, body: unknown) => html`<section style="margin-bottom:48px">
  <h2 style="font:700 20px sans-serif; border-bottom:3px solid #0017c1; padding-bottom:4px">${n}. ${title}</h2>${body}</section>`;

export const Walkthrough: StoryObj = {
  render: () => html`
    ${step(1, '紹介（A・B票）— 地域包括支援センターがコーディネーターにつなぐ', html`<tsunagu-referral-sheet id="referral" today="2025-05-20"></tsunagu-referral-sheet>`)}
    ${step(2, '回答（C票）— コーディネーターが支援会議の開催を回答', html`<tsunagu-referral-sheet id="response" mode="response" today="2025-05-22"></tsunagu-referral-sheet>`)}
    ${step(3, '支援会議（本人同意なし）', html`<tsunagu-support-sharing-sheet id="meeting1" today="2025-05-27"></tsunagu-support-sharing-sheet>`)}
    ${step(
      4,
      '同意を得て重層的支援会議、行動連携計画（第1版）',
      html`<tsunagu-support-sharing-sheet id="meeting2" today="2025-07-10"></tsunagu-support-sharing-sheet>
      <tsunagu-action-plan-sheet id="plan1" today="2025-07-10"></tsunagu-action-plan-sheet>`,
    )}
    ${step(5, 'モニタリングと見直し（第2版）、終結', html`<tsunagu-action-plan-sheet id="plan2" today="2026-01-15"></tsunagu-action-plan-sheet>`)}
  `,
  play: async ({ canvasElement }) => {
    const $ = <T>(id: string) => canvasElement.querySelector(`#${id}`) as T;
    const submitted = <D>(el: HTMLElement) =>
      new Promise<D>((resolve) =>
        el.addEventListener('tsunagu-submit', (e) => resolve((e as CustomEvent<{ value: D }>).detail.value), { once: true }),
      );

    // 1. The referral is filled and submitted.
    const referral = $<TsunaguReferralSheet>('referral');
    referral.value = household8050Referral;
    const sent = submitted<Referral>(referral);
    referral.submit();
    const ref = await sent;

    // 2. The coordinator answers in response mode.
    const response = $<TsunaguReferralSheet>('response');
    response.value = {
      ...ref,
      response: { respondedOn: '2025-05-22', coordinator: { name: '前田 浩', organization: '多機関協働事業' }, options: ['holdMeeting'] },
    };
    const answered = submitted<Referral>(response);
    response.submit();
    await expect((await answered).response?.options).toEqual(['holdMeeting']);

    // 3. A 支援会議 without consent; 4. consent obtained, a 重層的支援会議 and the first plan.
    const meeting1 = $<TsunaguSupportSharingSheet>('meeting1');
    meeting1.value = case8050.meetings[0];
    const m1 = submitted<SupportSharing>(meeting1);
    meeting1.submit();
    await expect((await m1).meeting.legalKind).toBe('shien');

    const meeting2 = $<TsunaguSupportSharingSheet>('meeting2');
    meeting2.value = { ...case8050.meetings[1]!, shared: { unknown: [{ id: 'u1', text: '長男の通院歴', assigneeId: 'b3' }] } };
    const plan1 = $<TsunaguActionPlanSheet>('plan1');
    plan1.startFrom(meeting2.value);
    plan1.value = {
      ...plan1.value,
      id: 'plan-007-v1',
      team: { leadId: 'b1', leadIsCoordinator: true, mainSupporterId: 'b2', mainSupporterIsCoordinator: false },
      actions: [
        { ...plan1.value.actions[0]!, due: '2025-08-10' },
        { id: 'y1', ownerId: 'b1', task: '月1回の進行確認', due: '2025-09-10', status: 'notStarted' },
        { id: 'y2', ownerId: 'b2', task: '母の介護サービスの見直し', due: '2025-08-10', status: 'notStarted' },
      ],
      monitoring: { nextDate: '2025-09-10', byOrganization: '多機関協働事業' },
    };
    const p1 = submitted<ActionPlan>(plan1);
    plan1.submit();
    const v1 = await p1;

    // 5. Monitoring: actions done, revision into version 2, then termination.
    const plan2 = $<TsunaguActionPlanSheet>('plan2');
    plan2.revise({ ...v1, actions: v1.actions.map((a) => ({ ...a, status: 'done' as const })) }, '2025-09-10', 'plan-007-v2');
    plan2.value = {
      ...plan2.value,
      status: 'terminated',
      evaluation: '長男が母の通院に付き添えるようになった。',
      termination: {
        date: '2026-01-15',
        reason: 'mainSupporterDecided',
        accompaniers: [{ id: 'acc-1', organization: '地域包括支援センター', formality: 'formal', leads: true }],
        contactOnChange: { organization: '地域包括支援センター' },
      },
    };
    const p2 = submitted<ActionPlan>(plan2);
    plan2.submit();
    const v2 = await p2;
    await expect(v2).toMatchObject({ version: 2, previousVersionId: 'plan-007-v1', status: 'terminated' });
    await waitFor(() => expect(validate('actionPlan', v2, { today: '2026-01-15' }).ok).toBe(true));
  },
};
