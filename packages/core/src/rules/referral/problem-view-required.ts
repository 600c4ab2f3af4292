import { defineRule } from '../define';
import type { Referral } from '../../schema/referral';
import { blank, rule } from '../engine';

/**
 * `referral.problemViewRequired`: The referrer's own view of the problem (課題認識) is required (坂井市 紹介シート).
 * @public
 */
export const referralProblemViewRequiredMeta = defineRule({
  code: 'referral.problemViewRequired',
  severity: 'error',
  messages: {
    ja: '課題認識（紹介者から見た課題）を入力してください。',
    en: 'Enter your view of the problems (課題認識).',
  },
});

const META = referralProblemViewRequiredMeta;

export const referralProblemViewRequired = rule<Referral>(
  META,
  function* (d) {
    if (blank(d.content?.problemView)) yield { path: ['content', 'problemView'] };
  },
  [{ path: ['content', 'problemView'] }],
);
