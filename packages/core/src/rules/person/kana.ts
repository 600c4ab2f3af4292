import { defineRule, rule, type Rule } from '../engine';
import { type PersonsOf } from './persons';

/**
 * `person.kana`: A reading (フリガナ) is full-width katakana (small ャュョッ, the long-vowel mark, the middle dot and spaces allowed).
 * @public
 */
export const personKanaMeta = defineRule({
  code: 'person.kana',
  severity: 'error',
  messages: {
    ja: 'フリガナは全角カタカナで入力してください。',
    en: 'Enter the reading (フリガナ) in full-width katakana.',
  },
});

const META = personKanaMeta;

/** Full-width katakana, the long-vowel mark, the middle dot and spaces. */
const KANA_RE = /^[\u30A1-\u30FA\u30FC\u30FB\u3000 ]*$/u;

/** The rule over the persons of a document. */
export function personKana<D>(persons: PersonsOf<D>): Rule<D> {
  return rule<D>(META, function* (doc) {
    for (const [p, at] of persons(doc))
      for (const key of ['familyNameKana', 'givenNameKana'] as const) {
        const v = p[key];
        if (typeof v === 'string' && v !== '' && !KANA_RE.test(v)) yield { path: [...at, key] };
      }
  });
}
