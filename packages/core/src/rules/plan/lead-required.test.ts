// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, P, mutate } from '../../../../../test/core/rule-cases';

ruleCases('plan.leadRequired', [{ kind: 'actionPlan', pass: P, fail: mutate(P, (d) => (d.team = {})), path: 'team.leadId' }]);
