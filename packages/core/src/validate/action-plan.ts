import type { MunicipalPolicy } from '../policy';
import { buildFormFacts, type FormFacts } from '../forms/facts';
import type { ActionPlan } from '../schema/action-plan';
import { checkActionPlan } from './structure.generated';
import { actionPlanRules } from '../rules/sets/action-plan';
import { run, type ValidateOptions, type ValidationResult } from './run';

/** Validates an action plan. Never throws. @public */
export function validateActionPlan(input: unknown, options?: ValidateOptions): ValidationResult<ActionPlan> {
  return run(checkActionPlan, actionPlanRules, 'actionPlan', input, options);
}

/**
 * What a form for a ActionPlan must know under a policy: the fields it requires and
 * its list limits (see {@link FormFacts}). The sheets ask these; they decide nothing.
 * @public
 */
export function actionPlanFormFacts(policy?: MunicipalPolicy): FormFacts<ActionPlan> {
  return buildFormFacts(checkActionPlan, actionPlanRules, policy);
}
