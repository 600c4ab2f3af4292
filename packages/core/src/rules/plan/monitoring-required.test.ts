// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, P, mutate } from '../../../../../test/core/rule-cases';

ruleCases('plan.monitoringRequired', [
  { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => (d.monitoring = { nextDate: '2025-04-08' })), path: 'monitoring.nextDate' },
]);
