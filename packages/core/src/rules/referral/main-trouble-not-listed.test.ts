// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, R, mutate } from '../../../../../test/core/rule-cases';

ruleCases('referral.mainTroubleNotListed', [
  { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.content.mainTrouble = 'care')), path: 'content.mainTrouble' },
]);
