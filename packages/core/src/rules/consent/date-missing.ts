import { defineRule } from '../define';
import type { Referral } from '../../schema/referral';
import { rule } from '../engine';
import { consentAnswered } from '../../model/consent';

/**
 * `consent.dateMissing`: A consent check with a result (同意あり, 同意なし, 撤回) has its date; 未確認, 確認中 and 本人未接触 have none to give. A warning nationally; 盛岡 makes it an error (必ず本人同意の確認を行う, seed 001).
 * @public
 */
export const consentDateMissingMeta = defineRule({
  code: 'consent.dateMissing',
  severity: 'warning',
  messages: {
    ja: '同意を確認した日付を入力してください。',
    en: 'Enter the date consent was checked.',
  },
});

const META = consentDateMissingMeta;

/** The consent check has a result: its date is asked for. */
const consentTaken = (d: Referral): boolean => consentAnswered(d.consent?.status);

export const consentDateMissing = rule<Referral>(
  META,
  function* (d) {
    if (consentTaken(d) && !d.consent.date) yield { path: ['consent', 'date'] };
  },
  [{ path: ['consent', 'date'], when: consentTaken }],
);
