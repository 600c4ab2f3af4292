/**
 * Registers `<tsunagu-support-sharing-sheet>`, guarded against a second definition.
 * @module
 */
import { defineOnce } from '../kit/define';
import { TsunaguSupportSharingSheet } from '../support-sharing/support-sharing-sheet';

export const SUPPORT_SHARING_SHEET_TAG = 'tsunagu-support-sharing-sheet';

defineOnce(SUPPORT_SHARING_SHEET_TAG, TsunaguSupportSharingSheet);

export { TsunaguSupportSharingSheet };

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-support-sharing-sheet': TsunaguSupportSharingSheet;
  }
}
