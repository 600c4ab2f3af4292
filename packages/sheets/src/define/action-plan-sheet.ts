/**
 * Registers `<tsunagu-action-plan-sheet>`, guarded against a second definition.
 * @module
 */
import { TsunaguActionPlanSheet } from '../action-plan/action-plan-sheet';

export const ACTION_PLAN_SHEET_TAG = 'tsunagu-action-plan-sheet';

if (!customElements.get(ACTION_PLAN_SHEET_TAG)) customElements.define(ACTION_PLAN_SHEET_TAG, TsunaguActionPlanSheet);

export { TsunaguActionPlanSheet };

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-action-plan-sheet': TsunaguActionPlanSheet;
  }
}
