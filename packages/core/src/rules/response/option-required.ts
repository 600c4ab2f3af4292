import { defineRule } from '../define';
import type { Referral } from '../../schema/referral';
import { rule } from '../engine';

/**
 * `response.optionRequired`: A C票 response ticks at least one option (高島市 C票).
 * @public
 */
export const responseOptionRequiredMeta = defineRule({
  code: 'response.optionRequired',
  severity: 'error',
  messages: {
    ja: '対応方針を1つ以上選んでください。',
    en: 'Choose at least one response.',
  },
});

const META = responseOptionRequiredMeta;

export const responseOptionRequired = rule<Referral>(
  META,
  function* (d) {
    if (d.response && (d.response.options ?? []).length === 0) yield { path: ['response', 'options'] };
  },
  [{ path: ['response', 'options'] }],
);
