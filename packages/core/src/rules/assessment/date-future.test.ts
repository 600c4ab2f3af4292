// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate } from '../testing';
import { juneAssessment } from '../../../../../test/fixtures/assessments';

ruleCases('assessment.dateFuture', [
  {
    kind: 'assessment',
    pass: mutate(juneAssessment, (a) => (a.assessedOn = '2025-04-09')),
    fail: mutate(juneAssessment, (a) => (a.assessedOn = '2025-04-10')),
    path: 'assessedOn',
  },
]);
