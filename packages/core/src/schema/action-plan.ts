import * as z from 'zod/mini';
import { ACTION_STATUSES, CONSENT_STATUSES, PLAN_STATUSES, RESOURCE_TYPES, codesOf } from '../vocab';
import { LIMITS, documentHeader, code, isoDate, list, localId, longText, personal, reported, shortText } from './common';

/**
 * Someone who keeps accompanying the person after the closure, formal or informal: 「徐々に専門職の関わりを薄くし、
 * 地域の関わりを強くしていく…常に誰か伴走している」 (seed 001 l.692–694). Some report back to the coordinator
 * (経過報告, 東海村's ecomap, seed 003 l.548–552); one may take the case on as its new team leader (盛岡: 「社協以外の
 * 関係機関が新たなチームリーダーとなり支援を継続する」, seed 001 l.438).
 */
export const Accompanier = z.object({
  id: localId(),
  /** The agency, or the group (自治会, サロン). */
  organization: z.optional(shortText()),
  /** The person, for an individual (民生委員, a neighbour) or the agency's contact. */
  name: z.optional(personal(shortText(), 'Name of the supporter who carries on')),
  formality: z.enum(codesOf(RESOURCE_TYPES)),
  /** What they do from now on (見守り, 通院の付き添い, 主たる支援者 …). */
  role: z.optional(longText()),
  /** Takes the case on as its team leader. */
  leads: z.optional(z.boolean()),
  /** Reports back to the coordinator's office (経過報告). */
  reportsBack: z.optional(z.boolean()),
});
/** Someone who keeps accompanying the person after the closure. @public */
export type Accompanier = z.infer<typeof Accompanier>;

/**
 * The closure (終結): when, why, who carries on, what to watch for, whom to
 * call if something changes, and how to re-open. It lives in the plan in
 * force when the case closes, or — for a case closed before any plan — in
 * the case's 終結 status change (`caseClosure` finds it).
 */
export const Termination = z.object({
  date: z.optional(reported(isoDate(), 'Termination date')),
  reason: z.optional(code()),
  /**
   * Those who keep accompanying the person, formal and informal, each with a role. A closure written before 0.2
   * had one `successor` (and `successorRole`): `migrateActionPlan` / `migrateCase` turn it into the first, who leads.
   */
  accompaniers: z.optional(list(Accompanier, LIMITS.attendees)),
  /** What to watch for after the closure. */
  watchFor: z.optional(personal(longText(), 'What to watch for after the closure')),
  /** 異変時連絡: whom to call if something changes (東海村's ecomap, seed 003 l.520). */
  contactOnChange: z.optional(
    z.object({
      organization: shortText(),
      name: z.optional(personal(shortText(), 'Contact person')),
      phone: z.optional(personal(shortText(), 'Contact phone')),
    }),
  ),
  /** The meeting (support-sharing document id) that decided the termination (盛岡: 終結は重層的支援会議の場で決める). */
  decidedInMeetingId: z.optional(localId()),
  /** How to re-open. */
  reopenNote: z.optional(longText()),
});
/** A closure (終結) and its hand-off. @public */
export type Termination = z.infer<typeof Termination>;

/** One action: who does what by when. */
export const Action = z.object({
  id: localId(),
  /** The owner as an attendee of the plan (preferred). */
  ownerId: z.optional(localId()),
  /** The owner as a named organization when not an attendee. */
  ownerOrganization: z.optional(shortText()),
  /** The owner picked from the resource directory (an informal supporter, a 参加支援 place); its name is `ownerOrganization`, as it was. */
  ownerDirectoryId: z.optional(localId()),
  task: z.optional(longText()),
  due: z.optional(isoDate()),
  kind: z.optional(reported(code(), 'Kind of action (participation support and outreach are reported)')),
  formality: z.optional(z.enum(codesOf(RESOURCE_TYPES))),
  status: z.enum(codesOf(ACTION_STATUSES)),
  result: z.optional(longText()),
  /** The "not yet known" item this action came from. */
  fromUnknownId: z.optional(localId()),
});
/** An action. @public */
export type Action = z.infer<typeof Action>;

/** One action's result at a monitoring review: where it stands, and what came of it. */
export const ActionResult = z.object({
  /** The action (its id in `actions`). */
  actionId: localId(),
  status: z.optional(z.enum(codesOf(ACTION_STATUSES))),
  result: z.optional(longText()),
});
/** An action's result at a review. @public */
export type ActionResult = z.infer<typeof ActionResult>;

/**
 * A monitoring review: when, by whom, what was seen, and each action's result. 坂井: 「主たる支援者を決めて走り出した
 * ケースに対しては、多機関協働事業としてモニタリングをしていく」 (seed 001 l.1677); 高島: ケアマネジャーや保健師など
 * 主たる支援者が伴走していても、くらし連携支援室がモニタリングを通じて進行管理 (l.2036).
 */
export const MonitoringRecord = z.object({
  date: isoDate(),
  /** Who reviewed: the agency, and the person. */
  by: z.optional(z.object({ organization: shortText(), name: z.optional(personal(shortText(), 'Who monitored')) })),
  /** What was seen (a note, or the actions' results, or both: `plan.monitoringRecordContent`). */
  note: z.optional(longText()),
  actionResults: z.optional(list(ActionResult, LIMITS.actions)),
});
/** A monitoring review. @public */
export type MonitoringRecord = z.infer<typeof MonitoringRecord>;

/** A member of the planning team (from the meeting's attendees). */
export const PlanMember = z.object({
  id: localId(),
  name: personal(shortText(), 'Name of the team member'),
  organization: shortText(),
});
/** A plan team member. @public */
export type PlanMember = z.infer<typeof PlanMember>;

/** The action-plan sheet (行動連携計画シート), one version of a plan. */
export const ActionPlan = z.object({
  ...documentHeader('actionPlan'),
  /** The support-sharing document (meeting) the plan was made in. */
  meetingId: z.optional(localId()),
  planDate: reported(isoDate(), 'Date the plan (version) was made'),
  version: z.int().check(z.minimum(1), z.maximum(999)),
  previousVersionId: z.optional(localId()),
  status: z.enum(codesOf(PLAN_STATUSES)),
  /** Consent status when the plan was made (for the lead-by-consent rule). */
  consentStatus: z.optional(z.enum(codesOf(CONSENT_STATUSES))),
  direction: z.optional(
    z.object({
      desiredLife: z.optional(personal(longText(), 'The life the person wants')),
      goals: z.optional(personal(longText(), 'Short-term goals')),
    }),
  ),
  team: z.optional(
    z.object({
      /**
       * チームリーダー: who follows the team's progress (盛岡: 「関係機関の進捗状況等を確認しながら」, seed 001 l.438),
       * a member id, or an organization.
       */
      leadId: z.optional(localId()),
      leadOrganization: z.optional(shortText()),
      /** The team leader is the multi-agency coordinator. */
      leadIsCoordinator: z.optional(z.boolean()),
      /**
       * 主たる支援者: the agency that acts (盛岡: 「対応の主体は、あくまでも各分野の関係機関」, seed 001 l.437), a member
       * id, or an organization. A plan written before 0.2 had one field for both roles: `migrateActionPlan` copies it.
       */
      mainSupporterId: z.optional(localId()),
      mainSupporterOrganization: z.optional(shortText()),
      /** The main supporter is the multi-agency coordinator (福山 checks that it is not, after a 支援会議: seed 000 l.696). */
      mainSupporterIsCoordinator: z.optional(z.boolean()),
      /** The multi-agency coordinator's own office (多機関協働事業者), e.g. 市社会福祉協議会. */
      coordinatorOrganization: z.optional(shortText()),
      coordinatorRole: z.optional(longText()),
    }),
  ),
  members: list(PlanMember, LIMITS.attendees),
  actions: list(Action, LIMITS.actions),
  monitoring: z.optional(
    z.object({
      nextDate: z.optional(isoDate()),
      nextMeetingDate: z.optional(isoDate()),
      /**
       * Who monitors: a team member by id, or an organization — usually the coordinator's office, 「主たる支援者を
       * 支援するという意識で」 (seed 001 l.698); 米子's えしこに monitors its own cases (l.2251).
       */
      byId: z.optional(localId()),
      byOrganization: z.optional(shortText()),
      records: z.optional(list(MonitoringRecord)),
    }),
  ),
  evaluation: z.optional(longText()),
  termination: z.optional(Termination),
});
/** An action-plan document. @public */
export type ActionPlan = z.infer<typeof ActionPlan>;
