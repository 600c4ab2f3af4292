// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, P, mutate } from '../testing';

ruleCases('termination.successorRequired', [
  {
    kind: 'actionPlan',
    pass: mutate(P, (d) => {
      d.status = 'terminated';
      d.termination = { date: '2025-09-01', reason: 'mainSupporterDecided', successor: '子育て支援課' };
    }),
    fail: mutate(P, (d) => {
      d.status = 'terminated';
      d.termination = { date: '2025-09-01', reason: 'mainSupporterDecided' };
    }),
    path: 'termination.successor',
  },
]);
