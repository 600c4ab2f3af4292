import { defineRule } from '../define';
import type { Referral } from '../../schema/referral';
import { rule } from '../engine';

/**
 * `consent.dateMissing`: A consent check with a result (anything but 未確認) has its date. A warning nationally; 盛岡 makes it an error (必ず本人同意の確認を行う, seed 001).
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
const consentTaken = (d: Referral): boolean => !!d.consent?.status && d.consent.status !== 'unchecked';

export const consentDateMissing = rule<Referral>(
  META,
  function* (d) {
    if (consentTaken(d) && !d.consent.date) yield { path: ['consent', 'date'] };
  },
  [{ path: ['consent', 'date'], when: consentTaken }],
);
