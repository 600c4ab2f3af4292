/**
 * Registers `<tsunagu-referral-sheet>`. Safe to load twice (two portal widgets
 * bundling different copies): the first definition wins, the second is skipped.
 * @module
 */
import { TsunaguReferralSheet } from '../referral/referral-sheet';

export const REFERRAL_SHEET_TAG = 'tsunagu-referral-sheet';

if (!customElements.get(REFERRAL_SHEET_TAG)) customElements.define(REFERRAL_SHEET_TAG, TsunaguReferralSheet);

export { TsunaguReferralSheet };

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-referral-sheet': TsunaguReferralSheet;
  }
}
