// The rule's passing and failing documents (rules/testing.ts runs them).
import { SAKAI_EXAMPLE_POLICY } from '@tsunagu/core';
import { ruleCases, P, mutate } from '../testing';

const options = { policy: SAKAI_EXAMPLE_POLICY };
ruleCases('plan.mainSupporterNotCoordinator', [
  // 坂井: 推進員はケースを持たない (seed 001 l.1693). The coordinator may lead the team; it does not act.
  {
    kind: 'actionPlan',
    options,
    pass: mutate(P, (d) => (d.team!.leadIsCoordinator = true)),
    fail: mutate(P, (d) => (d.team!.mainSupporterIsCoordinator = true)),
    path: 'team.mainSupporterIsCoordinator',
  },
]);
