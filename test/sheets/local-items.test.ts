// A municipality's own questions in the sheets (issue #36), as a case worker meets them: placed where the policy
// says, marked 必須 as the core says (also when another answer makes them so), refused with the error summary,
// answered by keyboard, kept in drafts, printed, and in English with the page's language.
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { DEFAULT_POLICY, type Case, type MunicipalPolicy, type Referral } from '@tsunagu/core';
import '@tsunagu/sheets/referral-sheet';
import '@tsunagu/sheets/case-record';
import type { TsunaguReferralSheet } from '@tsunagu/sheets';
import { dvFamilyReferral, case8050 } from '../fixtures/households';
import { answeredReferral, localItemsPolicy, LOCAL_QUESTIONS } from '../fixtures/local-items';
import { cleanup, deepActiveElement, expectNoAxeViolations, mount, mountCaseRecord, press, rendered } from './helpers';

afterEach(cleanup);

async function referral(value: Referral | undefined, policy: MunicipalPolicy, attrs: Record<string, string> = {}) {
  const submitted: Referral[] = [];
  const root = await mount((r) => {
    const sheet = document.createElement('tsunagu-referral-sheet');
    sheet.setAttribute('today', '2025-04-09');
    for (const [k, v] of Object.entries(attrs)) sheet.setAttribute(k, v);
    sheet.policy = policy;
    if (value) sheet.value = value;
    sheet.addEventListener('tsunagu-submit', (e) => submitted.push(e.detail.value as Referral));
    r.append(sheet);
  });
  const sheet = root.querySelector('tsunagu-referral-sheet') as TsunaguReferralSheet;
  await rendered(root);
  return { root, sheet, sr: sheet.shadowRoot!, submitted };
}

const sectionOf = (sr: ShadowRoot, text: RegExp) =>
  [...sr.querySelectorAll('section')].find((s) => text.test(s.querySelector('h3')?.textContent ?? '')) as HTMLElement;

describe("a municipality's own questions on the referral", () => {
  it('are asked where the policy places them, marked 必須 as the core says, and refused until answered', async () => {
    const { sheet, sr, submitted } = await referral(dvFamilyReferral, localItemsPolicy);
    // 圏域 is placed in 本人の情報; the rest in the sheet's own section of local questions.
    expect(sectionOf(sr, /^本人/).querySelector('[name="f-localItems-ward-code"]')).not.toBeNull();
    const local = sectionOf(sr, /^独自の項目$/);
    for (const q of LOCAL_QUESTIONS.filter((x) => x.place === 'referral' && x.id !== 'ward'))
      expect(local.textContent).toContain(q.label.ja);
    // Required marks: 圏域 always; the volunteer's name not until 「はい」.
    const legend = (text: string) => [...sr.querySelectorAll('legend, label')].find((e) => e.textContent!.startsWith(text))!.textContent!;
    expect(legend('圏域')).toContain('※必須');
    expect(legend('連絡する民生委員')).not.toContain('※必須');

    sheet.submit();
    await rendered();
    expect(submitted).toEqual([]);
    const summary = sr.querySelector('[part="error-summary"]')!;
    const link = [...summary.querySelectorAll('a')].find((a) => a.textContent!.includes('圏域'))!;
    expect(link).toBeDefined();
    link.click();
    await rendered();
    expect((deepActiveElement() as HTMLInputElement).name).toBe('f-localItems-ward-code');

    // Answer by keyboard: → moves to 中部圏域 from the first option, as radio buttons do.
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowRight}');
    // 民生委員への連絡: はい makes the volunteer's name required.
    const yes = page.getByRole('group', { name: /^民生委員への連絡の要否/ }).getByRole('radio', { name: 'はい' });
    (yes.element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    await rendered();
    expect(legend('連絡する民生委員')).toContain('※必須');
    sheet.submit();
    await rendered();
    expect(submitted).toEqual([]);
    expect(sr.querySelector('[part="error-summary"]')!.textContent).toContain('連絡する民生委員');
    await userEvent.fill(page.getByLabelText(/^連絡する民生委員/), '第3地区 民生委員');
    await userEvent.fill(page.getByLabelText(/^訪問回数/), '２');
    await userEvent.fill(page.getByLabelText(/^初回訪問日/), '令和7年4月10日');
    (
      page
        .getByRole('group', { name: /^県への報告項目/ })
        .getByRole('checkbox', { name: 'その他' })
        .element() as HTMLElement
    ).focus();
    await userEvent.keyboard(' ');
    await rendered();
    sheet.submit();
    await rendered();
    // 「その他」 asks what else.
    expect(submitted).toEqual([]);
    await userEvent.fill(page.getByLabelText(/^その他の内容/), '家族の介護');
    sheet.submit();
    await rendered();
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.localItems).toEqual({
      ward: { code: 'central' },
      minsei: { yes: true },
      'minsei-name': { text: '第3地区 民生委員' },
      visits: { number: 2 },
      'first-visit': { date: '2025-04-10' },
      'pref-items': { codes: ['other'] },
      'pref-note': { text: '家族の介護' },
    });
    await expectNoAxeViolations(sr.host);
  });

  it('keeps what was typed in the draft, and brings it back', async () => {
    let { root } = await referral(undefined, localItemsPolicy, { 'draft-key': 'local-draft' });
    await userEvent.fill(page.getByLabelText(/^連絡する民生委員/), '第5地区');
    await userEvent.fill(page.getByLabelText(/^訪問回数/), '三');
    root.remove();
    ({ root } = await referral(undefined, localItemsPolicy, { 'draft-key': 'local-draft' }));
    await expect.element(page.getByLabelText(/^連絡する民生委員/)).toHaveValue('第5地区');
    // A number typed in words is kept as typed, with the core's error once the field is left.
    await expect.element(page.getByLabelText(/^訪問回数/)).toHaveValue('三');
    (page.getByLabelText(/^訪問回数/).element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}');
    await rendered();
    await expect.element(page.getByLabelText(/^訪問回数/)).toHaveAttribute('aria-invalid', 'true');
    const message = root
      .querySelector('tsunagu-referral-sheet')!
      .shadowRoot!.querySelector('#f-localItems-visits-number-msg .error-message');
    expect(message?.textContent?.length).toBeGreaterThan(1);
  });

  it('speaks English with the page, messages included', async () => {
    const { sheet, sr } = await referral(dvFamilyReferral, localItemsPolicy, { lang: 'en' });
    expect(sectionOf(sr, /^Local questions$/).textContent).toContain('Tell the district welfare volunteer');
    sheet.submit();
    await rendered();
    const summary = sr.querySelector('[part="error-summary"]')!.textContent!;
    expect(summary).toContain('Area');
    expect(summary).toContain('Answer this question.');
  });

  it('prints the answers as on paper, read-only, in both languages', async () => {
    const { sr } = await referral(answeredReferral, localItemsPolicy, { mode: 'print' });
    const text = sr.textContent!;
    for (const s of ['圏域', '南部圏域', '民生委員への連絡の要否', '第3地区 民生委員', '社会的孤立', '訪問回数']) expect(text).toContain(s);
    expect(sr.querySelectorAll('input, select, textarea')).toHaveLength(0);
    cleanup();
    const en = await referral(answeredReferral, localItemsPolicy, { mode: 'print', lang: 'en' });
    for (const s of ['Area', 'South', 'Tell the district welfare volunteer', 'Yes', 'Social isolation', 'Home visits'])
      expect(en.sr.textContent).toContain(s);
  });

  it('under a later policy without the questions, shows no question and keeps the old answers on submit', async () => {
    const { sheet, sr, submitted } = await referral(answeredReferral, DEFAULT_POLICY);
    expect(sectionOf(sr, /^独自の項目$/)).toBeUndefined();
    sheet.submit();
    await rendered();
    expect(submitted[0]!.localItems).toEqual(answeredReferral.localItems);
  });

  it('a malformed question is left out; the sheet and the other questions work', async () => {
    const broken = {
      ...localItemsPolicy,
      localItems: [{ id: 'ward', place: 'referral', type: 'choice', label: { ja: '圏域', en: 'Area' } }, ...LOCAL_QUESTIONS.slice(1)],
    } as MunicipalPolicy;
    const { sr } = await referral(dvFamilyReferral, broken);
    expect(sr.querySelector('[name="f-localItems-ward-code"]')).toBeNull();
    expect(sectionOf(sr, /^独自の項目$/).textContent).toContain('民生委員への連絡の要否');
  });
});

describe('on an entry of the 支援経過記録', () => {
  it('is asked in the entry being written, and shown in the timeline', async () => {
    const value: Case = { ...case8050, contacts: [] };
    const { el, sr } = await mountCaseRecord(value, '2025-05-01');
    el.policy = localItemsPolicy;
    await rendered();
    await press('支援経過を記録する');
    const yes = page.getByRole('group', { name: /^アウトリーチ/ }).getByRole('radio', { name: 'はい' });
    (yes.element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    await rendered();
    expect(el.value.contacts![0]!.localItems).toEqual({ outreach: { yes: true } });
    el.mode = 'readonly';
    await rendered();
    expect(sr.querySelector('.timeline')!.textContent).toContain('アウトリーチ');
  });
});
