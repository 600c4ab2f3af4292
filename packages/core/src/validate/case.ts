import type { Case } from '../schema/case';
import { checkCase } from './structure.generated';
import { caseRules } from '../rules/sets/case';
import { run, type ValidateOptions, type ValidationResult } from './run';

/** Validates a case with every document it holds. Never throws. @public */
export function validateCase(input: unknown, options?: ValidateOptions): ValidationResult<Case> {
  return run(checkCase, caseRules, 'case', input, options);
}
