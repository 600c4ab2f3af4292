// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, P, mutate } from '../testing';

ruleCases('action.dueRequired', [
  {
    kind: 'actionPlan',
    pass: mutate(P, (d) => {
      delete d.actions[2]!.due;
      d.actions[2]!.status = 'cancelled';
    }),
    fail: mutate(P, (d) => delete d.actions[2]!.due),
    path: 'actions.2.due',
  },
  // Informal support (民生委員) and ongoing 見守り have no due date in practice: not this rule's business.
  {
    kind: 'actionPlan',
    pass: mutate(P, (d) => {
      delete d.actions[12]!.due;
      delete d.actions[5]!.due;
    }),
    fail: mutate(P, (d) => {
      delete d.actions[12]!.due;
      d.actions[12]!.formality = 'formal';
    }),
    path: 'actions.12.due',
  },
]);
