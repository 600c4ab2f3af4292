// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, P, mutate } from '../testing';

ruleCases('plan.monitoringOverdue', [
  {
    kind: 'actionPlan',
    options: { today: '2025-05-13' },
    pass: P,
    fail: mutate(P, (d) => (d.monitoring!.nextDate = '2025-05-12')),
    path: 'monitoring.nextDate',
  },
]);
