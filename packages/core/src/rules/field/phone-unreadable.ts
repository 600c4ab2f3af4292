import { defineRule, blank, forEachAt, rule, type Finding, type Rule } from '../engine';
import { normalizePhone } from '../../text/japanese';

/**
 * `field.phoneUnreadable`: A phone field holds text that cannot be a domestic phone number (でんわなし, 1, 内線だけ). A warning: the text is kept as typed (a note the person meant to leave is not refused), and the person is asked to check it. A policy that wants only numbers makes it an error.
 * @public
 */
export const fieldPhoneUnreadableMeta = defineRule({
  code: 'field.phoneUnreadable',
  severity: 'warning',
  messages: {
    ja: '電話番号として読み取れません。市外局番から入力してください（例：090-1234-5678）。',
    en: 'This does not read as a phone number. Enter it with the area code (for example 090-1234-5678).',
  },
});

const META = fieldPhoneUnreadableMeta;

/** The rule for the phone fields at these path patterns (`*` for each index of a list). */
export function phoneNumbers<D>(patterns: readonly (readonly (string | number)[])[]): Rule<D> {
  return rule<D>(META, (doc) => {
    const found: Finding[] = [];
    for (const pattern of patterns)
      forEachAt(doc, pattern, (value, path) => {
        if (typeof value === 'string' && !blank(value) && !normalizePhone(value).ok) found.push({ path: [...path] });
      });
    return found;
  });
}
