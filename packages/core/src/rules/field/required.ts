import { defineRule, blank, forEachAt, rule, type Finding, type Rule } from '../engine';

/**
 * `field.required`: A text that must be filled in is blank (a blank field is a rule, not a structure issue, so that it never hides the other rules' findings).
 * @public
 */
export const fieldRequiredMeta = defineRule({
  code: 'field.required',
  severity: 'error',
  messages: {
    ja: '入力してください。',
    en: 'Enter this field.',
  },
});

const META = fieldRequiredMeta;

/**
 * The rule for a list of path patterns (`*` for each index of a list): each
 * text there must be filled in. A pattern whose parent is absent (an optional
 * section not started) is not checked. Forms mark these fields 必須.
 */
export function requiredTexts<D>(patterns: readonly (readonly (string | number)[])[]): Rule<D> {
  return rule<D>(
    META,
    (doc) => {
      const found: Finding[] = [];
      for (const pattern of patterns) forEachAt(doc, pattern, (value, path) => blank(value) && found.push({ path: [...path] }));
      return found;
    },
    patterns.map((path) => ({ path })),
  );
}
