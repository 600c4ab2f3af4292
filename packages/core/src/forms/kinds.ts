// What a form of each document kind must know under a policy: the fields it requires and its list limits,
// asked of the kind's generated structure check and its rules (facts.ts). The sheets ask these; they decide nothing.
import type { MunicipalPolicy } from '../policy';
import type { ActionPlan } from '../schema/action-plan';
import type { Case } from '../schema/case';
import type { Referral } from '../schema/referral';
import type { MeetingSession } from '../schema/session';
import type { SupportSharing } from '../schema/support-sharing';
import type { Tsunagi } from '../schema/tsunagi';
import type { Assessment } from '../schema/assessment';
import { assessmentRules } from '../rules/sets/assessment';
import { actionPlanRules } from '../rules/sets/action-plan';
import { caseRules } from '../rules/sets/case';
import { referralRules } from '../rules/sets/referral';
import { sessionRules } from '../rules/sets/session';
import { supportSharingRules } from '../rules/sets/support-sharing';
import { tsunagiRules } from '../rules/sets/tsunagi';
import {
  checkActionPlan,
  checkAssessment,
  checkCase,
  checkMeetingSession,
  checkReferral,
  checkSupportSharing,
  checkTsunagi,
} from '../validate/structure.generated';
import { buildFormFacts, type FormFacts } from './facts';

/**
 * What a form for a Referral must know under a policy: the fields it requires and
 * its list limits (see {@link FormFacts}). The sheets ask these; they decide nothing.
 * @public
 */
export function referralFormFacts(policy?: MunicipalPolicy): FormFacts<Referral> {
  return buildFormFacts(checkReferral, referralRules, policy);
}

/**
 * What a form for a SupportSharing must know under a policy: the fields it requires and
 * its list limits (see {@link FormFacts}). The sheets ask these; they decide nothing.
 * @public
 */
export function supportSharingFormFacts(policy?: MunicipalPolicy): FormFacts<SupportSharing> {
  return buildFormFacts(checkSupportSharing, supportSharingRules, policy);
}

/**
 * What a form for a ActionPlan must know under a policy: the fields it requires and
 * its list limits (see {@link FormFacts}). The sheets ask these; they decide nothing.
 * @public
 */
export function actionPlanFormFacts(policy?: MunicipalPolicy): FormFacts<ActionPlan> {
  return buildFormFacts(checkActionPlan, actionPlanRules, policy);
}

/**
 * What a form for a Case must know under a policy: the fields it requires and
 * its list limits (see {@link FormFacts}). The sheets ask these; they decide nothing.
 * @public
 */
export function caseFormFacts(policy?: MunicipalPolicy): FormFacts<Case> {
  return buildFormFacts(checkCase, caseRules, policy);
}

/** What a form for a meeting session must know under a policy (see {@link FormFacts}). @public */
export function meetingSessionFormFacts(policy?: MunicipalPolicy): FormFacts<MeetingSession> {
  return buildFormFacts(checkMeetingSession, sessionRules, policy);
}

/** What a form for one つなぎ on its own (`<tsunagu-referral-reply>`) must know under a policy (see {@link FormFacts}). @public */
export function tsunagiFormFacts(policy?: MunicipalPolicy): FormFacts<Tsunagi> {
  return buildFormFacts(checkTsunagi, tsunagiRules, policy);
}

/** What a form for a household assessment (`<tsunagu-assessment-sheet>`) must know under a policy (see {@link FormFacts}). @public */
export function assessmentFormFacts(policy?: MunicipalPolicy): FormFacts<Assessment> {
  return buildFormFacts(checkAssessment, assessmentRules, policy);
}
