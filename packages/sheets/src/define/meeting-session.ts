/**
 * Registers `<tsunagu-meeting-session>`, guarded against a second definition.
 * @module
 */
import { defineOnce } from '../kit/define';
import { TsunaguMeetingSession } from '../meeting-session/meeting-session';

export const MEETING_SESSION_TAG = 'tsunagu-meeting-session';

defineOnce(MEETING_SESSION_TAG, TsunaguMeetingSession);

export { TsunaguMeetingSession };

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-meeting-session': TsunaguMeetingSession;
  }
}
