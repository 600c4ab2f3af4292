import { defineRule, blank } from '../engine';
import type { Referral } from '../../schema/referral';

/**
 * `referral.problemViewRequired`: The referrer's own view of the problem (課題認識) is required (坂井市 紹介シート).
 * @public
 */
export const referralProblemViewRequired = defineRule({
  code: 'referral.problemViewRequired',
  severity: 'error',
  messages: {
    ja: '課題認識（紹介者から見た課題）を入力してください。',
    en: 'Enter your view of the problems (課題認識).',
  },
  check: function* (d: Referral) {
    if (blank(d.content?.problemView)) yield { path: ['content', 'problemView'] };
  },
  requires: [{ path: ['content', 'problemView'] }],
});
