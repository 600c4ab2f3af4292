// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate } from '../testing';
import { outreachCase } from '../testing';

ruleCases('case.enrolmentOverlap', [
  // A second アウトリーチ period after the first ended passes; one starting inside it fails.
  {
    kind: 'case',
    options: { today: '2025-12-01' },
    pass: mutate(outreachCase, (c) => c.enrolments!.push({ id: 'en3', program: 'outreach', from: '2025-11-01' })),
    fail: mutate(outreachCase, (c) => c.enrolments!.push({ id: 'en3', program: 'outreach', from: '2025-08-01' })),
    path: 'enrolments.2.from',
  },
  // An open-ended enrolment overlaps everything after it; other 事業 do not count.
  {
    kind: 'case',
    options: { today: '2025-12-01' },
    pass: mutate(outreachCase, (c) => c.enrolments!.push({ id: 'en3', program: 'participation', from: '2025-10-01' })),
    fail: mutate(outreachCase, (c) => c.enrolments!.push({ id: 'en3', program: 'multiAgency', from: '2025-11-01' })),
    path: 'enrolments.2.from',
  },
]);
