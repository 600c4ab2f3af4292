// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate } from '../testing';
import { sessionCases, threeCaseSession } from '../testing';

const options = { today: '2025-07-31', cases: sessionCases };
ruleCases('session.attendeeNotInvited', [
  // Someone in the 8050 discussion who did not come to the session (replied 欠席).
  {
    kind: 'meetingSession',
    options,
    pass: threeCaseSession,
    fail: mutate(threeCaseSession, (s) => (s.invitations.find((i) => i.id === 'b3')!.reply = 'absent')),
    path: 'agenda.0.supportSharingId',
  },
  // Matched by name and agency when the ids differ (ｽﾍﾟｰｽ and width aside).
  {
    kind: 'meetingSession',
    options,
    pass: mutate(threeCaseSession, (s) => {
      const b2 = s.invitations.find((i) => i.id === 'b2')!;
      b2.id = 'z2';
      b2.organization = '地域包括支援センター ';
      s.minutesTo = s.minutesTo!.filter((x) => x !== 'b2');
    }),
    fail: mutate(threeCaseSession, (s) => {
      const b2 = s.invitations.find((i) => i.id === 'b2')!;
      b2.id = 'z2';
      b2.name = '石井 由';
      s.minutesTo = s.minutesTo!.filter((x) => x !== 'b2');
    }),
    path: 'agenda.0.supportSharingId',
  },
]);
