// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, R, mutate } from '../../../../../test/core/rule-cases';

ruleCases('referral.problemViewRequired', [
  { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.content.problemView = '\n')), path: 'content.problemView' },
]);
