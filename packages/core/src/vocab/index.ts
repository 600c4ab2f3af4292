import type { CodeOf, Vocabulary, VocabularyEntry } from './define';
import * as L from './lists';
import * as A from './assessment';

export type { CodeOf, Vocabulary, VocabularyEntry } from './define';
export { codesOf } from './define';
export * from './lists';
export * from './assessment';

/** Every code list by name. @public */
export const VOCABULARIES = {
  fields: L.FIELDS,
  troubles: L.TROUBLES,
  routes: L.ROUTES,
  relationships: L.RELATIONSHIPS,
  situations: L.SITUATIONS,
  problemTypes: L.PROBLEM_TYPES,
  issueTags: L.ISSUE_TAGS,
  urgencies: L.URGENCIES,
  consentStatuses: L.CONSENT_STATUSES,
  consentMethods: L.CONSENT_METHODS,
  referrerRequests: L.REFERRER_REQUESTS,
  responseOptions: L.RESPONSE_OPTIONS,
  meetingKinds: L.MEETING_KINDS,
  legalBases: L.LEGAL_BASES,
  supportPrograms: L.SUPPORT_PROGRAMS,
  applicationPrograms: L.APPLICATION_PROGRAMS,
  applicationSteps: L.APPLICATION_STEPS,
  tsunagiStatuses: L.TSUNAGI_STATUSES,
  tsunagiReasons: L.TSUNAGI_REASONS,
  existingMeetings: L.EXISTING_MEETINGS,
  meetingSchedules: L.MEETING_SCHEDULES,
  attendeeRoles: L.ATTENDEE_ROLES,
  actionKinds: L.ACTION_KINDS,
  actionStatuses: L.ACTION_STATUSES,
  planStatuses: L.PLAN_STATUSES,
  terminationReasons: L.TERMINATION_REASONS,
  resourceTypes: L.RESOURCE_TYPES,
  resourceStates: L.RESOURCE_STATES,
  resourceThemes: L.RESOURCE_THEMES,
  areaKinds: L.AREA_KINDS,
  resourceTargets: L.RESOURCE_TARGETS,
  caseStatuses: L.CASE_STATUSES,
  sexes: L.SEXES,
  ageBands: L.AGE_BANDS,
  contactMethods: L.CONTACT_METHODS,
  contactPurposes: L.CONTACT_PURPOSES,
  sessionPurposes: L.SESSION_PURPOSES,
  invitationReplies: L.INVITATION_REPLIES,
  ties: L.TIES,
  supportFlows: L.SUPPORT_FLOWS,
  supportPhases: L.SUPPORT_PHASES,
  assessmentDomains: A.ASSESSMENT_DOMAINS,
  goalAchievements: A.GOAL_ACHIEVEMENTS,
  nextDecisions: A.NEXT_DECISIONS,
} as const;

/** The name of a code list. @public */
export type VocabularyName = keyof typeof VOCABULARIES;

/**
 * The code lists a municipality may extend with its own entries (through
 * {@link MunicipalPolicy.vocabularies}). The others are fixed by law or by the
 * document structure (consent statuses, meeting kinds, statuses…).
 * @public
 */
export const EXTENSIBLE_VOCABULARIES = [
  'fields',
  'troubles',
  'routes',
  'relationships',
  'situations',
  'issueTags',
  'referrerRequests',
  'responseOptions',
  'existingMeetings',
  'supportPrograms',
  'applicationPrograms',
  'applicationSteps',
  'tsunagiReasons',
  'supportFlows',
  'supportPhases',
  'attendeeRoles',
  'actionKinds',
  'terminationReasons',
  'contactMethods',
  'contactPurposes',
  'resourceThemes',
  'resourceTargets',
] as const satisfies readonly VocabularyName[];

/** A code list a municipality may extend. @public */
export type ExtensibleVocabularyName = (typeof EXTENSIBLE_VOCABULARIES)[number];

/** Municipal additions to the extensible code lists. @public */
export type VocabularyExtensions = Partial<Record<ExtensibleVocabularyName, readonly VocabularyEntry[]>>;

/** National codes of the fields list. @public */
export type FieldCode = CodeOf<typeof L.FIELDS>;
/** National codes of the troubles list. @public */
export type TroubleCode = CodeOf<typeof L.TROUBLES>;
/** National codes of the issue-tag list. @public */
export type IssueTagCode = CodeOf<typeof L.ISSUE_TAGS>;
/** National codes of the C票 response options. @public */
export type ResponseOptionCode = CodeOf<typeof L.RESPONSE_OPTIONS>;
/** Legal kind of a meeting. @public */
export type MeetingKind = CodeOf<typeof L.MEETING_KINDS>;
/** A legal basis code (LEGAL_BASES). @public */
export type LegalBasis = CodeOf<typeof L.LEGAL_BASES>;
/** Consent status. @public */
export type ConsentStatus = CodeOf<typeof L.CONSENT_STATUSES>;

/**
 * The entries of a code list, with a municipality's additions after the
 * national ones. Additions never replace a national code.
 *
 * @example
 * ```ts
 * vocabulary('issueTags', { issueTags: [{ code: 'x-gomi', ja: '多頭飼育', en: 'Animal hoarding' }] })
 * ```
 * @public
 */
export function vocabulary(name: VocabularyName, extensions?: VocabularyExtensions): Vocabulary {
  return extendVocabulary(name, VOCABULARIES[name], extensions);
}

/**
 * The same as {@link vocabulary} for a code list already at hand: code that
 * imports one list (a sheet) does not pull every list into its bundle.
 *
 * @example
 * ```ts
 * extendVocabulary('issueTags', ISSUE_TAGS, policy.vocabularies)
 * ```
 * @public
 */
export function extendVocabulary(name: VocabularyName, base: Vocabulary, extensions?: VocabularyExtensions): Vocabulary {
  const extra = extensions?.[name as ExtensibleVocabularyName];
  if (!extra || extra.length === 0) return base;
  const known = new Set(base.map((e) => e.code));
  return [...base, ...extra.filter((e) => !known.has(e.code))];
}

/**
 * The label of a code in a locale; the code itself when it is unknown, so that
 * data from a newer vocabulary stays readable.
 * @public
 */
export function labelOf(name: VocabularyName, code: string, locale: 'ja' | 'en' = 'ja', extensions?: VocabularyExtensions): string {
  const entry = vocabulary(name, extensions).find((e) => e.code === code);
  return entry ? entry[locale] : code;
}
