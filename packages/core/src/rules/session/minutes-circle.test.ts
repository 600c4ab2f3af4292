// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate } from '../testing';
import { mixedSession } from '../testing';
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
  // 米子's mixed session: the hoarded house's minutes go to those who sat for it, not to 地域包括 (b2), who sat only for the 8050 case.
  {
    kind: 'meetingSession',
    pass: mixedSession,
    fail: mutate(mixedSession, (s) => s.agenda[2]!.minutesTo!.push('b2')),
    path: 'agenda.2.minutesTo.2',
  },
  // In that 支援会議 case a supporter who sat for it but never acknowledged confidentiality is outside its circle.
  {
    kind: 'meetingSession',
    pass: mixedSession,
    fail: mutate(mixedSession, (s) => (s.invitations.find((i) => i.id === 'i2')!.confidentialityAcknowledged = false)),
    path: 'agenda.2.minutesTo.1',
  },
  // The session's own recipients get every case's minutes: b1 sat for all three; b2 did not.
  {
    kind: 'meetingSession',
    pass: mutate(mixedSession, (s) => (s.minutesTo = ['b1'])),
    fail: mutate(mixedSession, (s) => (s.minutesTo = ['b1', 'b2'])),
    path: 'minutesTo.1',
  },
]);
