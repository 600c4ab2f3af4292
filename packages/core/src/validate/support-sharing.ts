import type { SupportSharing } from '../schema/support-sharing';
import { checkSupportSharing } from './structure.generated';
import { supportSharingRules } from '../rules/sets/support-sharing';
import { run, type ValidateOptions, type ValidationResult } from './run';

/** Validates a support-sharing document. Never throws. @public */
export function validateSupportSharing(input: unknown, options?: ValidateOptions): ValidationResult<SupportSharing> {
  return run(checkSupportSharing, supportSharingRules, 'supportSharing', input, options);
}
