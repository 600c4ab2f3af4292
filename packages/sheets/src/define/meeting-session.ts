/**
 * Registers `<tsunagu-meeting-session>`, guarded against a second definition.
 * @module
 */
import { defineOnce } from '../kit/define';
import { TsunaguChangeEvent, TsunaguSubmitEvent, TsunaguInvalidEvent } from '../kit/events';
import { TsunaguMeetingSession } from '../meeting-session/meeting-session';

export const MEETING_SESSION_TAG = 'tsunagu-meeting-session';

defineOnce(MEETING_SESSION_TAG, TsunaguMeetingSession);

// The events it fires, re-exported so that this entry's types carry them (and their
// HTMLElementEventMap entries) to an app that imports only this path.
export { TsunaguMeetingSession, TsunaguChangeEvent, TsunaguSubmitEvent, TsunaguInvalidEvent };

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-meeting-session': TsunaguMeetingSession;
  }
}
