// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, case8050, mutate } from '../testing';

// The re-opening links a second referral, received the day the case re-opened.
const reopenedByReferral = mutate(case8050, (d) => {
  d.referrals.push({ ...d.referrals[0]!, id: 'ref-2026-011', referredOn: '2026-03-02' });
  d.statusHistory[5]!.referralId = 'ref-2026-011';
});

ruleCases('case.statusReference', [
  // The closure names the meeting that decided it; a meeting not in the case fails.
  {
    kind: 'case',
    pass: case8050,
    fail: mutate(case8050, (d) => (d.statusHistory[4]!.meetingId = 'mtg-9999')),
    path: 'statusHistory.4.meetingId',
  },
  // A meeting held after the change did not decide it.
  {
    kind: 'case',
    pass: case8050,
    fail: mutate(case8050, (d) => (d.statusHistory[3]!.meetingId = 'mtg-2026-003')),
    path: 'statusHistory.3.meetingId',
  },
  // The re-opening links the new referral; a referral received later did not bring the case back.
  {
    kind: 'case',
    pass: reopenedByReferral,
    fail: mutate(reopenedByReferral, (d) => (d.referrals[1]!.referredOn = '2026-03-09')),
    path: 'statusHistory.5.referralId',
  },
  {
    kind: 'case',
    pass: reopenedByReferral,
    fail: mutate(reopenedByReferral, (d) => (d.statusHistory[5]!.referralId = 'ref-0000')),
    path: 'statusHistory.5.referralId',
  },
]);
