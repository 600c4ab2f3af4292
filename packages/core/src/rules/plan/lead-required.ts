import { defineRule, blank } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';
import { planActive } from '../../model/plan';

/**
 * `plan.leadRequired`: An active plan has a team leader (チームリーダー), who follows the team's progress (盛岡, seed 001 l.438): a member or an organization; the member field is the one marked.
 * @public
 */
export const planLeadRequired = defineRule({
  code: 'plan.leadRequired',
  severity: 'warning',
  messages: {
    ja: 'チームリーダー（進捗を確認する人）を決めてください。',
    en: 'Choose the team leader (who follows the progress).',
  },
  check: function* (d: ActionPlan) {
    if (planActive(d) && blank(d.team?.leadId) && blank(d.team?.leadOrganization)) yield { path: ['team', 'leadId'] };
  },
  requires: [{ path: ['team', 'leadId'], when: (d) => planActive(d) && blank(d.team?.leadOrganization) }],
});
