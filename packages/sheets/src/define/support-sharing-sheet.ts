/**
 * Registers `<tsunagu-support-sharing-sheet>`, guarded against a second definition.
 * @module
 */
import { TsunaguSupportSharingSheet } from '../support-sharing/support-sharing-sheet';

export const SUPPORT_SHARING_SHEET_TAG = 'tsunagu-support-sharing-sheet';

if (!customElements.get(SUPPORT_SHARING_SHEET_TAG)) customElements.define(SUPPORT_SHARING_SHEET_TAG, TsunaguSupportSharingSheet);

export { TsunaguSupportSharingSheet };

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-support-sharing-sheet': TsunaguSupportSharingSheet;
  }
}
