// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate, tsunagiCase } from '../testing';

ruleCases('tsunagi.wrongSide', [
  // The requester recorded the receiver's 受理 as if it were theirs.
  {
    kind: 'case',
    options: { today: '2025-10-01' },
    pass: tsunagiCase,
    fail: mutate(tsunagiCase, (c) => (c.tsunagi![0]!.steps[1]!.by = 'requester')),
    path: 'tsunagi.0.steps.1.by',
  },
  // The receiver withdrew the 依頼: only the side that asked may.
  {
    kind: 'case',
    options: { today: '2025-12-05' },
    pass: mutate(tsunagiCase, (c) => c.tsunagi![2]!.steps.push({ status: 'cancelled', date: '2025-12-03', by: 'requester' })),
    fail: mutate(tsunagiCase, (c) => c.tsunagi![2]!.steps.push({ status: 'cancelled', date: '2025-12-03', by: 'receiver' })),
    path: 'tsunagi.2.steps.1.by',
  },
]);
