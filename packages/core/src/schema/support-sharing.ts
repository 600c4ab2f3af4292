import * as z from 'zod/mini';
import { MEETING_KINDS, MEETING_SCHEDULES, RESOURCE_STATES, RESOURCE_TYPES, codesOf, LEGAL_BASES } from '../vocab';
import {
  Consent,
  LIMITS,
  documentHeader,
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

/** A meeting attendee. */
export const Attendee = z.object({
  id: localId(),
  name: personal(shortText(), 'Name of the attendee'),
  organization: shortText(),
  field: z.optional(code()),
  role: code(),
  /** Directly involved with the case (a facilitator should not be). */
  directlyInvolved: z.boolean(),
  /** Confidentiality (守秘義務) acknowledged — required of everyone in a 支援会議. */
  confidentialityAcknowledged: z.boolean(),
});
/** A meeting attendee. @public */
export type Attendee = z.infer<typeof Attendee>;

/** A "not yet known" item; may become an information-gathering action. */
export const UnknownItem = z.object({
  id: localId(),
  text: personal(longText(), 'What is not yet known'),
  /** Who will find it out (attendee id), when decided in the meeting. */
  assigneeId: z.optional(localId()),
});
/** A "not yet known" item. @public */
export type UnknownItem = z.infer<typeof UnknownItem>;

/** A social resource involved, considered or missing. */
export const Resource = z.object({
  /** The name as it was when written or picked: the document stays readable when the directory changes. */
  name: shortText(),
  type: z.enum(codesOf(RESOURCE_TYPES)),
  state: z.enum(codesOf(RESOURCE_STATES)),
  note: z.optional(longText()),
  /**
   * The entry picked from the municipality's resource directory (`@tsunagu/core/directory`). A resource in use or
   * considered without one was typed freely: a candidate entry for the directory's keepers.
   */
  directoryId: z.optional(localId()),
  /** What it is about (RESOURCE_THEMES, or the municipality's own): how the 地域課題 register gathers missing resources. */
  theme: z.optional(code()),
  /** Its 分野, for the register. */
  field: z.optional(code()),
  /** The 圏域 it is missing in: the person's district when absent. */
  area: z.optional(shortText()),
});
/** A social resource. @public */
export type Resource = z.infer<typeof Resource>;

/** What a meeting is, for a case's discussion and for a session: kind, local name, schedule, times, place. */
export const meetingShape = () => ({
  legalKind: reported(z.enum(codesOf(MEETING_KINDS)), 'Legal kind of the meeting'),
  /** The law it is held under (LEGAL_BASES) when the policy's default is not it: 坂井's さかまる会議 is a 支援会議 of 生活困窮者自立支援法第9条 (seed 001 l.1597). */
  legalBasis: z.optional(z.enum(codesOf(LEGAL_BASES))),
  /** For `existing`: which field meeting. */
  existingKind: z.optional(code()),
  /** The municipality's own name (よりそい会議, さかまる会議…). */
  localName: z.optional(shortText()),
  schedule: z.optional(z.enum(codesOf(MEETING_SCHEDULES))),
  startTime: z.optional(timeOfDay()),
  endTime: z.optional(timeOfDay()),
  place: z.optional(shortText()),
  online: z.optional(z.boolean()),
});

/** The support-sharing sheet (支援共有シート) of one meeting. */
export const SupportSharing = z.object({
  ...documentHeader('supportSharing'),
  /** The meeting session this case was discussed in (a session may discuss several cases). */
  sessionId: z.optional(localId()),
  meeting: z.object({
    ...meetingShape(),
    date: reported(isoDate(), 'Meeting date'),
    /** Session number of meetings on this case. */
    session: z.optional(z.int().check(z.minimum(1), z.maximum(999))),
  }),
  /** 会議の目的 (required by rule). */
  purpose: z.optional(longText()),
  /** 到達点: what the meeting should reach. */
  goal: z.optional(longText()),
  attendees: list(Attendee, LIMITS.attendees),
  /** Consent status on the meeting date. */
  consent: Consent,
  shared: z.optional(
    z.object({
      situation: z.optional(personal(longText(), 'Current situation')),
      history: z.optional(personal(longText(), 'History and background')),
      wishes: z.optional(personal(longText(), 'Wishes, values and life story')),
      strengths: z.optional(personal(longText(), 'Strengths and what the person enjoys')),
      recentChanges: z.optional(personal(longText(), 'Recent changes, however small')),
      known: z.optional(personal(longText(), 'What is known')),
      unknown: z.optional(list(UnknownItem)),
      memberIssues: z.optional(
        list(
          z.object({
            /** The household member (the person's or a member's id), for a view per member. */
            memberId: z.optional(localId()),
            /** Which member, in words (relationship or name): printed, and enough when there is no household to link to. */
            member: z.optional(personal(shortText(), 'Which member (relationship or name)')),
            field: z.optional(code()),
            issue: personal(longText(), 'The issue'),
          }),
        ),
      ),
      risks: z.optional(personal(longText(), 'Risks')),
      supporterDifficulties: z.optional(longText()),
    }),
  ),
  resources: z.optional(list(Resource)),
  decisions: z.optional(longText()),
});
/** A support-sharing document. @public */
export type SupportSharing = z.infer<typeof SupportSharing>;
