// Kept apart from the zod schemas so that code which needs only these constants
// (the sheets, documents.ts) does not pull zod into a bundle (ADR 0002).

/** The schema version every document carries. Bump on breaking changes. @public */
export const SCHEMA_VERSION = '1.0' as const;

/**
 * Size limits. Generous for what a person types or pastes; small enough that
 * hostile or broken input (10 MB strings, 10,000 members) is refused quickly.
 * @public
 */
export const LIMITS = {
  /** Names, organizations, short answers. */
  shortText: 200,
  /** Free text a person may paste: history, wishes, decisions. */
  longText: 20_000,
  /** Persons in one household besides the person. */
  members: 50,
  /** Attendees of one meeting. */
  attendees: 100,
  /** Actions in one plan. */
  actions: 500,
  /** Any other list (codes, resources, records). */
  list: 200,
  /** Documents in one case (referrals, meetings, plans). */
  caseDocuments: 500,
  /** Entries of a case's 支援経過記録 and its small changes (years of weekly contacts). */
  contacts: 5_000,
} as const;
