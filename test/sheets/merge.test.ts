// A plan edited by two agencies (issue #37): the page's server answered 412 with the other agency's save, and the
// sheet merges it with what this worker typed — in English here. Both changes are kept; the one field both
// changed is asked about, by keyboard; a submit waits for the choice; the submitted plan carries their revision.
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { ActionPlan } from '@tsunagu/core';
import type { TsunaguActionPlanSheet } from '@tsunagu/sheets';
import '@tsunagu/sheets/action-plan-sheet';
import { dvFamilyPlan } from '../fixtures/households';
import { cleanup, deepActiveElement, expectNoAxeViolations, mount, rendered } from './helpers';

afterEach(cleanup);

const base: ActionPlan = { ...dvFamilyPlan, revision: '3' };

async function sheet(lang: 'en' | 'ja') {
  const root = await mount((r) => {
    const el = document.createElement('tsunagu-action-plan-sheet');
    el.setAttribute('today', '2025-04-20');
    el.setAttribute('lang', lang);
    r.append(el);
  });
  const el = root.querySelector('tsunagu-action-plan-sheet') as TsunaguActionPlanSheet;
  el.value = base;
  await rendered();
  const submitted: ActionPlan[] = [];
  el.addEventListener('tsunagu-submit', (e) => submitted.push(e.detail.value as ActionPlan));
  return { el, submitted };
}

describe('sheet.merge(theirs): a plan edited by two agencies', () => {
  it('keeps both changes, asks about the field both changed, and submits only after the choice', async () => {
    const { el, submitted } = await sheet('en');
    await userEvent.fill(page.getByLabelText(/^Short-term goals/), 'Find a flat by the end of April.');
    const theirs: ActionPlan = {
      ...base,
      revision: '4',
      direction: { ...base.direction, goals: 'Secure housing and income in April.' },
      actions: base.actions.map((a, i) => (i === 1 ? { ...a, status: 'done' } : a)),
    };
    // The worker submits; the page's server answers 412 with the other agency's save, and the page merges it.
    const merged = new Promise<Awaited<ReturnType<typeof el.merge>>>((resolve) =>
      el.addEventListener('tsunagu-submit', () => resolve(el.merge(theirs)), { once: true }),
    );
    await userEvent.click(page.getByRole('button', { name: 'Submit' }));
    const result = await merged;
    await rendered();
    expect(result.conflicts.map((c) => c.path)).toEqual([['direction', 'goals']]);
    expect(el.value.actions[1]!.status).toBe('done'); // their change, no question asked
    expect(el.value.revision).toBe('4');

    const panel = page.getByRole('group', { name: 'Someone else saved this meanwhile' });
    expect(deepActiveElement()?.id).toBe('merge-panel');
    const conflict = panel.getByRole('group', { name: /Short-term goals/ });
    await expect.element(conflict.getByRole('radio', { name: /What you entered: Find a flat/ })).toBeChecked();
    await expectNoAxeViolations(el.shadowRoot!.querySelector('#merge-panel')!);

    expect(submitted).toHaveLength(1); // the first submit, answered 412
    el.submit(); // waits: nothing submitted, focus back on the questions
    await rendered();
    expect(submitted).toHaveLength(1);
    expect(el.checkValidity()).toBe(false);

    (conflict.getByRole('radio', { name: /What you entered/ }).element() as HTMLElement).focus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    await rendered();
    expect(panel.elements()).toHaveLength(0);
    expect(el.value.direction?.goals).toBe('Secure housing and income in April.');
    expect(el.checkValidity()).toBe(true);
    el.submit();
    expect(submitted.slice(1).map((p) => [p.revision, p.direction?.goals, p.actions[1]!.status])).toEqual([
      ['4', 'Secure housing and income in April.', 'done'],
    ]);
  });

  it('with nothing to ask, just holds both changes (in Japanese)', async () => {
    const { el } = await sheet('ja');
    await userEvent.fill(page.getByLabelText(/^本人が望む暮らし/), '子どもと安心して暮らしたい。');
    const result = await el.merge({ ...base, revision: '4', direction: { ...base.direction, goals: '4月中に住まいを確保する。' } });
    await rendered();
    expect(result.conflicts).toEqual([]);
    expect(page.getByRole('group', { name: 'ほかの人の保存と重なりました' }).elements()).toHaveLength(0);
    expect(el.value.direction).toMatchObject({ desiredLife: '子どもと安心して暮らしたい。', goals: '4月中に住まいを確保する。' });
    expect(el.checkValidity()).toBe(true);
  });
});
