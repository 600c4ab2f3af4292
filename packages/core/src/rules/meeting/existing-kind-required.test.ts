// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, M, mutate } from '../../../../../test/core/rule-cases';

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
