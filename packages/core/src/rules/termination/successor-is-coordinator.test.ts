// The rule's passing and failing documents (rules/testing.ts runs them).
import { MORIOKA_EXAMPLE_POLICY } from '@tsunagu/core';
import { ruleCases, P, mutate } from '../testing';

const handedTo = (successor: string) =>
  mutate(P, (d) => {
    d.status = 'terminated';
    d.team = { ...d.team, coordinatorOrganization: '盛岡市社会福祉協議会' };
    d.termination = { date: '2025-09-01', reason: 'mainSupporterDecided', successor };
  });

// 盛岡: 社協以外の関係機関が新たなチームリーダーとなり支援を継続する (seed 001 l.438).
ruleCases('termination.successorIsCoordinator', [
  // Typed with a full-width space: still the coordinator's own office.
  {
    kind: 'actionPlan',
    options: { policy: MORIOKA_EXAMPLE_POLICY },
    pass: handedTo('地域包括支援センター'),
    fail: handedTo('盛岡市　社会福祉協議会'),
    path: 'termination.successor',
  },
]);
