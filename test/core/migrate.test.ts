// Plans written before 0.2 (#32): the one lead becomes both the team leader and the main supporter, and a
// closure's one successor becomes the first of those who keep accompanying the person.
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  migrateActionPlan,
  migrateCase,
  migrateTermination,
  validate,
  type ActionPlan,
  type Case,
  type StoredActionPlan,
  type StoredCase,
} from '@tsunagu/core';
import { yearCaseClosed } from '../fixtures/case-year';
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

  it("turn a closure's one successor into the first accompanier, who leads — in plans and in status changes", () => {
    // The 8050 case's closure and the family's, as 0.1 stored them: one successor and its role.
    const asStored = (t: NonNullable<ActionPlan['termination']>) => {
      const { accompaniers, ...rest } = t;
      const first = accompaniers![0]!;
      return { ...rest, successor: first.organization!, ...(first.role ? { successorRole: first.role } : {}) };
    };
    const plan = case8050.plans[1]!;
    const stored: StoredActionPlan = { ...plan, termination: asStored(plan.termination!) };
    expect(stored.termination).toMatchObject({ successor: '地域包括支援センター' });
    const migrated = migrateActionPlan(stored);
    expect(migrated.termination).toEqual(plan.termination);
    expect(migrated.termination).not.toHaveProperty('successor');
    expect(migrateActionPlan(migrated)).toBe(migrated);
    // A case closed before any plan keeps its closure in the status change: migrated there too.
    const closedEarly: StoredCase & Case = {
      ...case8050,
      plans: [],
      statusHistory: [
        { status: 'opened', date: '2025-05-20' },
        {
          status: 'terminated',
          date: '2025-06-10',
          termination: {
            reason: 'mainSupporterDecided',
            successor: '障害福祉課',
            successorRole: '主たる支援者',
            contactOnChange: { organization: '障害福祉課' },
          } as never,
        },
      ],
    };
    const c = migrateCase(closedEarly);
    expect(c.statusHistory[1]!.termination!.accompaniers).toEqual([
      { id: 'acc-1', organization: '障害福祉課', formality: 'formal', role: '主たる支援者', leads: true },
    ]);
    expect(validate('case', c, { today: '2026-03-31' }).issues.filter((i) => i.code.startsWith('termination.'))).toEqual([]);
    // Unmigrated, the validator keeps only today's fields: the successor is gone and the closure names no one.
    expect(validate('case', closedEarly, { today: '2026-03-31' }).issues.map((i) => i.code)).toContain('termination.successorRequired');
    // The family's closure, with its informal accompanier, needs nothing.
    expect(migrateCase(yearCaseClosed)).toBe(yearCaseClosed);
    // An empty successor is dropped, not turned into a nameless accompanier.
    expect(migrateTermination({ reason: 'movedOut', successor: ' ' })).toEqual({ reason: 'movedOut' });
  });
});
