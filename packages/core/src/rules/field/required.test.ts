// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, R, M, mutate } from '../testing';

ruleCases('field.required', [
  { kind: 'referral', pass: R, fail: mutate(R, (d) => (d.referrer.name = '  ')), path: 'referrer.name' },
  { kind: 'supportSharing', pass: M, fail: mutate(M, (d) => (d.attendees[3]!.organization = '')), path: 'attendees.3.organization' },
  // An issue per member names its member: by link, or in words.
  {
    kind: 'supportSharing',
    pass: mutate(M, (d) => delete d.shared!.memberIssues![0]!.member),
    fail: mutate(M, (d) => {
      delete d.shared!.memberIssues![0]!.member;
      delete d.shared!.memberIssues![0]!.memberId;
    }),
    path: 'shared.memberIssues.0.member',
  },
]);
