// The rule's passing and failing documents (rules/testing.ts runs them).
import { MORIOKA_EXAMPLE_POLICY } from '@tsunagu/core';
import { ruleCases, P, mutate } from '../testing';

const terminated = (meeting?: string) =>
  mutate(P, (d) => {
    d.status = 'terminated';
    d.termination = {
      date: '2025-09-01',
      reason: 'mainSupporterDecided',
      accompaniers: [{ id: 'acc-1', organization: '子育て支援課', formality: 'formal', leads: true }],
      ...(meeting ? { decidedInMeetingId: meeting } : {}),
    };
  });

// 盛岡: 終結は重層的支援会議の場で決める (seed 001 l.1095).
ruleCases('termination.meetingRequired', [
  {
    kind: 'actionPlan',
    options: { policy: MORIOKA_EXAMPLE_POLICY },
    pass: terminated('mtg-2025-090'),
    fail: terminated(),
    path: 'termination.decidedInMeetingId',
  },
]);
