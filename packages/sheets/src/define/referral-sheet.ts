/**
 * Registers `<tsunagu-referral-sheet>`. Safe to load twice (two portal widgets
 * bundling different copies): the first definition wins, the second is skipped.
 * @module
 */
import { defineOnce } from '../kit/define';
import { TsunaguReferralSheet } from '../referral/referral-sheet';

export const REFERRAL_SHEET_TAG = 'tsunagu-referral-sheet';

defineOnce(REFERRAL_SHEET_TAG, TsunaguReferralSheet);

export { TsunaguReferralSheet };

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-referral-sheet': TsunaguReferralSheet;
  }
}
