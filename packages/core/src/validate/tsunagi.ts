import type { Tsunagi } from '../schema/tsunagi';
import { checkTsunagi } from './structure.generated';
import { tsunagiRules } from '../rules/sets/tsunagi';
import { run, type ValidateOptions, type ValidationResult } from './run';

/**
 * Validates one つなぎ on its own, as the receiving agency sees it (`<tsunagu-referral-reply>`): its structure, and
 * the case's つなぎ rules with paths from the つなぎ (`['steps', 1, 'reason']`). Never throws.
 * @public
 */
export function validateTsunagi(input: unknown, options?: ValidateOptions): ValidationResult<Tsunagi> {
  return run(checkTsunagi, tsunagiRules, undefined, input, options);
}
