// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, P, mutate } from '../../../../../test/core/rule-cases';

ruleCases('action.ownerUnknown', [
  { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => (d.actions[0]!.ownerId = 'zz')), path: 'actions.0.ownerId' },
]);
