// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, R, mutate } from '../../../../../test/core/rule-cases';

ruleCases('consent.dateMissing', [
  { kind: 'referral', pass: R, fail: mutate(R, (d) => delete d.consent.date), path: 'consent.date' },
]);
