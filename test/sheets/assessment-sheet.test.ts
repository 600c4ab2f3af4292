// The household assessment (issue #36) as a coordinator records it: by keyboard, revised three months later, both
// on the case's timeline; and an 評価 of 終結 that the case's status does not bear out is refused.
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { emptySupportSharing, latestAssessment, reviseAssessment, validate, type Assessment, type Case } from '@tsunagu/core';
import '@tsunagu/sheets/assessment-sheet';
import '@tsunagu/sheets/case-record';
import '@tsunagu/sheets/support-sharing-sheet';
import type { TsunaguAssessmentSheet, TsunaguSupportSharingSheet } from '@tsunagu/sheets';
import { case8050 } from '../fixtures/households';
import { assessedCase, juneAssessment } from '../fixtures/assessments';
import { cleanup, expectNoAxeViolations, mount, mountCaseRecord, press, rendered } from './helpers';
import { conformance } from './conformance';

afterEach(cleanup);

conformance({
  tag: 'tsunagu-assessment-sheet',
  filled: juneAssessment,
  textLabel: /^実施機関/,
  textPath: ['by', 'organization'],
  title: { ja: 'アセスメントシート', en: 'Assessment' },
  today: '2025-06-20',
  keyboardPath: [{ tabTo: /^実施機関/ }, { type: '多機関協働事業' }, { tabTo: /^送信する$/ }, { key: '{Enter}' }],
  // The members are named by their relationship in the case's household: a municipality's own relationship code.
  withExtension: (sheet, entry) => {
    const [son] = case8050.household.members;
    (sheet as TsunaguAssessmentSheet).household = { ...case8050.household, members: [{ ...son!, relationship: entry.code }] };
  },
});

async function assessmentSheet(value: Assessment | undefined, today: string) {
  const submitted: Assessment[] = [];
  const root = await mount((r) => {
    const sheet = document.createElement('tsunagu-assessment-sheet');
    sheet.setAttribute('today', today);
    sheet.household = case8050.household;
    if (value) sheet.value = value;
    sheet.addEventListener('tsunagu-submit', (e) => submitted.push(e.detail.value as Assessment));
    r.append(sheet);
  });
  const sheet = root.querySelector('tsunagu-assessment-sheet') as TsunaguAssessmentSheet;
  await rendered(root);
  return { root, sheet, sr: sheet.shadowRoot!, submitted };
}

/** Tabs to a field by its label and types, as a keyboard user does. */
async function typeInto(label: RegExp, text: string) {
  (page.getByLabelText(label).first().element() as HTMLElement).focus();
  await userEvent.keyboard(text);
}

describe('the household assessment', () => {
  it('is recorded by keyboard, revised three months later, and both show on the timeline', async () => {
    // June: the household's people are offered by name; the son's facts and the past are written by keyboard.
    const june = await assessmentSheet(undefined, '2025-06-20');
    await typeInto(/^実施機関/, '多機関協働事業');
    await press('世帯員を加える');
    await press('世帯員を加える');
    const who = june.sr.querySelectorAll<HTMLSelectElement>('select[name$="memberId"], select[id$="memberId"]');
    expect(who.length).toBe(2);
    expect([...who[0]!.options].map((o) => o.textContent)).toContain('本人（高橋 キヨ）');
    await typeInto(/^就労・就学/, '20年以上働いていない。');
    await typeInto(/^これまでの経緯や背景/, '父の死後、長男が家にこもるようになった。');
    await typeInto(/^本人の思い・希望/, '人の少ない時間なら外に出てもよい。');
    june.sheet.submit();
    await rendered();
    expect(june.submitted).toHaveLength(1);
    const first = { ...june.submitted[0]!, id: 'as-1' };
    expect(first.members.map((m) => m.memberId)).toEqual(['p1', 'm1']);
    expect(first.history?.text).toBe('父の死後、長男が家にこもるようになった。');
    await expectNoAxeViolations(june.sr.host);
    june.root.remove();

    // September: the same assessment revised, with the 評価 of the plan.
    const sept = await assessmentSheet(reviseAssessment(first, '2025-09-20'), '2025-09-20');
    await press(/^「評価」を入力する/);
    (page.getByRole('radio', { name: '一部達成' }).element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    (page.getByRole('radio', { name: '継続' }).element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    await typeInto(/^変わったこと/, '週2回外出するようになった。');
    sept.sheet.submit();
    await rendered();
    expect(sept.submitted).toHaveLength(1);
    const second = { ...sept.submitted[0]!, id: 'as-2' };
    expect(second.previousId).toBe('as-1');
    expect(second.evaluation).toMatchObject({ achievement: 'partly', decision: 'continue' });
    sept.root.remove();

    // The case keeps both; its timeline shows them, the later with its 評価.
    const { sr } = await mountCaseRecord({ ...case8050, assessments: [first, second] }, '2025-10-01');
    const entries = [...sr.querySelectorAll('.timeline li.assessment')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(entries).toHaveLength(2);
    expect(entries.some((t) => t.includes('評価：継続'))).toBe(true);
  });

  it('refuses an 評価 of 終結 that the case does not bear out', async () => {
    // The case was re-opened in March 2026; a review in April decides 終結 while the case stays open.
    const review: Assessment = {
      ...juneAssessment,
      id: 'as-3',
      assessedOn: '2026-04-20',
      evaluation: { achievement: 'achieved', decision: 'terminate' },
    };
    const value: Case = { ...case8050, assessments: [review] };
    expect(validate('case', value, { today: '2026-05-01' }).issues.map((i) => i.code)).toContain('assessment.terminationMismatch');
    const { el, submitted, sr } = await mountCaseRecord(value, '2026-05-01');
    el.submit();
    await rendered();
    expect(submitted).toEqual([]);
    expect(sr.querySelector('[part="error-summary"]')!.textContent).toContain('評価が「終結」ですが、ケースが終結していません。');
  });

  it("starts a meeting's support-sharing sheet from the latest assessment, as an edit kept in the draft", async () => {
    const root = await mount((r) => {
      const sheet = document.createElement('tsunagu-support-sharing-sheet');
      sheet.setAttribute('today', '2025-09-24');
      sheet.setAttribute('draft-key', 'from-assessment');
      sheet.value = emptySupportSharing('2025-09-24');
      r.append(sheet);
    });
    const sheet = root.querySelector('tsunagu-support-sharing-sheet') as TsunaguSupportSharingSheet;
    sheet.startFromAssessment(latestAssessment(assessedCase)!);
    await rendered();
    await expect.element(page.getByLabelText(/^経緯・背景/).first()).toHaveValue(juneAssessment.history!.text);
    expect(sheet.value.shared?.strengths).toBe(juneAssessment.person!.strengths!.text);
    expect(sessionStorage.getItem('tsunagu-draft:from-assessment')).not.toBeNull();
  });
});
