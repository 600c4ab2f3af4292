// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate } from '../testing';
import { assessedCase } from '../../../../../test/fixtures/assessments';

const today = { today: '2026-06-01' };

ruleCases('assessment.terminationMismatch', [
  // An 評価 of 終結 in December, and the case closed in January (status history of the 8050 case): they agree.
  {
    kind: 'case',
    pass: mutate(assessedCase, (c) => {
      c.assessments![1]!.assessedOn = '2025-12-20';
      c.assessments![1]!.evaluation!.decision = 'terminate';
    }),
    // 終結 decided after the case was re-opened in March, and the case left open.
    fail: mutate(assessedCase, (c) => {
      c.assessments![1]!.assessedOn = '2026-04-20';
      c.assessments![1]!.evaluation!.decision = 'terminate';
    }),
    path: 'assessments.1.evaluation.decision',
    options: today,
  },
]);
