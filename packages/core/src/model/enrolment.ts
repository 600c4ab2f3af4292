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
  const meetings = (c.meetings ?? [])
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.meeting.date < b.m.meeting.date ? -1 : a.m.meeting.date > b.m.meeting.date ? 1 : a.i - b.i));
  let shien = false;
  for (const { m, i } of meetings) {
    if (m.meeting.legalKind === 'shien') shien = true;
    else if (m.meeting.legalKind === 'juusou' && shien) {
      const consent = consentOn(c.consentHistory ?? [], m.meeting.date, c.household?.person?.id);
      return { date: m.meeting.date, meetingIndex: i, ...(consent?.date ? { consentDate: consent.date } : {}) };
    }
  }
  return undefined;
}
