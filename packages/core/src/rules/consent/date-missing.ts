import { defineRule } from '../engine';
import type { Referral } from '../../schema/referral';
import { consentAnswered } from '../../model/consent';

/** The consent check has a result: its date is asked for. */
const consentTaken = (d: Referral): boolean => consentAnswered(d.consent?.status);

/**
 * `consent.dateMissing`: A consent check with a result (同意あり, 同意なし, 撤回) has its date; 未確認, 確認中 and 本人未接触 have none to give. A warning nationally; 盛岡 makes it an error (必ず本人同意の確認を行う, seed 001).
 * @public
 */
export const consentDateMissing = defineRule({
  code: 'consent.dateMissing',
  severity: 'warning',
  messages: {
    ja: '同意を確認した日付を入力してください。',
    en: 'Enter the date consent was checked.',
  },
  check: function* (d: Referral) {
    if (consentTaken(d) && !d.consent.date) yield { path: ['consent', 'date'] };
  },
  requires: [{ path: ['consent', 'date'], when: consentTaken }],
});
