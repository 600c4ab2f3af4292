/**
 * Registers `<tsunagu-assessment-sheet>`, guarded against a second definition.
 * @module
 */
import { defineOnce } from '../kit/define';
import { TsunaguChangeEvent, TsunaguSubmitEvent, TsunaguInvalidEvent } from '../kit/events';
import { TsunaguAssessmentSheet } from '../assessment/assessment-sheet';

export const ASSESSMENT_SHEET_TAG = 'tsunagu-assessment-sheet';

defineOnce(ASSESSMENT_SHEET_TAG, TsunaguAssessmentSheet);

// The events it fires, re-exported so that this entry's types carry them (and their
// HTMLElementEventMap entries) to an app that imports only this path.
export { TsunaguAssessmentSheet, TsunaguChangeEvent, TsunaguSubmitEvent, TsunaguInvalidEvent };

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-assessment-sheet': TsunaguAssessmentSheet;
  }
}
