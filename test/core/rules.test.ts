import { describe, expect, it } from 'vitest';
import { RULE_CODES, TAKASHIMA_EXAMPLE_POLICY, type DocumentKind, type RuleCode } from '@tsunagu/core';
import { case8050, dvFamilyMeeting, dvFamilyPlan, dvFamilyReferral, hoardedHouseReferral } from '../fixtures/households';
import { findings, mutate } from './helpers';

/**
 * Every rule with a passing and a failing document. A rule added to the core
 * without a row here fails the coverage test below.
 */
interface Case {
  kind: DocumentKind;
  pass: unknown;
  fail: unknown;
  /** Path expected on the failing document's issue. */
  path: string;
  /** Options for both documents, unless the failing one has its own. */
  options?: Parameters<typeof findings>[2];
  failOptions?: Parameters<typeof findings>[2];
}

const R = dvFamilyReferral;
const M = dvFamilyMeeting;
const P = dvFamilyPlan;

const cases: Record<RuleCode, Case[]> = {
  'field.required': [
    { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.referrer.name = '  ')), path: 'referrer.name' },
    { kind: 'supportSharing', pass: M, fail: mutate(M, (d) => (d.attendees[3]!.organization = '')), path: 'attendees.3.organization' },
  ],
  'vocabulary.unknownCode': [
    { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.content.tags = ['dv', 'no-such-tag'])), path: 'content.tags.1' },
    // A municipality's own code is known under its policy, and unknown without it.
    {
      kind: 'referral',
      pass: mutate(R, (d) => (d.content.tags = ['x-pets'])),
      options: { policy: { id: 't', name: { ja: 't', en: 't' }, vocabularies: { issueTags: [{ code: 'x-pets', ja: '多頭飼育', en: 'Animal hoarding' }] } } },
      fail: mutate(R, (d) => (d.content.tags = ['x-pets'])),
      failOptions: {},
      path: 'content.tags.0',
    },
  ],
  'document.duplicateId': [
    { kind: 'supportSharing', pass: M, fail: mutate(M, (d) => (d.attendees[1]!.id = 'a1')), path: 'attendees.1.id' },
  ],
  'person.identity': [
    {
      kind: 'referral',
      pass: mutate(R, (d) => { delete d.person.familyName; delete d.person.givenName; d.person.identityNote = '駅前の公園でよく見かける70代くらいの男性'; }),
      fail: mutate(R, (d) => { delete d.person.familyName; delete d.person.givenName; }),
      path: 'person.familyName',
    },
  ],
  'person.kana': [
    { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.person.familyNameKana = 'あおき')), path: 'person.familyNameKana' },
    { kind: 'referral', pass: mutate(R, (d) => (d.person.givenNameKana = 'ジョウ・ショウ')), fail: mutate(R, (d) => (d.members[0]!.familyNameKana = 'Aoki')), path: 'members.0.familyNameKana' },
  ],
  'person.birthDateFuture': [
    { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.person.birthDate = '2025-04-10')), path: 'person.birthDate' },
  ],
  'consent.dateMissing': [
    { kind: 'referral', pass: R, fail: mutate(R, (d) => delete d.consent.date), path: 'consent.date' },
  ],
  'referral.consentUnchecked': [
    { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.consent = { status: 'unchecked' })), path: 'consent.status' },
  ],
  'referral.problemViewRequired': [
    { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.content.problemView = '\n')), path: 'content.problemView' },
  ],
  'referral.mainTroubleNotListed': [
    { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.content.mainTrouble = 'care')), path: 'content.mainTrouble' },
  ],
  'response.optionRequired': [
    { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.response!.options = [])), path: 'response.options' },
  ],
  'response.otherTextRequired': [
    {
      kind: 'referral',
      pass: mutate(R, (d) => { d.response!.options = ['other']; d.response!.otherText = '母子生活支援施設に相談する'; }),
      fail: mutate(R, (d) => (d.response!.options = ['other'])),
      path: 'response.otherText',
    },
  ],
  'response.beforeReferral': [
    { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.response!.respondedOn = '2025-04-02')), path: 'response.respondedOn' },
  ],
  'meeting.consentRequired': [
    { kind: 'supportSharing', pass: M, fail: mutate(M, (d) => (d.consent = { status: 'refused', date: '2025-04-01' })), path: 'meeting.legalKind' },
    { kind: 'supportSharing', pass: M, fail: mutate(M, (d) => (d.consent.date = '2025-04-09')), path: 'meeting.legalKind' },
  ],
  'meeting.confidentiality': [
    {
      kind: 'supportSharing',
      pass: mutate(M, (d) => (d.meeting.legalKind = 'shien')),
      fail: mutate(M, (d) => { d.meeting.legalKind = 'shien'; d.attendees[4]!.confidentialityAcknowledged = false; }),
      path: 'attendees.4.confidentialityAcknowledged',
    },
  ],
  'meeting.purposeRequired': [
    { kind: 'supportSharing', pass: M, fail: mutate(M, (d) => delete d.purpose), path: 'purpose' },
  ],
  'meeting.facilitatorInvolved': [
    { kind: 'supportSharing', pass: M, fail: mutate(M, (d) => (d.attendees[0]!.directlyInvolved = true)), path: 'attendees.0.directlyInvolved' },
  ],
  'meeting.existingKindRequired': [
    {
      kind: 'supportSharing',
      pass: mutate(M, (d) => { d.meeting.legalKind = 'existing'; d.meeting.existingKind = 'childProtection'; }),
      fail: mutate(M, (d) => (d.meeting.legalKind = 'existing')),
      path: 'meeting.existingKind',
    },
  ],
  'meeting.juusouPossible': [
    {
      kind: 'supportSharing',
      options: { policy: { id: 'm', name: { ja: 'm', en: 'm' }, rules: { 'meeting.juusouPossible': 'warning' } } },
      pass: M,
      fail: mutate(M, (d) => (d.meeting.legalKind = 'shien')),
      path: 'meeting.legalKind',
    },
  ],
  'meeting.timeOrder': [
    { kind: 'supportSharing', pass: M, fail: mutate(M, (d) => (d.meeting.endTime = '13:00')), path: 'meeting.endTime' },
  ],
  'action.ownerRequired': [
    { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => delete d.actions[12]!.ownerOrganization), path: 'actions.12.ownerId' },
  ],
  'action.ownerUnknown': [
    { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => (d.actions[0]!.ownerId = 'zz')), path: 'actions.0.ownerId' },
  ],
  'action.taskRequired': [
    { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => (d.actions[2]!.task = '')), path: 'actions.2.task' },
  ],
  'action.dueRequired': [
    {
      kind: 'actionPlan',
      pass: mutate(P, (d) => { delete d.actions[2]!.due; d.actions[2]!.status = 'cancelled'; }),
      fail: mutate(P, (d) => delete d.actions[2]!.due),
      path: 'actions.2.due',
    },
  ],
  'action.dueBeforePlan': [
    { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => (d.actions[2]!.due = '2025-04-07')), path: 'actions.2.due' },
    // A finished action carried into a revised plan keeps its old due date.
    {
      kind: 'actionPlan',
      pass: mutate(P, (d) => { d.actions[2]!.due = '2025-04-07'; d.actions[2]!.status = 'done'; }),
      fail: mutate(P, (d) => { d.actions[2]!.due = '2025-04-07'; d.actions[2]!.status = 'inProgress'; }),
      path: 'actions.2.due',
    },
  ],
  'action.overdue': [
    {
      kind: 'actionPlan',
      options: { today: '2025-04-12' },
      pass: mutate(P, (d) => { d.actions[2]!.status = 'done'; d.actions[6]!.status = 'done'; }),
      fail: mutate(P, (d) => (d.actions[6]!.status = 'done')),
      path: 'actions.2.due',
    },
  ],
  'plan.attendeeWithoutAction': [
    { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => (d.actions = d.actions.filter((a) => a.ownerId !== 'a7'))), path: 'members.6' },
  ],
  'plan.monitoringRequired': [
    { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => (d.monitoring = { nextDate: '2025-04-08' })), path: 'monitoring.nextDate' },
  ],
  'plan.monitoringOverdue': [
    { kind: 'actionPlan', options: { today: '2025-05-13' }, pass: P, fail: mutate(P, (d) => (d.monitoring!.nextDate = '2025-05-12')), path: 'monitoring.nextDate' },
  ],
  'plan.leadRequired': [
    { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => (d.team = {})), path: 'team.leadId' },
  ],
  'plan.leadByConsent': [
    {
      kind: 'actionPlan',
      options: { policy: { id: 'm', name: { ja: 'm', en: 'm' }, rules: { 'plan.leadByConsent': 'error' } } },
      pass: mutate(P, (d) => (d.team!.leadIsCoordinator = true)),
      fail: P,
      path: 'team.leadIsCoordinator',
    },
  ],
  'termination.dateRequired': [
    {
      kind: 'actionPlan',
      pass: mutate(P, (d) => { d.status = 'terminated'; d.termination = { date: '2025-09-01', reason: 'movedOut' }; }),
      fail: mutate(P, (d) => { d.status = 'terminated'; d.termination = { reason: 'movedOut' }; }),
      path: 'termination.date',
    },
  ],
  'termination.reasonRequired': [
    {
      kind: 'actionPlan',
      pass: mutate(P, (d) => { d.status = 'terminated'; d.termination = { date: '2025-09-01', reason: 'death' }; }),
      fail: mutate(P, (d) => { d.status = 'terminated'; d.termination = { date: '2025-09-01' }; }),
      path: 'termination.reason',
    },
  ],
  'termination.successorRequired': [
    {
      kind: 'actionPlan',
      pass: mutate(P, (d) => { d.status = 'terminated'; d.termination = { date: '2025-09-01', reason: 'mainSupporterDecided', successor: '子育て支援課' }; }),
      fail: mutate(P, (d) => { d.status = 'terminated'; d.termination = { date: '2025-09-01', reason: 'mainSupporterDecided' }; }),
      path: 'termination.successor',
    },
  ],
  'termination.beforePlan': [
    {
      kind: 'actionPlan',
      pass: mutate(P, (d) => { d.status = 'terminated'; d.termination = { date: '2025-04-08', reason: 'movedOut' }; }),
      fail: mutate(P, (d) => { d.status = 'terminated'; d.termination = { date: '2025-04-01', reason: 'movedOut' }; }),
      path: 'termination.date',
    },
  ],
  'case.statusOrder': [
    { kind: 'case', pass: case8050, fail: mutate(case8050, (d) => (d.statusHistory[2]!.date = '2025-05-01')), path: 'statusHistory.2.date' },
    { kind: 'case', pass: case8050, fail: mutate(case8050, (d) => (d.statusHistory[0]!.status = 'coordinating')), path: 'statusHistory.0.status' },
  ],
  'case.reopenWithoutTermination': [
    { kind: 'case', pass: case8050, fail: mutate(case8050, (d) => d.statusHistory.splice(4, 1)), path: 'statusHistory.4.status' },
  ],
  'case.meetingWithoutConsent': [
    // Consent withdrawn before the 重層的支援会議: the core refuses it.
    {
      kind: 'case',
      pass: case8050,
      fail: mutate(case8050, (d) => d.consentHistory.push({ status: 'withdrawn', date: '2025-07-05' })),
      path: 'meetings.1.meeting.legalKind',
    },
    // A withdrawal after the meeting does not make it invalid.
    {
      kind: 'case',
      pass: mutate(case8050, (d) => d.consentHistory.push({ status: 'withdrawn', date: '2025-07-11' })),
      fail: mutate(case8050, (d) => (d.consentHistory[1]!.date = '2025-07-11')),
      path: 'meetings.1.meeting.legalKind',
    },
  ],
};

describe('every rule has a passing and a failing document', () => {
  it('covers every rule code', () => {
    expect(Object.keys(cases).sort()).toEqual([...RULE_CODES].sort());
  });

  for (const [code, rows] of Object.entries(cases) as [RuleCode, Case[]][]) {
    rows.forEach((row, n) => {
      it(`${code} #${n + 1}: passes`, () => {
        const on = findings(row.kind, row.pass, row.options).filter((i) => i.code === code);
        expect(on).toEqual([]);
      });
      it(`${code} #${n + 1}: fails at ${row.path}`, () => {
        const on = findings(row.kind, row.fail, row.failOptions ?? row.options).filter((i) => i.code === code);
        expect(on.map((i) => i.path.join('.'))).toContain(row.path);
      });
    });
  }
});

describe('policies', () => {
  const unassigned = mutate(P, (d) => (d.actions = d.actions.filter((a) => a.ownerId !== 'a7')));

  it('warns about an attendee without a role under the default policy, and does not block', () => {
    const issues = findings('actionPlan', unassigned);
    expect(issues.find((i) => i.code === 'plan.attendeeWithoutAction')?.severity).toBe('warning');
  });

  it('blocks it under the Takashima example policy', () => {
    const issues = findings('actionPlan', unassigned, { policy: TAKASHIMA_EXAMPLE_POLICY });
    expect(issues.find((i) => i.code === 'plan.attendeeWithoutAction')?.severity).toBe('error');
  });

  it('can switch a rule off', () => {
    const noConsent = mutate(hoardedHouseReferral, (d) => (d.consent = { status: 'unchecked' }));
    const off = { id: 'x', name: { ja: 'x', en: 'x' }, rules: { 'referral.consentUnchecked': 'off' as const } };
    expect(findings('referral', noConsent).map((i) => i.code)).toContain('referral.consentUnchecked');
    expect(findings('referral', noConsent, { policy: off }).map((i) => i.code)).not.toContain('referral.consentUnchecked');
  });
});
