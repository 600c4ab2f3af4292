// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, M, mutate } from '../../../../../test/core/rule-cases';

ruleCases('meeting.timeOrder', [
  { kind: 'supportSharing', pass: M, fail: mutate(M, (d) => (d.meeting.endTime = '13:00')), path: 'meeting.endTime' },
]);
