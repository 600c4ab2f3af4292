import { defineRule, forEachAt, rule, type Finding, type Rule } from '../engine';

/**
 * `household.selfAsMember`: A household has exactly one 本人 — the person; no household member has the relationship 本人 (続柄 is relative to the person, DOMAIN §8).
 * @public
 */
export const householdSelfAsMemberMeta = defineRule({
  code: 'household.selfAsMember',
  severity: 'error',
  messages: {
    ja: '本人は世帯員ではなく「本人の情報」に入力してください。',
    en: "Enter the person under 'About the person', not as a household member.",
  },
});

const META = householdSelfAsMemberMeta;

/** The rule for the household members at a list path. */
export function selfAsMember<D>(members: readonly (string | number)[]): Rule<D> {
  const pattern = [...members, '*', 'relationship'];
  return rule<D>(META, (doc) => {
    const found: Finding[] = [];
    forEachAt(doc, pattern, (value, path) => value === 'self' && found.push({ path: [...path] }));
    return found;
  });
}
