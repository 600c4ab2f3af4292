import type { Referral } from '../schema/referral';
import { checkReferral } from './structure.generated';
import { referralRules } from '../rules/sets/referral';
import { run, type ValidateOptions, type ValidationResult } from './run';

/** Validates a referral (A・B票 with its C票 response). Never throws. @public */
export function validateReferral(input: unknown, options?: ValidateOptions): ValidationResult<Referral> {
  return run(checkReferral, referralRules, 'referral', input, options);
}
