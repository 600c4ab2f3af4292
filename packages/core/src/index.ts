/**
 * @tsunagu/core — the documents, vocabularies, rules, dates, reporting and
 * privacy helpers of multi-agency case work (重層的支援体制整備事業).
 * Pure: no DOM, no I/O, no global state. Runs in browsers and Node.
 * @packageDocumentation
 */

export { SCHEMA_VERSION, LIMITS } from './schema/limits';
export { fieldMeta, type FieldMeta, Staff, Agency, Person, HouseholdMember, SituationPeriod, Consent, LocalAnswer } from './schema/common';
export type { LocalQuestion, LocalItemType, LocalItemPlace, LocalCondition } from './local/types';
export { LOCAL_ANSWER_KEYS, localQuestionsOf, localAnswerValue, isLocalRequired } from './local/questions';
export type { LocalItemFaultCode } from './local/faults';
export {
  validatePolicy,
  POLICY_MESSAGES,
  type PolicyIssue,
  type PolicyIssueCode,
  type PolicyValidationResult,
} from './policy/validate-policy';
export { Referral, ReferralResponse } from './schema/referral';
export { SupportSharing, Attendee, UnknownItem, Resource } from './schema/support-sharing';
export { Assessment, AssessmentAnswer, MemberAssessment } from './schema/assessment';
export { emptyAssessment, reviseAssessment, latestAssessment, supportSharingFromAssessment } from './model/assessment';
export { ActionPlan, Action, PlanMember, Termination, Accompanier, MonitoringRecord, ActionResult } from './schema/action-plan';
export { Case, StatusChange, ContactEntry, SmallChange, Enrolment, Application, ApplicationStep, Disclosure } from './schema/case';
export { Tsunagi, TsunagiStep } from './schema/tsunagi';
export {
  DEFAULT_TSUNAGI_REPLY_DAYS,
  TSUNAGI_CLOSED,
  TSUNAGI_FHIR_TASK,
  TSUNAGI_NEXT,
  TSUNAGI_REASON_REQUIRED,
  TSUNAGI_SETTERS,
  openTsunagi,
  tsunagiNextFor,
  emptyTsunagi,
  withTsunagi,
  tsunagiReplyKept,
  tsunagiFromAction,
  tsunagiOfPlan,
  tsunagiReplyBy,
  tsunagiRequestedOn,
  tsunagiStatus,
  type OpenTsunagi,
  type TsunagiStatus,
  type TsunagiWait,
} from './model/tsunagi';
export { MeetingSession, Invitation, AgendaItem, SessionTheme } from './schema/session';

export {
  validate,
  validateReferral,
  validateSupportSharing,
  validateActionPlan,
  validateCase,
  validateMeetingSession,
  validateTsunagi,
  validateAssessment,
  assessmentFormFacts,
  referralFormFacts,
  supportSharingFormFacts,
  actionPlanFormFacts,
  caseFormFacts,
  meetingSessionFormFacts,
  tsunagiFormFacts,
  type Issue,
  type Severity,
  type ValidationResult,
  type ValidateOptions,
  type DocumentKind,
  type DocumentKinds,
} from './validate/index';
export { valueAt, type IssuePath } from './path';
export type { FormFacts } from './forms/facts';
export {
  referralForm,
  supportSharingForm,
  actionPlanForm,
  caseForm,
  meetingSessionForm,
  tsunagiForm,
  assessmentForm,
  type FormDefinition,
} from './forms/definitions';
export { RULE_DEFAULTS, RULE_CODES, STRUCTURE_CODES, type RuleCode, type StructureCode, type IssueCode } from './rules/codes';
export { consentAnswered } from './model/consent';
export { MESSAGES, messageFor, fillMessage, type Locale, type Messages } from './i18n';

export {
  DEFAULT_POLICY,
  TAKASHIMA_EXAMPLE_POLICY,
  MORIOKA_EXAMPLE_POLICY,
  SAKAI_EXAMPLE_POLICY,
  YONAGO_EXAMPLE_POLICY,
  ONOMICHI_EXAMPLE_POLICY,
  EXAMPLE_POLICIES,
  NATIONAL_SHEET_NAMES,
  sheetNameOf,
  meetingNameOf,
  meetingKindsOf,
  legalBasisOf,
  legalBasisFits,
  legalBasesFor,
  type SheetName,
  definePolicy,
  resolvePolicy,
  type MunicipalPolicy,
  type DraftPolicy,
  type ResolvedPolicy,
  type RuleSetting,
  type LocalizedText,
} from './policy';

export * from './vocab';

export {
  ERAS,
  type Era,
  eraOf,
  isIsoDate,
  parseDateInput,
  type DateInputResult,
  parseTimeInput,
  type TimeInputResult,
  formatDate,
  type DateStyle,
  fiscalYearOf,
  fiscalYearRange,
  formatFiscalYear,
  daysBetween,
  addDaysIso,
  todayIso,
  JAPAN_TIME_ZONE,
  addMonthsIso,
  isOverdue,
  ageOn,
} from './dates';

export {
  emptyReferral,
  emptySupportSharing,
  emptyActionPlan,
  emptyCase,
  emptyMeetingSession,
  actionPlanFromSupportSharing,
  revisePlan,
  diffPlans,
  type PlanDiff,
} from './documents';

// The 実績報告: its public names are listed once, in report/index.ts.
export * from './report';
export { halfWidthDigits } from './text/digits';
export { toKatakanaReading, normalizePhone, normalizePostalCode, type NormalizedInput } from './text/japanese';
export {
  CASE_STATUS_NEXT,
  caseStatus,
  nextCaseStatuses,
  planInForce,
  caseClosure,
  changeCaseStatus,
  type CaseStatus,
  type CaseClosure,
} from './case-work';
export { caseTimeline, type TimelineEntry, type TimelineKind, type TimelineOptions } from './timeline';
export {
  householdView,
  householdMap,
  supportPhases,
  supportPhaseOn,
  type HouseholdMemberView,
  type MemberIssue,
  type HouseholdMap,
  type MapPerson,
  type MapSupport,
  type MapSupportLink,
  type SupportPhase,
} from './household';
export { anonymizeCase, ageBand, type AnonymizedCaseSummary, type AnonymousMember, type AgeBand } from './privacy';
export {
  checkReidentification,
  recordDisclosure,
  quasiIdentifiers,
  smallCells,
  DEFAULT_SMALLEST_GROUP,
  type QuasiIdentifiers,
  type ReidentificationCheck,
  type SmallCell,
} from './reidentification';
export { enrolmentsOn, casePhase, phaseMove, type PhaseMove } from './model/enrolment';
export { agendaKind, attends, confidentialityAsked, inMinutesCircle, sessionKinds } from './model/session';
export { fullName, situationsOn, changeSituations, type WithSituations } from './model/person';
export { isCandidateEntry } from './model/resource';
export {
  migrateActionPlan,
  migrateCase,
  migrateTermination,
  type LegacyTerminationFields,
  type StoredTermination,
  type StoredActionPlan,
  type StoredCase,
} from './model/plan';
