// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate } from '../testing';
import { assessedCase } from '../../../../../test/fixtures/assessments';

const today = { today: '2026-06-01' };

ruleCases('assessment.memberUnknown', [
  {
    kind: 'case',
    pass: assessedCase,
    fail: mutate(assessedCase, (c) => (c.assessments![1]!.members[1]!.memberId = 'm9')),
    path: 'assessments.1.members.1.memberId',
    options: today,
  },
]);
