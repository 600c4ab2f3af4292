import { defineRule } from '../define';
import type { ActionPlan } from '../../schema/action-plan';
import { rule } from '../engine';

/**
 * `plan.leadByConsent`: 盛岡: with consent the coordinator leads the team; without consent a field agency leads. Off nationally.
 * @public
 */
export const planLeadByConsentMeta = defineRule({
  code: 'plan.leadByConsent',
  severity: 'off',
  messages: {
    ja: '本人同意がある場合はコーディネーターが、ない場合は分野の機関がチームリーダーになります。',
    en: 'With consent the coordinator leads the team; without consent a field agency leads.',
  },
});

const META = planLeadByConsentMeta;

export const planLeadByConsent = rule<ActionPlan>(META, function* (d) {
  if (!d.team || d.team.leadIsCoordinator === undefined || !d.consentStatus) return;
  if ((d.consentStatus === 'given') !== d.team.leadIsCoordinator) yield { path: ['team', 'leadIsCoordinator'] };
});
