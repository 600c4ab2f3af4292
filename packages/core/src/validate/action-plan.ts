import type { ActionPlan } from '../schema/action-plan';
import { checkActionPlan } from './structure.generated';
import { actionPlanRules } from '../rules/sets/action-plan';
import { run, type ValidateOptions, type ValidationResult } from './run';

/** Validates an action plan. Never throws. @public */
export function validateActionPlan(input: unknown, options?: ValidateOptions): ValidationResult<ActionPlan> {
  return run(checkActionPlan, actionPlanRules, 'actionPlan', input, options);
}
