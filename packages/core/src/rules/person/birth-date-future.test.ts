// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, R, mutate } from '../testing';

ruleCases('person.birthDateFuture', [
  { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.person.birthDate = '2025-04-10')), path: 'person.birthDate' },
]);
