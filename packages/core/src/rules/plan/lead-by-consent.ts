import { defineRule } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';
import { planTerminated } from '../../model/plan';

/**
 * `plan.leadByConsent`: 盛岡: with consent the coordinator (社協) leads the team (本人同意ありのケースは、社協がチームリーダーとなり, seed 001 l.438). Without consent 「関係機関がチームリーダーとなり支援を進めることとなる（社協とは限らない）」: any agency may lead, 社協 included, so that case is never an issue; nor is a terminated plan, where 社協以外の関係機関が新たなチームリーダーとなり. Off nationally.
 * @public
 */
export const planLeadByConsent = defineRule({
  code: 'plan.leadByConsent',
  severity: 'off',
  messages: {
    ja: '本人同意がある場合は、コーディネーター（多機関協働事業者）がチームリーダーになります。',
    en: 'With consent, the coordinator (multi-agency coordination) leads the team.',
  },
  check: function* (d: ActionPlan) {
    // At 終結 another agency takes the lead (l.438: 社協以外の関係機関が新たなチームリーダーとなり).
    if (!d.team || d.team.leadIsCoordinator === undefined || !d.consentStatus || planTerminated(d)) return;
    if (d.consentStatus === 'given' && !d.team.leadIsCoordinator) yield { path: ['team', 'leadIsCoordinator'] };
  },
});
