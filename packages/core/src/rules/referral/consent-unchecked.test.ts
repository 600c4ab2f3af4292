// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, R, mutate } from '../testing';

ruleCases('referral.consentUnchecked', [
  { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.consent = { status: 'unchecked' })), path: 'consent.status' },
  // 確認中 is not a result either; 本人未接触 is (氷見: a neighbour's call, seed 003 l.760): the referral goes ahead.
  {
    kind: 'referral',
    pass: mutate(R, (d) => (d.consent = { status: 'notContacted' })),
    fail: mutate(R, (d) => (d.consent = { status: 'checking' })),
    path: 'consent.status',
  },
]);
