/**
 * Registers `<tsunagu-action-plan-sheet>`, guarded against a second definition.
 * @module
 */
import { defineOnce } from '../kit/define';
import { TsunaguChangeEvent, TsunaguSubmitEvent, TsunaguInvalidEvent, TsunaguStartTsunagiEvent } from '../kit/events';
import { TsunaguActionPlanSheet } from '../action-plan/action-plan-sheet';

export const ACTION_PLAN_SHEET_TAG = 'tsunagu-action-plan-sheet';

defineOnce(ACTION_PLAN_SHEET_TAG, TsunaguActionPlanSheet);

// The events it fires, re-exported so that this entry's types carry them (and their
// HTMLElementEventMap entries) to an app that imports only this path.
export { TsunaguActionPlanSheet, TsunaguChangeEvent, TsunaguSubmitEvent, TsunaguInvalidEvent, TsunaguStartTsunagiEvent };

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-action-plan-sheet': TsunaguActionPlanSheet;
  }
}
