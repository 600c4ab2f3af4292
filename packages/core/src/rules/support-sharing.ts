import { ATTENDEE_ROLES, EXISTING_MEETINGS, FIELDS } from '../vocab/lists';
import type { SupportSharing } from '../schema/support-sharing';
import { blank, knownCodes, requiredTexts, rule, uniqueIds, type Rule } from './engine';
import { consentValidOn } from './person';

const isShien = (d: SupportSharing): boolean => d.meeting?.legalKind === 'shien';
const isExisting = (d: SupportSharing): boolean => d.meeting?.legalKind === 'existing';

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
  uniqueIds<SupportSharing>([['attendees'], ['shared', 'unknown']]),
  /** 重層的支援会議 only with consent given, not withdrawn, on the meeting date. */
  rule<SupportSharing>('meeting.consentRequired', function* (d) {
    if (d.meeting?.legalKind === 'juusou' && !consentValidOn(d.consent, d.meeting.date))
      yield { path: ['meeting', 'legalKind'] };
  }),
  /** In a 支援会議 every attendee acknowledges statutory confidentiality (art. 106-6). */
  rule<SupportSharing>(
    'meeting.confidentiality',
    function* (d) {
      if (!isShien(d)) return;
      for (const [i, a] of (d.attendees ?? []).entries())
        if (!a.confidentialityAcknowledged) yield { path: ['attendees', i, 'confidentialityAcknowledged'] };
    },
    [{ path: ['attendees', '*', 'confidentialityAcknowledged'], when: isShien }],
  ),
  /** A meeting states its purpose (坂井 第三条). */
  rule<SupportSharing>(
    'meeting.purposeRequired',
    function* (d) {
      if (blank(d.purpose)) yield { path: ['purpose'] };
    },
    [{ path: ['purpose'] }],
  ),
  /** A facilitator directly involved in the case (高島: the facilitator should be neutral). */
  rule<SupportSharing>('meeting.facilitatorInvolved', function* (d) {
    for (const [i, a] of (d.attendees ?? []).entries())
      if (a.role === 'facilitator' && a.directlyInvolved) yield { path: ['attendees', i, 'directlyInvolved'] };
  }),
  rule<SupportSharing>(
    'meeting.existingKindRequired',
    function* (d) {
      if (isExisting(d) && blank(d.meeting.existingKind)) yield { path: ['meeting', 'existingKind'] };
    },
    [{ path: ['meeting', 'existingKind'], when: isExisting }],
  ),
  /** Consent is given: the meeting could be a 重層的支援会議 (盛岡 chooses the meeting by consent). */
  rule<SupportSharing>('meeting.juusouPossible', function* (d) {
    if (d.meeting?.legalKind === 'shien' && consentValidOn(d.consent, d.meeting.date))
      yield { path: ['meeting', 'legalKind'] };
  }),
  rule<SupportSharing>('meeting.timeOrder', function* (d) {
    const { startTime, endTime } = d.meeting ?? {};
    if (startTime && endTime && endTime <= startTime) yield { path: ['meeting', 'endTime'] };
  }),
];
