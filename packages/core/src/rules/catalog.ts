// The catalogue of rules: every rule module's code, default severity and messages,
import type { RuleSetting } from '../policy';
// in catalogue order. The code list, the defaults and the message catalogs derive from it.

import { fieldRequiredMeta } from './field/required';
import { vocabularyUnknownCodeMeta } from './vocabulary/unknown-code';
import { documentDuplicateIdMeta } from './document/duplicate-id';
import { householdSelfAsMemberMeta } from './household/self-as-member';
import { householdMemberUnknownMeta } from './household/member-unknown';
import { personIdentityMeta } from './person/identity';
import { personKanaMeta } from './person/kana';
import { personBirthDateFutureMeta } from './person/birth-date-future';
import { consentDateMissingMeta } from './consent/date-missing';
import { referralConsentUncheckedMeta } from './referral/consent-unchecked';
import { referralProblemViewRequiredMeta } from './referral/problem-view-required';
import { referralMainTroubleNotListedMeta } from './referral/main-trouble-not-listed';
import { responseOptionRequiredMeta } from './response/option-required';
import { responseOtherTextRequiredMeta } from './response/other-text-required';
import { responseBeforeReferralMeta } from './response/before-referral';
import { meetingConsentRequiredMeta } from './meeting/consent-required';
import { meetingConfidentialityMeta } from './meeting/confidentiality';
import { meetingConfidentialityJuusouMeta } from './meeting/confidentiality-juusou';
import { meetingPurposeRequiredMeta } from './meeting/purpose-required';
import { meetingFacilitatorInvolvedMeta } from './meeting/facilitator-involved';
import { meetingExistingKindRequiredMeta } from './meeting/existing-kind-required';
import { meetingJuusouPossibleMeta } from './meeting/juusou-possible';
import { meetingTimeOrderMeta } from './meeting/time-order';
import { actionOwnerRequiredMeta } from './action/owner-required';
import { actionOwnerUnknownMeta } from './action/owner-unknown';
import { actionTaskRequiredMeta } from './action/task-required';
import { actionDueRequiredMeta } from './action/due-required';
import { actionDueRequiredOngoingMeta } from './action/due-required-ongoing';
import { actionDueBeforePlanMeta } from './action/due-before-plan';
import { actionOverdueMeta } from './action/overdue';
import { planAttendeeWithoutActionMeta } from './plan/attendee-without-action';
import { planMonitoringRequiredMeta } from './plan/monitoring-required';
import { planMonitoringOverdueMeta } from './plan/monitoring-overdue';
import { planLeadRequiredMeta } from './plan/lead-required';
import { planLeadByConsentMeta } from './plan/lead-by-consent';
import { terminationDateRequiredMeta } from './termination/date-required';
import { terminationReasonRequiredMeta } from './termination/reason-required';
import { terminationSuccessorRequiredMeta } from './termination/successor-required';
import { terminationSuccessorIsCoordinatorMeta } from './termination/successor-is-coordinator';
import { terminationMeetingRequiredMeta } from './termination/meeting-required';
import { terminationHandOffRequiredMeta } from './termination/hand-off-required';
import { terminationBeforePlanMeta } from './termination/before-plan';
import { caseStatusOrderMeta } from './case/status-order';
import { caseReopenWithoutTerminationMeta } from './case/reopen-without-termination';
import { caseMeetingWithoutConsentMeta } from './case/meeting-without-consent';
import { caseTerminationMismatchMeta } from './case/termination-mismatch';
import { caseTerminationMeetingMeta } from './case/termination-meeting';
import { caseAttendeeWithoutActionMeta } from './case/attendee-without-action';
import { caseStatusReferenceMeta } from './case/status-reference';
import { contactDateFutureMeta } from './contact/date-future';
import { contactOutsideOpenPeriodMeta } from './contact/outside-open-period';
import { contactDocumentUnknownMeta } from './contact/document-unknown';
import { sessionReferenceMeta } from './session/reference';
import { sessionConfidentialityMeta } from './session/confidentiality';
import { sessionConsentMeta } from './session/consent';
import { sessionAttendeeNotInvitedMeta } from './session/attendee-not-invited';

/** Every rule's code, default severity and messages, in catalogue order. @public */
export const RULE_METAS = [
  fieldRequiredMeta,
  vocabularyUnknownCodeMeta,
  documentDuplicateIdMeta,
  householdSelfAsMemberMeta,
  householdMemberUnknownMeta,
  personIdentityMeta,
  personKanaMeta,
  personBirthDateFutureMeta,
  consentDateMissingMeta,
  referralConsentUncheckedMeta,
  referralProblemViewRequiredMeta,
  referralMainTroubleNotListedMeta,
  responseOptionRequiredMeta,
  responseOtherTextRequiredMeta,
  responseBeforeReferralMeta,
  meetingConsentRequiredMeta,
  meetingConfidentialityMeta,
  meetingConfidentialityJuusouMeta,
  meetingPurposeRequiredMeta,
  meetingFacilitatorInvolvedMeta,
  meetingExistingKindRequiredMeta,
  meetingJuusouPossibleMeta,
  meetingTimeOrderMeta,
  actionOwnerRequiredMeta,
  actionOwnerUnknownMeta,
  actionTaskRequiredMeta,
  actionDueRequiredMeta,
  actionDueRequiredOngoingMeta,
  actionDueBeforePlanMeta,
  actionOverdueMeta,
  planAttendeeWithoutActionMeta,
  planMonitoringRequiredMeta,
  planMonitoringOverdueMeta,
  planLeadRequiredMeta,
  planLeadByConsentMeta,
  terminationDateRequiredMeta,
  terminationReasonRequiredMeta,
  terminationSuccessorRequiredMeta,
  terminationSuccessorIsCoordinatorMeta,
  terminationMeetingRequiredMeta,
  terminationHandOffRequiredMeta,
  terminationBeforePlanMeta,
  caseStatusOrderMeta,
  caseReopenWithoutTerminationMeta,
  caseMeetingWithoutConsentMeta,
  caseTerminationMismatchMeta,
  caseTerminationMeetingMeta,
  caseAttendeeWithoutActionMeta,
  caseStatusReferenceMeta,
  contactDateFutureMeta,
  contactOutsideOpenPeriodMeta,
  contactDocumentUnknownMeta,
  sessionReferenceMeta,
  sessionConfidentialityMeta,
  sessionConsentMeta,
  sessionAttendeeNotInvitedMeta,
] as const;
/** The code of a rule. @public */
export type RuleCode = (typeof RULE_METAS)[number]['code'];

/** Every rule code, in catalogue order. @public */
export const RULE_CODES: readonly RuleCode[] = /* @__PURE__ */ RULE_METAS.map((m) => m.code);

/**
 * Every rule with its national default (DOMAIN §5). A municipal policy can set
 * any of them to `error`, `warning` or `off`.
 * @public
 */
export const RULE_DEFAULTS = /* @__PURE__ */ Object.fromEntries(RULE_METAS.map((m) => [m.code, m.severity])) as Readonly<Record<RuleCode, RuleSetting>>;
