import * as z from 'zod/mini';
import { CASE_STATUSES, codesOf } from '../vocab';
import { ActionPlan, Termination } from './action-plan';
import {
  Consent,
  HouseholdMember,
  LIMITS,
  Person,
  SCHEMA_VERSION,
  code,
  isoDate,
  list,
  localId,
  longText,
  personal,
  reported,
  shortText,
  timeOfDay,
} from './common';
import { Referral } from './referral';
import { SupportSharing } from './support-sharing';

/**
 * A status change of a case: when, why, and who decided — a meeting when one
 * did. Re-opening appends, never rewrites, and links the referral that brought
 * the case back.
 */
export const StatusChange = z.object({
  status: reported(z.enum(codesOf(CASE_STATUSES)), 'Case status (terminations are reported)'),
  date: isoDate(),
  /** Why, in words (中断の理由, 再開のきっかけ). */
  note: z.optional(longText()),
  /** Who decided: the agency, and the person. */
  decidedBy: z.optional(z.object({ organization: shortText(), name: z.optional(personal(shortText(), 'Who decided')) })),
  /** The meeting (support-sharing document id) that decided the change. */
  meetingId: z.optional(localId()),
  /** 再開: the referral (in `referrals`) that brought the case back. */
  referralId: z.optional(localId()),
  /**
   * 終結 of a case with no plan in force: the closure and its hand-off. When a
   * plan is in force its termination section holds them (one record of one
   * fact; `caseClosure` finds it, `case.terminationMismatch` checks it).
   */
  termination: z.optional(Termination),
});
/** A case status change. @public */
export type StatusChange = z.infer<typeof StatusChange>;

/**
 * One entry of the 支援経過記録 (contact log): who was in contact with whom,
 * how, and what happened. 氷見 counts 延支援回数 from these (seed 003 l.685).
 */
export const ContactEntry = z.object({
  id: localId(),
  date: reported(isoDate(), 'Date of the contact (延支援回数)'),
  time: z.optional(timeOfDay()),
  /** 訪問, 来所, 電話, 同行, オンライン, 文書・メール, 会議 (CONTACT_METHODS, extensible). */
  method: reported(code(), 'How the contact happened'),
  /** What it was for: direct support, coordination with agencies, 支援者支援, applications, … (CONTACT_PURPOSES, extensible). */
  purpose: z.optional(reported(code(), 'What the contact was for')),
  /** Who acted: the agency, and the staff member. */
  by: z.optional(z.object({ organization: shortText(), name: z.optional(personal(shortText(), 'Staff member')) })),
  /**
   * Whose work it was: the coordinator's office (多機関協働事業者) or another agency. The coordinator's own share of
   * the direct support is what the guidebook asks a municipality to watch (seed 001 l.257, l.734).
   */
  byCoordinatorOffice: z.optional(z.boolean()),
  /** With whom: household members by id (the person's id included). */
  withMemberIds: z.optional(list(localId())),
  /** Other agencies involved in the contact. */
  withAgencies: z.optional(list(shortText())),
  content: z.optional(personal(longText(), 'What happened')),
  next: z.optional(personal(longText(), 'What comes next')),
  /** A document of the case this contact belongs to (a referral, a meeting, a plan version). */
  documentId: z.optional(localId()),
});
/** A 支援経過記録 entry. @public */
export type ContactEntry = z.infer<typeof ContactEntry>;

/** A small change worth recording, by member: 「人の目を見て話せるようになったという変化があれば、それを共有する」 (seed 001 l.815; 小さな変化を積みあげていく, seed 000 l.283). */
export const SmallChange = z.object({
  id: localId(),
  date: isoDate(),
  memberId: z.optional(localId()),
  text: personal(longText(), 'The change'),
});
/** A small change. @public */
export type SmallChange = z.infer<typeof SmallChange>;

/** The case: a household and everything done with it, over time. */
export const Case = z.object({
  kind: z.literal('case'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: localId(),
  household: z.object({
    person: Person,
    members: list(HouseholdMember, LIMITS.members),
  }),
  /**
   * The intake (受付) of the consultation: how it came and who received it. Its
   * date is the 受付 in the status history. A case counts once as a new
   * consultation (氷見's 新規相談件数, seed 003 l.684), whether it came by a
   * referral or directly, however many referrals it holds.
   */
  intake: z.optional(
    z.object({
      /** 相談経路 (ROUTES); the first referral's route when absent. */
      route: z.optional(reported(code(), '相談経路 of the consultation')),
      /** The team that received it (氷見: CSW or the centre, seed 003 l.815). */
      team: z.optional(shortText()),
      /** 分野 of who brought it (a ケアマネ's consultation is 高齢); the first referral's referrer's field when absent. */
      referrerField: z.optional(code()),
    }),
  ),
  /** Consent records in the order they were taken; the latest on or before a date applies. */
  consentHistory: list(Consent),
  statusHistory: list(StatusChange).check(z.minLength(1)),
  referrals: list(Referral, LIMITS.caseDocuments),
  meetings: list(SupportSharing, LIMITS.caseDocuments),
  plans: list(ActionPlan, LIMITS.caseDocuments),
  /** 支援経過記録: every contact, in any order (the timeline sorts). */
  contacts: z.optional(list(ContactEntry, LIMITS.contacts)),
  /** Small changes, by member. */
  changes: z.optional(list(SmallChange, LIMITS.contacts)),
});
/** A case document. @public */
export type Case = z.infer<typeof Case>;
