import type { MeetingSession } from '../schema/session';
import { checkMeetingSession } from './structure.generated';
import { sessionRules } from '../rules/sets/session';
import { run, type ValidateOptions, type ValidationResult } from './run';

/**
 * Validates a meeting session. Pass the cases on its agenda (`options.cases`)
 * to check them too: consent on the session date for a 重層的支援会議, the
 * attendees of each discussion. Never throws.
 * @public
 */
export function validateMeetingSession(input: unknown, options?: ValidateOptions): ValidationResult<MeetingSession> {
  return run(checkMeetingSession, sessionRules, 'meetingSession', input, options);
}
