import { defineRule } from '../define';
import type { Referral } from '../../schema/referral';
import { rule } from '../engine';

/**
 * `referral.consentUnchecked`: A referral records the result of the consent check (盛岡: 必ず本人同意の確認を行う); 未確認 cannot be submitted unless the policy allows it.
 * @public
 */
export const referralConsentUncheckedMeta = defineRule({
  code: 'referral.consentUnchecked',
  severity: 'error',
  messages: {
    ja: '本人同意を確認し、結果（同意あり・同意なし）を選んでください。',
    en: "Check the person's consent and record the result (given or refused).",
  },
});

const META = referralConsentUncheckedMeta;

export const referralConsentUnchecked = rule<Referral>(META, function* (d) {
  if (d.consent?.status === 'unchecked') yield { path: ['consent', 'status'] };
});
