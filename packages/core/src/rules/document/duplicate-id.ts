import { defineRule } from '../define';
import { forEachAt, rule, type Finding, type Rule } from '../engine';

/**
 * `document.duplicateId`: Two rows of a list carry the same `id` (attendees, actions, members).
 * @public
 */
export const documentDuplicateIdMeta = defineRule({
  code: 'document.duplicateId',
  severity: 'error',
  messages: {
    ja: '同じ識別子が重複しています。',
    en: 'This identifier is used twice.',
  },
});

const META = documentDuplicateIdMeta;

/** The rule for lists whose rows carry an `id`. */
export function uniqueIds<D>(lists: readonly (readonly (string | number)[])[]): Rule<D> {
  const patterns = lists.map((p) => [...p, '*', 'id']);
  return rule<D>(META, (doc) => {
    const found: Finding[] = [];
    for (const pattern of patterns) {
      const seen = new Set<unknown>();
      forEachAt(doc, pattern, (value, path) => {
        if (value === undefined) return;
        if (seen.has(value)) found.push({ path });
        seen.add(value);
      });
    }
    return found;
  });
}
