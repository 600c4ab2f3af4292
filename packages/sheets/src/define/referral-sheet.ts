/**
 * Registers `<tsunagu-referral-sheet>`. Safe to load twice (two portal widgets
 * bundling different copies): the first definition wins, the second is skipped.
 * @module
 */
import { defineOnce } from '../kit/define';
import { TsunaguChangeEvent, TsunaguSubmitEvent, TsunaguInvalidEvent } from '../kit/events';
import { TsunaguReferralSheet } from '../referral/referral-sheet';

export const REFERRAL_SHEET_TAG = 'tsunagu-referral-sheet';

defineOnce(REFERRAL_SHEET_TAG, TsunaguReferralSheet);

// The events it fires, re-exported so that this entry's types carry them (and their
// HTMLElementEventMap entries) to an app that imports only this path.
export { TsunaguReferralSheet, TsunaguChangeEvent, TsunaguSubmitEvent, TsunaguInvalidEvent };

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-referral-sheet': TsunaguReferralSheet;
  }
}
