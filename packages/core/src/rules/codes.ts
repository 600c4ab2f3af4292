/**
 * Codes of structure issues: the shape of the document. Always errors; a
 * policy cannot switch them off.
 * @public
 */
export const STRUCTURE_CODES = [
  'structure.type',
  'structure.value',
  'structure.date',
  'structure.time',
  'structure.code',
  'structure.number',
  'structure.tooLong',
  'structure.tooMany',
  'structure.tooFew',
  'structure.kind',
  'structure.schemaVersion',
  'structure.unreadable',
] as const;

/**
 * Every rule with its national default (DOMAIN §5). A municipal policy can set
 * any of them to `error`, `warning` or `off`.
 * @public
 */
export const RULE_DEFAULTS = {
  'field.required': 'error',
  'vocabulary.unknownCode': 'error',
  'document.duplicateId': 'error',
  'person.identity': 'error',
  'person.kana': 'error',
  'person.birthDateFuture': 'error',
  'consent.dateMissing': 'warning',
  'referral.consentUnchecked': 'error',
  'referral.problemViewRequired': 'error',
  'referral.mainTroubleNotListed': 'warning',
  'response.optionRequired': 'error',
  'response.otherTextRequired': 'error',
  'response.beforeReferral': 'error',
  'meeting.consentRequired': 'error',
  'meeting.confidentiality': 'error',
  'meeting.purposeRequired': 'error',
  'meeting.facilitatorInvolved': 'warning',
  'meeting.existingKindRequired': 'error',
  'meeting.juusouPossible': 'off',
  'meeting.timeOrder': 'error',
  'action.ownerRequired': 'error',
  'action.ownerUnknown': 'error',
  'action.taskRequired': 'error',
  'action.dueRequired': 'error',
  'action.dueBeforePlan': 'error',
  'action.overdue': 'warning',
  'plan.attendeeWithoutAction': 'warning',
  'plan.monitoringRequired': 'error',
  'plan.monitoringOverdue': 'warning',
  'plan.leadRequired': 'warning',
  'plan.leadByConsent': 'off',
  'termination.dateRequired': 'error',
  'termination.reasonRequired': 'error',
  'termination.successorRequired': 'error',
  'termination.beforePlan': 'error',
  'case.statusOrder': 'error',
  'case.reopenWithoutTermination': 'error',
  'case.meetingWithoutConsent': 'error',
} as const satisfies Record<string, 'error' | 'warning' | 'off'>;

/** The code of a structure issue. @public */
export type StructureCode = (typeof STRUCTURE_CODES)[number];
/** The code of a rule. @public */
export type RuleCode = keyof typeof RULE_DEFAULTS;
/** Any issue code. @public */
export type IssueCode = StructureCode | RuleCode;
/** Every rule code, in catalogue order. @public */
export const RULE_CODES = Object.keys(RULE_DEFAULTS) as RuleCode[];
