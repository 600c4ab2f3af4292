// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, P, mutate } from '../testing';

ruleCases('plan.leadRequired', [{ kind: 'actionPlan', pass: P, fail: mutate(P, (d) => (d.team = {})), path: 'team.leadId' }]);
