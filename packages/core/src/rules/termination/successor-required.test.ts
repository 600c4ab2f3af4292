// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, P, mutate } from '../../../../../test/core/rule-cases';

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
