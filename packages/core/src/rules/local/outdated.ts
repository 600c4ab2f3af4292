import { defineRule } from '../engine';

/**
 * `local.outdated`: An answer the question no longer offers — a choice the policy's list has dropped, or an answer of another
 * type (the question was changed). Kept as recorded, and readable; a warning, so that documents recorded under an
 * earlier policy still save.
 * @public
 */
export const localOutdatedMeta = defineRule({
  code: 'local.outdated',
  severity: 'warning',
  messages: {
    ja: 'いまの設問にない回答です。確認してください。',
    en: 'The question no longer offers this answer. Check it.',
  },
});
