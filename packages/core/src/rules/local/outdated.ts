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
    ja: 'この回答は現在の設問にない内容です（以前の設定で記録されたもの）。確認してください。',
    en: 'This answer is not one the question offers now (recorded under an earlier setting). Check it.',
  },
});
