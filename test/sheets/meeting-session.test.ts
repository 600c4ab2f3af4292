import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { buildReport, validate, type Case, type MeetingSession } from '@tsunagu/core';
import '@tsunagu/sheets/meeting-session';
import type { TsunaguMeetingSession } from '@tsunagu/sheets';
import {
  mixedSession,
  mixedSessionCases,
  noConsentSession,
  sessionCaseNoConsent,
  sessionCases,
  threeCaseSession,
} from '../fixtures/sessions';
import { cleanup, deepActiveElement, expectNoAxeViolations, mount, rendered } from './helpers';
import { conformance } from './conformance';

afterEach(cleanup);

const cases = [...sessionCases, sessionCaseNoConsent];

async function sessionSheet(value?: MeetingSession, given: readonly Case[] = cases) {
  const submitted: MeetingSession[] = [];
  const root = await mount((r) => {
    const el = document.createElement('tsunagu-meeting-session');
    el.setAttribute('today', '2025-07-31');
    el.cases = given;
    if (value) el.value = value;
    el.addEventListener('tsunagu-submit', (e) => submitted.push(structuredClone(e.detail.value as MeetingSession)));
    r.append(el);
  });
  const el = root.querySelector('tsunagu-meeting-session') as TsunaguMeetingSession;
  return { el, submitted, sr: el.shadowRoot! };
}

/** Presses a button by its name with the keyboard: focus, then Enter. */
async function press(name: string | RegExp) {
  (page.getByRole('button', { name }).element() as HTMLElement).focus();
  await userEvent.keyboard('{Enter}');
  await rendered();
}

describe('<tsunagu-meeting-session>: a session of three cases', () => {
  it('reads a time as people write it, shows it as HH:MM once left, and says what a time looks like', async () => {
    const { sr } = await sessionSheet();
    const start = page.getByLabelText(/^開始時刻/);
    await userEvent.click(start);
    await userEvent.keyboard('午後2時');
    await userEvent.keyboard('{Tab}');
    await rendered();
    expect((start.element() as HTMLInputElement).value).toBe('14:00');
    const end = page.getByLabelText(/^終了時刻/);
    await userEvent.click(end);
    await userEvent.keyboard('1時間');
    await userEvent.keyboard('{Tab}');
    await rendered();
    // The text is kept, and the message is about a time, not a code.
    expect((end.element() as HTMLInputElement).value).toBe('1時間');
    expect(sr.textContent).toContain('時刻は「14:30」「14時30分」「午後2時」のように入力してください。');
    expect(sr.textContent).not.toContain('コード');
  });

  it('is built with the keyboard: kind, date, who is invited and replied, three cases in order, the minutes sent to', async () => {
    const { el, submitted, sr } = await sessionSheet();
    await page.getByRole('radio', { name: '重層的支援会議' }).click();
    await userEvent.fill(page.getByLabelText(/^会議の名称/), 'よりそい会議');
    await userEvent.fill(page.getByLabelText(/^開催日/), '令和7年7月10日');
    // Times as people write them (issue #31): stored as HH:MM.
    await userEvent.fill(page.getByLabelText(/^開始時刻/), '午後1時30分');
    await userEvent.fill(page.getByLabelText(/^終了時刻/), '1500');
    // Everyone in the three discussions, invited; one sends a proxy.
    const people = threeCaseSession.invitations.filter((i) => i.reply === 'attending');
    for (const [n, p] of people.entries()) {
      await press('招集する人を追加する');
      expect(deepActiveElement()?.textContent).toBe(`招集${n + 1}`); // focus on the new row
      await userEvent.fill(page.getByLabelText(/^氏名/).nth(n), p.name);
      await userEvent.fill(page.getByLabelText(/^所属機関/).nth(n), p.organization);
      await page
        .getByLabelText(/^出欠/)
        .nth(n)
        .selectOptions(n === 2 ? '代理出席' : '出席');
    }
    await userEvent.fill(page.getByLabelText(/^代理で出席する人/), '岡田 玲の同僚');
    await page.getByLabelText(/^進行役/).selectOptions(`${people[0]!.name}（${people[0]!.organization}）`);
    // Three cases in order, each with its discussion.
    for (const [n, item] of threeCaseSession.agenda.entries()) {
      await press('事例を追加する');
      await page
        .getByLabelText(/^ケース/)
        .nth(n)
        .selectOptions(item.caseId);
      await page
        .getByLabelText(/^この事例の支援共有シート/)
        .nth(n)
        .selectOptions(item.supportSharingId!);
      await userEvent.fill(page.getByLabelText(/^時間（分）/).nth(n), String(item.minutes));
    }
    expect(sr.textContent).toContain('合計 90分（会議の時間 90分）');
    await page
      .getByRole('group', { name: /^すべての事例の議事録・計画の送付先/ })
      .getByRole('checkbox', { name: new RegExp(`^${people[0]!.name}`) })
      .click();
    await press('送信する');
    expect(submitted).toHaveLength(1);
    const s = { ...submitted[0]!, id: 'ses-2025-07-10' };
    expect(s).toMatchObject({ legalKind: 'juusou', localName: 'よりそい会議', date: '2025-07-10', startTime: '13:30', endTime: '15:00' });
    expect(s.agenda.map((a) => a.caseId)).toEqual(threeCaseSession.agenda.map((a) => a.caseId));
    expect(s.invitations.map((i) => i.reply)).toEqual(people.map((_, n) => (n === 2 ? 'proxy' : 'attending')));
    // The session validates with its cases; the report counts it once.
    expect(validate('meetingSession', s, { today: '2025-07-31', cases }).issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(buildReport(sessionCases, { sessions: [s] }).months.find((m) => m.month === '2025-07')).toMatchObject({
      juusouMeetings: 1,
      sessions: 1,
      casesDiscussed: 3,
    });
    expect(el.value.minutesTo).toEqual([submitted[0]!.invitations[0]!.id]);
  });

  it('flags personal data in an outline for the invitation mail (米子), by kind and count, never the text (#37)', async () => {
    const { el, sr } = await sessionSheet(threeCaseSession);
    const outline = page.getByLabelText(/^一斉メールに載せる概要/).first();
    await userEvent.fill(outline, '高橋キヨさん（080-1234-5678）と50代の子の世帯。');
    await rendered();
    await expect
      .poll(() => sr.querySelector('.warning-summary[role="status"]')?.textContent ?? '')
      .toContain('2か所あります（氏名、電話番号）');
    expect(sr.querySelector('.warning-summary[role="status"]')!.textContent).not.toContain('080');
    await userEvent.fill(outline, '80代の方と50代の子の世帯。ごみ出しと通院に困っている。');
    await rendered();
    expect(sr.querySelector('.warning-summary[role="status"]')).toBeNull();
    expect(el.value.agenda[0]!.outline).toBe('80代の方と50代の子の世帯。ごみ出しと通院に困っている。');
  });

  it("refuses a case without consent on a 重層的支援会議 agenda, at its row, with the rule's message", async () => {
    const { el, sr } = await sessionSheet(threeCaseSession);
    await press('事例を追加する');
    await page
      .getByLabelText(/^ケース/)
      .nth(3)
      .selectOptions(sessionCaseNoConsent.id);
    await press('送信する');
    expect(
      el
        .validate()
        .issues.filter((i) => i.severity === 'error')
        .map((i) => i.code),
    ).toEqual(['session.consent']);
    expect(sr.querySelector('.error-summary')!.textContent).toContain('本人同意がないため、重層的支援会議では検討できません');
    expect(deepActiveElement()?.id).toBe('error-summary');
  });

  it('shows the case whose turn it is in the meeting room, with its purpose', async () => {
    const { el, sr } = await sessionSheet(threeCaseSession);
    el.meetingRoom = true;
    await rendered();
    const turn = () => sr.querySelector('.turn')!.textContent!;
    expect(turn()).toContain('事例 1 / 3：高橋 キヨ');
    expect(turn()).toContain(sessionCases[0]!.meetings[1]!.purpose!);
    await press('次の事例へ');
    expect(turn()).toContain('事例 2 / 3：青木 美咲');
    expect(turn()).toContain('時間：30分');
    await expectNoAxeViolations(el);
  });

  it('is accessible as a 支援会議 with its confidentiality boxes, and in English', async () => {
    const { el } = await sessionSheet(noConsentSession);
    await expectNoAxeViolations(el);
    el.setAttribute('lang', 'en');
    await rendered();
    expect(el.shadowRoot!.querySelector('h2')!.textContent).toContain('Meeting session');
    await expectNoAxeViolations(el);
  });
});

// The same form conformance as every sheet.
conformance({
  tag: 'tsunagu-meeting-session',
  filled: { ...noConsentSession, localName: 'さかまる会議' },
  textLabel: /^会議の名称/,
  textPath: ['localName'],
  title: { ja: '会議の開催', en: 'Meeting session' },
  today: '2025-07-31',
  keyboardPath: [
    { tabTo: /^招集する人を追加する$/ },
    { key: '{Enter}' },
    { tabTo: /^氏名/ },
    { type: '前田 浩' },
    { tabTo: /^所属機関/ },
    { type: '多機関協働事業' },
    { tabTo: /^事例を追加する$/ },
    { key: '{Enter}' },
    { tabTo: /^ケース/ },
    { type: 'case-2025-014' },
    { tabTo: /^送信する$/ },
    { key: '{Enter}' },
  ],
});

describe('<tsunagu-meeting-session>: minutes stay inside the circle (#32)', () => {
  it('offers as recipients only those who took part and, in a 支援会議, acknowledged confidentiality; the core refuses anyone else', async () => {
    const session: MeetingSession = {
      ...noConsentSession,
      invitations: [
        ...noConsentSession.invitations.map((i, n) => (n === 1 ? { ...i, confidentialityAcknowledged: false } : i)),
        { id: 'z1', name: '欠席 太郎', organization: '架空市住宅政策課', role: 'participant', reply: 'absent' },
      ],
    };
    const { el } = await sessionSheet(session);
    const offered = [
      ...page
        .getByRole('group', { name: /^すべての事例の議事録・計画の送付先/ })
        .getByRole('checkbox')
        .elements(),
    ].map((c) => c.closest('label')!.textContent!.trim());
    const circle = session.invitations.filter((i, n) => n !== 1 && i.reply !== 'absent');
    expect(offered).toEqual(circle.map((i) => `${i.name}（${i.organization}）`));
    // A recipient set by the page from outside the circle is refused at its place.
    el.value = { ...session, minutesTo: ['z1'] };
    await el.updateComplete;
    expect(
      el
        .validate()
        .issues.filter((i) => i.code === 'session.minutesCircle')
        .map((i) => i.path.join('.')),
    ).toEqual(['minutesTo.0']);
  });
});

describe('<tsunagu-meeting-session>: a session without cases (#32)', () => {
  it("records 盛岡's まるごと推進会議, a 重層的支援会議 with no case, and the report counts it as a session", async () => {
    const { submitted } = await sessionSheet();
    await page.getByRole('radio', { name: '重層的支援会議' }).click();
    await userEvent.fill(page.getByLabelText(/^会議の名称/), 'まるごと推進会議');
    await userEvent.fill(page.getByLabelText(/^開催日/), '令和7年11月20日');
    await press('招集する人を追加する');
    await userEvent.fill(page.getByLabelText(/^氏名/).nth(0), '前田 浩');
    await userEvent.fill(page.getByLabelText(/^所属機関/).nth(0), '多機関協働事業');
    await page.getByLabelText(/^出欠/).nth(0).selectOptions('出席');
    // Without a purpose, a session with no case is refused: it would be a case meeting with nothing on it.
    await press('送信する');
    expect(submitted).toHaveLength(0);
    await page.getByLabelText(/^会議の目的/).selectOptions('推進会議（事業の評価・資源の開発）');
    await press('送信する');
    expect(submitted).toHaveLength(1);
    const s = { ...submitted[0]!, id: 'ses-2025-11-20' };
    expect(s).toMatchObject({ legalKind: 'juusou', localName: 'まるごと推進会議', sessionPurpose: 'promotion', agenda: [] });
    const month = buildReport([], { sessions: [s] }).months.find((m) => m.month === '2025-11')!;
    expect(month.sessions).toBe(1);
    expect(month.casesDiscussed).toBe(0);
  });
});

describe("<tsunagu-meeting-session>: 米子's mixed session, minutes per case (#32)", () => {
  it("discusses two cases as 重層的支援会議 and one as 支援会議, sends each case's minutes to its own circle, and refuses one outside it", async () => {
    // The agenda as the coordinator set it up: three cases, the session a 重層的支援会議, nothing per case yet.
    const start: MeetingSession = {
      ...mixedSession,
      agenda: mixedSession.agenda.map(({ caseId, supportSharingId, minutes }) => ({ caseId, supportSharingId, minutes })),
    };
    const { el, submitted, sr } = await sessionSheet(start, mixedSessionCases);
    // The hoarded house has no consent: refused as a 重層的支援会議, at its row.
    await press('送信する');
    expect(submitted).toHaveLength(0);
    expect(sr.querySelector('.error-summary')!.textContent).toContain('支援会議で検討してください');
    // Its kind, chosen for that case alone (米子: 本人同意の有無で, seed 001 l.2246).
    await page
      .getByLabelText(/^この事例の会議の種類/)
      .nth(2)
      .selectOptions('支援会議');
    // Only those who sat for it: the facilitator and the one who knows the house.
    const sat = page.getByRole('group', { name: /^この事例の検討に出席した人/ }).nth(2);
    const name = (id: string) => mixedSession.invitations.find((i) => i.id === id)!.name;
    for (const id of ['b1', 'i2']) await sat.getByRole('checkbox', { name: new RegExp(`^${name(id)}`) }).click();
    // Its minutes: offered only to its circle — 地域包括 (b2), who sat for the 8050 case only, is not offered.
    const to = page.getByRole('group', { name: /^この事例の議事録・計画の送付先/ }).nth(2);
    const offered = [...to.getByRole('checkbox').elements()].map((c) => c.closest('label')!.textContent!.trim());
    expect(offered).toEqual(['b1', 'i2'].map((id) => expect.stringContaining(name(id))));
    expect(offered.join()).not.toContain(name('b2'));
    for (const id of ['b1', 'i2']) await to.getByRole('checkbox', { name: new RegExp(`^${name(id)}`) }).click();
    // The 8050 case's minutes to its own team.
    const to8050 = page.getByRole('group', { name: /^この事例の議事録・計画の送付先/ }).nth(0);
    await to8050.getByRole('checkbox', { name: new RegExp(`^${name('b2')}`) }).click();
    await press('送信する');
    expect(submitted).toHaveLength(1);
    const s = submitted[0]!;
    expect(s.agenda.map((a) => a.legalKind)).toEqual([undefined, undefined, 'shien']);
    expect(s.agenda[2]).toMatchObject({ attendeeIds: ['b1', 'i2'], minutesTo: ['b1', 'i2'] });
    expect(s.agenda[0]!.minutesTo).toEqual(['b2']);
    // One session, held as both kinds, whatever order the cases come in.
    for (const order of [mixedSessionCases, [...mixedSessionCases].reverse()])
      expect(buildReport(order, { sessions: [s] }).months.find((m) => m.month === '2025-07')).toMatchObject({
        sessions: 1,
        juusouMeetings: 1,
        shienMeetings: 1,
        casesDiscussed: 3,
      });
    // A recipient set by the page outside that case's circle is refused at its place, with the rule's message.
    el.value = { ...s, agenda: s.agenda.map((a, n) => (n === 2 ? { ...a, minutesTo: [...a.minutesTo!, 'b2'] } : a)) };
    await el.updateComplete;
    await press('送信する');
    expect(submitted).toHaveLength(1);
    expect(
      el
        .validate()
        .issues.filter((i) => i.severity === 'error')
        .map((i) => `${i.code} ${i.path.join('.')}`),
    ).toEqual(['session.minutesCircle agenda.2.minutesTo.2']);
    expect(sr.querySelector('.error-summary')!.textContent).toContain('その事例の検討に出席し');
  });
});
