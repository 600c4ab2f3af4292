import { emptyActionPlan, emptyCase, emptyMeetingSession, emptyReferral, emptySupportSharing } from '../documents';
import { emptyTsunagi } from '../model/tsunagi';
import type { MeetingSession } from '../schema/session';
import { validateMeetingSession } from '../validate/session';
import type { Case } from '../schema/case';
import { validateCase } from '../validate/case';
import type { Tsunagi } from '../schema/tsunagi';
import { validateTsunagi } from '../validate/tsunagi';
import type { Assessment } from '../schema/assessment';
import { validateAssessment } from '../validate/assessment';
import { emptyAssessment } from '../model/assessment';
import type { MunicipalPolicy } from '../policy';
import type { ActionPlan } from '../schema/action-plan';
import type { Referral } from '../schema/referral';
import type { SupportSharing } from '../schema/support-sharing';
import { validateActionPlan } from '../validate/action-plan';
import { validateReferral } from '../validate/referral';
import type { ValidateOptions, ValidationResult } from '../validate/run';
import { validateSupportSharing } from '../validate/support-sharing';
import type { FormFacts } from './facts';
import {
  actionPlanFormFacts,
  assessmentFormFacts,
  caseFormFacts,
  meetingSessionFormFacts,
  referralFormFacts,
  supportSharingFormFacts,
  tsunagiFormFacts,
} from './kinds';

/**
 * What a form for a document kind needs from the core, in one place: the
 * empty document, validation, and the form facts (required fields, list
 * limits) under a policy. A sheet names its kind with one of these.
 *
 * @example
 * ```ts
 * class CityIntakeSheet extends TsunaguSheet<Referral> {
 *   protected get form() { return referralForm; }
 *   // …
 * }
 * ```
 * @public
 */
export interface FormDefinition<D> {
  /** The empty document, dated `today` (ISO). */
  empty(today: string): D;
  /** Validates a document of the kind; never throws. */
  validate(input: unknown, options?: ValidateOptions): ValidationResult<D>;
  /** The form facts under a policy. */
  facts(policy?: MunicipalPolicy): FormFacts<D>;
}

/** The referral (A・B票 and C票) as a form. @public */
export const referralForm: FormDefinition<Referral> = { empty: emptyReferral, validate: validateReferral, facts: referralFormFacts };
/** The support-sharing document as a form. @public */
export const supportSharingForm: FormDefinition<SupportSharing> = {
  empty: emptySupportSharing,
  validate: validateSupportSharing,
  facts: supportSharingFormFacts,
};
/** The action plan as a form. @public */
export const actionPlanForm: FormDefinition<ActionPlan> = {
  empty: emptyActionPlan,
  validate: validateActionPlan,
  facts: actionPlanFormFacts,
};
/** The case (its household, status history, contact log and documents) as a form: `<tsunagu-case-record>` edits it. @public */
export const caseForm: FormDefinition<Case> = { empty: (today) => emptyCase(today), validate: validateCase, facts: caseFormFacts };
/** A meeting session as a form: `<tsunagu-meeting-session>` edits it. @public */
export const meetingSessionForm: FormDefinition<MeetingSession> = {
  empty: emptyMeetingSession,
  validate: validateMeetingSession,
  facts: meetingSessionFormFacts,
};

/**
 * One つなぎ on its own as a form — what the receiving agency answers in `<tsunagu-referral-reply>`. The empty one is a
 * 依頼 of `today` with the agencies still to name.
 * @public
 */
export const tsunagiForm: FormDefinition<Tsunagi> = {
  empty: (today) => emptyTsunagi(today),
  validate: validateTsunagi,
  facts: tsunagiFormFacts,
};

/** The household assessment (and its 評価) as a form: `<tsunagu-assessment-sheet>` edits it. @public */
export const assessmentForm: FormDefinition<Assessment> = {
  empty: (today) => emptyAssessment(today),
  validate: validateAssessment,
  facts: assessmentFormFacts,
};
