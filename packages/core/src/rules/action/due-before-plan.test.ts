// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, P, mutate } from '../testing';

ruleCases('action.dueBeforePlan', [
  { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => (d.actions[2]!.due = '2025-04-07')), path: 'actions.2.due' },
  // A finished action carried into a revised plan keeps its old due date.
  {
    kind: 'actionPlan',
    pass: mutate(P, (d) => {
      d.actions[2]!.due = '2025-04-07';
      d.actions[2]!.status = 'done';
    }),
    fail: mutate(P, (d) => {
      d.actions[2]!.due = '2025-04-07';
      d.actions[2]!.status = 'inProgress';
    }),
    path: 'actions.2.due',
  },
]);
