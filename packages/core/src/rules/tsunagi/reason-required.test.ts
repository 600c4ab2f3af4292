// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate, tsunagiCase } from '../testing';

ruleCases('tsunagi.reasonRequired', [
  // The 配食サービス declined: without a reason the municipality learns nothing of the gap.
  {
    kind: 'case',
    options: { today: '2025-10-01' },
    pass: tsunagiCase,
    fail: mutate(tsunagiCase, (c) => delete c.tsunagi![1]!.steps[1]!.reason),
    path: 'tsunagi.1.steps.1.reason',
  },
  // つながらなかった asks for one too (連絡がつかない, 本人の意向 …).
  {
    kind: 'case',
    options: { today: '2025-10-01' },
    pass: mutate(tsunagiCase, (c) => (c.tsunagi![0]!.steps[3] = { status: 'notConnected', date: '2025-09-01', reason: 'personsWish' })),
    fail: mutate(tsunagiCase, (c) => (c.tsunagi![0]!.steps[3] = { status: 'notConnected', date: '2025-09-01' })),
    path: 'tsunagi.0.steps.3.reason',
  },
]);
