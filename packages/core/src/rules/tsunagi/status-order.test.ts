// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate, tsunagiCase } from '../testing';

ruleCases('tsunagi.statusOrder', [
  // Taken up before it was asked: the 受理 dated before the 依頼.
  {
    kind: 'case',
    options: { today: '2025-10-01' },
    pass: tsunagiCase,
    fail: mutate(tsunagiCase, (c) => (c.tsunagi![0]!.steps[1]!.date = '2025-07-10')),
    path: 'tsunagi.0.steps.1.date',
  },
  // Used (利用開始) after it was declined: nothing follows 辞退.
  {
    kind: 'case',
    options: { today: '2025-10-01' },
    pass: tsunagiCase,
    fail: mutate(tsunagiCase, (c) => c.tsunagi![1]!.steps.push({ status: 'started', date: '2025-08-01', by: 'receiver' })),
    path: 'tsunagi.1.steps.2.status',
  },
  // A つなぎ recorded from its 受理, without the 依頼.
  {
    kind: 'case',
    options: { today: '2025-10-01' },
    pass: tsunagiCase,
    fail: mutate(tsunagiCase, (c) => c.tsunagi![0]!.steps.shift()),
    path: 'tsunagi.0.steps.0.status',
  },
]);
