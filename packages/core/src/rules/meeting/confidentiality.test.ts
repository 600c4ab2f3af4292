// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, M, mutate } from '../../../../../test/core/rule-cases';

ruleCases('meeting.confidentiality', [
  {
    kind: 'supportSharing',
    pass: mutate(M, (d) => (d.meeting.legalKind = 'shien')),
    fail: mutate(M, (d) => { d.meeting.legalKind = 'shien'; d.attendees[4]!.confidentialityAcknowledged = false; }),
    path: 'attendees.4.confidentialityAcknowledged',
  },
]);
