import { defineRule } from '../engine';
import type { Referral } from '../../schema/referral';

/**
 * `response.beforeReferral`: The C票 response is not dated before the referral.
 * @public
 */
export const responseBeforeReferral = defineRule({
  code: 'response.beforeReferral',
  severity: 'error',
  messages: {
    ja: '回答日が紹介日より前になっています。',
    en: 'The response date is before the referral date.',
  },
  check: function* (d: Referral) {
    if (d.response?.respondedOn && d.referredOn && d.response.respondedOn < d.referredOn) yield { path: ['response', 'respondedOn'] };
  },
});
