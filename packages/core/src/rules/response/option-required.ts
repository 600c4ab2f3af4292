import { defineRule } from '../engine';
import type { Referral } from '../../schema/referral';

/**
 * `response.optionRequired`: A C票 response ticks at least one option (高島市 C票).
 * @public
 */
export const responseOptionRequired = defineRule({
  code: 'response.optionRequired',
  severity: 'error',
  messages: {
    ja: '対応方針を1つ以上選んでください。',
    en: 'Choose at least one response.',
  },
  check: function* (d: Referral) {
    if (d.response && (d.response.options ?? []).length === 0) yield { path: ['response', 'options'] };
  },
  requires: [{ path: ['response', 'options'] }],
});
