// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, P, mutate } from '../testing';

ruleCases('action.ownerUnknown', [
  { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => (d.actions[0]!.ownerId = 'zz')), path: 'actions.0.ownerId' },
]);
