// Meetings and sessions: meetings held by legal kind (a session once, however many cases it discussed),
// attendances by field, case discussions by the fields of their issues, and the missing resources named.
import type { Case } from '../schema/case';
import type { MeetingSession } from '../schema/session';
import { attends, sessionKinds } from '../model/session';
import type { Bucket } from './bucket';
import type { ReportCounts } from './measures';
import { add } from './counts';
import { addTagsKnownBy } from './count-intake';

/**
 * A session as counted: its kind, date and cases, and its attendees by organization, then by invitation id
 * (or, gathered from the cases, by name: only a key, to count each person once; nothing personal leaves),
 * each with their field.
 */
interface SessionTally {
  /** The legal kinds it was held under: every case's (a mixed session has several), gathered in any order. */
  kinds: Set<string>;
  date: string;
  cases: Set<string>;
  agenda?: number;
  /** Known from the portal's session document (its invitations), not only from the cases' meetings. */
  invited: boolean;
  /** What it was for (a session known from the cases discussed cases). */
  purpose: string;
  /** 定例 or 随時, when known. */
  schedule: string | undefined;
  /** The existing meetings it was held as or combined with, by kind. */
  existing: Set<string>;
  attendees: Map<string, Map<string, string>>;
}

function attendee(s: SessionTally, organization: string, key: string, field: string | undefined): void {
  let people = s.attendees.get(organization);
  if (!people) s.attendees.set(organization, (people = new Map<string, string>()));
  people.set(key, field ?? 'unknown');
}

function attend(b: ReportCounts, field: string | undefined): void {
  b.participants++;
  add(b.participantsByField, field ?? 'unknown');
}

function countMeeting(b: ReportCounts, kind: string): void {
  if (kind === 'juusou') b.juusouMeetings++;
  else if (kind === 'shien') b.shienMeetings++;
  else b.existingMeetings++;
}

/**
 * Counts the meetings of every case, and the sessions once each at the end ({@link finish}). Sessions come
 * from the portal's own documents when given, else from the cases' meetings that name one (`sessionId`).
 */
export class MeetingCounter {
  readonly #sessions = new Map<string, SessionTally>();

  constructor(sessions: Iterable<MeetingSession> = []) {
    for (const s of sessions) {
      if (s.id === undefined) continue;
      const tally: SessionTally = {
        kinds: new Set(sessionKinds(s)),
        date: s.date,
        cases: new Set(),
        agenda: s.agenda.length,
        invited: true,
        attendees: new Map(),
        purpose: s.sessionPurpose ?? 'caseDiscussion',
        schedule: s.schedule,
        existing: new Set(s.combinedWith ?? []),
      };
      if (sessionKinds(s).includes('existing')) tally.existing.add(s.existingKind ?? 'unknown');
      for (const i of s.invitations) if (attends(i)) attendee(tally, i.organization, i.id, i.field);
      this.#sessions.set(s.id, tally);
    }
  }

  /** Counts a case's meetings; a meeting held in a session is counted with its session. */
  count(c: Case, bucket: Bucket): void {
    for (const m of c.meetings) {
      const b = bucket(m.meeting.date);
      const issues = m.shared?.memberIssues;
      // The case's issue tags known by the meeting (尾道's mix, seed 002 l.145).
      if (b) addTagsKnownBy(c, m.meeting.date, b.discussionsByIssueTag);
      // Each field once per discussion (a handful of issues: looked back over, nothing built).
      if (b && issues)
        fields: for (let k = 0; k < issues.length; k++) {
          const f = issues[k]!.field ?? 'unknown';
          for (let j = 0; j < k; j++) if ((issues[j]!.field ?? 'unknown') === f) continue fields;
          add(b.discussionsByIssueField, f);
        }
      if (m.sessionId !== undefined) {
        let s = this.#sessions.get(m.sessionId);
        if (!s)
          this.#sessions.set(
            m.sessionId,
            (s = {
              kinds: new Set(),
              date: m.meeting.date,
              cases: new Set<string>(),
              invited: false,
              attendees: new Map(),
              purpose: 'caseDiscussion',
              schedule: undefined,
              existing: new Set(),
            }),
          );
        s.cases.add(c.id);
        if (!s.invited) {
          s.kinds.add(m.meeting.legalKind);
          s.schedule ??= m.meeting.schedule;
          if (m.meeting.legalKind === 'existing') s.existing.add(m.meeting.existingKind ?? 'unknown');
        }
        if (!s.invited) for (const a of m.attendees) attendee(s, a.organization, a.name, a.field);
        continue;
      }
      if (!b) continue;
      countMeeting(b, m.meeting.legalKind);
      add(b.meetingsBySchedule, m.meeting.schedule ?? 'unknown');
      if (m.meeting.legalKind === 'existing') add(b.existingByKind, m.meeting.existingKind ?? 'unknown');
      for (const a of m.attendees) attend(b, a.field);
    }
    countMissingResources(c, bucket);
  }

  /**
   * Counts each session once: its attendees, its cases, and once under each legal kind it was held under — a
   * 米子-style session of two 重層的支援会議 cases and one 支援会議 case counts one 重層的支援会議 and one 支援会議
   * (each was held), and one session. So the kinds may add up to more than the sessions; the order in which the
   * cases come does not matter.
   */
  finish(bucket: Bucket): void {
    for (const s of this.#sessions.values()) {
      const b = bucket(s.date);
      if (!b) continue;
      for (const kind of s.kinds) countMeeting(b, kind);
      add(b.sessionsByPurpose, s.purpose);
      add(b.meetingsBySchedule, s.schedule ?? 'unknown');
      for (const kind of s.existing) add(b.existingByKind, kind);
      for (const people of s.attendees.values()) for (const field of people.values()) attend(b, field);
      b.sessions++;
      b.casesDiscussed += Math.max(s.agenda ?? 0, s.cases.size);
    }
  }
}

/** The missing resources a case's meetings named: each name once per case and month (looked back over, nothing built). */
function countMissingResources(c: Case, bucket: Bucket): void {
  const meetings = c.meetings;
  for (let i = 0; i < meetings.length; i++) {
    const m = meetings[i]!;
    if (!m.resources?.length) continue;
    const b = bucket(m.meeting.date);
    if (!b) continue;
    resources: for (let k = 0; k < m.resources.length; k++) {
      const r = m.resources[k]!;
      if (r.state !== 'missing') continue;
      for (let j = 0; j < k; j++) if (m.resources[j]!.state === 'missing' && m.resources[j]!.name === r.name) continue resources;
      for (let h = 0; h < i; h++) {
        const earlier = meetings[h]!;
        if (!earlier.resources || bucket(earlier.meeting.date) !== b) continue;
        for (const e of earlier.resources) if (e.state === 'missing' && e.name === r.name) continue resources;
      }
      add(b.missingResources, r.name);
    }
  }
  countMissingThemes(c, bucket);
}

/**
 * The missing resources by theme and 圏域 (the 地域課題 register's lines): a case once a month in each line. The area
 * is the resource's own, else the person's district; no name is counted here.
 */
function countMissingThemes(c: Case, bucket: Bucket): void {
  const seen = new Map<object, Set<string>>();
  const district = c.household.person.district;
  for (const m of c.meetings) {
    if (!m.resources?.length) continue;
    const b = bucket(m.meeting.date);
    if (!b) continue;
    let keys = seen.get(b);
    if (!keys) seen.set(b, (keys = new Set()));
    for (const r of m.resources) {
      if (r.state !== 'missing') continue;
      // The register's line (`communityIssueRegister`): the resource's area, else the person's district.
      const key = bucket.pair(r.theme || 'other', r.area || district || 'unknown');
      if (keys.has(key)) continue;
      keys.add(key);
      add(b.missingByThemeArea, key);
    }
  }
}
