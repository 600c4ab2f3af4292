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
  // 「一定期間関与がない」 closes a case with nobody necessarily carrying on (氷見, seed 001 l.1502): no successor is asked.
  {
    kind: 'actionPlan',
    pass: mutate(P, (d) => {
      d.status = 'terminated';
      d.termination = { date: '2025-09-01', reason: 'noInvolvement' };
    }),
    fail: mutate(P, (d) => {
      d.status = 'terminated';
      d.termination = { date: '2025-09-01', reason: 'other' };
    }),
    path: 'termination.successor',
  },
]);
