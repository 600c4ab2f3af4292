import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { MORIOKA_EXAMPLE_POLICY, validateActionPlan, type ActionPlan, type SupportSharing } from '@tsunagu/core';
import '@tsunagu/sheets/action-plan-sheet';
import '@tsunagu/sheets/support-sharing-sheet';
import type { TsunaguActionPlanSheet, TsunaguSupportSharingSheet } from '@tsunagu/sheets';
import { case8050, dvFamilyPlan } from '../fixtures/households';
import { cleanup, mount, rendered } from './helpers';
import { EXAMPLE_TOWN_POLICY } from '../../docs/examples/policy';
import { conformance } from './conformance';

afterEach(cleanup);

// The form-associated element's contract, shared by every sheet (conformance.ts).
conformance({
  tag: 'tsunagu-action-plan-sheet',
  filled: dvFamilyPlan,
  textLabel: /^本人が望む暮らし/,
  textPath: ['direction', 'desiredLife'],
  title: { ja: '行動連携計画シート', en: 'Action plan sheet' },
  today: '2025-04-09',
  keyboardPath: [{ tabTo: /^次回モニタリング日/ }, { type: 'R7.5.13' }, { tabTo: /^送信する$/ }, { key: '{Enter}' }],
});

async function planSheet(today = '2025-07-10') {
  const submitted: ActionPlan[] = [];
  const root = await mount((r) => {
    const el = document.createElement('tsunagu-action-plan-sheet');
    el.setAttribute('today', today);
    el.addEventListener('tsunagu-submit', (e) => submitted.push(structuredClone(e.detail.value as ActionPlan)));
    r.append(el);
  });
  const sheet = root.querySelector('tsunagu-action-plan-sheet') as TsunaguActionPlanSheet;
  return { sheet, submitted, sr: sheet.shadowRoot! };
}

const meeting: SupportSharing = {
  ...case8050.meetings[1]!,
  shared: { unknown: [{ id: 'u1', text: '長男の通院歴', assigneeId: 'b3' }] },
};

const submit = () => page.getByRole('button', { name: '送信する' }).click();
/** Presses a button by its name with the keyboard: focus, then Enter. */
async function press(name: string | RegExp) {
  (page.getByRole('button', { name }).element() as HTMLElement).focus();
  await userEvent.keyboard('{Enter}');
  await rendered();
}

describe('<tsunagu-action-plan-sheet>: from meeting to termination', () => {
  it('starts from the meeting, assigns every attendee, is revised into version 2 and terminated', async () => {
    // The meeting hands its attendees and unknowns to the plan.
    const m = await mount((r) => r.append(document.createElement('tsunagu-support-sharing-sheet')));
    const meetingSheetEl = m.querySelector('tsunagu-support-sharing-sheet') as TsunaguSupportSharingSheet;
    meetingSheetEl.value = meeting;
    const handedOn = meetingSheetEl.toActionPlan();
    m.remove();
    const { sheet, submitted, sr } = await planSheet();
    sheet.startFrom(meeting, '2025-07-10');
    await sheet.updateComplete;
    expect(sheet.value).toEqual({ ...handedOn, planDate: '2025-07-10' });
    expect(sheet.value.members.map((x) => x.id)).toEqual(['b1', 'b2', 'b3']);
    expect(sheet.value.actions).toMatchObject([{ ownerId: 'b3', task: '長男の通院歴', kind: 'informationGathering' }]);
    expect(sr.textContent).toContain('役割（行動）がまだない参加者：前田 浩、石井 由美');

    // Give the other two attendees an action each, with the keyboard-friendly controls.
    await userEvent.fill(page.getByLabelText(/^期限/).nth(0), '2025-08-10');
    for (const [i, owner, task, due] of [
      [1, '前田 浩（多機関協働事業）', '月1回の進行確認', 'R7.9.10'],
      [2, '石井 由美（地域包括支援センター）', '母の介護サービスの見直し', '2025/8/10'],
    ] as const) {
      await page.getByRole('button', { name: '行動を追加する' }).click();
      await page
        .getByLabelText(/^担当（参加者）/)
        .nth(i)
        .selectOptions(owner);
      await userEvent.fill(page.getByLabelText(/^行うこと/).nth(i), task);
      await userEvent.fill(page.getByLabelText(/^期限/).nth(i), due);
    }
    await rendered();
    expect(sr.textContent).not.toContain('役割（行動）がまだない参加者');
    await page.getByLabelText(/^チームリーダー（進捗を確認する人）/).selectOptions('前田 浩（多機関協働事業）');
    await page.getByLabelText(/^主たる支援者（支援の主体となる機関）/).selectOptions('石井 由美（地域包括支援センター）');
    await userEvent.fill(page.getByLabelText(/^次回モニタリング日/), '2025-09-10');
    await submit();
    expect(submitted).toHaveLength(1);
    const v1 = { ...submitted[0]!, id: 'plan-v1' };
    expect(validateActionPlan(v1, { today: '2025-07-10' }).ok).toBe(true);

    // Monitoring: actions done, then the plan is revised into version 2.
    sheet.value = v1;
    await sheet.updateComplete;
    await page.getByLabelText(/^状況/).nth(0).selectOptions('完了');
    const done = sheet.value;
    sheet.revise(done, '2025-09-10', 'plan-v2');
    await sheet.updateComplete;
    expect(sr.textContent).toContain('第2版');
    await userEvent.fill(page.getByLabelText(/^行うこと/).nth(2), '母の介護サービスの見直しと長男の同席');
    await userEvent.fill(page.getByLabelText(/^期限/).nth(2), '2025-10-31'); // an open action gets a new due date
    await rendered();
    expect(sr.textContent).toContain('行動3（変更）');
    await userEvent.fill(page.getByLabelText(/^次回モニタリング日/), '2025-12-10');
    expect(
      sheet
        .validate()
        .issues.filter((i) => i.severity === 'error')
        .map((i) => `${i.code} ${i.path.join('.')}`),
    ).toEqual([]);
    await submit();
    expect(submitted).toHaveLength(2);
    expect(submitted[1]).toMatchObject({ version: 2, previousVersionId: 'plan-v1', planDate: '2025-09-10' });
    expect(validateActionPlan(submitted[1], { today: '2025-09-10' }).ok).toBe(true);

    // Termination: refused without reason or anyone who carries on, accepted with both.
    await page.getByRole('radio', { name: '終結' }).click();
    await submit();
    await rendered();
    expect(submitted).toHaveLength(2);
    const summary = sr.querySelector('.error-summary')!.textContent!;
    expect(summary).toContain('終結日を入力してください。');
    expect(summary).toContain('終結の理由を選んでください。');
    await userEvent.fill(page.getByLabelText(/^終結日/), '2026-01-15');
    await page.getByLabelText(/^終結の理由/).selectOptions('主たる支援者が決まり、チームで対応できる');
    await submit();
    await rendered();
    expect(submitted).toHaveLength(2);
    expect(sr.querySelector('.error-summary')!.textContent).toContain('終結後も伴走する人・機関を1つ以上入力してください。');
    await press('伴走する人・機関を追加する');
    await userEvent.fill(page.getByLabelText(/^所属（機関・団体）/), '地域包括支援センター');
    await page.getByRole('checkbox', { name: '新たなチームリーダーとして引き継ぐ' }).click();
    await submit();
    await rendered();
    // The hand-off: whom to call if something changes (異変時連絡).
    expect(submitted).toHaveLength(2);
    expect(sr.querySelector('.error-summary')!.textContent).toContain('異変時の連絡先（機関）を入力してください。');
    await userEvent.fill(page.getByLabelText(/^異変時の連絡先（機関）/), '地域包括支援センター');
    await userEvent.fill(page.getByLabelText(/^異変時の連絡先（電話）/), '０１２０－１２３－４５６');
    await userEvent.keyboard('{Tab}');
    await submit();
    expect(submitted).toHaveLength(3);
    expect(submitted[2]!.termination).toEqual({
      date: '2026-01-15',
      reason: 'mainSupporterDecided',
      accompaniers: [{ id: expect.any(String), organization: '地域包括支援センター', formality: 'formal', leads: true }],
      contactOnChange: { organization: '地域包括支援センター', phone: '0120-123-456' },
    });
    expect(validateActionPlan(submitted[2], { today: '2026-01-15' }).ok).toBe(true);
  });
});

describe('live rule feedback', () => {
  const unassigned: ActionPlan = { ...dvFamilyPlan, actions: dvFamilyPlan.actions.filter((a) => a.ownerId !== 'a7') };

  it('lists an attendee without a role as a warning by default: the plan can be submitted', async () => {
    const { sheet, sr, submitted } = await planSheet('2025-04-09');
    sheet.value = unassigned;
    await sheet.updateComplete;
    expect(sr.textContent).toContain('注意：役割（行動）がまだない参加者：吉田 愛');
    await submit();
    expect(submitted).toHaveLength(1);
  });

  it("blocks it under a policy that requires 行動連携 (the docs' example town; 高島 encourages it: a warning)", async () => {
    const { sheet, sr, submitted } = await planSheet('2025-04-09');
    sheet.policy = EXAMPLE_TOWN_POLICY;
    sheet.value = unassigned;
    await sheet.updateComplete;
    expect(sr.textContent).toContain('＊役割（行動）がまだない参加者：吉田 愛');
    await submit();
    expect(submitted).toHaveLength(0);
    expect(sr.querySelector('.error-summary')!.textContent).toContain('役割（行動）がない参加者がいます。');
  });

  it('flags overdue actions and a past monitoring date relative to today', async () => {
    const { sheet, sr } = await planSheet('2025-05-20');
    sheet.value = dvFamilyPlan;
    await sheet.updateComplete;
    expect(sr.textContent).toContain('行動3（期限切れ）');
    expect(sr.textContent).toContain('モニタリング日を確認してください：次回モニタリング日を過ぎています。');
  });

  it('prints an overview of actions by owner and due date', async () => {
    const { sheet, sr } = await planSheet('2025-04-09');
    sheet.value = dvFamilyPlan;
    await sheet.updateComplete;
    const rows = [...sr.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toHaveLength(13);
    const owners = rows.map((r) => r[0]);
    expect([...owners].sort((a, b) => a!.localeCompare(b!, 'ja'))).toEqual(owners);
  });

  it('lists the actions nobody owns yet last in the overview; a new action is a row more at the end', async () => {
    const { sheet, sr } = await planSheet('2025-04-09');
    const unowned = {
      ...dvFamilyPlan.actions[1]!,
      id: 'x-unowned',
      ownerId: undefined,
      ownerOrganization: undefined,
      task: '担当の決まっていない行動',
      due: '2025-04-30',
    };
    sheet.value = { ...dvFamilyPlan, actions: [unowned, ...dvFamilyPlan.actions] };
    await sheet.updateComplete;
    const overview = () =>
      [...sr.querySelectorAll('section.no-print tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
    const before = overview();
    expect(before).toHaveLength(dvFamilyPlan.actions.length + 1);
    const owners = before.slice(0, -1).map((r) => r[0]!);
    expect([...owners].sort((a, b) => a.localeCompare(b, 'ja'))).toEqual(owners); // by owner
    expect(before.at(-1)!.slice(0, 2)).toEqual(['（担当未定）', '担当の決まっていない行動']);
    await page.getByRole('button', { name: '行動を追加する' }).click();
    await sheet.updateComplete;
    const after = overview();
    expect(after.slice(0, -1)).toEqual(before);
    expect(after.at(-1)!.slice(0, 2)).toEqual(['（担当未定）', '']);
  });

  it('brings the overview up to date when a typed task is left, and before printing', async () => {
    const { sheet, sr } = await planSheet('2025-04-09');
    sheet.value = dvFamilyPlan;
    await sheet.updateComplete;
    const overviewTasks = () => [...sr.querySelectorAll('tbody tr')].map((tr) => tr.querySelectorAll('td')[1]!.textContent);
    const task = page.getByLabelText(/^行うこと/).first();
    const before = sheet.value.actions[0]!.task!;
    // While typing, the overview keeps what it showed (it is not re-laid out on every keystroke)…
    await task.click();
    await userEvent.keyboard('（追記）');
    await sheet.updateComplete;
    expect(sheet.value.actions[0]!.task).toBe(`${before}（追記）`);
    expect(overviewTasks()).toContain(before);
    expect(overviewTasks()).not.toContain(`${before}（追記）`);
    // …and follows when the field is left with the keyboard.
    await userEvent.keyboard('{Tab}');
    await sheet.updateComplete;
    expect(overviewTasks()).toContain(`${before}（追記）`);
    // Printing while still in the field prints the current text, in the paper table of actions.
    await task.click();
    await userEvent.keyboard('！');
    window.dispatchEvent(new Event('beforeprint'));
    const paperTasks = () => [...sr.querySelectorAll('.paper-table tbody tr')].map((tr) => tr.querySelectorAll('td')[1]?.textContent);
    expect(paperTasks()).toContain(`${before}（追記）！`); // rendered before the browser lays out the page
    expect(sr.querySelectorAll('input, textarea, select')).toHaveLength(0);
    window.dispatchEvent(new Event('afterprint'));
    await sheet.updateComplete;
    expect(overviewTasks()).toContain(`${before}（追記）！`);
    // A value set by the page while a field has focus shows at once.
    await task.click();
    await userEvent.keyboard('x');
    sheet.value = { ...dvFamilyPlan, actions: [{ ...dvFamilyPlan.actions[0]!, task: '差し替え' }] };
    await sheet.updateComplete;
    expect(overviewTasks()).toEqual(['差し替え']);
  });

  it('edits a 200-action plan with the keyboard', async () => {
    const big: ActionPlan = {
      ...dvFamilyPlan,
      actions: Array.from({ length: 200 }, (_, i) => ({
        id: `b${i}`,
        ownerId: `a${(i % 12) + 1}`,
        task: `行動 ${i}`,
        due: '2025-06-30',
        status: 'notStarted' as const,
      })),
    };
    const { sheet } = await planSheet('2025-04-09');
    sheet.value = big;
    await sheet.updateComplete;
    // The 151st task field, found by its label's target: resolving a locator through 200 rows of shadow
    // DOM took most of this test's time on a busy machine. The user's part — typing — is the keyboard.
    const task = sheet.shadowRoot!.querySelector<HTMLTextAreaElement>('#f-actions-150-task')!;
    expect(sheet.shadowRoot!.querySelector(`label[for="${task.id}"]`)!.textContent).toMatch(/^行うこと/);
    task.focus();
    task.setSelectionRange(task.value.length, task.value.length);
    await userEvent.keyboard('を確認');
    expect(sheet.value.actions[150]!.task).toBe('行動 150を確認');
    expect(sheet.shadowRoot!.querySelectorAll('.row').length).toBeGreaterThanOrEqual(200);
  }, 60_000); // rendering 200 rows while two other browsers run tests can take a while on two cores
});

describe('required marks follow the policy', () => {
  it('marks a due date 必須 only where the policy makes a missing one block the submit', async () => {
    const { sheet } = await planSheet('2025-04-09');
    sheet.value = dvFamilyPlan;
    await sheet.updateComplete;
    const due = page.getByLabelText(/^期限/).first();
    await expect.element(due).toHaveAttribute('aria-required', 'true');
    expect(due.element().closest('.field')!.textContent).toContain('※必須');

    sheet.policy = { id: 'due-advised', name: { ja: '例', en: 'Example' }, rules: { 'action.dueRequired': 'warning' } };
    await sheet.updateComplete;
    await expect.element(due).not.toHaveAttribute('aria-required');
    expect(due.element().closest('.field')!.textContent).not.toContain('※必須');
    // And the sheet agrees with the mark: a plan with an action without a due date can be submitted.
    sheet.value = { ...dvFamilyPlan, actions: dvFamilyPlan.actions.map((a, i) => (i === 0 ? { ...a, due: undefined } : a)) };
    await sheet.updateComplete;
    expect(sheet.checkValidity()).toBe(true);
  });
});

describe('flags follow the policy', () => {
  it('shows no overdue flag when a policy switches action.overdue off', async () => {
    const { sheet, sr } = await planSheet('2025-05-20');
    sheet.value = dvFamilyPlan;
    await sheet.updateComplete;
    expect(sr.textContent).toContain('（期限切れ）');
    sheet.policy = { id: 'no-overdue', name: { ja: '例', en: 'Example' }, rules: { 'action.overdue': 'off' } };
    await sheet.updateComplete;
    expect(sr.textContent).not.toContain('（期限切れ）');
  });
});

describe('closure as 盛岡 practises it (#14)', () => {
  const closed = (): ActionPlan => structuredClone(case8050.plans[1]!);

  it("asks for the meeting that decided the closure and offers the case's meetings", async () => {
    const { sheet, submitted } = await planSheet('2026-01-20');
    sheet.policy = MORIOKA_EXAMPLE_POLICY;
    sheet.meetings = case8050.meetings.map((m) => ({ id: m.id!, date: m.meeting.date }));
    const plan = closed();
    delete plan.termination!.decidedInMeetingId;
    sheet.value = plan;
    await sheet.updateComplete;
    expect(sheet.checkValidity()).toBe(false);
    await page.getByLabelText(/^終結を決めた会議/).selectOptions('会議（2026-01-15）');
    await rendered();
    await submit();
    await rendered();
    expect(submitted.at(-1)?.termination?.decidedInMeetingId).toBe('mtg-2026-003');
  });

  it("refuses the coordinator's own office as the one that carries on", async () => {
    const { sheet, sr } = await planSheet('2026-01-20');
    sheet.policy = MORIOKA_EXAMPLE_POLICY;
    sheet.value = closed();
    await sheet.updateComplete;
    expect(sheet.checkValidity()).toBe(true);
    await userEvent.fill(page.getByLabelText(/^所属（機関・団体）/), '多機関協働事業');
    await rendered();
    expect(sheet.checkValidity()).toBe(false);
    await submit();
    await rendered();
    expect(sr.textContent).toContain('終結後は、コーディネーター（多機関協働事業者）以外の関係機関が支援を引き継ぎます。');
  });

  it('does not require a due date of ongoing 見守り or informal support, and says why it helps', async () => {
    const { sheet } = await planSheet('2025-04-09');
    sheet.value = {
      ...dvFamilyPlan,
      actions: dvFamilyPlan.actions.map((a) => (a.id === 'x13' ? { ...a, due: undefined } : a)) as ActionPlan['actions'],
    };
    await sheet.updateComplete;
    expect(sheet.checkValidity()).toBe(true);
    expect(sheet.validate().issues.find((i) => i.code === 'action.dueRequiredOngoing')?.severity).toBe('warning');
  });
});

describe('<tsunagu-action-plan-sheet>: two roles (#32)', () => {
  it("盛岡: with consent 社協 leads the team and 障害福祉課 acts — both recorded, and 盛岡's rule is met", async () => {
    const { sheet, submitted } = await planSheet('2025-04-09');
    sheet.policy = MORIOKA_EXAMPLE_POLICY;
    sheet.value = { ...dvFamilyPlan, team: { coordinatorRole: '会議の開催と進行管理' } };
    await sheet.updateComplete;
    // The team leader: 社協, the coordinator's office in 盛岡 (seed 001 l.436–438).
    await page.getByLabelText(/^チームリーダー（進捗を確認する人）/).selectOptions('大川 ひかり（社会福祉協議会）');
    await page.getByRole('checkbox', { name: /^チームリーダーはコーディネーター/ }).click();
    // The main supporter: 障害福祉課, the agency that acts.
    await page.getByLabelText(/^主たる支援者（支援の主体となる機関）/).selectOptions('中村 優（障害福祉課（精神保健福祉士））');
    await rendered();
    const codes = sheet.validate().issues.map((i) => i.code);
    expect(codes).not.toContain('plan.leadByConsent');
    expect(codes).not.toContain('plan.mainSupporterRequired');
    await submit();
    expect(submitted.at(-1)!.team).toMatchObject({ leadId: 'a2', leadIsCoordinator: true, mainSupporterId: 'a4' });
    expect(submitted.at(-1)!.team!.mainSupporterIsCoordinator).not.toBe(true);
  });
});

/** The family's plan being closed by a coordinator for a reason: 終結, its date, the reason chosen. */
async function closing(reason: string) {
  const opened = await planSheet('2026-01-15');
  opened.sheet.value = dvFamilyPlan;
  await opened.sheet.updateComplete;
  await page.getByRole('radio', { name: '終結' }).click();
  await userEvent.fill(page.getByLabelText(/^終結日/), '2026-01-15');
  await page.getByLabelText(/^終結の理由/).selectOptions(reason);
  await rendered();
  return opened;
}
/** The heading of the accompaniers' list, as read: with its 必須 mark when the list is asked for. */
const accompaniersHeading = () =>
  page
    .getByRole('group', { name: /^終結後も伴走する人・機関/ })
    .element()
    .querySelector('h3')!.textContent;

describe('<tsunagu-action-plan-sheet>: closure for 「一定期間関与がない」 (#32)', () => {
  it('closes with no one carrying on and no 異変時連絡 asked: nobody necessarily carries on (氷見, seed 001 l.1502)', async () => {
    const { sr, submitted } = await closing('一定期間関与がない');
    // Neither is marked required for this reason.
    expect(accompaniersHeading()).not.toContain('※必須');
    expect(
      page
        .getByLabelText(/^異変時の連絡先（機関）/)
        .element()
        .closest('.field')!.textContent,
    ).not.toContain('※必須');
    await submit();
    await rendered();
    expect(sr.querySelector('.error-summary')).toBeNull();
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.termination).toEqual({ date: '2026-01-15', reason: 'noInvolvement' });
    const codes = validateActionPlan(submitted[0], { today: '2026-01-15' }).issues.map((i) => i.code);
    expect(codes).not.toContain('termination.successorRequired');
    expect(codes).not.toContain('termination.handOffRequired');
  });
});

describe('<tsunagu-action-plan-sheet>: closure handing over to the community (#32)', () => {
  it('hands over to an agency that leads and a 民生委員, both reporting back, with the keyboard (seed 001 l.692–694; 003 l.548–552)', async () => {
    const { sheet, sr, submitted } = await closing('主たる支援者が決まり、チームで対応できる');
    // Asked for: someone who keeps accompanying.
    expect(accompaniersHeading()).toContain('※必須');
    // The agency that takes the case on, and reports back.
    await press('伴走する人・機関を追加する');
    const first = page.getByRole('group', { name: '伴走1' });
    await userEvent.fill(first.getByLabelText(/^所属（機関・団体）/), '地域包括支援センター');
    await userEvent.fill(first.getByLabelText(/^役割/), '主たる支援者として母子の生活を見守る。');
    await first.getByRole('checkbox', { name: '新たなチームリーダーとして引き継ぐ' }).click();
    await first.getByRole('checkbox', { name: '経過を報告する' }).click();
    // The 民生委員, informal, who calls once a month and tells the centre how things go.
    await press('伴走する人・機関を追加する');
    const second = page.getByRole('group', { name: '伴走2' });
    await userEvent.fill(second.getByLabelText(/^所属（機関・団体）/), '民生委員');
    await userEvent.fill(second.getByLabelText(/^氏名/), '大野 清');
    await second.getByRole('radio', { name: 'インフォーマル' }).click();
    await userEvent.fill(second.getByLabelText(/^役割/), '月1回の声かけ');
    (second.getByRole('checkbox', { name: '経過を報告する' }).element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    await userEvent.fill(page.getByLabelText(/^異変時の連絡先（機関）/), '地域包括支援センター');
    await userEvent.keyboard('{Tab}');
    await submit();
    await rendered();
    expect(sr.querySelector('.error-summary')).toBeNull();
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.termination!.accompaniers).toEqual([
      {
        id: expect.any(String),
        organization: '地域包括支援センター',
        formality: 'formal',
        role: '主たる支援者として母子の生活を見守る。',
        leads: true,
        reportsBack: true,
      },
      {
        id: expect.any(String),
        organization: '民生委員',
        name: '大野 清',
        formality: 'informal',
        role: '月1回の声かけ',
        reportsBack: true,
      },
    ]);
    expect(validateActionPlan(submitted[0], { today: '2026-01-15' }).issues.filter((i) => i.severity === 'error')).toEqual([]);
    // On paper: one line each, who leads and who reports back said in words.
    sheet.mode = 'print';
    await sheet.updateComplete;
    const table = [...sr.querySelectorAll('.paper-table')].find((t) => t.textContent!.includes('大野 清'))!;
    expect(table.textContent).toContain('地域包括支援センター（チームリーダー、経過報告）');
    expect(table.textContent).toContain('インフォーマル');
  });

  it("refuses an accompanier with neither a group nor a name, at its field, with the rule's message", async () => {
    const { sheet, sr, submitted } = await planSheet('2026-01-15');
    sheet.value = {
      ...dvFamilyPlan,
      status: 'terminated',
      termination: {
        date: '2026-01-15',
        reason: 'mainSupporterDecided',
        accompaniers: [{ id: 'acc-1', formality: 'informal', role: '見守り' }],
        contactOnChange: { organization: '地域包括支援センター' },
      },
    };
    await sheet.updateComplete;
    await submit();
    await rendered();
    expect(submitted).toHaveLength(0);
    expect(sr.querySelector('.error-summary')!.textContent).toContain('伴走する人の所属（機関・団体）か氏名を入力してください。');
    await userEvent.fill(page.getByRole('group', { name: '伴走1' }).getByLabelText(/^氏名/), '近所の田村さん');
    await submit();
    expect(submitted).toHaveLength(1);
  });
});

describe('<tsunagu-action-plan-sheet>: monitoring by whom, and each action at each review (#32)', () => {
  it("names who monitors, and records a review with two actions' results, with the keyboard", async () => {
    const { sheet, sr, submitted } = await planSheet('2025-12-10');
    const running = case8050.plans[0]!;
    sheet.value = { ...running, monitoring: { nextDate: '2025-12-10' } };
    await sheet.updateComplete;
    // Nobody monitors yet: a warning at the field.
    expect(sheet.validate().issues.map((i) => `${i.code} ${i.path.join('.')}`)).toContain('plan.monitorRequired monitoring.byId');
    await page.getByLabelText(/^モニタリングをする人/).selectOptions('b1');
    await press('記録を追加する');
    const review = page.getByRole('group', { name: '記録1' });
    await userEvent.fill(review.getByLabelText(/^確認した機関/), '多機関協働事業');
    await press('行動の結果を追加する');
    const first = page.getByRole('group', { name: '結果1' });
    await first.getByLabelText(/^行動(?!の|ご)/).selectOptions('母の介護サービスの見直し');
    await first.getByLabelText(/^状況/).selectOptions('完了');
    await userEvent.fill(first.getByLabelText(/^結果(?!\d)/), 'デイサービスを週2回に増やした。');
    await press('行動の結果を追加する');
    const second = page.getByRole('group', { name: '結果2' });
    await second.getByLabelText(/^行動(?!の|ご)/).selectOptions('長男への手紙による関わり');
    await second.getByLabelText(/^状況/).selectOptions('実施中');
    await submit();
    await rendered();
    expect(sheet.validate().issues.filter((x) => x.severity === 'error')).toEqual([]);
    expect(sr.querySelector('.error-summary')).toBeNull();
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.monitoring).toEqual({
      nextDate: '2025-12-10',
      byId: 'b1',
      records: [
        {
          date: '2025-12-10',
          by: { organization: '多機関協働事業' },
          actionResults: [
            { actionId: 'y2', status: 'done', result: 'デイサービスを週2回に増やした。' },
            { actionId: 'y3', status: 'inProgress' },
          ],
        },
      ],
    });
    expect(validateActionPlan(submitted[0], { today: '2025-12-10' }).issues.map((i) => i.code)).not.toContain('plan.monitorRequired');
    // On paper, one row for the review, each action's result in words.
    sheet.mode = 'print';
    await sheet.updateComplete;
    const table = [...sr.querySelectorAll('.paper-table')].find((t) => t.textContent!.includes('行動ごとの結果'))!;
    expect(table.textContent).toContain('母の介護サービスの見直し（完了、デイサービスを週2回に増やした。）');
  });
});
