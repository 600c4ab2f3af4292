import { defineRule, blank } from '../engine';
import type { Referral } from '../../schema/referral';

/** C票 その他 is ticked. */
const otherChosen = (d: Referral): boolean => !!d.response?.options?.includes('other');

/**
 * `response.otherTextRequired`: A C票 response with その他 ticked says what it is.
 * @public
 */
export const responseOtherTextRequired = defineRule({
  code: 'response.otherTextRequired',
  severity: 'error',
  messages: {
    ja: '「その他」の内容を入力してください。',
    en: 'Describe the "Other" response.',
  },
  check: function* (d: Referral) {
    if (otherChosen(d) && blank(d.response?.otherText)) yield { path: ['response', 'otherText'] };
  },
  requires: [{ path: ['response', 'otherText'], when: otherChosen }],
});
