// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate } from '../testing';
import { noConsentSession, threeCaseSession } from '../testing';

ruleCases('session.minutesCircle', [
  // The 住宅政策課 invitee was absent: the minutes do not go to them.
  { kind: 'meetingSession', pass: threeCaseSession, fail: mutate(threeCaseSession, (s) => s.minutesTo!.push('x9')), path: 'minutesTo.4' },
  // Nor to an id no one was invited under.
  {
    kind: 'meetingSession',
    pass: threeCaseSession,
    fail: mutate(threeCaseSession, (s) => (s.minutesTo = ['nobody'])),
    path: 'minutesTo.0',
  },
  // In a 支援会議, a supporter who took part but never acknowledged confidentiality is outside the circle.
  {
    kind: 'meetingSession',
    pass: mutate(noConsentSession, (s) => (s.minutesTo = [s.invitations[1]!.id])),
    fail: mutate(noConsentSession, (s) => {
      s.minutesTo = [s.invitations[1]!.id];
      s.invitations[1]!.confidentialityAcknowledged = false;
    }),
    path: 'minutesTo.0',
  },
]);
