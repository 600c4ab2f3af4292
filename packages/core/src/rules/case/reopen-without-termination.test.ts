// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, case8050, mutate } from '../testing';

ruleCases('case.reopenWithoutTermination', [
  { kind: 'case', pass: case8050, fail: mutate(case8050, (d) => d.statusHistory.splice(4, 1)), path: 'statusHistory.4.status' },
]);
