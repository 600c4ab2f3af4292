// The rule's passing and failing documents (rules/testing.ts runs them).
import { MORIOKA_EXAMPLE_POLICY } from '@tsunagu/core';
import { ruleCases, P, mutate } from '../testing';

const options = { policy: MORIOKA_EXAMPLE_POLICY };
ruleCases('plan.leadByConsent', [
  // With consent the coordinator (社協) leads (seed 001 l.438).
  { kind: 'actionPlan', options, pass: mutate(P, (d) => (d.team!.leadIsCoordinator = true)), fail: P, path: 'team.leadIsCoordinator' },
  // Without consent any agency leads, 社協 included: 「社協とは限らない」.
  {
    kind: 'actionPlan',
    options,
    pass: mutate(P, (d) => {
      d.consentStatus = 'refused';
      d.team!.leadIsCoordinator = true;
    }),
    fail: mutate(P, (d) => {
      d.consentStatus = 'given';
      d.team!.leadIsCoordinator = false;
    }),
    path: 'team.leadIsCoordinator',
  },
  // At 終結 another agency leads: the rule is about the plan while it runs.
  {
    kind: 'actionPlan',
    options,
    pass: mutate(P, (d) => {
      d.status = 'terminated';
      d.termination = {
        date: '2025-09-01',
        reason: 'mainSupporterDecided',
        accompaniers: [{ id: 'acc-1', organization: '子育て支援課', formality: 'formal', leads: true }],
      };
    }),
    fail: P,
    path: 'team.leadIsCoordinator',
  },
]);
