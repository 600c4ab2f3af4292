// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, R, mutate } from '../testing';

ruleCases('response.optionRequired', [
  { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.response!.options = [])), path: 'response.options' },
]);
