// Plans written before the team leader and the main supporter were two roles (#32): the one lead becomes both.
import { describe, expect, it } from 'vitest';
import { buildReport, migrateActionPlan, migrateCase, validate, type ActionPlan, type Case } from '@tsunagu/core';
import { case8050, dvFamilyPlan } from '../fixtures/households';

/** A plan as 0.1 wrote it: one 「チームリーダー・主たる支援者」. */
const old = (p: ActionPlan): ActionPlan => {
  const team = { ...p.team };
  delete team.mainSupporterId;
  delete team.mainSupporterOrganization;
  delete team.mainSupporterIsCoordinator;
  return { ...p, team };
};

describe('migrateActionPlan and migrateCase', () => {
  it('copy the one lead into the main supporter, and leave a plan that names one as it is', () => {
    const before = old(dvFamilyPlan);
    const after = migrateActionPlan(before);
    expect(after.team).toMatchObject({ leadId: 'a2', leadIsCoordinator: false, mainSupporterId: 'a2', mainSupporterIsCoordinator: false });
    expect(migrateActionPlan(after)).toBe(after);
    expect(migrateActionPlan(dvFamilyPlan)).toBe(dvFamilyPlan);
    const byOrganization = migrateActionPlan({ ...before, team: { leadOrganization: '障害福祉課' } });
    expect(byOrganization.team).toEqual({ leadOrganization: '障害福祉課', mainSupporterOrganization: '障害福祉課' });
    expect(migrateActionPlan({ ...before, team: {} }).team).toEqual({});
  });

  it('migrate every plan of the existing fixtures into documents that validate, warning-free about the main supporter', () => {
    const stored: Case = { ...case8050, plans: case8050.plans.map(old) };
    const migrated = migrateCase(stored);
    expect(migrated.plans.map((p) => p.team?.mainSupporterId)).toEqual(['b1', 'b2']);
    const r = validate('case', migrated, { today: '2026-03-31' });
    expect(r.issues.filter((i) => i.code === 'plan.mainSupporterRequired')).toEqual([]);
    expect(migrateCase(case8050)).toBe(case8050);
  });

  it("福山's measure reads the main supporter: 盛岡's consented plan led by the coordinator, acted on by 包括, is not counted", () => {
    const count = (c: Case) => buildReport([c]).fiscalYears.reduce((t, y) => t + y.coordinatorLeadAfterShien, 0);
    // The fixture's first plan: the coordinator is the team leader, 包括 the main supporter.
    expect(count(case8050)).toBe(0);
    // Written with one lead for both (0.1), the same plan reads as the coordinator acting: counted, as before.
    expect(count({ ...case8050, plans: case8050.plans.map(old) })).toBe(1);
  });
});
