// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate, tsunagiCase } from '../testing';

ruleCases('tsunagi.reference', [
  // The action that made the つなぎ is not in the plan named.
  {
    kind: 'case',
    options: { today: '2025-10-01' },
    pass: tsunagiCase,
    fail: mutate(tsunagiCase, (c) => (c.tsunagi![0]!.actionId = 'y9')),
    path: 'tsunagi.0.actionId',
  },
  // A plan that is not in the case.
  {
    kind: 'case',
    options: { today: '2025-10-01' },
    pass: tsunagiCase,
    fail: mutate(tsunagiCase, (c) => (c.tsunagi![0]!.planId = 'plan-999')),
    path: 'tsunagi.0.planId',
  },
  // The referral whose C票 response made it.
  {
    kind: 'case',
    options: { today: '2025-10-01' },
    pass: mutate(tsunagiCase, (c) => (c.tsunagi![1]!.referralId = c.referrals[0]!.id!)),
    fail: mutate(tsunagiCase, (c) => (c.tsunagi![1]!.referralId = 'ref-none')),
    path: 'tsunagi.1.referralId',
  },
]);
