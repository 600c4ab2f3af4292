import type { Invitation, MeetingSession } from '../schema/session';
import { supporter } from './plan';

/** Whether an invitee takes part in the session: attending, or sending a proxy. @public */
export const attends = (i: Pick<Invitation, 'reply'>): boolean => i.reply === 'attending' || i.reply === 'proxy';

/**
 * Whether an invitation may receive a session's minutes and plan (`session.minutesCircle`): it took part, and in a
 * 支援会議 a supporter acknowledged the duty of confidentiality. The meeting-session sheet offers only these.
 * @public
 */
export function inMinutesCircle(s: Pick<MeetingSession, 'invitations' | 'legalKind'>, id: string): boolean {
  const i = (s.invitations ?? []).find((x) => x.id === id);
  if (!i || !attends(i)) return false;
  return s.legalKind !== 'shien' || !supporter({ role: i.role ?? '' }) || i.confidentialityAcknowledged === true;
}
