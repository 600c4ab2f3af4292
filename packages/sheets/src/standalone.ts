/**
 * The self-contained browser bundle: every sheet, with lit and @tsunagu/core
 * inside. For CMS pages with no build step:
 *   <script type="module" src="…/@tsunagu/sheets/dist/tsunagu-sheets.js"></script>
 */
export * from './index';
export * from './define/referral-sheet';
export * from './define/support-sharing-sheet';
export * from './define/action-plan-sheet';
// The validators of the three sheets' documents (already inside); a whole case is validated on the server
// (`validate('case', …)` from @tsunagu/core), which keeps the case rules out of every page.
export {
  validateReferral,
  validateSupportSharing,
  validateActionPlan,
  actionPlanFromSupportSharing,
  formatDate,
  parseDateInput,
  EXAMPLE_POLICIES,
  DEFAULT_POLICY,
} from '@tsunagu/core';
