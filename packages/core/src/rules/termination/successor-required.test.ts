// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, P, mutate } from '../testing';

ruleCases('termination.successorRequired', [
  {
    kind: 'actionPlan',
    pass: mutate(P, (d) => {
      d.status = 'terminated';
      d.termination = {
        date: '2025-09-01',
        reason: 'mainSupporterDecided',
        accompaniers: [{ id: 'acc-1', organization: '子育て支援課', formality: 'formal', leads: true }],
      };
    }),
    fail: mutate(P, (d) => {
      d.status = 'terminated';
      d.termination = { date: '2025-09-01', reason: 'mainSupporterDecided' };
    }),
    path: 'termination.accompaniers',
  },
  // 「一定期間関与がない」 closes a case with nobody necessarily carrying on (氷見, seed 001 l.1502): no successor is asked.
  {
    kind: 'actionPlan',
    pass: mutate(P, (d) => {
      d.status = 'terminated';
      d.termination = { date: '2025-09-01', reason: 'noInvolvement' };
    }),
    fail: mutate(P, (d) => {
      d.status = 'terminated';
      d.termination = { date: '2025-09-01', reason: 'other' };
    }),
    path: 'termination.accompaniers',
  },
  // Informal support alone carries on (民生委員, seed 003 l.548–552): that is someone; an empty list is no one.
  {
    kind: 'actionPlan',
    pass: mutate(P, (d) => {
      d.status = 'terminated';
      d.termination = {
        date: '2025-09-01',
        reason: 'mainSupporterDecided',
        accompaniers: [{ id: 'acc-1', organization: '民生委員', name: '大野 清', formality: 'informal', reportsBack: true }],
      };
    }),
    fail: mutate(P, (d) => {
      d.status = 'terminated';
      d.termination = { date: '2025-09-01', reason: 'mainSupporterDecided', accompaniers: [] };
    }),
    path: 'termination.accompaniers',
  },
]);
