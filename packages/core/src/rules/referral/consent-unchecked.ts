import { defineRule } from '../engine';
import type { Referral } from '../../schema/referral';

/**
 * `referral.consentUnchecked`: A referral records the result of the consent check (盛岡: 必ず本人同意の確認を行う, seed 001 l.436); 未確認 and 確認中 cannot be submitted unless the policy allows it. 本人未接触 can: a referral may be made with or without consent (本人同意ありなしに関わらずつなぐことは可能, l.436), and a neighbour's call to the CSW starts before anyone has met the person (seed 003, around l.760).
 * @public
 */
export const referralConsentUnchecked = defineRule({
  code: 'referral.consentUnchecked',
  severity: 'error',
  messages: {
    ja: '本人同意を確認し、結果（同意あり・同意なし・本人未接触）を選んでください。',
    en: 'Ask the person for consent and record the result (given, not given, or person not yet met).',
  },
  check: function* (d: Referral) {
    const status = d.consent?.status;
    if (status === 'unchecked' || status === 'checking') yield { path: ['consent', 'status'] };
  },
});
