import * as z from 'zod/mini';
import { CASE_STATUSES, codesOf } from '../vocab';
import { ActionPlan, Termination } from './action-plan';
import { Tsunagi } from './tsunagi';
import { Assessment } from './assessment';
import {
  Consent,
  HouseholdMember,
  LIMITS,
  Person,
  SCHEMA_VERSION,
  code,
  isoDate,
  list,
  localAnswers,
  localId,
  longText,
  personal,
  reported,
  revision,
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
  /** Answers to the municipality's own questions of a contact (`place: 'caseContact'`), by question id. */
  localItems: z.optional(localAnswers()),
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

/**
 * The case's enrolment in one 事業 of the 重層的支援体制整備事業, from when to when: 包括的相談支援, 多機関協働,
 * アウトリーチ等を通じた継続的支援, 参加支援, or a municipality's own (SUPPORT_PROGRAMS, extensible). Municipalities
 * report 「各事業の相談受付件数」 (seed 001 l.851); 盛岡: 「社協へつなぐことで重層事業の利用が開始」 (l.436). Before
 * consent the person may be supported as an アウトリーチ等事業 target: 「本人同意が得られるまでは、アウトリーチ等事業
 * として対象者を決定して支援」 (l.585) — an `outreach` enrolment, often decided in a 支援会議 (`meetingId`).
 */
export const Enrolment = z.object({
  id: localId(),
  program: reported(code(), '事業 the case is enrolled in'),
  from: reported(isoDate(), 'Start of the enrolment'),
  /** The end; absent while it lasts. */
  to: z.optional(isoDate()),
  /** The meeting (support-sharing document id) that decided it: the 支援会議 that chose an アウトリーチ target. */
  meetingId: z.optional(localId()),
  note: z.optional(longText()),
});
/** A case's enrolment in a 事業. @public */
export type Enrolment = z.infer<typeof Enrolment>;

/** One dated step of an application (相談, 申請, 決定, 支援, 就労 …: APPLICATION_STEPS, extensible). */
export const ApplicationStep = z.object({
  step: reported(code(), 'What happened (APPLICATION_STEPS)'),
  date: reported(isoDate(), 'When'),
  note: z.optional(personal(longText(), 'About the step')),
});
/** A step of an application. @public */
export type ApplicationStep = z.infer<typeof ApplicationStep>;

/**
 * An application to a 制度 or a service of the 生活困窮者自立支援制度, followed to its outcome: 住居確保給付金,
 * 生活保護, 生活福祉資金 with their 相談 and 決定, 家計相談, 就労支援 with the people who found work, 緊急食糧,
 * 学習支援 (APPLICATION_PROGRAMS, extensible) — what 氷見 reports as 支援実績 (seed 003 l.690–701).
 */
export const Application = z.object({
  id: localId(),
  program: reported(code(), '制度・事業 applied to (APPLICATION_PROGRAMS)'),
  /** For whom: a household member's id; the person when absent. */
  memberId: z.optional(localId()),
  /** Its steps, in date order. */
  steps: list(ApplicationStep).check(z.minLength(1)),
  note: z.optional(personal(longText(), 'About the application')),
});
/** An application and its outcome. @public */
export type Application = z.infer<typeof Application>;

/**
 * An anonymized summary sent although it describes fewer households than the policy's k: who decided, when, why,
 * to whom, and the group's size and k then (`checkReidentification`, `recordDisclosure`).
 */
export const Disclosure = z.object({
  date: isoDate(),
  by: z.object({ organization: shortText(), name: z.optional(personal(shortText(), 'Who decided')) }),
  /** Why it went anyway; an override without a reason does not count. */
  reason: longText(),
  /** To whom it went (the departments of a one-to-many mail). */
  to: z.optional(shortText()),
  groupSize: z.int().check(z.minimum(0), z.maximum(1_000_000)),
  k: z.int().check(z.minimum(1), z.maximum(1000)),
});
/** An override of the re-identification check. @public */
export type Disclosure = z.infer<typeof Disclosure>;

/** The case: a household and everything done with it, over time. */
export const Case = z.object({
  kind: z.literal('case'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: localId(),
  /** The portal's revision of the stored case, kept as it came (opaque): what a save is made against (`If-Match`). */
  revision: z.optional(revision()),
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
  /** The 事業 the case is or was enrolled in, each from when to when (in any order). */
  enrolments: z.optional(list(Enrolment, LIMITS.caseDocuments)),
  /**
   * The network around the household as the map draws it over time (東海村, seed 003 l.431–552): the phases of the
   * support with the day each began, the coordinator, and links between agencies (子育て支援課 → 要保護児童対策地域協議会).
   */
  network: z.optional(
    z.object({
      /** The phases (SUPPORT_PHASES: 初動期, 調整期, 安定期, or the municipality's own), each from its first day. */
      phases: z.optional(list(z.object({ code: code(), from: isoDate() }), 12)),
      /** The coordinator (多機関協働事業), drawn with a line to the person. */
      coordinator: z.optional(
        z.object({ organization: shortText(), flow: z.optional(code()), from: z.optional(isoDate()), to: z.optional(isoDate()) }),
      ),
      /** Agency to agency, by the names on the map, with what flows (SUPPORT_FLOWS) and when. */
      links: z.optional(
        list(
          z.object({
            source: shortText(),
            target: shortText(),
            flow: z.optional(code()),
            from: z.optional(isoDate()),
            to: z.optional(isoDate()),
          }),
          100,
        ),
      ),
    }),
  ),
  /** The つなぎ: the case handed on to agencies and services, each followed to its outcome. */
  tsunagi: z.optional(list(Tsunagi, LIMITS.caseDocuments)),
  /** Applications to 制度 and services, each with its dated steps (in any order). */
  applications: z.optional(list(Application, LIMITS.caseDocuments)),
  /** Consent records in the order they were taken; the latest on or before a date applies. */
  consentHistory: list(Consent),
  statusHistory: list(StatusChange).check(z.minLength(1)),
  referrals: list(Referral, LIMITS.caseDocuments),
  meetings: list(SupportSharing, LIMITS.caseDocuments),
  plans: list(ActionPlan, LIMITS.caseDocuments),
  /** The household assessments, each dated; a revision names the one it revises. */
  assessments: z.optional(list(Assessment, LIMITS.caseDocuments)),
  /** 支援経過記録: every contact, in any order (the timeline sorts). */
  contacts: z.optional(list(ContactEntry, LIMITS.contacts)),
  /** Small changes, by member. */
  changes: z.optional(list(SmallChange, LIMITS.contacts)),
  /** Summaries sent although their group was small, each with who, when and why. */
  disclosures: z.optional(list(Disclosure, LIMITS.caseDocuments)),
});
/** A case document. @public */
export type Case = z.infer<typeof Case>;
