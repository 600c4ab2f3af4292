// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, case8050, mutate } from '../testing';

ruleCases('case.meetingWithoutConsent', [
  // Consent withdrawn before the 重層的支援会議: the core refuses it.
  {
    kind: 'case',
    pass: case8050,
    fail: mutate(case8050, (d) => d.consentHistory.push({ status: 'withdrawn', date: '2025-07-05' })),
    path: 'meetings.1.meeting.legalKind',
  },
  // A withdrawal after the meeting does not make it invalid.
  {
    kind: 'case',
    pass: mutate(case8050, (d) => d.consentHistory.push({ status: 'withdrawn', date: '2026-01-16' })),
    fail: mutate(case8050, (d) => (d.consentHistory[1]!.date = '2025-07-11')),
    path: 'meetings.1.meeting.legalKind',
  },
]);
