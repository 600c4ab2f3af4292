// The rule's passing and failing documents (test/core/rule-cases.ts runs them).
import { ruleCases, P, mutate } from '../../../../../test/core/rule-cases';

ruleCases('plan.leadByConsent', [
  {
    kind: 'actionPlan',
    options: { policy: { id: 'm', name: { ja: 'm', en: 'm' }, rules: { 'plan.leadByConsent': 'error' } } },
    pass: mutate(P, (d) => (d.team!.leadIsCoordinator = true)),
    fail: P,
    path: 'team.leadIsCoordinator',
  },
]);
