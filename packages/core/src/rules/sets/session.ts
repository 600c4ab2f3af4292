import { localItemRules } from '../local/answers';
import { ATTENDEE_ROLES, EXISTING_MEETINGS, FIELDS } from '../../vocab/lists';
import type { MeetingSession } from '../../schema/session';
import type { Rule } from '../engine';
import { uniqueIds } from '../document/duplicate-id';
import { requiredTexts } from '../field/required';
import { knownCodes } from '../vocabulary/unknown-code';
import { sessionConsent } from '../session/consent';
import { sessionConfidentiality } from '../session/confidentiality';
import { sessionAttendeeNotInvited } from '../session/attendee-not-invited';
import { sessionReference } from '../session/reference';
import { sessionMinutesCircle } from '../session/minutes-circle';
import { sessionAgendaRequired } from '../session/agenda-required';
import { meetingLegalBasis } from '../meeting/legal-basis';

/** Rules of a meeting session: its invitations, its agenda and, given the cases, the cases on it. */
export const sessionRules: readonly Rule<MeetingSession>[] = [
  requiredTexts<MeetingSession>([
    ['invitations', '*', 'name'],
    ['invitations', '*', 'organization'],
  ]),
  knownCodes<MeetingSession>([
    ['existingMeetings', EXISTING_MEETINGS, ['existingKind']],
    ['existingMeetings', EXISTING_MEETINGS, ['combinedWith', '*']],
    ['fields', FIELDS, ['invitations', '*', 'field']],
    ['attendeeRoles', ATTENDEE_ROLES, ['invitations', '*', 'role']],
  ]),
  uniqueIds<MeetingSession>([['invitations']]),
  sessionReference,
  meetingLegalBasis,
  sessionConfidentiality,
  sessionConsent,
  sessionAttendeeNotInvited,
  sessionMinutesCircle,
  sessionAgendaRequired,
  ...localItemRules<MeetingSession>('meetingSession', []),
];
