// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, R, mutate } from '../testing';

ruleCases('consent.dateMissing', [
  { kind: 'referral', pass: R, fail: mutate(R, (d) => delete d.consent.date), path: 'consent.date' },
  // No one was asked: 本人未接触 has no date to give; 同意なし does.
  {
    kind: 'referral',
    pass: mutate(R, (d) => (d.consent = { status: 'notContacted' })),
    fail: mutate(R, (d) => (d.consent = { status: 'refused' })),
    path: 'consent.date',
  },
]);
