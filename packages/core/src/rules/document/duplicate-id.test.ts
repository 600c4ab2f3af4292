// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, M, mutate } from '../../../../../test/core/rule-cases';

ruleCases('document.duplicateId', [
  { kind: 'supportSharing', pass: M, fail: mutate(M, (d) => (d.attendees[1]!.id = 'a1')), path: 'attendees.1.id' },
]);
