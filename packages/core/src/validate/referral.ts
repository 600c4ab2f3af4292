import type { MunicipalPolicy } from '../policy';
import { buildFormFacts, type FormFacts } from '../forms/facts';
import type { Referral } from '../schema/referral';
import { checkReferral } from './structure.generated';
import { referralRules } from '../rules/sets/referral';
import { run, type ValidateOptions, type ValidationResult } from './run';

/** Validates a referral (A・B票 with its C票 response). Never throws. @public */
export function validateReferral(input: unknown, options?: ValidateOptions): ValidationResult<Referral> {
  return run(checkReferral, referralRules, 'referral', input, options);
}

/**
 * What a form for a Referral must know under a policy: the fields it requires and
 * its list limits (see {@link FormFacts}). The sheets ask these; they decide nothing.
 * @public
 */
export function referralFormFacts(policy?: MunicipalPolicy): FormFacts<Referral> {
  return buildFormFacts(checkReferral, referralRules, policy);
}
