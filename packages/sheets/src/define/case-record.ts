/**
 * Registers `<tsunagu-case-record>`, guarded against a second definition.
 * @module
 */
import { defineOnce } from '../kit/define';
import { TsunaguCaseRecord } from '../case-record/case-record';

export const CASE_RECORD_TAG = 'tsunagu-case-record';

defineOnce(CASE_RECORD_TAG, TsunaguCaseRecord);

export { TsunaguCaseRecord };

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-case-record': TsunaguCaseRecord;
  }
}
