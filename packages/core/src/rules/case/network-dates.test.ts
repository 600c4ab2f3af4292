// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, mutate, case8050 } from '../testing';

// The 8050 household's network: the son's 地域若者サポートステーション from July, the coordinator from June, a link
// between the station and the ハローワーク, and two phases.
const networked = mutate(case8050, (c) => {
  c.household.members[0]!.agencies = [
    { name: '地域若者サポートステーション', field: 'employment', flow: 'householdSupport', from: '2025-07-22', to: '2026-03-31' },
  ];
  c.network = {
    phases: [
      { code: 'initial', from: '2025-06-01' },
      { code: 'coordinating', from: '2025-07-10' },
    ],
    coordinator: { organization: '多機関協働事業', from: '2025-06-01' },
    links: [{ source: '地域若者サポートステーション', target: 'ハローワーク', flow: 'liaison', from: '2025-08-01', to: '2025-12-31' }],
  };
});

ruleCases('case.networkDates', [
  // A support that ends before it began.
  {
    kind: 'case',
    pass: networked,
    fail: mutate(networked, (c) => {
      c.household.members[0]!.agencies![0]!.to = '2025-07-01';
    }),
    path: 'household.members.0.agencies.0.to',
  },
  // The coordinator's end before its start.
  {
    kind: 'case',
    pass: networked,
    fail: mutate(networked, (c) => {
      c.network!.coordinator!.to = '2025-05-31';
    }),
    path: 'network.coordinator.to',
  },
  // A link between agencies that ends before it began.
  {
    kind: 'case',
    pass: networked,
    fail: mutate(networked, (c) => {
      c.network!.links![0]!.to = '2025-07-31';
    }),
    path: 'network.links.0.to',
  },
  // Two phases from the same day.
  {
    kind: 'case',
    pass: networked,
    fail: mutate(networked, (c) => {
      c.network!.phases![1]!.from = '2025-06-01';
    }),
    path: 'network.phases.1.from',
  },
]);
