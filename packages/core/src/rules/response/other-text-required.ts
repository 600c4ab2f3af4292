import { defineRule } from '../define';
import type { Referral } from '../../schema/referral';
import { blank, rule } from '../engine';

/**
 * `response.otherTextRequired`: A C票 response with その他 ticked says what it is.
 * @public
 */
export const responseOtherTextRequiredMeta = defineRule({
  code: 'response.otherTextRequired',
  severity: 'error',
  messages: {
    ja: '「その他」の内容を入力してください。',
    en: 'Describe the "Other" response.',
  },
});

const META = responseOtherTextRequiredMeta;

/** C票 その他 is ticked. */
const otherChosen = (d: Referral): boolean => !!d.response?.options?.includes('other');

export const responseOtherTextRequired = rule<Referral>(
  META,
  function* (d) {
    if (otherChosen(d) && blank(d.response?.otherText)) yield { path: ['response', 'otherText'] };
  },
  [{ path: ['response', 'otherText'], when: otherChosen }],
);
