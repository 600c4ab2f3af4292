// つなぎ in the case record (issue #34): the coordinator records one by keyboard, sees it wait for its reply, records
// the receiver's 受理 and the outcome, and the timeline and the open list show each step.
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '@tsunagu/sheets/case-record';
import '@tsunagu/sheets/action-plan-sheet';
import type { TsunaguActionPlanSheet, TsunaguStartTsunagiEvent } from '@tsunagu/sheets';
import { case8050 } from '../fixtures/households';
import { tsunagiCase } from '../fixtures/tsunagi';
import {
  addStationTsunagi,
  cleanup,
  deepActiveElement,
  expectNoAxeViolations,
  mount,
  mountCaseRecord,
  press,
  rendered,
  tsunagiOpenList,
} from './helpers';

afterEach(cleanup);

const record = mountCaseRecord;
const openList = tsunagiOpenList;
/** The plan's list of つなぎ actions, as its text reads (spaces aside). */
const inPlan = () => page.getByRole('list', { name: 'つなぎの行動と、その経過' }).element().textContent!.replace(/\s+/g, '');

describe('<tsunagu-case-record>: つなぎ followed to their outcome (#34)', () => {
  it('records a つなぎ by keyboard, waits for the reply, then records 受理 and つながった; the timeline shows each step', async () => {
    const { el, submitted, sr } = await record({ ...case8050, tsunagi: [] }, '2025-07-14');
    const one = await addStationTsunagi();
    // Asked today: waiting for the reply for 14 days.
    expect(openList(sr)).toEqual(['地域若者サポートステーション — 返事待ち（2025年7月28日まで）']);

    // The station takes him up on the 22nd; he is connected by September.
    await press('経過を追加する', one);
    const two = one.getByRole('group', { name: '経過2' });
    await two.getByLabelText(/^状態/).selectOptions('受理');
    await userEvent.fill(two.getByLabelText(/^日付/), '2025-07-22');
    await two.getByLabelText(/^記録した側/).selectOptions('つなぎ先');
    await press('経過を追加する', one);
    const three = one.getByRole('group', { name: '経過3' });
    await three.getByLabelText(/^状態/).selectOptions('つながった');
    await userEvent.fill(three.getByLabelText(/^日付/), '2025-09-01');
    await rendered();
    // The case's later contacts are dated to March 2026: the record is read then.
    el.setAttribute('today', '2026-03-31');
    await rendered();
    expect(openList(sr)).toEqual([]);

    await press('送信する');
    expect(el.validate().issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(submitted).toHaveLength(1);
    const t = submitted[0]!.tsunagi![0]!;
    expect(t).toMatchObject({
      requester: { organization: '多機関協働事業' },
      receiver: { organization: '地域若者サポートステーション', field: 'employment' },
      memberIds: ['m1'],
      steps: [
        { status: 'requested', date: '2025-07-14', by: 'requester' },
        { status: 'accepted', date: '2025-07-22', by: 'receiver' },
        { status: 'connected', date: '2025-09-01' },
      ],
    });
    const steps = [...sr.querySelectorAll('li.entry.tsunagi')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(steps).toHaveLength(3);
    expect(steps.some((s) => s.includes('地域若者サポートステーション：つながった'))).toBe(true);
    expect(steps.some((s) => s.includes('地域若者サポートステーション：受理'))).toBe(true);
  });

  it('lists the open ones — 期限切れ past the reply date — and asks why a つなぎ was declined, by a link to the field', async () => {
    const { el, sr } = await record(tsunagiCase, '2025-12-16');
    expect(openList(sr)).toEqual(['家計改善支援事業 — 期限切れ（返事の期限 2025年12月15日）']);
    const declined = structuredClone(tsunagiCase);
    delete declined.tsunagi![1]!.steps[1]!.reason;
    el.value = declined;
    await rendered();
    await press('送信する');
    const summary = sr.querySelector('.error-summary')!;
    expect(summary.textContent).toContain('辞退・つながらなかったときは、理由を選んでください。');
    // The link goes to the reason of the declined step, and focus follows it.
    const link = [...summary.querySelectorAll('a')].find((a) => a.textContent!.includes('理由を選んでください'))!;
    (link as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await rendered();
    const focused = sr.activeElement as HTMLSelectElement;
    expect(focused.tagName).toBe('SELECT');
    expect(sr.querySelector(`label[for="${focused.id}"]`)?.textContent).toContain('理由');
    await expectNoAxeViolations(el);
  });

  it('the plan’s つなぎ action opens a つなぎ: recorded from the plan shown in place, its receiver typed next, its status beside the action', async () => {
    const { el, sr, submitted } = await record({ ...tsunagiCase, tsunagi: [] }, '2025-07-14');
    await press(/^開く：行動連携計画シート 第1版/);
    const sheet = sr.querySelector('tsunagu-action-plan-sheet') as TsunaguActionPlanSheet;
    await sheet.updateComplete;
    expect(inPlan()).toContain('行動4'); // the つなぎ action, with nothing recorded yet
    expect(inPlan()).not.toContain('：依頼');
    // The button names its action; the event it fires names the plan and the action, never their content.
    const asked: TsunaguStartTsunagiEvent['detail'][] = [];
    el.addEventListener('tsunagu-start-tsunagi', (e) => asked.push(e.detail));
    await press('つなぎを記録する（行動4）');
    expect(asked).toEqual([{ planId: 'plan-007-v1', actionId: 'y4' }]);
    // The record has the つなぎ, asked today by the action's owner for its task; focus is on its receiver.
    expect(el.value.tsunagi).toEqual([
      expect.objectContaining({
        planId: 'plan-007-v1',
        actionId: 'y4',
        requester: { organization: '多機関協働事業', name: '前田 浩' },
        purpose: '長男を地域若者サポートステーションへつなぐ',
        steps: [{ status: 'requested', date: '2025-07-14', by: 'requester' }],
      }),
    ]);
    await expect
      .poll(() => (deepActiveElement() as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '')
      .toMatch(/^つなぎ先（機関・サービス）/);
    await userEvent.keyboard('地域若者サポートステーション');
    await userEvent.keyboard('{Tab}');
    await rendered();
    await sheet.updateComplete;
    expect(inPlan()).toContain('地域若者サポートステーション：依頼（2025年7月14日）');
    expect(tsunagiOpenList(sr)).toEqual(['地域若者サポートステーション — 返事待ち（2025年7月28日まで）']);
    el.setAttribute('today', '2026-03-31');
    await press('送信する');
    expect(submitted).toHaveLength(1);
  });

  it('the plan on its own says where each つなぎ stands, and offers no button on paper', async () => {
    const root = await mount((r) => {
      const sheet = document.createElement('tsunagu-action-plan-sheet');
      sheet.setAttribute('today', '2025-12-05');
      sheet.value = tsunagiCase.plans[0]!;
      sheet.tsunagi = tsunagiCase.tsunagi!.slice(0, 1);
      r.append(sheet);
    });
    const sheet = root.querySelector('tsunagu-action-plan-sheet')!;
    expect(inPlan()).toContain('地域若者サポートステーション：つながった（2025年9月1日）');
    expect(page.getByRole('button', { name: 'つなぎを記録する（行動4）' }).elements()).toHaveLength(1);
    await expectNoAxeViolations(sheet);
    sheet.setAttribute('mode', 'print');
    await sheet.updateComplete;
    expect(page.getByRole('button', { name: /^つなぎを記録する/ }).elements()).toHaveLength(0);
    expect(inPlan()).toContain('地域若者サポートステーション：つながった（2025年9月1日）');
  });
});
