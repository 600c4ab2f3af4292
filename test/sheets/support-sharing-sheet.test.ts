import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  DEFAULT_POLICY,
  MORIOKA_EXAMPLE_POLICY,
  SAKAI_EXAMPLE_POLICY,
  TAKASHIMA_EXAMPLE_POLICY,
  YONAGO_EXAMPLE_POLICY,
  validateSupportSharing,
  type SupportSharing,
} from '@tsunagu/core';
import '@tsunagu/sheets/support-sharing-sheet';
import type { TsunaguSupportSharingSheet } from '@tsunagu/sheets';
import { dvFamilyMeeting } from '../fixtures/households';
import { cleanup, mount, rendered } from './helpers';
import { conformance } from './conformance';

afterEach(cleanup);

// The form-associated element's contract, shared by every sheet (conformance.ts).
conformance({
  tag: 'tsunagu-support-sharing-sheet',
  filled: dvFamilyMeeting,
  textLabel: /^会議の目的/,
  textPath: ['purpose'],
  title: { ja: '支援共有シート', en: 'Support-sharing sheet' },
  today: '2025-04-09',
  keyboardPath: [
    { tabTo: /^会議の目的/ },
    { type: '世帯の状況を共有する。' },
    { tabTo: /^未確認/ },
    { key: '{ArrowLeft}' },
    { tabTo: /^送信する$/ },
    { key: '{Enter}' },
  ],
});

async function meetingSheet(attrs: Record<string, string> = {}) {
  const submitted: SupportSharing[] = [];
  const root = await mount((r) => {
    const el = document.createElement('tsunagu-support-sharing-sheet');
    el.setAttribute('today', '2025-07-10');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.addEventListener('tsunagu-submit', (e) => submitted.push(e.detail.value as SupportSharing));
    r.append(el);
  });
  const sheet = root.querySelector('tsunagu-support-sharing-sheet') as TsunaguSupportSharingSheet;
  return { sheet, submitted, sr: sheet.shadowRoot! };
}

const people = [
  ['前田 浩', '多機関協働事業', '司会'],
  ['石井 由美', '地域包括支援センター', '事例提供者'],
  ['岡田 玲', 'ひきこもり地域支援センター', '参加者'],
  ['小川 誠', '生活保護担当', '参加者'],
  ['民生委員 田村', '南地区民生委員', '記録'],
] as const;

describe('<tsunagu-support-sharing-sheet> as a recorder fills it in the meeting', () => {
  it('records five attendees, is told why 重層的支援会議 needs consent, switches to 支援会議 and submits', async () => {
    const { sheet, submitted, sr } = await meetingSheet();
    await userEvent.fill(page.getByLabelText(/^会議の目的/), '世帯の状況を共有し、長男への関わり方を考える。');
    for (const [i, [name, org, role]] of people.entries()) {
      await page.getByRole('button', { name: '参加者を追加する' }).click();
      await userEvent.fill(page.getByLabelText(/^氏名/).nth(i), name);
      await userEvent.fill(page.getByLabelText(/^所属機関/).nth(i), org);
      await page
        .getByLabelText(/^会議での役割/)
        .nth(i)
        .selectOptions(role);
    }
    await page.getByRole('radio', { name: '同意なし' }).click();
    await userEvent.fill(page.getByLabelText(/^同意を確認した日/), '2025-05-19');

    // Choosing 重層的支援会議 without consent: the sheet says why and offers 支援会議.
    await page.getByRole('radio', { name: /^重層的支援会議/ }).click();
    await rendered();
    expect(sr.textContent).toContain('重層的支援会議は、会議の日に本人同意（情報の提供と収集の両方）がある場合にだけ開催できます。');
    expect(sheet.checkValidity()).toBe(false);
    await page.getByRole('button', { name: '支援会議として開催する' }).click();
    expect(sheet.value.meeting.legalKind).toBe('shien');

    // A 支援会議 asks every attendee's confidentiality acknowledgement.
    await rendered();
    expect(sr.textContent).toContain('守秘義務の確認がまだの参加者：前田 浩、石井 由美、岡田 玲、小川 誠、民生委員 田村');
    const acks = page.getByRole('checkbox', { name: /^守秘義務を確認した/ });
    for (let i = 0; i < 5; i++) await acks.nth(i).click();
    await page.getByRole('button', { name: '送信する' }).click();

    expect(submitted).toHaveLength(1);
    const doc = submitted[0]!;
    expect(validateSupportSharing(doc, { today: '2025-07-10' }).ok).toBe(true);
    expect(doc.meeting).toMatchObject({ legalKind: 'shien', date: '2025-07-10' });
    expect(doc.attendees.map((a) => [a.name, a.role, a.confidentialityAcknowledged])).toEqual([
      ['前田 浩', 'facilitator', true],
      ['石井 由美', 'presenter', true],
      ['岡田 玲', 'participant', true],
      ['小川 誠', 'participant', true],
      ['民生委員 田村', 'recorder', true],
    ]);
    expect(new Set(doc.attendees.map((a) => a.id)).size).toBe(5);
  });

  it('accepts a meeting time typed with full-width digits', async () => {
    const { sheet } = await meetingSheet();
    await userEvent.fill(page.getByLabelText(/^開始時刻/), '１４：００');
    await userEvent.fill(page.getByLabelText(/^終了時刻/), '9:30');
    expect(sheet.value.meeting.startTime).toBe('14:00');
    expect(sheet.value.meeting.endTime).toBe('09:30');
    expect(sheet.validate().issues.map((i) => i.code)).toContain('meeting.timeOrder');
  });
});

describe('consent and facilitator rules under three policies', () => {
  it.each([
    ['national defaults', DEFAULT_POLICY, false],
    ['Takashima example', TAKASHIMA_EXAMPLE_POLICY, false],
    ['Morioka example', MORIOKA_EXAMPLE_POLICY, true],
  ] as const)('%s: choosing 支援会議 while consent is given suggests 重層的支援会議: %s (never blocking)', async (_, policy, suggested) => {
    const { sheet, sr } = await meetingSheet();
    sheet.policy = policy;
    sheet.value = dvFamilyMeeting; // 重層的支援会議, consent given
    await sheet.updateComplete;
    await page.getByRole('radio', { name: /^支援会議/ }).click();
    await rendered();
    expect(sheet.value.meeting.legalKind).toBe('shien');
    expect(sr.textContent?.includes('本人同意があるため、重層的支援会議として開催できます。')).toBe(suggested);
    expect(sheet.checkValidity()).toBe(true);
  });

  // Facilitator independence is 高島's practice, not a national rule (seed 001 l.745; 米子 l.2263).
  it.each([
    ['national defaults', DEFAULT_POLICY, false],
    ['Morioka example', MORIOKA_EXAMPLE_POLICY, false],
    ['Yonago example', YONAGO_EXAMPLE_POLICY, false],
    ['Takashima example', TAKASHIMA_EXAMPLE_POLICY, true],
  ] as const)('%s: marking the facilitator as directly involved is refused: %s', async (_, policy, refused) => {
    const { sheet, sr } = await meetingSheet();
    sheet.policy = policy;
    sheet.value = dvFamilyMeeting;
    await sheet.updateComplete;
    await page.getByRole('checkbox', { name: 'このケースに直接関わっている' }).first().click();
    await rendered();
    expect(sr.textContent?.includes('司会者がこのケースに直接関わっています。')).toBe(refused);
    expect(sheet.checkValidity()).toBe(!refused);
  });

  it('keeps the legal kind apart from the local meeting name (盛岡: よりそい会議 is the 重層的支援会議)', async () => {
    const { sheet } = await meetingSheet();
    sheet.policy = MORIOKA_EXAMPLE_POLICY;
    await sheet.updateComplete;
    await expect.element(page.getByRole('radio', { name: '重層的支援会議（よりそい会議）' })).toBeVisible();
    await expect.element(page.getByRole('radio', { name: '支援会議', exact: true })).toBeVisible();
    await page.getByRole('radio', { name: '重層的支援会議（よりそい会議）' }).click();
    await rendered();
    expect(sheet.value.meeting.legalKind).toBe('juusou');
  });

  it("asks 坂井's confidentiality of every supporter in a 重層的支援会議 too (心得 第九条)", async () => {
    const { sheet, sr } = await meetingSheet();
    sheet.policy = SAKAI_EXAMPLE_POLICY;
    sheet.value = {
      ...dvFamilyMeeting,
      attendees: dvFamilyMeeting.attendees.map((a, i) => (i === 2 ? { ...a, confidentialityAcknowledged: false } : a)),
    };
    await sheet.updateComplete;
    expect(sheet.checkValidity()).toBe(false);
    const boxes = page.getByRole('checkbox', { name: '守秘義務を確認した' });
    await expect.element(boxes.nth(2)).not.toBeChecked();
    await boxes.nth(2).click();
    await rendered();
    expect(sheet.checkValidity()).toBe(true);
    expect(sr.textContent).toContain('さかまる会議');
  });

  it('links an issue to a household member when the page gives the household', async () => {
    const { sheet } = await meetingSheet();
    sheet.household = {
      person: { id: 'p1', familyName: '山田', givenName: '花子' },
      members: [{ id: 'm1', givenName: '誠', relationship: 'son' }],
    };
    sheet.value = { ...dvFamilyMeeting, shared: { memberIssues: [{ issue: 'ひきこもり' }] } };
    await sheet.updateComplete;
    await page.getByRole('combobox', { name: '本人・世帯員' }).selectOptions('息子（誠）');
    await rendered();
    expect(sheet.value.shared?.memberIssues?.[0]).toMatchObject({ memberId: 'm1', issue: 'ひきこもり' });
    expect(sheet.validate().issues.filter((i) => i.path.join('.').startsWith('shared.memberIssues'))).toEqual([]);
  });
});

describe('meeting-room mode', () => {
  it('shows the purpose at the top in large type', async () => {
    const { sheet, sr } = await meetingSheet({ 'meeting-room': '' });
    sheet.value = dvFamilyMeeting;
    await sheet.updateComplete;
    const banner = sr.querySelector('.purpose-banner')!;
    expect(banner.textContent).toContain(dvFamilyMeeting.purpose);
    // At the top: before the first section of the sheet.
    expect(banner.compareDocumentPosition(sr.querySelector('section')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(parseFloat(getComputedStyle(sheet).fontSize)).toBeGreaterThanOrEqual(22);
    sheet.meetingRoom = false;
    await sheet.updateComplete;
    expect(sr.querySelector('.purpose-banner')).toBeNull();
    expect(parseFloat(getComputedStyle(sheet).fontSize)).toBe(16);
  });
});
