import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  MORIOKA_EXAMPLE_POLICY,
  actionPlanFormFacts,
  referralFormFacts,
  supportSharingFormFacts,
  validateReferral,
  validateSupportSharing,
  type MunicipalPolicy,
} from '@tsunagu/core';
import { dvFamilyMeeting, dvFamilyPlan, dvFamilyReferral } from '../fixtures/households';
import { mutate } from './helpers';

const policy = (rules: MunicipalPolicy['rules']): MunicipalPolicy => ({ id: 'test', name: { ja: 'テスト', en: 'Test' }, rules });

describe('form facts: what a form must mark, from the schema and the rules under a policy', () => {
  it("marks the schema's own required fields wherever the object that holds them is there", () => {
    const facts = referralFormFacts();
    expect(facts.required(dvFamilyReferral, ['referredOn'])).toBe(true);
    expect(facts.required(dvFamilyReferral, ['members', 1, 'relationship'])).toBe(true);
    expect(facts.required(dvFamilyReferral, ['person', 'familyName'])).toBe(false);
    // The confirmer is optional, but once given it needs both name and organization.
    const noConfirmer = mutate(dvFamilyReferral, (d) => delete d.consent.confirmedBy);
    expect(facts.required(noConfirmer, ['consent', 'confirmedBy', 'organization'])).toBe(false);
    const confirmer = mutate(dvFamilyReferral, (d) => (d.consent.confirmedBy = { name: '水野', organization: '' }));
    expect(facts.required(confirmer, ['consent', 'confirmedBy', 'organization'])).toBe(true);
  });

  it('marks 氏 while the person has no given name and no identifying note (person.identity), and not once one is there', () => {
    const facts = referralFormFacts();
    const unnamed = mutate(dvFamilyReferral, (d) => {
      delete d.person.familyName;
      delete d.person.givenName;
      delete d.person.identityNote;
    });
    expect(facts.required(unnamed, ['person', 'familyName'])).toBe(true);
    expect(
      facts.required(
        mutate(unnamed, (d) => (d.person.givenName = '花子')),
        ['person', 'familyName'],
      ),
    ).toBe(false);
    expect(
      facts.required(
        mutate(unnamed, (d) => (d.person.identityNote = '駅前の店の店主')),
        ['person', 'familyName'],
      ),
    ).toBe(false);
  });

  it('does not mark booleans, which always have a value', () => {
    expect(supportSharingFormFacts().required(dvFamilyMeeting, ['attendees', 0, 'directlyInvolved'])).toBe(false);
  });

  it('marks what a rule requires only while the policy makes the rule an error', () => {
    expect(referralFormFacts().required(dvFamilyReferral, ['consent', 'date'])).toBe(false); // a warning nationally
    expect(referralFormFacts(MORIOKA_EXAMPLE_POLICY).required(dvFamilyReferral, ['consent', 'date'])).toBe(true); // 盛岡: an error
    expect(referralFormFacts().required(dvFamilyReferral, ['content', 'problemView'])).toBe(true);
    expect(
      referralFormFacts(policy({ 'referral.problemViewRequired': 'warning' })).required(dvFamilyReferral, ['content', 'problemView']),
    ).toBe(false);
    expect(
      referralFormFacts(policy({ 'referral.problemViewRequired': 'off' })).required(dvFamilyReferral, ['content', 'problemView']),
    ).toBe(false);
  });

  it("follows the rule's condition in the document", () => {
    const facts = actionPlanFormFacts();
    const active = mutate(dvFamilyPlan, (d) => (d.status = 'active'));
    const suspended = mutate(dvFamilyPlan, (d) => (d.status = 'suspended'));
    expect(facts.required(active, ['monitoring', 'nextDate'])).toBe(true);
    expect(facts.required(suspended, ['monitoring', 'nextDate'])).toBe(false);
    const cancelled = mutate(dvFamilyPlan, (d) => (d.actions[0]!.status = 'cancelled'));
    expect(facts.required(cancelled, ['actions', 0, 'due'])).toBe(false);
    expect(facts.required(cancelled, ['actions', 1, 'due'])).toBe(true);
    // The lead is a member or an organization: the member field is marked only while neither is given.
    const morioka = actionPlanFormFacts(MORIOKA_EXAMPLE_POLICY);
    expect(
      morioka.required(
        mutate(active, (d) => (d.team = {})),
        ['team', 'leadId'],
      ),
    ).toBe(true);
    expect(
      morioka.required(
        mutate(active, (d) => (d.team = { leadOrganization: '架空市社協' })),
        ['team', 'leadId'],
      ),
    ).toBe(false);
    expect(
      actionPlanFormFacts().required(
        mutate(active, (d) => (d.team = {})),
        ['team', 'leadId'],
      ),
    ).toBe(false); // a warning nationally
  });

  it("asks for those who keep accompanying unless the reason makes it impossible, counting the policy's own reasons", () => {
    const ended = (reason: string) =>
      mutate(dvFamilyPlan, (d) => {
        d.status = 'terminated';
        d.termination = { date: '2025-06-01', reason };
      });
    expect(actionPlanFormFacts().required(ended('mainSupporterDecided'), ['termination', 'accompaniers'])).toBe(true);
    expect(actionPlanFormFacts().required(ended('movedOut'), ['termination', 'accompaniers'])).toBe(false);
    const local = {
      ...policy({}),
      vocabularies: { terminationReasons: [{ code: 'x-hospital', ja: '長期入院', en: 'Long hospital stay', noSuccessor: true }] },
    };
    expect(actionPlanFormFacts(local).required(ended('x-hospital'), ['termination', 'accompaniers'])).toBe(false);
  });

  it("gives each list's limit from the schema", () => {
    expect(referralFormFacts().maxItems(['members'])).toBe(LIMITS.members);
    expect(supportSharingFormFacts().maxItems(['attendees'])).toBe(LIMITS.attendees);
    expect(actionPlanFormFacts().maxItems(['actions'])).toBe(LIMITS.actions);
    expect(actionPlanFormFacts().maxItems(['monitoring', 'records'])).toBe(LIMITS.list);
    expect(referralFormFacts().maxItems(['referredOn'])).toBeUndefined();
  });

  it('never throws on a document too broken to read', () => {
    const facts = actionPlanFormFacts();
    for (const doc of [null, 42, 'x', [], { actions: 'no' }, { status: 'active', monitoring: 5 }]) {
      expect(() => facts.required(doc as never, ['actions', 0, 'due'])).not.toThrow();
      expect(() => facts.required(doc as never, ['monitoring', 'nextDate'])).not.toThrow();
    }
  });

  it('are what the structure check enforces: a field it calls required is refused missing, a list longer than its limit refused', () => {
    for (const path of [['referredOn'], ['referrer', 'name'], ['consent', 'status'], ['members', 0, 'relationship']] as const) {
      expect(referralFormFacts().required(dvFamilyReferral, path)).toBe(true);
      const without = mutate(dvFamilyReferral, (d) => {
        let node = d as unknown as Record<string | number, unknown>;
        for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
        delete node[path.at(-1)!];
      });
      expect(validateReferral(without).issues.map((i) => i.path.join('.'))).toContain(path.join('.'));
    }
    const tooMany = mutate(
      dvFamilyMeeting,
      (d) => (d.attendees = Array.from({ length: LIMITS.attendees + 1 }, (_, i) => ({ ...d.attendees[0]!, id: `a${i}` }))),
    );
    expect(validateSupportSharing(tooMany).issues.find((i) => i.code === 'structure.tooMany')?.params).toEqual({
      max: supportSharingFormFacts().maxItems(['attendees']),
    });
  });
});
