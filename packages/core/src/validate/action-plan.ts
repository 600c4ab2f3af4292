import { ActionPlan } from '../schema/action-plan';
import { actionPlanRules } from '../rules/action-plan';
import { run, type ValidateOptions, type ValidationResult } from './run';

/** Validates an action plan. Never throws. @public */
export function validateActionPlan(input: unknown, options?: ValidateOptions): ValidationResult<ActionPlan> {
  return run(ActionPlan, actionPlanRules, 'actionPlan', input, options);
}
