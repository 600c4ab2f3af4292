// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate } from '../testing';
import { mixedSession } from '../testing';
import { noConsentSession, threeCaseSession } from '../testing';

ruleCases('session.confidentiality', [
  // A supporter attending a 支援会議 without acknowledging confidentiality fails.
  {
    kind: 'meetingSession',
    pass: noConsentSession,
    fail: mutate(noConsentSession, (s) => (s.invitations[1]!.confidentialityAcknowledged = false)),
    path: 'invitations.1.confidentialityAcknowledged',
  },
  // A proxy takes part too.
  {
    kind: 'meetingSession',
    pass: mutate(noConsentSession, (s) => (s.invitations[1]!.reply = 'absent')),
    fail: mutate(noConsentSession, (s) => {
      s.invitations[1]!.reply = 'proxy';
      delete s.invitations[1]!.confidentialityAcknowledged;
    }),
    path: 'invitations.1.confidentialityAcknowledged',
  },
  // Not asked of 本人 in a 支援会議, nor of anyone in a 重層的支援会議 (the policy's juusou rule is for support-sharing documents).
  {
    kind: 'meetingSession',
    pass: mutate(noConsentSession, (s) =>
      s.invitations.push({ id: 'i9', name: '森田 修', organization: '本人', role: 'person', reply: 'attending' }),
    ),
    fail: mutate(noConsentSession, (s) =>
      s.invitations.push({ id: 'i9', name: '森田 修', organization: '架空市社会福祉協議会', role: 'participant', reply: 'attending' }),
    ),
    path: 'invitations.2.confidentialityAcknowledged',
  },
  {
    kind: 'meetingSession',
    pass: mutate(threeCaseSession, (s) => (s.invitations[0]!.confidentialityAcknowledged = false)),
    fail: mutate(threeCaseSession, (s) => {
      s.legalKind = 'shien';
      s.invitations[0]!.confidentialityAcknowledged = false;
    }),
    path: 'invitations.0.confidentialityAcknowledged',
  },
  // In 米子's mixed session, whoever sat for the 支援会議 case acknowledges confidentiality…
  {
    kind: 'meetingSession',
    pass: mixedSession,
    fail: mutate(mixedSession, (s) => (s.invitations.find((i) => i.id === 'i2')!.confidentialityAcknowledged = false)),
    path: 'invitations.7.confidentialityAcknowledged',
  },
  // …and one who sat only for the 重層的支援会議 cases is not asked (a2 of the family's team); sitting for the 支援会議 case, they are.
  {
    kind: 'meetingSession',
    pass: mutate(mixedSession, (s) => (s.invitations.find((i) => i.id === 'a2')!.confidentialityAcknowledged = false)),
    fail: mutate(mixedSession, (s) => {
      s.invitations.find((i) => i.id === 'a2')!.confidentialityAcknowledged = false;
      s.agenda[2]!.attendeeIds!.push('a2');
    }),
    path: 'invitations.4.confidentialityAcknowledged',
  },
]);
