// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate, case8050 } from '../testing';

// The son consulted about 住居確保給付金 in May and it was granted in June.
const applied = mutate(case8050, (c) => {
  c.applications = [
    {
      id: 'ap1',
      program: 'housingBenefit',
      memberId: c.household.members[0]!.id!,
      steps: [
        { step: 'consulted', date: '2025-05-12' },
        { step: 'applied', date: '2025-05-20' },
        { step: 'decided', date: '2025-06-03' },
      ],
    },
  ];
});

ruleCases('case.applicationOrder', [
  // The decision typed as a month earlier than the application.
  {
    kind: 'case',
    pass: applied,
    fail: mutate(applied, (c) => (c.applications![0]!.steps[2]!.date = '2025-05-03')),
    path: 'applications.0.steps.2.date',
  },
]);
