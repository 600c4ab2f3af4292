// The rule's passing and failing documents (rules/testing.ts runs them).
import { MORIOKA_EXAMPLE_POLICY } from '@tsunagu/core';
import { ruleCases, P, mutate } from '../testing';

const handedTo = (successor: string) =>
  mutate(P, (d) => {
    d.status = 'terminated';
    d.team = { ...d.team, coordinatorOrganization: '盛岡市社会福祉協議会' };
    d.termination = {
      date: '2025-09-01',
      reason: 'mainSupporterDecided',
      accompaniers: [
        { id: 'acc-1', organization: '民生委員', name: '大野 清', formality: 'informal', reportsBack: true },
        { id: 'acc-2', organization: successor, formality: 'formal', leads: true },
      ],
    };
  });

// 盛岡: 社協以外の関係機関が新たなチームリーダーとなり支援を継続する (seed 001 l.438).
ruleCases('termination.successorIsCoordinator', [
  // Typed with a full-width space: still the coordinator's own office.
  {
    kind: 'actionPlan',
    options: { policy: MORIOKA_EXAMPLE_POLICY },
    pass: handedTo('地域包括支援センター'),
    fail: handedTo('盛岡市　社会福祉協議会'),
    path: 'termination.accompaniers.1.organization',
  },
  // 社協 may stay beside the person (a formal accompanier who does not lead); it may not lead.
  {
    kind: 'actionPlan',
    options: { policy: MORIOKA_EXAMPLE_POLICY },
    pass: mutate(handedTo('地域包括支援センター'), (d) =>
      d.termination!.accompaniers!.push({
        id: 'acc-3',
        organization: '盛岡市社会福祉協議会',
        formality: 'formal',
        role: '月1回の経過確認',
      }),
    ),
    fail: mutate(handedTo('地域包括支援センター'), (d) =>
      d.termination!.accompaniers!.push({ id: 'acc-3', organization: '盛岡市社会福祉協議会', formality: 'formal', leads: true }),
    ),
    path: 'termination.accompaniers.2.organization',
  },
]);
