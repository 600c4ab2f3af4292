import { defineRule } from '../define';
import type { Referral } from '../../schema/referral';
import { rule } from '../engine';

/**
 * `response.beforeReferral`: The C票 response is not dated before the referral.
 * @public
 */
export const responseBeforeReferralMeta = defineRule({
  code: 'response.beforeReferral',
  severity: 'error',
  messages: {
    ja: '回答日が紹介日より前になっています。',
    en: 'The response date is before the referral date.',
  },
});

const META = responseBeforeReferralMeta;

export const responseBeforeReferral = rule<Referral>(META, function* (d) {
  if (d.response?.respondedOn && d.referredOn && d.response.respondedOn < d.referredOn) yield { path: ['response', 'respondedOn'] };
});
