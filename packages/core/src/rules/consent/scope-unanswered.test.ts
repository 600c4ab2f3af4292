// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, R, mutate } from '../testing';

ruleCases('consent.scopeUnanswered', [
  { kind: 'referral', pass: R, fail: mutate(R, (d) => delete d.consent.scope), path: 'consent.scope.provide' },
  // A "no" is an answer; only a question left open is asked again.
  {
    kind: 'referral',
    pass: mutate(R, (d) => (d.consent.scope = { provide: false, collect: false })),
    fail: mutate(R, (d) => (d.consent.scope = { provide: true })),
    path: 'consent.scope.collect',
  },
  // Without consent there is no scope to ask.
  {
    kind: 'referral',
    pass: mutate(R, (d) => (d.consent = { status: 'refused', date: '2025-04-01' })),
    fail: mutate(R, (d) => (d.consent = { status: 'given', date: '2025-04-01' })),
    path: 'consent.scope.provide',
  },
]);
