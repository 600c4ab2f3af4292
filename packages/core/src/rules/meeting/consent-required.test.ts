// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, M, mutate } from '../testing';

ruleCases('meeting.consentRequired', [
  {
    kind: 'supportSharing',
    pass: M,
    fail: mutate(M, (d) => (d.consent = { status: 'refused', date: '2025-04-01' })),
    path: 'meeting.legalKind',
  },
  { kind: 'supportSharing', pass: M, fail: mutate(M, (d) => (d.consent.date = '2025-04-09')), path: 'meeting.legalKind' },
]);
