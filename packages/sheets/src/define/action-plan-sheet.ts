/**
 * Registers `<tsunagu-action-plan-sheet>`, guarded against a second definition.
 * @module
 */
import { defineOnce } from '../kit/define';
import { TsunaguActionPlanSheet } from '../action-plan/action-plan-sheet';

export const ACTION_PLAN_SHEET_TAG = 'tsunagu-action-plan-sheet';

defineOnce(ACTION_PLAN_SHEET_TAG, TsunaguActionPlanSheet);

export { TsunaguActionPlanSheet };

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-action-plan-sheet': TsunaguActionPlanSheet;
  }
}
