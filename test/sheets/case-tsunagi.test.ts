// つなぎ in the case record (issue #34): the coordinator records one by keyboard, sees it wait for its reply, records
// the receiver's 受理 and the outcome, and the timeline and the open list show each step.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '@tsunagu/sheets/case-record';
import { case8050 } from '../fixtures/households';
import { tsunagiCase } from '../fixtures/tsunagi';
import { addStationTsunagi, cleanup, expectNoAxeViolations, mountCaseRecord, press, rendered, tsunagiOpenList } from './helpers';

afterEach(cleanup);

const record = mountCaseRecord;
const openList = tsunagiOpenList;

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
});
