// "Is this the same person?" in the referral sheet (issue #37): the portal gives the people it holds who might be
// this one; as the worker writes the reading and the birth date, the most alike appear with what agrees, and the
// worker answers by keyboard. The page hears the index only.
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { TsunaguReferralSheet } from '@tsunagu/sheets';
import type { PersonToMatch } from '@tsunagu/core/match';
import '@tsunagu/sheets/referral-sheet';
import { HELD_PEOPLE } from '../fixtures/people';
import { cleanup, deepActiveElement, expectNoAxeViolations, mount, rendered } from './helpers';

afterEach(cleanup);

const held = HELD_PEOPLE;

async function sheet(candidates?: readonly PersonToMatch[], lang = 'ja') {
  const root = await mount((r) => {
    const el = document.createElement('tsunagu-referral-sheet');
    el.setAttribute('today', '2025-07-01');
    el.setAttribute('lang', lang);
    r.append(el);
  });
  const el = root.querySelector('tsunagu-referral-sheet') as TsunaguReferralSheet;
  el.candidates = candidates;
  const said: number[] = [];
  el.addEventListener('tsunagu-same-person', (e) => said.push(e.detail.index));
  await rendered();
  return { el, said };
}

const question = () => page.getByRole('group', { name: '同じ人ではありませんか？' });

describe('<tsunagu-referral-sheet> asks "same person?" when the portal gives candidates', () => {
  it('lists the likely one as the reading is written (half-width, small kana as large), and the worker answers by keyboard', async () => {
    const { el, said } = await sheet(held);
    await userEvent.fill(page.getByLabelText(/^氏（フリガナ）/), 'ﾀｶﾊｼ');
    await userEvent.fill(page.getByLabelText(/^名（フリガナ）/), 'キヨウコ');
    await userEvent.fill(page.getByLabelText(/^生年月日/), '1950-04-02');
    await userEvent.tab();
    await rendered();
    await expect.element(question()).toBeVisible();
    const items = question().getByRole('listitem');
    expect(items.elements()).toHaveLength(1);
    expect(items.first().element().textContent).toMatch(/高橋 恭子.*生年月日が同じ/);
    await expectNoAxeViolations(el.shadowRoot!.querySelector('[aria-labelledby="same-person-title"]')!);

    (question().getByRole('button', { name: 'この人です' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await rendered();
    expect(said).toEqual([0]);
    expect(question().elements()).toHaveLength(0);
    // The document holds what was typed, nothing of the candidate.
    expect(el.value.person).toMatchObject({ familyNameKana: 'タカハシ', givenNameKana: 'キヨウコ', birthDate: '1950-04-02' });
    expect(el.value.person.familyName).toBeUndefined();
  });

  it('"none of them" hides the question without an event, and a new name asks again', async () => {
    const { said } = await sheet(held);
    await userEvent.fill(page.getByLabelText(/^氏（フリガナ）/), 'たかはし');
    await userEvent.fill(page.getByLabelText(/^名（フリガナ）/), 'まこと');
    await userEvent.tab();
    await rendered();
    await expect.element(question()).toBeVisible();
    await userEvent.click(question().getByRole('button', { name: 'どの人とも違う人です' }));
    await rendered();
    expect(question().elements()).toHaveLength(0);
    expect(said).toEqual([]);
    await userEvent.fill(page.getByLabelText(/^名（フリガナ）/), 'マコト');
    await userEvent.fill(page.getByLabelText(/^生年月日/), '1978-09-15');
    await userEvent.tab();
    await rendered();
    await expect.element(question()).toBeVisible();
    expect(deepActiveElement()?.closest('[aria-labelledby="same-person-title"]')).toBeNull(); // it never takes focus
  });

  it('asks nothing without candidates, nor when no one is alike; in English it asks in English', async () => {
    await sheet(undefined);
    await userEvent.fill(page.getByLabelText(/^氏（フリガナ）/), 'タカハシ');
    await userEvent.fill(page.getByLabelText(/^名（フリガナ）/), 'キョウコ');
    await rendered();
    expect(question().elements()).toHaveLength(0);
    cleanup();
    await sheet(held, 'en');
    await userEvent.fill(page.getByLabelText(/^Family name \(katakana/), 'ヤマダ');
    await rendered();
    expect(page.getByRole('group', { name: 'Is this the same person?' }).elements()).toHaveLength(0);
    await userEvent.fill(page.getByLabelText(/^Family name \(katakana/), 'タカハシ');
    await userEvent.fill(page.getByLabelText(/^Given name \(katakana/), 'キョウコ');
    await userEvent.tab();
    await rendered();
    await expect.element(page.getByRole('group', { name: 'Is this the same person?' })).toBeVisible();
  });
});
