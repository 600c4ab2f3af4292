// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, P, mutate } from '../testing';

ruleCases('termination.dateRequired', [
  {
    kind: 'actionPlan',
    pass: mutate(P, (d) => {
      d.status = 'terminated';
      d.termination = { date: '2025-09-01', reason: 'movedOut' };
    }),
    fail: mutate(P, (d) => {
      d.status = 'terminated';
      d.termination = { reason: 'movedOut' };
    }),
    path: 'termination.date',
  },
]);
