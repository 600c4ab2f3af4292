import { localItemRules } from '../local/answers';
import { ATTENDEE_ROLES, EXISTING_MEETINGS, FIELDS } from '../../vocab/lists';
import type { SupportSharing } from '../../schema/support-sharing';
import { blank, rowAt, rule, type Rule } from '../engine';
import { uniqueIds } from '../document/duplicate-id';
import { requiredTexts } from '../field/required';
import { fieldRequiredMeta } from '../field/required';
import { meetingConfidentiality } from '../meeting/confidentiality';
import { meetingConfidentialityJuusou } from '../meeting/confidentiality-juusou';
import { meetingConsentRequired } from '../meeting/consent-required';
import { meetingExistingKindRequired } from '../meeting/existing-kind-required';
import { meetingFacilitatorInvolved } from '../meeting/facilitator-involved';
import { meetingJuusouPossible } from '../meeting/juusou-possible';
import { meetingPurposeRequired } from '../meeting/purpose-required';
import { meetingTimeOrder } from '../meeting/time-order';
import { knownCodes } from '../vocabulary/unknown-code';
import { meetingLegalBasis } from '../meeting/legal-basis';

/** An issue per member names its member: linked by id, or in words when there is no household to link to. */
const memberNamed = rule<SupportSharing>(
  fieldRequiredMeta,
  function* (d) {
    for (const [i, m] of (d.shared?.memberIssues ?? []).entries())
      if (!m.memberId && blank(m.member)) yield { path: ['shared', 'memberIssues', i, 'member'] };
  },
  [{ path: ['shared', 'memberIssues', '*', 'member'], when: (d, path) => !rowAt(d.shared?.memberIssues, path, 2)?.memberId }],
);

/** Rules of a support-sharing document (one meeting). */
export const supportSharingRules: readonly Rule<SupportSharing>[] = [
  requiredTexts<SupportSharing>([
    ['attendees', '*', 'name'],
    ['attendees', '*', 'organization'],
    ['shared', 'unknown', '*', 'text'],
    ['shared', 'memberIssues', '*', 'issue'],
    ['resources', '*', 'name'],
  ]),
  knownCodes<SupportSharing>([
    ['existingMeetings', EXISTING_MEETINGS, ['meeting', 'existingKind']],
    ['fields', FIELDS, ['attendees', '*', 'field']],
    ['attendeeRoles', ATTENDEE_ROLES, ['attendees', '*', 'role']],
    ['fields', FIELDS, ['shared', 'memberIssues', '*', 'field']],
  ]),
  memberNamed,
  uniqueIds<SupportSharing>([['attendees'], ['shared', 'unknown']]),
  meetingConsentRequired,
  meetingConfidentiality,
  meetingConfidentialityJuusou,
  meetingPurposeRequired,
  meetingFacilitatorInvolved,
  meetingExistingKindRequired,
  meetingLegalBasis,
  meetingJuusouPossible,
  meetingTimeOrder,
  ...localItemRules<SupportSharing>('supportSharing', []),
];
