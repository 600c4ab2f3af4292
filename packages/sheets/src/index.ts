/**
 * @tsunagu/sheets — form-associated web components for the referral,
 * support-sharing and action-plan sheets. Importing this module defines no
 * element; import `@tsunagu/sheets/referral-sheet` (or the standalone bundle)
 * to register the tags.
 * @packageDocumentation
 */
export { TsunaguSheet, type SheetMode } from './base/sheet-base';
export { TsunaguChangeEvent, TsunaguSubmitEvent, TsunaguInvalidEvent } from './base/events';
export { TsunaguReferralSheet } from './referral/referral-sheet';
export { REFERRAL_LABELS } from './referral/labels';
