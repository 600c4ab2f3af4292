import type { AgendaItem, Invitation, MeetingSession } from '../schema/session';
import type { MeetingKind } from '../vocab';
import { supporter } from './plan';

/** Whether an invitee takes part in the session: attending, or sending a proxy. @public */
export const attends = (i: Pick<Invitation, 'reply'>): boolean => i.reply === 'attending' || i.reply === 'proxy';

/**
 * The legal kind a case on the agenda is discussed under: its own (米子 chooses per case by consent, seed 001
 * l.2246), else the session's.
 * @public
 */
export function agendaKind(s: Pick<MeetingSession, 'legalKind'>, item: Pick<AgendaItem, 'legalKind'> | undefined): MeetingKind {
  return item?.legalKind ?? s.legalKind;
}

/** The legal kinds a session is held under: each case's, once, in the order of {@link MEETING_KINDS}; the session's own when it has no case. @public */
export function sessionKinds(s: Pick<MeetingSession, 'legalKind' | 'agenda'>): readonly MeetingKind[] {
  const agenda = s.agenda ?? [];
  if (agenda.length === 0) return [s.legalKind];
  const kinds = new Set(agenda.map((a) => agendaKind(s, a)));
  return (['juusou', 'shien', 'existing'] as const).filter((k) => kinds.has(k));
}

/** Whether an invitee sat for a case: took part, and — when the item names who sat for it — is named. */
function sitsFor(i: Invitation, item: Pick<AgendaItem, 'attendeeIds'> | undefined): boolean {
  return attends(i) && (item?.attendeeIds === undefined || item.attendeeIds.includes(i.id));
}

/**
 * Whether an invitation may receive minutes and a plan (`session.minutesCircle`). For one case on the agenda
 * (`item`): the invitee sat for that case, and when it was discussed as a 支援会議, a supporter acknowledged the
 * duty of confidentiality. Without `item`: the session's recipients, in the circle of every case on the agenda
 * (of the session itself when it has none). The meeting-session sheet offers only these.
 * @public
 */
export function inMinutesCircle(
  s: Pick<MeetingSession, 'invitations' | 'legalKind' | 'agenda'>,
  id: string,
  item?: Pick<AgendaItem, 'legalKind' | 'attendeeIds'>,
): boolean {
  const i = (s.invitations ?? []).find((x) => x.id === id);
  if (!i) return false;
  const items: readonly (Pick<AgendaItem, 'legalKind' | 'attendeeIds'> | undefined)[] = item
    ? [item]
    : (s.agenda ?? []).length
      ? s.agenda
      : [undefined];
  return items.every(
    (a) => sitsFor(i, a) && (agendaKind(s, a) !== 'shien' || !supporter({ role: i.role ?? '' }) || i.confidentialityAcknowledged === true),
  );
}

/**
 * Whether an invitee who takes part is asked to acknowledge the duty of confidentiality: a supporter who sat for
 * a case discussed as a 支援会議 (or for a 支援会議 with no case). `session.confidentiality` asks it.
 * @public
 */
export function confidentialityAsked(s: Pick<MeetingSession, 'legalKind' | 'agenda'>, i: Invitation): boolean {
  if (!attends(i) || !supporter({ role: i.role ?? '' })) return false;
  const agenda = s.agenda ?? [];
  if (agenda.length === 0) return s.legalKind === 'shien';
  return agenda.some((a) => agendaKind(s, a) === 'shien' && sitsFor(i, a));
}
