// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate } from '../testing';
import { mixedSession } from '../testing';
import { sessionCases, threeCaseSession } from '../testing';

const options = { today: '2025-07-31', cases: sessionCases };
ruleCases('session.reference', [
  {
    kind: 'meetingSession',
    pass: threeCaseSession,
    fail: mutate(threeCaseSession, (s) => (s.facilitatorId = 'nobody')),
    path: 'facilitatorId',
  },
  { kind: 'meetingSession', pass: threeCaseSession, fail: mutate(threeCaseSession, (s) => (s.recorderId = 'nobody')), path: 'recorderId' },
  {
    kind: 'meetingSession',
    pass: threeCaseSession,
    fail: mutate(threeCaseSession, (s) => s.minutesTo!.push('nobody')),
    path: 'minutesTo.4',
  },
  // With the cases: each case is given, and each discussion is that case's, on this session's day, linked to it.
  {
    kind: 'meetingSession',
    options,
    pass: threeCaseSession,
    fail: mutate(threeCaseSession, (s) => (s.agenda[1]!.caseId = 'case-9999')),
    path: 'agenda.1.caseId',
  },
  {
    kind: 'meetingSession',
    options,
    pass: threeCaseSession,
    fail: mutate(threeCaseSession, (s) => (s.agenda[0]!.supportSharingId = 'mtg-2025-040')),
    path: 'agenda.0.supportSharingId',
  },
  {
    kind: 'meetingSession',
    options,
    pass: threeCaseSession,
    fail: mutate(threeCaseSession, (s) => (s.id = 'ses-other')),
    path: 'agenda.0.supportSharingId',
  },
  // Who sat for a case, and its recipients, are among the invitations.
  {
    kind: 'meetingSession',
    pass: mixedSession,
    fail: mutate(mixedSession, (s) => s.agenda[2]!.attendeeIds!.push('nobody')),
    path: 'agenda.2.attendeeIds.2',
  },
  {
    kind: 'meetingSession',
    pass: mixedSession,
    fail: mutate(mixedSession, (s) => (s.agenda[0]!.minutesTo = ['nobody'])),
    path: 'agenda.0.minutesTo.0',
  },
]);
