// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, P, mutate } from '../../../../../test/core/rule-cases';

ruleCases('action.dueRequired', [
  {
    kind: 'actionPlan',
    pass: mutate(P, (d) => { delete d.actions[2]!.due; d.actions[2]!.status = 'cancelled'; }),
    fail: mutate(P, (d) => delete d.actions[2]!.due),
    path: 'actions.2.due',
  },
]);
