import { defineRule, forEachAt, rule, type Finding, type Rule } from '../engine';
import type { Vocabulary, VocabularyName } from '../../vocab';

/**
 * `vocabulary.unknownCode`: A code is in neither the national code list nor the municipality's extension of it.
 * @public
 */
export const vocabularyUnknownCodeMeta = defineRule({
  code: 'vocabulary.unknownCode',
  severity: 'error',
  messages: {
    ja: '一覧にない項目です。一覧から選ぶか、自治体の設定に追加してください。',
    en: "This item is not in the list. Choose one from the list, or add it to the municipality's policy.",
  },
});

const META = vocabularyUnknownCodeMeta;

/**
 * The rule for code lists at path patterns: each code there must be in the
 * named list (with the policy's extensions). A pattern ending in `*` checks
 * each code of a list.
 */
export function knownCodes<D>(entries: readonly (readonly [VocabularyName, Vocabulary, readonly (string | number)[]])[]): Rule<D> {
  // Each entry's national codes in a set, built once with the rule.
  const lists = entries.map(([name, list, pattern]) => ({ name, pattern, codes: new Set(list.map((e) => e.code)) }));
  return rule<D>(META, (doc, ctx) => {
    const found: Finding[] = [];
    for (const { name, pattern, codes } of lists) {
      const extra = (ctx.policy.vocabularies as Partial<Record<VocabularyName, Vocabulary>>)[name];
      forEachAt(doc, pattern, (value, path) => {
        if (typeof value === 'string' && value !== '' && !codes.has(value) && !extra?.some((e) => e.code === value))
          found.push({ path: [...path], params: { list: name } });
      });
    }
    return found;
  });
}
