import type { Assessment } from '../schema/assessment';
import { checkAssessment } from './structure.generated';
import { assessmentRules } from '../rules/sets/assessment';
import { run, type ValidateOptions, type ValidationResult } from './run';

/** Validates a household assessment (and its 評価). Never throws. @public */
export function validateAssessment(input: unknown, options?: ValidateOptions): ValidationResult<Assessment> {
  return run(checkAssessment, assessmentRules, 'assessment', input, options);
}
