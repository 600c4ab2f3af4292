// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, R, case8050, mutate } from '../testing';

ruleCases('household.memberUnknown', [
  // Whose consent: the person, a member — or someone not there.
  {
    kind: 'referral',
    pass: mutate(R, (d) => (d.consent.personId = 'c1')),
    fail: mutate(R, (d) => (d.consent.personId = 'zz')),
    path: 'consent.personId',
  },
  {
    kind: 'case',
    pass: mutate(case8050, (d) => (d.consentHistory[0]!.personId = 'm1')),
    fail: mutate(case8050, (d) => (d.consentHistory[0]!.personId = 'zz')),
    path: 'consentHistory.0.personId',
  },
  // An issue per member links to a member of the case's household.
  {
    kind: 'case',
    pass: case8050,
    fail: mutate(case8050, (d) => (d.meetings[1]!.shared!.memberIssues![0]!.memberId = 'c9')),
    path: 'meetings.1.shared.memberIssues.0.memberId',
  },
  // Whom a contact was with, whom a small change is about.
  {
    kind: 'case',
    pass: case8050,
    fail: mutate(case8050, (d) => (d.contacts![3]!.withMemberIds = ['m9'])),
    path: 'contacts.3.withMemberIds.0',
  },
  { kind: 'case', pass: case8050, fail: mutate(case8050, (d) => (d.changes![0]!.memberId = 'x')), path: 'changes.0.memberId' },
]);
