import { defineRule } from '../engine';
import type { Referral } from '../../schema/referral';

/** Consent was given: what it covers is asked. */
const consentGiven = (d: Referral): boolean => d.consent?.status === 'given';

/**
 * `consent.scopeUnanswered`: When the person consents (同意あり), the two questions of what the consent covers are answered: sharing information with the agencies (情報提供) and collecting it from them (情報収集). Left unanswered, the paper used to print いいえ, as if the person had refused; now it prints （記入なし）, and this warning asks for the answer. A policy that needs the scope before a referral is sent makes it an error.
 * @public
 */
export const consentScopeUnanswered = defineRule({
  code: 'consent.scopeUnanswered',
  severity: 'warning',
  messages: {
    ja: '同意の範囲（はい・いいえ）を選んでください。',
    en: 'Answer what the consent covers (yes or no).',
  },
  check: function* (d: Referral) {
    if (!consentGiven(d)) return;
    if (typeof d.consent.scope?.provide !== 'boolean') yield { path: ['consent', 'scope', 'provide'] };
    if (typeof d.consent.scope?.collect !== 'boolean') yield { path: ['consent', 'scope', 'collect'] };
  },
  requires: [
    { path: ['consent', 'scope', 'provide'], when: consentGiven },
    { path: ['consent', 'scope', 'collect'], when: consentGiven },
  ],
});
