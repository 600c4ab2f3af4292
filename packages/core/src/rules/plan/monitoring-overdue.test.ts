// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, P, mutate } from '../../../../../test/core/rule-cases';

ruleCases('plan.monitoringOverdue', [
  {
    kind: 'actionPlan',
    options: { today: '2025-05-13' },
    pass: P,
    fail: mutate(P, (d) => (d.monitoring!.nextDate = '2025-05-12')),
    path: 'monitoring.nextDate',
  },
]);
