// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, P, mutate } from '../../../../../test/core/rule-cases';

ruleCases('action.taskRequired', [
  { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => (d.actions[2]!.task = '')), path: 'actions.2.task' },
]);
