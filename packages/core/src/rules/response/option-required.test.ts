// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, R, mutate } from '../../../../../test/core/rule-cases';

ruleCases('response.optionRequired', [
  { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.response!.options = [])), path: 'response.options' },
]);
