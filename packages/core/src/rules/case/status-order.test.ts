// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, case8050, mutate } from '../testing';

ruleCases('case.statusOrder', [
  { kind: 'case', pass: case8050, fail: mutate(case8050, (d) => (d.statusHistory[2]!.date = '2025-05-01')), path: 'statusHistory.2.date' },
  {
    kind: 'case',
    pass: case8050,
    fail: mutate(case8050, (d) => (d.statusHistory[0]!.status = 'coordinating')),
    path: 'statusHistory.0.status',
  },
]);
