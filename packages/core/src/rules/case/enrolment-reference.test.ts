// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate } from '../testing';
import { outreachCase } from '../testing';

ruleCases('case.enrolmentReference', [
  // The 支援会議 that chose the アウトリーチ target; a meeting the case does not have fails…
  {
    kind: 'case',
    options: { today: '2025-10-01' },
    pass: outreachCase,
    fail: mutate(outreachCase, (c) => (c.enrolments![0]!.meetingId = 'mtg-none')),
    path: 'enrolments.0.meetingId',
  },
  // …and so does a meeting held after the enrolment began.
  {
    kind: 'case',
    options: { today: '2025-10-01' },
    pass: outreachCase,
    fail: mutate(outreachCase, (c) => (c.enrolments![0]!.meetingId = 'mtg-2025-090')),
    path: 'enrolments.0.meetingId',
  },
]);
