import { defineRule, forEachAt, rule, type Finding, type Rule } from '../engine';

/**
 * `household.memberUnknown`: A reference to a household member (whose consent, whose issue) names the person or a member of the household. Links by id make a view per member possible; a dangling one would show a member who is not there.
 * @public
 */
export const householdMemberUnknownMeta = defineRule({
  code: 'household.memberUnknown',
  severity: 'error',
  messages: {
    ja: '本人または世帯員から選んでください。',
    en: 'Choose the person or a household member.',
  },
});

const META = householdMemberUnknownMeta;

/**
 * The rule for references at `refs` (path patterns) to the ids of the people at
 * `people` (path patterns to each person object). Without people to link to
 * (a support-sharing document on its own), nothing is checked.
 */
export function memberReferences<D>(
  people: readonly (readonly (string | number)[])[],
  refs: readonly (readonly (string | number)[])[],
): Rule<D> {
  return rule<D>(META, (doc) => {
    const ids = new Set<unknown>();
    for (const p of people) forEachAt(doc, [...p, 'id'], (id) => id !== undefined && ids.add(id));
    const found: Finding[] = [];
    if (ids.size === 0) return found;
    for (const r of refs) forEachAt(doc, r, (value, path) => value !== undefined && !ids.has(value) && found.push({ path: [...path] }));
    return found;
  });
}
