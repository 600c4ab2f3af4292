// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, P, mutate } from '../testing';

ruleCases('plan.attendeeWithoutAction', [
  { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => (d.actions = d.actions.filter((a) => a.ownerId !== 'a7'))), path: 'members.6' },
]);
