// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, R, case8050, mutate } from '../testing';

ruleCases('household.selfAsMember', [
  { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.members[1]!.relationship = 'self')), path: 'members.1.relationship' },
  {
    kind: 'case',
    pass: case8050,
    fail: mutate(case8050, (d) => (d.household.members[0]!.relationship = 'self')),
    path: 'household.members.0.relationship',
  },
]);
