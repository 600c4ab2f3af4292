/**
 * The self-contained browser bundle: every sheet, with lit and @tsunagu/core
 * inside. For CMS pages with no build step:
 *   <script type="module" src="…/@tsunagu/sheets/dist/tsunagu-sheets.js"></script>
 */
export * from './index';
export * from './define/referral-sheet';
export * from './define/support-sharing-sheet';
export * from './define/action-plan-sheet';
export { validate, actionPlanFromSupportSharing, formatDate, parseDateInput, EXAMPLE_POLICIES, DEFAULT_POLICY } from '@tsunagu/core';
