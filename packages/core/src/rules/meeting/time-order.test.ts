// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, M, mutate } from '../testing';

ruleCases('meeting.timeOrder', [
  { kind: 'supportSharing', pass: M, fail: mutate(M, (d) => (d.meeting.endTime = '13:00')), path: 'meeting.endTime' },
]);
