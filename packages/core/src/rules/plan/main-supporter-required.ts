import { defineRule, blank } from '../engine';
import type { ActionPlan } from '../../schema/action-plan';
import { planActive } from '../../model/plan';

/**
 * `plan.mainSupporterRequired`: An active plan names its main supporter (主たる支援者), the agency that acts — 盛岡: 「対応の主体は、あくまでも各分野の関係機関」 (seed 001 l.437) — apart from the team leader who follows progress. A member or an organization. A warning: a plan may be written before the team agrees on it.
 * @public
 */
export const planMainSupporterRequired = defineRule({
  code: 'plan.mainSupporterRequired',
  severity: 'warning',
  messages: {
    ja: '主たる支援者（支援の主体となる機関）を決めてください。',
    en: 'Choose the main supporter (the agency that acts).',
  },
  check: function* (d: ActionPlan) {
    if (planActive(d) && blank(d.team?.mainSupporterId) && blank(d.team?.mainSupporterOrganization))
      yield { path: ['team', 'mainSupporterId'] };
  },
});
