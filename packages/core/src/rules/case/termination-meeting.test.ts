// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, case8050, mutate } from '../testing';

ruleCases('case.terminationMeeting', [
  {
    kind: 'case',
    pass: case8050,
    fail: mutate(case8050, (d) => (d.plans[1]!.termination!.decidedInMeetingId = 'mtg-unknown')),
    path: 'plans.1.termination.decidedInMeetingId',
  },
  // A meeting after the closure cannot have decided it.
  {
    kind: 'case',
    pass: case8050,
    fail: mutate(case8050, (d) => (d.meetings[2]!.meeting.date = '2026-01-20')),
    path: 'plans.1.termination.decidedInMeetingId',
  },
]);
