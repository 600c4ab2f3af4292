import { defineRule } from '../define';
import type { ActionPlan } from '../../schema/action-plan';
import { blank, rule } from '../engine';
import { planActive } from '../../model/plan';

/**
 * `plan.leadRequired`: An active plan has a team lead (チームリーダー・主たる支援者): a member or an organization; the member field is the one marked.
 * @public
 */
export const planLeadRequiredMeta = defineRule({
  code: 'plan.leadRequired',
  severity: 'warning',
  messages: {
    ja: 'チームリーダー（主たる支援者）を決めてください。',
    en: 'Choose the team lead (main supporter).',
  },
});

const META = planLeadRequiredMeta;

export const planLeadRequired = rule<ActionPlan>(
  META,
  function* (d) {
    if (planActive(d) && blank(d.team?.leadId) && blank(d.team?.leadOrganization)) yield { path: ['team', 'leadId'] };
  },
  [{ path: ['team', 'leadId'], when: (d) => planActive(d) && blank(d.team?.leadOrganization) }],
);
