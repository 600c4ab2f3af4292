// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, P, mutate } from '../testing';

ruleCases('termination.beforePlan', [
  {
    kind: 'actionPlan',
    pass: mutate(P, (d) => {
      d.status = 'terminated';
      d.termination = { date: '2025-04-08', reason: 'movedOut' };
    }),
    fail: mutate(P, (d) => {
      d.status = 'terminated';
      d.termination = { date: '2025-04-01', reason: 'movedOut' };
    }),
    path: 'termination.date',
  },
]);
