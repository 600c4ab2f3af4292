// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, R, mutate } from '../testing';

ruleCases('referral.mainTroubleNotListed', [
  { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.content.mainTrouble = 'care')), path: 'content.mainTrouble' },
]);
