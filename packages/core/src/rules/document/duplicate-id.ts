import { defineRule, forEachAt, rule, type Finding, type Rule } from '../engine';

/**
 * `document.duplicateId`: Two rows carry the same `id` (attendees, actions, members). The people of a household share one set of ids, the person's included, so a consent, an issue or a map can point at exactly one of them.
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

/**
 * The rule for lists whose rows carry an `id`: each entry is a list path, or a
 * group of id path patterns that share one set of ids (a household: the
 * person's `['person', 'id']` and `['members', '*', 'id']`).
 */
export function uniqueIds<D>(
  lists: readonly (readonly (string | number)[] | { readonly together: readonly (readonly (string | number)[])[] })[],
): Rule<D> {
  const groups = lists.map((l) => ('together' in l ? l.together : [[...l, '*', 'id']]));
  return rule<D>(META, (doc) => {
    const found: Finding[] = [];
    for (const group of groups) {
      const seen = new Set<unknown>();
      for (const pattern of group)
        forEachAt(doc, pattern, (value, path) => {
          if (value === undefined) return;
          if (seen.has(value)) found.push({ path: [...path] });
          seen.add(value);
        });
    }
    return found;
  });
}
