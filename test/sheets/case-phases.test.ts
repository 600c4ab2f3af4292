// A case that starts before consent (issue #32): 支援会議 and アウトリーチ等事業 first, then consent, 重層的支援会議 and
// 多機関協働事業 — as the coordinator records it in the case record, and as its timeline shows it.
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { caseTimeline, validate, type Case } from '@tsunagu/core';
import '@tsunagu/sheets/case-record';
import { outreachCase } from '../fixtures/phases';
import { cleanup, expectNoAxeViolations, mountCaseRecord, rendered } from './helpers';

afterEach(cleanup);

/** The hoarded house after its first 支援会議: consent refused, no 事業 recorded yet. */
const beforeConsent: Case = {
  ...outreachCase,
  consentHistory: [outreachCase.consentHistory[0]!],
  meetings: [outreachCase.meetings[0]!],
  enrolments: [],
  contacts: [],
};

const record = mountCaseRecord;

async function press(name: string | RegExp) {
  (page.getByRole('button', { name }).element() as HTMLElement).focus();
  await userEvent.keyboard('{Enter}');
  await rendered();
}

const enrolment = (n: number) => page.getByRole('group', { name: `事業${n}` });

describe('<tsunagu-case-record>: from 支援会議 and アウトリーチ to consent and 重層的支援会議 (#32)', () => {
  it('records the アウトリーチ target chosen in a 支援会議, then the move to 重層的支援会議 on the timeline', async () => {
    const { el, submitted, sr } = await record(beforeConsent, '2025-06-20');
    expect(sr.textContent).toContain('今は支援会議で検討する段階です');
    // The 支援会議 chose her as an アウトリーチ等事業 target (seed 001 l.585).
    await press('事業を追加する');
    await enrolment(1)
      .getByLabelText(/^事業(?!\d)/)
      .selectOptions('アウトリーチ等を通じた継続的支援事業');
    await userEvent.fill(enrolment(1).getByLabelText(/^開始日/), '令和7年6月19日');
    await enrolment(1)
      .getByLabelText(/^決めた会議/)
      .selectOptions('mtg-2025-047');
    await press('送信する');
    expect(el.validate().issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.enrolments).toEqual([
      { id: expect.any(String), program: 'outreach', from: '2025-06-19', meetingId: 'mtg-2025-047' },
    ]);
    expect(sr.textContent).toContain('アウトリーチ等を通じた継続的支援事業を開始');

    // Three months on she consents to both; the portal adds the consent and the 重層的支援会議 from their sheets.
    el.value = {
      ...submitted[0]!,
      consentHistory: outreachCase.consentHistory,
      meetings: outreachCase.meetings,
      contacts: outreachCase.contacts,
    };
    el.setAttribute('today', '2025-09-11');
    await rendered();
    expect(sr.textContent).toContain('本人同意があり、重層的支援会議で検討できます。');
    const moved = [...sr.querySelectorAll('li.entry.phase')];
    expect(moved).toHaveLength(1);
    expect(moved[0]!.textContent).toContain('会議の移行');
    expect(moved[0]!.textContent).toContain('支援会議から重層的支援会議へ移行（本人同意 2025年9月2日）');

    // The アウトリーチ period ends; 多機関協働事業 begins, decided in the 重層的支援会議.
    await userEvent.fill(enrolment(1).getByLabelText(/^終了日/), '2025-09-11');
    await press('事業を追加する');
    await enrolment(2)
      .getByLabelText(/^事業(?!\d)/)
      .selectOptions('多機関協働事業');
    await enrolment(2)
      .getByLabelText(/^決めた会議/)
      .selectOptions('mtg-2025-090');
    await press('送信する');
    expect(submitted).toHaveLength(2);
    const done = submitted[1]!;
    expect(done.enrolments!.map((e) => [e.program, e.from, e.to])).toEqual([
      ['outreach', '2025-06-19', '2025-09-11'],
      ['multiAgency', '2025-09-11', undefined],
    ]);
    expect(validate('case', done, { today: '2025-09-11' }).issues.filter((i) => i.severity === 'error')).toEqual([]);
    // On the day: the meeting, the move, the アウトリーチ ended, 多機関協働事業 begun — in that order.
    expect(
      caseTimeline(done)
        .filter((e) => e.date === '2025-09-11')
        .map((e) => `${e.kind}${e.ends ? '-end' : ''} ${e.code}`),
    ).toEqual(['meeting juusou', 'phase juusou', 'enrolment-end outreach', 'enrolment multiAgency']);
    await expectNoAxeViolations(el);
  });

  it('refuses an enrolment that ends before it begins, at its field, with the message', async () => {
    const { el, sr } = await record(outreachCase, '2025-10-01');
    await userEvent.fill(enrolment(1).getByLabelText(/^終了日/), '2025-06-01');
    await press('送信する');
    expect(
      el
        .validate()
        .issues.filter((i) => i.severity === 'error')
        .map((i) => `${i.code} ${i.path.join('.')}`),
    ).toEqual(['case.enrolmentPeriod enrolments.0.to']);
    expect(sr.querySelector('.error-summary')!.textContent).toContain('事業の終了日が開始日より前になっています。');
  });
});
