// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate } from '../testing';
import { mixedSession, mixedSessionCases } from '../testing';
import { noConsentSession, sessionCaseNoConsent, sessionCases, threeCaseSession } from '../testing';

const cases = [...sessionCases, sessionCaseNoConsent];
const options = { today: '2025-07-31', cases };
ruleCases('session.consent', [
  // The third case's consent covers collecting information only: not the 本人同意 a 重層的支援会議 needs (盛岡, seed 001 l.437).
  {
    kind: 'meetingSession',
    options,
    pass: threeCaseSession,
    fail: threeCaseSession,
    failOptions: {
      ...options,
      cases: cases.map((c) =>
        c.id === sessionCases[2]!.id
          ? { ...c, consentHistory: c.consentHistory.map((x) => ({ ...x, scope: { provide: false, collect: true } })) }
          : c,
      ),
    },
    path: 'agenda.2.caseId',
  },
  // Three cases with consent in a 重層的支援会議; the no-consent case added to its agenda fails.
  {
    kind: 'meetingSession',
    options,
    pass: threeCaseSession,
    fail: mutate(threeCaseSession, (s) => s.agenda.push({ caseId: sessionCaseNoConsent.id })),
    path: 'agenda.3.caseId',
  },
  // The no-consent case belongs on a 支援会議 session; the same session held as a 重層的支援会議 fails.
  {
    kind: 'meetingSession',
    options,
    pass: noConsentSession,
    fail: mutate(noConsentSession, (s) => (s.legalKind = 'juusou')),
    path: 'agenda.0.caseId',
  },
  // Consent given after the session date does not count (the third case's is dated 2025-06-20).
  {
    kind: 'meetingSession',
    options,
    pass: threeCaseSession,
    fail: mutate(threeCaseSession, (s) => (s.date = '2025-06-19')),
    path: 'agenda.2.caseId',
  },
  // 米子's mixed session: the case without consent is discussed as a 支援会議 (seed 001 l.2246); as a 重層的支援会議 it fails.
  {
    kind: 'meetingSession',
    options: { today: '2025-07-31', cases: mixedSessionCases },
    pass: mixedSession,
    fail: mutate(mixedSession, (s) => (s.agenda[2]!.legalKind = 'juusou')),
    path: 'agenda.2.legalKind',
  },
  // …and so it does when the item takes the session's kind.
  {
    kind: 'meetingSession',
    options: { today: '2025-07-31', cases: mixedSessionCases },
    pass: mixedSession,
    fail: mutate(mixedSession, (s) => delete s.agenda[2]!.legalKind),
    path: 'agenda.2.caseId',
  },
]);
