/**
 * @tsunagu/sheets — form-associated web components for the referral,
 * support-sharing and action-plan sheets and the case record, and the sheet kit they are built
 * from. Importing this module defines no element; import
 * `@tsunagu/sheets/referral-sheet` (and the others), or the standalone
 * bundle, to register the tags.
 * @packageDocumentation
 */
export {
  TsunaguChangeEvent,
  TsunaguSubmitEvent,
  TsunaguInvalidEvent,
  TsunaguOpenDocumentEvent,
  TsunaguExportEvent,
  TsunaguStartTsunagiEvent,
  TsunaguSamePersonEvent,
  TsunaguResourcePickEvent,
  TsunaguRaiseThemeEvent,
  type RaisedTheme,
  type TsunagiActionRef,
  type CaseDocumentRef,
  type ReportExport,
} from './kit/events';
export { TsunaguReferralSheet } from './referral/referral-sheet';
export { REFERRAL_LABELS } from './referral/labels';
export { TsunaguSupportSharingSheet } from './support-sharing/support-sharing-sheet';
export { TsunaguAssessmentSheet } from './assessment/assessment-sheet';
export { ASSESSMENT_LABELS } from './assessment/labels';
export { SUPPORT_SHARING_LABELS } from './support-sharing/labels';
export { TsunaguActionPlanSheet } from './action-plan/action-plan-sheet';
export { ACTION_PLAN_LABELS } from './action-plan/labels';
export { TsunaguCaseRecord } from './case-record/case-record';
export { CASE_RECORD_LABELS } from './case-record/labels';
export { TERMINATION_LABELS } from './shared/termination';
export { TsunaguHouseholdMap } from './household-map/household-map';
export { HOUSEHOLD_MAP_LABELS } from './household-map/labels';
export { layoutHouseholdMap, type MapLayout } from './household-map/layout';
export { TsunaguMeetingSession } from './meeting-session/meeting-session';
export { MEETING_SESSION_LABELS } from './meeting-session/labels';
export { TsunaguReportView } from './report-view/report-view';
export { REPORT_VIEW_LABELS } from './report-view/labels';
export { TsunaguReferralReply, type ReplySide } from './referral-reply/referral-reply';
export { REPLY_LABELS } from './referral-reply/labels';
export { TsunaguResourceDirectory } from './resource-directory/resource-directory';
export { RESOURCE_DIRECTORY_LABELS } from './resource-directory/labels';
export { TsunaguCommunityIssues } from './community-issues/community-issues';
export { COMMUNITY_ISSUES_LABELS } from './community-issues/labels';

// The sheet kit: compose a sheet of your own (docs/sheet-kit.md).
export { TsunaguSheet } from './kit/sheet';
export { FormSheet } from './kit/form-sheet';
export { SheetForm } from './kit/sheet-form';
export type { SheetMode, SheetFields, FieldHost, FieldOptions } from './kit/field-host';
export {
  textField,
  textArea,
  numberField,
  dateField,
  timeField,
  readingField,
  phoneField,
  postalCodeField,
  listField,
  dateText,
} from './kit/fields';
export { selectField, radioGroup, checkboxGroup, checkbox, yesNoField, choiceText } from './kit/choices';
export { rows, collapsible, type RowsOptions, type RowsColumn } from './kit/rows';
export { localItems, localAnswerTexts, type LocalItemsOptions } from './kit/local-items';
export { controlAttributes, controlOf, frame, type Control } from './kit/frame';
export { DocumentState } from './kit/document';
export { IssueVisibility } from './kit/issues';
export { DraftController, clearDraft, DRAFT_DEFAULTS, type DraftStorage, type NoticeKind } from './kit/drafts';
export { LocaleController } from './kit/locale';
export { FocusController } from './kit/focus';
export { ProgressiveController } from './kit/progressive';
export { sheetStyles, formStyles } from './kit/styles';
export { defineOnce } from './kit/define';
export { newId } from './kit/ids';
export { printSheets } from './kit/print-page';
