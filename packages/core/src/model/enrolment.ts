// Which 事業 a case is in on a date, and the phase of its meetings: 支援会議 before consent, 重層的支援会議 after.
import type { Case, Enrolment } from '../schema/case';
import type { MeetingKind } from '../vocab';
import { consentOn, consentValidOn } from './consent';

/** The case's enrolments in force on a date: begun on or before it, not ended before it. @public */
export function enrolmentsOn(c: Pick<Case, 'enrolments'>, date: string): readonly Enrolment[] {
  return (c.enrolments ?? []).filter((e) => e.from <= date && (e.to === undefined || e.to >= date));
}

/**
 * The meeting a case may be discussed in on a date: a 重層的支援会議 once the person consents to both providing and
 * collecting information (盛岡, seed 001 l.437), a 支援会議 until then — 「本人同意がないため、支援会議を行うことが
 * 多い…同意が取れて、重層的支援会議に移行」 (l.1494–1496). `session.consent` and `meeting.consentRequired` refuse a
 * 重層的支援会議 before it.
 * @public
 */
export function casePhase(c: Pick<Case, 'consentHistory' | 'household'>, date: string): Extract<MeetingKind, 'juusou' | 'shien'> {
  return consentValidOn(consentOn(c.consentHistory ?? [], date, c.household?.person?.id), date) ? 'juusou' : 'shien';
}

/** Where a case moved from 支援会議 to 重層的支援会議: the first 重層的支援会議 after a 支援会議 of the case. @public */
export interface PhaseMove {
  /** The date of that 重層的支援会議. */
  readonly date: string;
  /** Its index in `meetings`. */
  readonly meetingIndex: number;
  /** The date of the consent in force that day, when recorded. */
  readonly consentDate?: string;
}

/**
 * The move from 支援会議 to 重層的支援会議 (seed 001 l.1494–1496), derived from the case's meetings and consent: the
 * first 重層的支援会議 held after one of its 支援会議 — `undefined` when the case never moved (it began with consent, or
 * has no 重層的支援会議 yet). The timeline shows it.
 * @public
 */
export function phaseMove(c: Pick<Case, 'meetings' | 'consentHistory' | 'household'>): PhaseMove | undefined {
  const meetings = c.meetings ?? [];
  const move = phaseMoveIndex(meetings);
  if (move < 0) return undefined;
  const date = meetings[move]!.meeting.date;
  const consent = consentOn(c.consentHistory ?? [], date, c.household?.person?.id);
  return { date, meetingIndex: move, ...(consent?.date ? { consentDate: consent.date } : {}) };
}

/**
 * The index of the meeting {@link phaseMove} finds, or -1: in (date, index) order, the first 支援会議, then the first
 * 重層的支援会議 after it. Two passes, no sorted copy, nothing built (the report asks it of every case).
 */
export function phaseMoveIndex(meetings: readonly { readonly meeting: { readonly legalKind: string; readonly date: string } }[]): number {
  let first = -1;
  for (let i = 0; i < meetings.length; i++)
    if (meetings[i]!.meeting.legalKind === 'shien' && (first < 0 || meetings[i]!.meeting.date < meetings[first]!.meeting.date)) first = i;
  if (first < 0) return -1;
  const after = meetings[first]!.meeting.date;
  let move = -1;
  for (let i = 0; i < meetings.length; i++) {
    const m = meetings[i]!.meeting;
    if (m.legalKind !== 'juusou' || m.date < after || (m.date === after && i < first)) continue;
    if (move < 0 || m.date < meetings[move]!.meeting.date) move = i;
  }
  return move;
}
