import type { MunicipalPolicy } from '../policy';
import { buildFormFacts, type FormFacts } from '../forms/facts';
import type { Case } from '../schema/case';
import { checkCase } from './structure.generated';
import { caseRules } from '../rules/sets/case';
import { run, type ValidateOptions, type ValidationResult } from './run';

/** Validates a case with every document it holds. Never throws. @public */
export function validateCase(input: unknown, options?: ValidateOptions): ValidationResult<Case> {
  return run(checkCase, caseRules, 'case', input, options);
}

/**
 * What a form for a Case must know under a policy: the fields it requires and
 * its list limits (see {@link FormFacts}). The sheets ask these; they decide nothing.
 * @public
 */
export function caseFormFacts(policy?: MunicipalPolicy): FormFacts<Case> {
  return buildFormFacts(checkCase, caseRules, policy);
}
