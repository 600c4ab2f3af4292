import { defineRule } from '../engine';

/**
 * `local.required`: A question of the municipality's own (`MunicipalPolicy.localItems`) that must be answered — always, or
 * because another answer says so — has no answer.
 * @public
 */
export const localRequiredMeta = defineRule({
  code: 'local.required',
  severity: 'error',
  messages: {
    ja: 'この項目に回答してください。',
    en: 'Answer this question.',
  },
});
