// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, M, mutate } from '../testing';

ruleCases('meeting.existingKindRequired', [
  {
    kind: 'supportSharing',
    pass: mutate(M, (d) => {
      d.meeting.legalKind = 'existing';
      d.meeting.existingKind = 'childProtection';
    }),
    fail: mutate(M, (d) => (d.meeting.legalKind = 'existing')),
    path: 'meeting.existingKind',
  },
]);
