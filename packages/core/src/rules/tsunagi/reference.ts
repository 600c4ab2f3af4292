import { defineRule } from '../engine';
import type { Case } from '../../schema/case';

/**
 * `tsunagi.reference`: What made a つなぎ is in the case: its plan (a version's id), the action of that plan (of kind
 * つなぎ), and the referral whose C票 response made it.
 * @public
 */
export const tsunagiReference = defineRule({
  code: 'tsunagi.reference',
  severity: 'error',
  messages: {
    ja: 'このつなぎの元になった計画・行動・紹介が、このケースにありません。',
    en: 'The plan, action or referral this referral came from is not in this case.',
  },
  check: function* (c: Case) {
    for (const [i, t] of (c.tsunagi ?? []).entries()) {
      const plan = t.planId === undefined ? undefined : c.plans.find((p) => p.id === t.planId);
      if (t.planId !== undefined && !plan) yield { path: ['tsunagi', i, 'planId'] };
      else if (t.actionId !== undefined && !(plan ? [plan] : c.plans).some((p) => p.actions.some((a) => a.id === t.actionId)))
        yield { path: ['tsunagi', i, 'actionId'] };
      if (t.referralId !== undefined && !c.referrals.some((r) => r.id === t.referralId)) yield { path: ['tsunagi', i, 'referralId'] };
    }
  },
});
