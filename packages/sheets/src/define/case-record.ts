/**
 * Registers `<tsunagu-case-record>`, guarded against a second definition.
 * @module
 */
import { defineOnce } from '../kit/define';
import { TsunaguChangeEvent, TsunaguSubmitEvent, TsunaguInvalidEvent, TsunaguOpenDocumentEvent } from '../kit/events';
import { TsunaguCaseRecord } from '../case-record/case-record';

export const CASE_RECORD_TAG = 'tsunagu-case-record';

defineOnce(CASE_RECORD_TAG, TsunaguCaseRecord);

// The events it fires, re-exported so that this entry's types carry them (and their
// HTMLElementEventMap entries) to an app that imports only this path.
export { TsunaguCaseRecord, TsunaguChangeEvent, TsunaguSubmitEvent, TsunaguInvalidEvent, TsunaguOpenDocumentEvent };

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-case-record': TsunaguCaseRecord;
  }
}
