// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, R, mutate } from '../../../../../test/core/rule-cases';

ruleCases('referral.consentUnchecked', [
  { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.consent = { status: 'unchecked' })), path: 'consent.status' },
]);
