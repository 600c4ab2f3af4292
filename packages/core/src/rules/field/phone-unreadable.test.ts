// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, R, P, mutate } from '../testing';

ruleCases('field.phoneUnreadable', [
  {
    kind: 'referral',
    pass: mutate(R, (d) => (d.person.phone = '090-1234-5678')),
    fail: mutate(R, (d) => (d.person.phone = 'でんわなし')),
    path: 'person.phone',
  },
  {
    kind: 'referral',
    pass: mutate(R, (d) => (d.referrer.phone = '0120 123 456')),
    fail: mutate(R, (d) => (d.referrer.phone = '1')),
    path: 'referrer.phone',
  },
  {
    kind: 'actionPlan',
    pass: mutate(
      P,
      (d) =>
        (d.termination = {
          date: '2026-03-27',
          reason: 'resolved',
          contactOnChange: { organization: '架空村社協', phone: '0299-00-0000' },
        }),
    ),
    fail: mutate(
      P,
      (d) => (d.termination = { date: '2026-03-27', reason: 'resolved', contactOnChange: { organization: '架空村社協', phone: '内線12' } }),
    ),
    path: 'termination.contactOnChange.phone',
  },
]);
