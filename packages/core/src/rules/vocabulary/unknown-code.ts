import { defineRule } from '../define';
import type { Vocabulary, VocabularyName } from '../../vocab';
import { forEachAt, rule, type Finding, type Rule } from '../engine';

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

/** Code sets, memoized per code list and per extension list (both immutable). */
const codeSets = new WeakMap<Vocabulary, WeakMap<Vocabulary, Set<string>>>();
const NO_EXTRA: Vocabulary = [];
function codeSet(list: Vocabulary, extra: Vocabulary = NO_EXTRA): Set<string> {
  let byExtra = codeSets.get(list);
  if (!byExtra) codeSets.set(list, (byExtra = new WeakMap()));
  let set = byExtra.get(extra);
  if (!set) byExtra.set(extra, (set = new Set([...list, ...extra].map((e) => e.code))));
  return set;
}

/**
 * The rule for code lists at path patterns: each code there must be in the
 * named list (with the policy's extensions). A pattern ending in `*` checks
 * each code of a list.
 */
export function knownCodes<D>(
  entries: readonly (readonly [VocabularyName, Vocabulary, readonly (string | number)[]])[],
): Rule<D> {
  return rule<D>(META, (doc, ctx) => {
    const found: Finding[] = [];
    for (const [name, list, pattern] of entries) {
      const codes = codeSet(list, (ctx.policy.vocabularies as Partial<Record<VocabularyName, Vocabulary>>)[name]);
      forEachAt(doc, pattern, (value, path) => {
        if (typeof value === 'string' && value !== '' && !codes.has(value)) found.push({ path, params: { list: name } });
      });
    }
    return found;
  });
}
