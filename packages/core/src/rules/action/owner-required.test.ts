// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, P, mutate } from '../../../../../test/core/rule-cases';

ruleCases('action.ownerRequired', [
  { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => delete d.actions[12]!.ownerOrganization), path: 'actions.12.ownerId' },
]);
