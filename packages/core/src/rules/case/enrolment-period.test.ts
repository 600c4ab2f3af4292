// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate } from '../testing';
import { outreachCase } from '../testing';

ruleCases('case.enrolmentPeriod', [
  // The アウトリーチ enrolment ends the day the case moves into 多機関協働事業; ending before it began fails.
  {
    kind: 'case',
    options: { today: '2025-10-01' },
    pass: outreachCase,
    fail: mutate(outreachCase, (c) => (c.enrolments![0]!.to = '2025-06-01')),
    path: 'enrolments.0.to',
  },
]);
