import { defineRule, blank } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';
import { planActive } from '../../model/plan';

/**
 * `plan.leadRequired`: An active plan has a team lead (チームリーダー・主たる支援者): a member or an organization; the member field is the one marked.
 * @public
 */
export const planLeadRequired = defineRule({
  code: 'plan.leadRequired',
  severity: 'warning',
  messages: {
    ja: 'チームリーダー（主たる支援者）を決めてください。',
    en: 'Choose the team lead (main supporter).',
  },
  check: function* (d: ActionPlan) {
    if (planActive(d) && blank(d.team?.leadId) && blank(d.team?.leadOrganization)) yield { path: ['team', 'leadId'] };
  },
  requires: [{ path: ['team', 'leadId'], when: (d) => planActive(d) && blank(d.team?.leadOrganization) }],
});
