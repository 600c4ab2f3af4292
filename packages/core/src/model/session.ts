import type { Invitation } from '../schema/session';

/** Whether an invitee takes part in the session: attending, or sending a proxy. @public */
export const attends = (i: Pick<Invitation, 'reply'>): boolean => i.reply === 'attending' || i.reply === 'proxy';
