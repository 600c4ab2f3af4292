// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, M, mutate } from '../../../../../test/core/rule-cases';

ruleCases('meeting.consentRequired', [
  {
    kind: 'supportSharing',
    pass: M,
    fail: mutate(M, (d) => (d.consent = { status: 'refused', date: '2025-04-01' })),
    path: 'meeting.legalKind',
  },
  { kind: 'supportSharing', pass: M, fail: mutate(M, (d) => (d.consent.date = '2025-04-09')), path: 'meeting.legalKind' },
]);
