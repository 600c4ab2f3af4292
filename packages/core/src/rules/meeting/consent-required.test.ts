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
  // Consent to collect information but not to provide it is not the 本人同意 a 重層的支援会議 needs (盛岡, seed 001 l.437).
  {
    kind: 'supportSharing',
    pass: mutate(M, (d) => (d.consent.scope = { provide: true, collect: true })),
    fail: mutate(M, (d) => (d.consent.scope = { provide: false, collect: true })),
    path: 'meeting.legalKind',
  },
]);
