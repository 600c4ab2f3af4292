/**
 * Registers `<tsunagu-support-sharing-sheet>`, guarded against a second definition.
 * @module
 */
import { defineOnce } from '../kit/define';
import { TsunaguChangeEvent, TsunaguSubmitEvent, TsunaguInvalidEvent } from '../kit/events';
import { TsunaguSupportSharingSheet } from '../support-sharing/support-sharing-sheet';

export const SUPPORT_SHARING_SHEET_TAG = 'tsunagu-support-sharing-sheet';

defineOnce(SUPPORT_SHARING_SHEET_TAG, TsunaguSupportSharingSheet);

// The events it fires, re-exported so that this entry's types carry them (and their
// HTMLElementEventMap entries) to an app that imports only this path.
export { TsunaguSupportSharingSheet, TsunaguChangeEvent, TsunaguSubmitEvent, TsunaguInvalidEvent };

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-support-sharing-sheet': TsunaguSupportSharingSheet;
  }
}
