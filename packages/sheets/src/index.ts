/**
 * @tsunagu/sheets — form-associated web components for the referral,
 * support-sharing and action-plan sheets. Importing this module defines no
 * element; import `@tsunagu/sheets/referral-sheet` (and the others), or the
 * standalone bundle, to register the tags.
 * @packageDocumentation
 */
export { TsunaguSheet, type SheetMode } from './base/sheet-base';
export { TsunaguChangeEvent, TsunaguSubmitEvent, TsunaguInvalidEvent } from './base/events';
export { TsunaguReferralSheet } from './referral/referral-sheet';
export { REFERRAL_LABELS } from './referral/labels';
export { TsunaguSupportSharingSheet } from './support-sharing/support-sharing-sheet';
export { SUPPORT_SHARING_LABELS } from './support-sharing/labels';
export { TsunaguActionPlanSheet } from './action-plan/action-plan-sheet';
export { ACTION_PLAN_LABELS } from './action-plan/labels';
