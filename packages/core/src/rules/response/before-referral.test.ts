// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, R, mutate } from '../testing';

ruleCases('response.beforeReferral', [
  { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.response!.respondedOn = '2025-04-02')), path: 'response.respondedOn' },
]);
