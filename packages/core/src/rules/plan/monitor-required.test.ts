// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, P, mutate } from '../testing';

ruleCases('plan.monitorRequired', [
  // The coordinator (a1) monitors; with no one named, the rule asks.
  { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => delete d.monitoring!.byId), path: 'monitoring.byId' },
  // An organization will do (米子's えしこに monitors its own cases, seed 001 l.2251); a terminated plan is not asked.
  {
    kind: 'actionPlan',
    pass: mutate(P, (d) => {
      delete d.monitoring!.byId;
      d.monitoring!.byOrganization = 'えしこに';
    }),
    fail: mutate(P, (d) => {
      delete d.monitoring!.byId;
      d.monitoring!.byOrganization = ' ';
    }),
    path: 'monitoring.byId',
  },
]);
