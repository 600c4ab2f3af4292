// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, P, mutate } from '../testing';

ruleCases('plan.monitoringRequired', [
  { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => (d.monitoring = { nextDate: '2025-04-08' })), path: 'monitoring.nextDate' },
]);
