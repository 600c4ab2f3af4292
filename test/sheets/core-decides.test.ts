/**
 * The sheets decide no rule fact: which fields are required and how many rows
 * a list may hold come from the core. Here the core's facts are changed (a
 * policy, and — through a module mock, standing in for a changed schema — a
 * list limit and a required field), and the unchanged sheets follow.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { LIMITS, MORIOKA_EXAMPLE_POLICY, type MunicipalPolicy } from '@tsunagu/core';
import type * as Core from '@tsunagu/core';
import '@tsunagu/sheets/referral-sheet';
import '@tsunagu/sheets/action-plan-sheet';
import type { TsunaguActionPlanSheet, TsunaguReferralSheet } from '@tsunagu/sheets';
import { dvFamilyPlan, dvFamilyReferral } from '../fixtures/households';
import { cleanup, mount } from './helpers';

vi.mock('@tsunagu/core', async (importOriginal) => {
  const core = await importOriginal<typeof Core>();
  // The schema as a municipality might change it: three household members at most, and the district required.
  const facts = (policy?: MunicipalPolicy) => {
    const real = core.referralFormFacts(policy);
    return {
      required: (doc: Core.Referral, path: Core.IssuePath) => path.join('.') === 'person.district' || real.required(doc, path),
      maxItems: (path: Core.IssuePath) => (path.join('.') === 'members' ? 3 : real.maxItems(path)),
    };
  };
  return { ...core, referralFormFacts: facts, referralForm: { ...core.referralForm, facts } };
});

afterEach(cleanup);

const field = (sheet: Element, id: string) => sheet.shadowRoot!.querySelector<HTMLElement>(`#${id}`)!;
const marked = (sheet: Element, id: string) =>
  field(sheet, id).getAttribute('aria-required') === 'true' && !!field(sheet, id).closest('.field')?.querySelector('.req');

describe('the sheets follow the core', () => {
  it('a list limit: the add button stops where the core says', async () => {
    const root = await mount((r) => (r.innerHTML = '<tsunagu-referral-sheet today="2025-04-09"></tsunagu-referral-sheet>'));
    const sheet = root.querySelector('tsunagu-referral-sheet') as TsunaguReferralSheet;
    const add = page.getByRole('button', { name: '世帯員を追加' });
    for (let i = 0; i < 3; i++) await userEvent.click(add);
    expect(sheet.value.members).toHaveLength(3);
    await expect.element(add).toBeDisabled();
    expect(LIMITS.members).toBeGreaterThan(3); // the sheet did not use its own number, nor the default
  });

  it('a required field: marked 必須 and aria-required where the core says', async () => {
    const root = await mount((r) => (r.innerHTML = '<tsunagu-referral-sheet today="2025-04-09"></tsunagu-referral-sheet>'));
    const sheet = root.querySelector('tsunagu-referral-sheet') as TsunaguReferralSheet;
    expect(marked(sheet, 'f-person-district')).toBe(true);
    expect(marked(sheet, 'f-person-identityNote')).toBe(false);
  });

  it("a policy: a rule made an error marks its field, a rule switched off unmarks it, and a rule's condition is the core's", async () => {
    const root = await mount(
      (r) =>
        (r.innerHTML =
          '<tsunagu-referral-sheet today="2025-04-09"></tsunagu-referral-sheet><tsunagu-action-plan-sheet today="2025-04-09"></tsunagu-action-plan-sheet>'),
    );
    const referral = root.querySelector('tsunagu-referral-sheet') as TsunaguReferralSheet;
    const plan = root.querySelector('tsunagu-action-plan-sheet') as TsunaguActionPlanSheet;
    referral.value = dvFamilyReferral;
    await referral.updateComplete;
    expect(marked(referral, 'f-consent-date')).toBe(false); // a warning nationally
    expect(marked(referral, 'f-content-problemView')).toBe(true);
    referral.policy = MORIOKA_EXAMPLE_POLICY;
    await referral.updateComplete;
    expect(marked(referral, 'f-consent-date')).toBe(true); // an error in 盛岡's example
    referral.policy = { id: 'relaxed', name: { ja: '例', en: 'Example' }, rules: { 'referral.problemViewRequired': 'off' } };
    await referral.updateComplete;
    expect(marked(referral, 'f-content-problemView')).toBe(false);

    plan.value = dvFamilyPlan;
    await plan.updateComplete;
    expect(marked(plan, 'f-monitoring-nextDate')).toBe(true); // an active plan
    plan.value = { ...dvFamilyPlan, status: 'suspended' };
    await plan.updateComplete;
    expect(marked(plan, 'f-monitoring-nextDate')).toBe(false); // not while suspended
    plan.value = { ...dvFamilyPlan, actions: dvFamilyPlan.actions.map((a, i) => (i === 0 ? { ...a, status: 'cancelled' as const } : a)) };
    await plan.updateComplete;
    expect(marked(plan, 'f-actions-0-due')).toBe(false); // a cancelled action needs no due date
    expect(marked(plan, 'f-actions-1-due')).toBe(true);
  });
});
