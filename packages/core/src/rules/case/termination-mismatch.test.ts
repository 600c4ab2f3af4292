// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, case8050, mutate } from '../testing';

ruleCases('case.terminationMismatch', [
  // The plan says closed on 01-15, the history on 01-20.
  {
    kind: 'case',
    pass: case8050,
    fail: mutate(case8050, (d) => (d.statusHistory[4]!.date = '2026-01-20')),
    path: 'plans.1.termination.date',
  },
  // The history says closed while the plan in force still runs.
  {
    kind: 'case',
    pass: case8050,
    fail: mutate(case8050, (d) => {
      d.plans[1]!.status = 'active';
      d.plans[1]!.monitoring = { nextDate: '2026-03-10' };
    }),
    path: 'statusHistory.4.status',
  },
]);
