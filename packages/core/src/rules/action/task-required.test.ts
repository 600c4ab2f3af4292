// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, P, mutate } from '../testing';

ruleCases('action.taskRequired', [
  { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => (d.actions[2]!.task = '')), path: 'actions.2.task' },
]);
