import * as z from 'zod/mini';
import { INVITATION_REPLIES, MEETING_KINDS, SESSION_PURPOSES, codesOf } from '../vocab';
import { meetingShape } from './support-sharing';
import { code, documentHeader, isoDate, LIMITS, list, localId, longText, personal, reported, shortText } from './common';

/**
 * Someone invited to a meeting session, with their reply. The session's
 * attendees are those who attend (出席) or send a proxy (代理出席).
 */
export const Invitation = z.object({
  id: localId(),
  name: personal(shortText(), 'Name of the person invited'),
  organization: shortText(),
  field: z.optional(code()),
  /** 司会, 記録, 事例提供者, 参加者, 本人, 家族 (ATTENDEE_ROLES). */
  role: z.optional(code()),
  reply: z.enum(codesOf(INVITATION_REPLIES)),
  /** Who comes instead, for 代理出席. */
  proxyName: z.optional(personal(shortText(), 'Name of the proxy')),
  /** 守秘義務 acknowledged for the session (required of supporters in a 支援会議). */
  confidentialityAcknowledged: z.optional(z.boolean()),
});
/** An invitation to a meeting session. @public */
export type Invitation = z.infer<typeof Invitation>;

/** One case on a session's agenda, in the order discussed. */
export const AgendaItem = z.object({
  caseId: localId(),
  /** The case's support-sharing document of this discussion (its `sessionId` names this session). */
  supportSharingId: z.optional(localId()),
  /** Minutes given to the case (盛岡: 1〜2 事例で2時間程度; 米子: 1時間で最大3ケース). */
  minutes: z.optional(z.int().check(z.minimum(1), z.maximum(600))),
  /**
   * The legal kind this case is discussed under, when it is not the session's: 米子 holds one
   * 「重層的支援会議・支援会議」 and chooses per case, 「情報共有に対する本人同意がないものは支援会議、同意がある場合は
   * 重層的支援会議」 (seed 001 l.2246). Absent: the session's `legalKind` ({@link agendaKind}).
   */
  legalKind: z.optional(z.enum(codesOf(MEETING_KINDS))),
  /**
   * Who sat for this case, by invitation: those who came for another case only are outside its circle
   * (米子: 「その他は個別のケースに応じて選定」, seed 001 l.2247). Absent: every attendee of the session.
   */
  attendeeIds: z.optional(list(localId(), LIMITS.attendees)),
  /** Who receives this case's minutes and plan, by invitation (`session.minutesCircle` keeps them in this case's circle). */
  minutesTo: z.optional(list(localId(), LIMITS.attendees)),
  /**
   * The case as the invitation mail to many departments describes it, 「個人が特定されない程度」 (米子, seed 001
   * l.2247). Meant to identify no one; personal data typed in it is flagged by the sheet (`findPersonalData`).
   */
  outline: z.optional(personal(longText(), 'Outline for the invitation mail (meant to identify no one)')),
});
/** An agenda item. @public */
export type AgendaItem = z.infer<typeof AgendaItem>;

/**
 * A 地域課題 raised to a session without cases (推進会議, 課題解決会議): a theme of the register, where and in which
 * field, what was decided, and when the decision is to come back to those who raised it (尾道: case → 実務者会議 →
 * 包括化推進会議 → 課題解決会議 → feedback, seed 002 l.74–130). Never about a person.
 */
export const SessionTheme = z.object({
  id: localId(),
  /** RESOURCE_THEMES, or the municipality's own. */
  theme: code(),
  /** The 圏域; every area when absent. */
  area: z.optional(shortText()),
  /** The 分野; every field when absent. */
  field: z.optional(code()),
  /** The issue as put to the meeting (counts and what is missing, no person). */
  summary: z.optional(longText()),
  decision: z.optional(longText()),
  /** When the decision goes back to the meetings and workers who raised it. */
  feedbackOn: z.optional(isoDate()),
});
/** A 地域課題 raised to a session. @public */
export type SessionTheme = z.infer<typeof SessionTheme>;

/**
 * A meeting session (会議の開催): one 支援会議, 重層的支援会議 or existing meeting
 * held on a date, where one or several cases are discussed — 盛岡's よりそい会議
 * takes 1〜2 事例 a month (seed 001 l.1004), 米子's up to three (l.2247). The
 * national figure 「重層的支援会議・支援会議の開催回数」 (l.851) counts sessions,
 * not the support-sharing documents of each case discussed.
 */
export const MeetingSession = z.object({
  ...documentHeader('meetingSession'),
  ...meetingShape(),
  date: reported(isoDate(), 'Session date'),
  /** The invitation of the facilitator (進行役) and of the recorder (記録). */
  facilitatorId: z.optional(localId()),
  recorderId: z.optional(localId()),
  /** At least one: a session is called. */
  invitations: list(Invitation, LIMITS.attendees).check(z.minLength(1)),
  /**
   * Existing meetings held together with this one (EXISTING_MEETINGS): 名張 「基本的に重層的支援会議・支援会議と既存の
   * 会議体を合わせて開催することが多い」 (seed 001 l.1829). The session still counts once, under its own kinds.
   */
  combinedWith: z.optional(list(code(), 6)),
  /** What the session is for (SESSION_PURPOSES): discussing cases when absent. */
  sessionPurpose: z.optional(z.enum(codesOf(SESSION_PURPOSES))),
  /** The cases discussed, in order: at least one when the session is for discussing cases (`session.agendaRequired`). */
  agenda: list(AgendaItem, LIMITS.list),
  /**
   * Who receives the minutes and the plan of every case afterwards (盛岡: 「改めて出席者に配布している」, l.1079), by
   * invitation: each must be in the circle of every case on the agenda. A case's own recipients are its `minutesTo`.
   */
  minutesTo: z.optional(list(localId(), LIMITS.attendees)),
  /** The day the minutes were sent. */
  minutesSentOn: z.optional(isoDate()),
  /** 地域課題 raised from the register, each with its decision: what a 推進会議 or 課題解決会議 sits for. */
  themes: z.optional(list(SessionTheme, LIMITS.list)),
});
/** A meeting session. @public */
export type MeetingSession = z.infer<typeof MeetingSession>;
