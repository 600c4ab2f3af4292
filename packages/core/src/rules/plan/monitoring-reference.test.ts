// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, P, case8050, mutate } from '../testing';

const reviewed = case8050.plans[1]!;

ruleCases('plan.monitoringReference', [
  // Who monitors is a team member.
  { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => (d.monitoring!.byId = 'z9')), path: 'monitoring.byId' },
  // Each result is for one of the plan's actions…
  {
    kind: 'actionPlan',
    options: { today: '2026-03-31' },
    pass: reviewed,
    fail: mutate(reviewed, (d) => (d.monitoring!.records![0]!.actionResults![1]!.actionId = 'x1')),
    path: 'monitoring.records.0.actionResults.1.actionId',
  },
  // …once per review.
  {
    kind: 'actionPlan',
    options: { today: '2026-03-31' },
    pass: reviewed,
    fail: mutate(reviewed, (d) => (d.monitoring!.records![0]!.actionResults![1]!.actionId = 'y2')),
    path: 'monitoring.records.0.actionResults.1.actionId',
  },
]);
