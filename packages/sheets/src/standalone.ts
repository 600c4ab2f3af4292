/**
 * The self-contained browser bundle: every sheet, the case record, the household map, the meeting session and the つなぎ reply, with lit and @tsunagu/core
 * inside. For CMS pages with no build step:
 *   <script type="module" src="…/@tsunagu/sheets/dist/tsunagu-sheets.js"></script>
 */
// The elements and what a page script uses with them. The sheet kit (to compose a sheet of one's own)
// is for bundled apps: import it from '@tsunagu/sheets' with lit.
export {
  TsunaguChangeEvent,
  TsunaguSubmitEvent,
  TsunaguInvalidEvent,
  TsunaguOpenDocumentEvent,
  TsunaguStartTsunagiEvent,
  TsunaguSamePersonEvent,
} from './kit/events';
export { printSheets } from './kit/print-page';
// For a server's success page after a plain form post: clearDraft('referral-new').
export { clearDraft } from './kit/drafts';
export { REFERRAL_LABELS } from './referral/labels';
export { SUPPORT_SHARING_LABELS } from './support-sharing/labels';
export { ACTION_PLAN_LABELS } from './action-plan/labels';
export { ASSESSMENT_LABELS } from './assessment/labels';
export { CASE_RECORD_LABELS } from './case-record/labels';
export { HOUSEHOLD_MAP_LABELS } from './household-map/labels';
export { MEETING_SESSION_LABELS } from './meeting-session/labels';
export { REPLY_LABELS } from './referral-reply/labels';
export * from './define/referral-sheet';
export * from './define/support-sharing-sheet';
export * from './define/action-plan-sheet';
export * from './define/assessment-sheet';
export * from './define/case-record';
export * from './define/household-map';
export * from './define/meeting-session';
export * from './define/referral-reply';
// The validators of the documents (already inside: the case record checks a whole case). The example
// policies, with their seed citations, are documentation: a page sets its own municipality's policy
// (`sheet.policy = { id, name, rules, sheetNames }`), so they stay in @tsunagu/core.
export {
  validateReferral,
  validateSupportSharing,
  validateActionPlan,
  validateCase,
  validateMeetingSession,
  validateAssessment,
  validateTsunagi,
  withTsunagi,
  actionPlanFromSupportSharing,
  emptyAssessment,
  reviseAssessment,
  latestAssessment,
  supportSharingFromAssessment,
  emptyCase,
  todayIso,
  formatDate,
  parseDateInput,
  DEFAULT_POLICY,
} from '@tsunagu/core';
