import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { MORIOKA_EXAMPLE_POLICY, TAKASHIMA_EXAMPLE_POLICY, caseTimeline, validate, type Case, type MunicipalPolicy } from '@tsunagu/core';
import '@tsunagu/sheets/case-record';
import '@tsunagu/sheets/action-plan-sheet';
import type { TsunaguCaseRecord, TsunaguOpenDocumentEvent } from '@tsunagu/sheets';
import { case8050 } from '../fixtures/households';
import { cleanup, deepActiveElement, expectNoAxeViolations, mount, rendered } from './helpers';
import { conformance } from './conformance';

afterEach(cleanup);

// The form-associated element's contract, shared by every sheet (conformance.ts).
conformance({
  tag: 'tsunagu-case-record',
  filled: case8050,
  textLabel: /^本人 氏/,
  textPath: ['household', 'person', 'familyName'],
  title: { ja: '支援経過記録', en: 'Case record' },
  today: '2026-04-01',
  keyboardPath: [{ tabTo: /^本人 氏/ }, { type: '高橋' }, { tabTo: /^送信する$/ }, { key: '{Enter}' }],
});

const TODAY = '2026-03-10';
/** The 8050 case on the day it was opened: its referral, its meetings and first plan on file; the later referral that will re-open it. */
const opened: Case = {
  ...case8050,
  statusHistory: [{ status: 'opened', date: '2025-05-20' }],
  plans: [case8050.plans[0]!],
  contacts: [],
  changes: [],
  referrals: [case8050.referrals[0]!, { ...case8050.referrals[0]!, id: 'ref-2026-011', referredOn: '2026-03-02' }],
};

async function record(value: Case, policy?: MunicipalPolicy) {
  const submitted: Case[] = [];
  const root = await mount((r) => {
    const el = document.createElement('tsunagu-case-record');
    el.setAttribute('today', TODAY);
    if (policy) el.policy = policy;
    el.value = value;
    el.addEventListener('tsunagu-submit', (e) => submitted.push(structuredClone(e.detail.value as Case)));
    r.append(el);
  });
  const el = root.querySelector('tsunagu-case-record') as TsunaguCaseRecord;
  return { el, submitted, sr: el.shadowRoot! };
}

const editor = () => page.getByRole('group', { name: /^(支援経過|小さな変化)（/ });
const statusForm = () => page.getByRole('region', { name: '状況を変える' });

/** Records a contact as a coordinator does: the button, then the fields in order, with the keyboard. */
async function addContact(date: string, method: string, content: string, org: string) {
  const add = page.getByRole('button', { name: '支援経過を記録する' });
  (add.element() as HTMLElement).focus();
  await userEvent.keyboard('{Enter}');
  await rendered();
  // Focus is in the new entry's date field, which holds today: replace it.
  expect(deepActiveElement()?.getAttribute('id')).toMatch(/date$/);
  await userEvent.fill(editor().getByLabelText(/^日付/), date);
  await editor().getByLabelText(/^方法/).selectOptions(method);
  await userEvent.fill(editor().getByLabelText(/^対応した機関/), org);
  await userEvent.fill(editor().getByLabelText(/^内容/), content);
  await editor().getByRole('button', { name: '記録を閉じる' }).click();
  await rendered();
}

async function changeStatus(status: string, date: string, more: () => Promise<void> = async () => {}) {
  await statusForm().getByRole('radio', { name: status }).click();
  await userEvent.fill(statusForm().getByLabelText(/^日付/), date);
  await more();
  await statusForm().getByRole('button', { name: 'この変更を記録する' }).click();
  await rendered();
}

describe('<tsunagu-case-record>: a coordinator carries the case over time', () => {
  for (const policy of [TAKASHIMA_EXAMPLE_POLICY, MORIOKA_EXAMPLE_POLICY]) {
    it(`records contacts, a small change, 調整中 → 計画実施中 → 終結 with a hand-off, and the re-opening (${policy.name.ja})`, async () => {
      const { el, submitted, sr } = await record(opened, policy);

      await addContact('2025-05-22', '訪問', '母の介護保険の更新で訪問。', '地域包括支援センター');
      await addContact('2025-06-03', '電話', '関わり方について相談。', '多機関協働事業');
      await addContact('2025-09-01', '同行', '長男とサロンへ同行。', 'ひきこもり地域支援センター');
      expect(el.value.contacts!.map((c) => [c.date, c.method])).toEqual([
        ['2025-05-22', 'visit'],
        ['2025-06-03', 'phone'],
        ['2025-09-01', 'accompany'],
      ]);

      // A small change, by member.
      await page.getByRole('button', { name: '小さな変化を記録する' }).click();
      await userEvent.fill(editor().getByLabelText(/^日付/), '2025-09-01');
      await editor()
        .getByLabelText(/^誰の変化か/)
        .selectOptions('息子（高橋 誠）');
      await userEvent.fill(editor().getByLabelText(/^変化/), '目を見て話せるようになった。');
      await editor().getByRole('button', { name: '記録を閉じる' }).click();
      await rendered();
      expect(el.value.changes).toMatchObject([{ date: '2025-09-01', memberId: 'm1', text: '目を見て話せるようになった。' }]);

      await changeStatus('調整中', '2025-05-27');
      await changeStatus('計画実施中', '2025-07-10', async () => {
        await statusForm()
          .getByLabelText(/^決めた会議/)
          .selectOptions('mtg-2025-052');
      });

      // 終結: before it is recorded, the record shows what the rules ask of it.
      await statusForm().getByRole('radio', { name: '終結' }).click();
      await userEvent.fill(statusForm().getByLabelText(/^日付/), '2026-01-15');
      await statusForm()
        .getByLabelText(/^終結の理由/)
        .selectOptions('主たる支援者が決まり、チームで対応できる');
      await rendered();
      const rules = sr.querySelector('#status-rules')!;
      expect(rules.textContent).toContain('終結後も伴走する人・機関を1つ以上入力してください。');
      expect(rules.textContent).toContain('異変時の連絡先（機関）を入力してください。');
      if (policy === MORIOKA_EXAMPLE_POLICY) expect(rules.textContent).toContain('終結を決めた会議を選んでください');
      // Recording it anyway is refused, and focus goes to what it asks for.
      await statusForm().getByRole('button', { name: 'この変更を記録する' }).click();
      await rendered();
      expect(deepActiveElement()?.id).toBe('status-rules');
      expect(el.value.statusHistory.map((s) => s.status)).toEqual(['opened', 'coordinating', 'planRunning']);
      // The hand-off note.
      (statusForm().getByRole('button', { name: '伴走する人・機関を追加する' }).element() as HTMLElement).focus();
      await userEvent.keyboard('{Enter}');
      await rendered();
      await userEvent.fill(statusForm().getByLabelText(/^所属（機関・団体）/), '地域包括支援センター');
      await statusForm().getByRole('checkbox', { name: '新たなチームリーダーとして引き継ぐ' }).click();
      await userEvent.fill(statusForm().getByLabelText(/^今後気をつけて見ること/), '母の体調、長男の外出の頻度。');
      await userEvent.fill(statusForm().getByLabelText(/^異変時の連絡先（機関）/), '地域包括支援センター');
      await userEvent.fill(statusForm().getByLabelText(/^異変時の連絡先（電話）/), '０１２３－４５－６７８９');
      await statusForm()
        .getByLabelText(/^決めた会議/)
        .selectOptions('mtg-2026-003');
      await rendered();
      expect(sr.querySelector('#status-rules')!.textContent).toContain('この変更で新たに問題になることはありません。');
      await statusForm().getByRole('button', { name: 'この変更を記録する' }).click();
      await rendered();
      // One record of the closure: the plan in force holds it, the history dates it.
      expect(el.value.plans[0]).toMatchObject({
        status: 'terminated',
        termination: {
          date: '2026-01-15',
          accompaniers: [{ id: expect.any(String), organization: '地域包括支援センター', formality: 'formal', leads: true }],
          decidedInMeetingId: 'mtg-2026-003',
          contactOnChange: { organization: '地域包括支援センター', phone: '0123-45-6789' },
        },
      });
      expect(el.value.statusHistory.at(-1)).toEqual({ status: 'terminated', date: '2026-01-15', meetingId: 'mtg-2026-003' });
      // The hand-off shows with the case, editable.
      expect(
        page
          .getByRole('region', { name: '終結時の引き継ぎ' })
          .getByLabelText(/^所属（機関・団体）/)
          .element(),
      ).toHaveProperty('value', '地域包括支援センター');

      // Re-opening: only 再開 is offered, linked to the new referral.
      expect(
        statusForm()
          .getByRole('radio')
          .elements()
          .map((r) => (r as HTMLInputElement).labels?.[0]?.textContent?.trim()),
      ).toEqual(['再開']);
      await changeStatus('再開', '2026-03-02', async () => {
        await statusForm()
          .getByLabelText(/^再開のきっかけになった紹介/)
          .selectOptions('ref-2026-011');
        await userEvent.fill(statusForm().getByLabelText(/^理由・きっかけ/), '母の入院');
      });
      expect(el.value.statusHistory.at(-1)).toEqual({
        status: 'reopened',
        date: '2026-03-02',
        referralId: 'ref-2026-011',
        note: '母の入院',
      });

      // Submit: the portal receives the case, and it validates.
      await page.getByRole('button', { name: '送信する' }).click();
      expect(submitted).toHaveLength(1);
      const result = validate('case', submitted[0], { policy, today: TODAY });
      expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(result.ok).toBe(true);

      // The timeline shows all of it, newest first, in the core's order.
      const heads = [...sr.querySelectorAll('.timeline .entry')].map((e) => e.id);
      // A phase (or an enrolment) has its own id: its path's label is the meeting's (or the 事業 section's).
      const expected = caseTimeline(submitted[0]!, { order: 'desc' }).map((e) =>
        e.kind === 'phase' || e.kind === 'enrolment' ? `tl-${e.kind}-${e.path.join('-')}` : `f-${e.path.join('-')}`,
      );
      expect(heads).toEqual(expected);
      expect(heads).toHaveLength(2 + 3 + 1 + 5 + 2 + 3 + 1 + 1); // referrals, meetings, the plan, statuses, consents, contacts, the change, the move to 重層的支援会議
    });
  }

  it('filters by kind, member and agency, and turns the order', async () => {
    const { sr } = await record(case8050);
    const ids = () => [...sr.querySelectorAll('.timeline .entry')].map((e) => e.id);
    const all = ids();
    expect(all[0]).toBe('f-statusHistory-5'); // newest first: the re-opening
    await page.getByLabelText('並び順').selectOptions('古い順');
    await rendered(); // another view of the timeline shows its first 15 entries at once, the rest in the next frames
    expect(ids()).toEqual([...all].reverse());
    expect(ids()[0]).toBe('f-consentHistory-0');
    for (const kind of ['紹介', '会議', '計画', '状況', '同意', '会議の移行', '小さな変化'])
      await page.getByRole('checkbox', { name: kind, exact: true }).click();
    expect(ids()).toEqual(['f-contacts-0', 'f-contacts-1', 'f-contacts-2', 'f-contacts-3', 'f-contacts-4']);
    await page.getByLabelText('世帯員で絞り込む').selectOptions('息子（高橋 誠）');
    expect(ids()).toEqual(['f-contacts-3']);
    await page.getByLabelText('世帯員で絞り込む').selectOptions('すべて');
    await page.getByLabelText('機関で絞り込む').selectOptions('ひきこもり地域支援センター');
    expect(ids()).toEqual(['f-contacts-1', 'f-contacts-3']);
    expect(sr.textContent).toContain('2件の記録を表示しています。');
  });

  it('opens a document in place, or leaves it to the portal when the portal takes the event', async () => {
    const { el, sr } = await record(case8050);
    const opened: TsunaguOpenDocumentEvent['detail'][] = [];
    el.addEventListener('tsunagu-open-document', (e) => opened.push(e.detail));
    await page.getByRole('button', { name: /^開く：行動連携計画シート 第2版/ }).click();
    await rendered();
    expect(opened).toEqual([{ kind: 'plan', index: 1, id: 'plan-007-v2' }]);
    const sheet = sr.querySelector('tsunagu-action-plan-sheet')!;
    expect(sheet.getAttribute('mode')).toBe('readonly');
    await (sheet as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(sheet.shadowRoot!.textContent).toContain('第2版');
    await page.getByRole('button', { name: /^閉じる：行動連携計画シート 第2版/ }).click();
    await rendered();
    expect(sr.querySelector('tsunagu-action-plan-sheet')).toBeNull();
    // The portal opens it itself: the event is cancelled, nothing opens in place.
    el.addEventListener('tsunagu-open-document', (e) => e.preventDefault());
    await page.getByRole('button', { name: /^開く：行動連携計画シート 第1版/ }).click();
    await rendered();
    expect(opened.at(-1)).toEqual({ kind: 'plan', index: 0, id: 'plan-007-v1' });
    expect(sr.querySelector('tsunagu-action-plan-sheet')).toBeNull();
    // The event names the document, never its content.
    expect(JSON.stringify(opened)).not.toContain('架空');
  });

  it('keeps an entry with an error open, shows the error there, and keeps what was typed', async () => {
    const { el } = await record(opened);
    await page.getByRole('button', { name: '支援経過を記録する' }).click();
    await userEvent.fill(editor().getByLabelText(/^内容/), '電話で相談を受けた。');
    await editor().getByRole('button', { name: '記録を閉じる' }).click();
    await rendered();
    // No method yet: the entry stays open, focus on the method, its message beside it.
    expect(deepActiveElement()?.id).toMatch(/method$/);
    expect(editor().getByText('＊入力してください。').elements()).toHaveLength(1);
    expect(el.value.contacts![0]!.content).toBe('電話で相談を受けた。');
    // A date in the future is refused by the core's rule, at the field.
    await userEvent.fill(editor().getByLabelText(/^日付/), '2026-04-01');
    await editor().getByLabelText(/^方法/).selectOptions('電話');
    await editor().getByRole('button', { name: '記録を閉じる' }).click();
    await rendered();
    expect(
      editor()
        .getByText(/経過記録の日付が今日より後になっています/)
        .elements(),
    ).toHaveLength(1);
    await userEvent.fill(editor().getByLabelText(/^日付/), '2026-03-09');
    await editor().getByRole('button', { name: '記録を閉じる' }).click();
    await rendered();
    expect(editor().elements()).toHaveLength(0);
    expect(validate('case', el.value, { today: TODAY }).ok).toBe(true);
  });

  it('shows an entry left open for writing in the list once the record turns read-only', async () => {
    const { el, sr } = await record(case8050);
    await page.getByRole('button', { name: /^編集：支援経過（2025年9月1日）/ }).click();
    await rendered();
    expect(sr.querySelector('#f-contacts-3')).toBeNull(); // being written, above the list
    el.setAttribute('mode', 'readonly');
    await rendered();
    expect(sr.querySelector('#f-contacts-3')?.textContent).toContain('長男とサロンへ同行。');
    expect(sr.querySelectorAll('.editor')).toHaveLength(0);
  });

  it('is accessible in both languages, editing and read-only', async () => {
    const { el } = await record(case8050);
    await expectNoAxeViolations(el);
    el.setAttribute('lang', 'en');
    await rendered();
    expect(el.shadowRoot!.textContent).toContain('Over time');
    await page.getByRole('button', { name: 'Record a contact' }).click();
    await page.getByRole('region', { name: 'Change the status' }).getByRole('radio', { name: 'Terminated' }).click();
    await rendered();
    expect(el.shadowRoot!.querySelector('#status-rules')!.textContent).toContain('What this change asks for');
    await expectNoAxeViolations(el);
    el.setAttribute('mode', 'readonly');
    await rendered();
    await expectNoAxeViolations(el);
  });
});

describe('<tsunagu-case-record>: warnings that say which (issue #31)', () => {
  it('names each overdue action by its task, owner and due date, once per place, and repeats no label inside a message', async () => {
    const { yearCase } = await import('../fixtures/case-year');
    const { sr } = await record(yearCase);
    await page.getByRole('button', { name: '送信する' }).click();
    await rendered();
    const lines = [...sr.querySelectorAll('.warning-summary li')].map((li) => li.textContent!.trim());
    const overdue = lines.filter((t) => t.includes('期限を過ぎています'));
    // The plan in force has 13 actions past their due date on TODAY; each is its own line.
    expect(overdue.length).toBeGreaterThanOrEqual(10);
    expect(new Set(overdue).size).toBe(overdue.length);
    expect(overdue).toContain(
      '計画（2025年4月8日）・行動「生活保護の申請受付」（生活保護担当、期限 2025年4月11日）：期限を過ぎています。状況を確認してください。',
    );
    for (const t of lines) expect(t, t).not.toMatch(/^(.+?)：\1/);
  });

  it('collapses the same warning at the same place into one line with its count', async () => {
    const { yearCase } = await import('../fixtures/case-year');
    const plan = yearCase.plans[0]!;
    // The same task entered twice for the same owner and day: the two warnings read alike, so they are one line.
    const twice: Case = { ...yearCase, plans: [{ ...plan, actions: [...plan.actions, { ...plan.actions[2]!, id: 'x3b' }] }] };
    const { sr } = await record(twice);
    await page.getByRole('button', { name: '送信する' }).click();
    await rendered();
    const lines = [...sr.querySelectorAll('.warning-summary li')].map((li) => li.textContent!.trim());
    expect(lines.filter((t) => t.includes('生活保護の申請受付'))).toEqual([
      '計画（2025年4月8日）・行動「生活保護の申請受付」（生活保護担当、期限 2025年4月11日）：期限を過ぎています。状況を確認してください。（2件）',
    ]);
  });
});

describe('<tsunagu-case-record>: contacts with a purpose (#32)', () => {
  it('records what a contact was for and whose work it was, by keyboard, and filters the timeline by both', async () => {
    const { sr, el } = await record(opened);
    const add = page.getByRole('button', { name: '支援経過を記録する' });
    (add.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await rendered();
    await userEvent.fill(editor().getByLabelText(/^日付/), '2026-03-02');
    await editor().getByLabelText(/^方法/).selectOptions('オンライン');
    await editor().getByLabelText(/^目的/).selectOptions('関係機関との調整');
    await editor()
      .getByRole('group', { name: /^多機関協働事業者（コーディネーター）の業務/ })
      .getByRole('radio', { name: 'はい' })
      .click();
    await userEvent.fill(editor().getByLabelText(/^内容/), '包括と役割分担を確認した。');
    await editor().getByRole('button', { name: '記録を閉じる' }).click();
    await rendered();
    expect(el.value.contacts!.at(-1)).toMatchObject({ method: 'online', purpose: 'coordination', byCoordinatorOffice: true });
    expect(el.validate().issues.map((i) => i.code)).not.toContain('contact.purposeRequired');
    const ids = () => [...sr.querySelectorAll('.timeline .entry')].map((e) => e.id);
    await page.getByLabelText('目的', { exact: true }).selectOptions('関係機関との調整');
    await rendered();
    expect(ids()).toEqual([`f-contacts-${el.value.contacts!.length - 1}`]);
    expect(sr.querySelector('.timeline .entry')!.textContent).toContain('オンライン（関係機関との調整）');
    await page.getByLabelText('誰の業務か').selectOptions('ほかの機関');
    await rendered();
    expect(ids()).toEqual([]);
  });
});
