// The rule's passing and failing documents (rules/testing.ts runs them).
import { ruleCases, P, mutate } from '../testing';

ruleCases('plan.mainSupporterRequired', [
  { kind: 'actionPlan', pass: P, fail: mutate(P, (d) => delete d.team!.mainSupporterId), path: 'team.mainSupporterId' },
  // An organization outside the team will do; a plan not yet running is not asked.
  {
    kind: 'actionPlan',
    pass: mutate(P, (d) => {
      delete d.team!.mainSupporterId;
      d.team!.mainSupporterOrganization = '障害福祉課';
    }),
    fail: mutate(P, (d) => {
      delete d.team!.mainSupporterId;
      d.team!.mainSupporterOrganization = ' ';
    }),
    path: 'team.mainSupporterId',
  },
]);
