import { STRUCTURE_MESSAGES } from '../i18n';
import type { DocumentKind, DocumentKinds, ValidateOptions, ValidationResult } from './run';
import { validateActionPlan } from './action-plan';
import { validateCase } from './case';
import { validateMeetingSession } from './session';
import { validateReferral } from './referral';
import { validateSupportSharing } from './support-sharing';
import { validateTsunagi } from './tsunagi';
import { validateAssessment } from './assessment';

export {
  validateActionPlan,
  validateAssessment,
  validateCase,
  validateMeetingSession,
  validateReferral,
  validateSupportSharing,
  validateTsunagi,
};
export {
  actionPlanFormFacts,
  assessmentFormFacts,
  caseFormFacts,
  meetingSessionFormFacts,
  referralFormFacts,
  supportSharingFormFacts,
  tsunagiFormFacts,
} from '../forms/kinds';
export type { DocumentKind, DocumentKinds, Issue, Severity, ValidateOptions, ValidationResult } from './run';

const VALIDATORS: { [K in DocumentKind]: (input: unknown, options?: ValidateOptions) => ValidationResult<DocumentKinds[K]> } = {
  referral: validateReferral,
  supportSharing: validateSupportSharing,
  actionPlan: validateActionPlan,
  case: validateCase,
  meetingSession: validateMeetingSession,
  assessment: validateAssessment,
};

/**
 * Validates a document of any kind: structure and the rules of DOMAIN §5,
 * under a municipal policy. Never throws, whatever the input.
 *
 * @example
 * ```ts
 * const result = validate('referral', JSON.parse(body), { locale: 'en' });
 * if (!result.ok) for (const i of result.issues) console.log(i.code, i.path.join('.'));
 * ```
 * @public
 */
export function validate<K extends DocumentKind>(kind: K, input: unknown, options?: ValidateOptions): ValidationResult<DocumentKinds[K]> {
  const validator = VALIDATORS[kind] as ((i: unknown, o?: ValidateOptions) => ValidationResult<DocumentKinds[K]>) | undefined;
  if (!validator) {
    const message = STRUCTURE_MESSAGES[options?.locale === 'en' ? 'en' : 'ja']['structure.kind'];
    return { ok: false, issues: [{ code: 'structure.kind', path: [], severity: 'error', message }] };
  }
  return validator(input, options);
}
