// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, P, mutate } from '../testing';

ruleCases('action.ownerRequired', [
  { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => delete d.actions[12]!.ownerOrganization), path: 'actions.12.ownerId' },
]);
