import { defineRule } from '../engine';

/**
 * `local.value`: The answer to a question of the municipality's own does not fit it: a number outside the question's
 * range, or a one-line answer longer than 200 characters.
 * @public
 */
export const localValueMeta = defineRule({
  code: 'local.value',
  severity: 'error',
  messages: {
    ja: '回答が設問の範囲に合いません（数値の範囲、または1行の回答は200字以内）。',
    en: 'The answer does not fit the question (its range of numbers, or 200 characters for a one-line answer).',
  },
});
