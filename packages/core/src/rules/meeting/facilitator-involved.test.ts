// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, M, mutate } from '../../../../../test/core/rule-cases';

ruleCases('meeting.facilitatorInvolved', [
  { kind: 'supportSharing', pass: M, fail: mutate(M, (d) => (d.attendees[0]!.directlyInvolved = true)), path: 'attendees.0.directlyInvolved' },
]);
