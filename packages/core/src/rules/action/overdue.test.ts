// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, P, mutate } from '../testing';

ruleCases('action.overdue', [
  {
    kind: 'actionPlan',
    options: { today: '2025-04-12' },
    pass: mutate(P, (d) => {
      d.actions[2]!.status = 'done';
      d.actions[6]!.status = 'done';
    }),
    fail: mutate(P, (d) => (d.actions[6]!.status = 'done')),
    path: 'actions.2.due',
  },
]);
