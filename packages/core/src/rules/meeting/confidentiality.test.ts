// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, M, mutate } from '../testing';

ruleCases('meeting.confidentiality', [
  {
    kind: 'supportSharing',
    pass: mutate(M, (d) => (d.meeting.legalKind = 'shien')),
    fail: mutate(M, (d) => {
      d.meeting.legalKind = 'shien';
      d.attendees[4]!.confidentialityAcknowledged = false;
    }),
    path: 'attendees.4.confidentialityAcknowledged',
  },
  // 本人 and 家族 are not supporters: the duty is the members' (art. 106-6).
  {
    kind: 'supportSharing',
    pass: mutate(M, (d) => {
      d.meeting.legalKind = 'shien';
      d.attendees[4]!.role = 'family';
      d.attendees[4]!.confidentialityAcknowledged = false;
    }),
    fail: mutate(M, (d) => {
      d.meeting.legalKind = 'shien';
      d.attendees[4]!.role = 'participant';
      d.attendees[4]!.confidentialityAcknowledged = false;
    }),
    path: 'attendees.4.confidentialityAcknowledged',
  },
]);
