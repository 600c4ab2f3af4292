import type { MunicipalPolicy } from '../policy';
import { buildFormFacts, type FormFacts } from '../forms/facts';
import type { SupportSharing } from '../schema/support-sharing';
import { checkSupportSharing } from './structure.generated';
import { supportSharingRules } from '../rules/sets/support-sharing';
import { run, type ValidateOptions, type ValidationResult } from './run';

/** Validates a support-sharing document. Never throws. @public */
export function validateSupportSharing(input: unknown, options?: ValidateOptions): ValidationResult<SupportSharing> {
  return run(checkSupportSharing, supportSharingRules, 'supportSharing', input, options);
}

/**
 * What a form for a SupportSharing must know under a policy: the fields it requires and
 * its list limits (see {@link FormFacts}). The sheets ask these; they decide nothing.
 * @public
 */
export function supportSharingFormFacts(policy?: MunicipalPolicy): FormFacts<SupportSharing> {
  return buildFormFacts(checkSupportSharing, supportSharingRules, policy);
}
