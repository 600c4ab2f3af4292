// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, M, R, case8050, mutate } from '../testing';

ruleCases('document.duplicateId', [
  { kind: 'supportSharing', pass: M, fail: mutate(M, (d) => (d.attendees[1]!.id = 'a1')), path: 'attendees.1.id' },
  // The person's id and the members' share one set: a consent or an issue points at exactly one person.
  { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.members[0]!.id = 'p1')), path: 'members.0.id' },
  {
    kind: 'case',
    pass: case8050,
    fail: mutate(case8050, (d) => (d.household.members[0]!.id = d.household.person.id!)),
    path: 'household.members.0.id',
  },
]);
