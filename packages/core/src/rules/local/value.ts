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
    ja: '設問の範囲外の回答です（1行の回答は200字まで）。',
    en: "Outside the question's range (200 characters on one line).",
  },
});
