// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, P, mutate } from '../testing';

const closedWith = (organization: string | undefined, name: string | undefined) =>
  mutate(P, (d) => {
    d.status = 'terminated';
    d.termination = {
      date: '2025-09-01',
      reason: 'mainSupporterDecided',
      accompaniers: [
        { id: 'acc-1', organization: '地域包括支援センター', formality: 'formal', leads: true },
        { id: 'acc-2', ...(organization ? { organization } : {}), ...(name ? { name } : {}), formality: 'informal', role: '見守り' },
      ],
    };
  });

ruleCases('termination.accompanierNamed', [
  // A neighbour named by name alone passes; an accompanier with neither a group nor a name fails.
  {
    kind: 'actionPlan',
    pass: closedWith(undefined, '近所の田村さん'),
    fail: closedWith(undefined, undefined),
    path: 'termination.accompaniers.1.organization',
  },
  {
    kind: 'actionPlan',
    pass: closedWith('〇〇地区サロン', undefined),
    fail: closedWith('  ', ''),
    path: 'termination.accompaniers.1.organization',
  },
]);
