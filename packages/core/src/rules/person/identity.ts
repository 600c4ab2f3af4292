import { defineRule, blank, rule, type Rule } from '../engine';
import { valueAt } from '../../path';
import { type PersonsOf } from './persons';

/**
 * `person.identity`: A person is named, or described well enough to be identified when the name is unknown (DOMAIN §8: a person whose name is unknown is still a person).
 * @public
 */
export const personIdentityMeta = defineRule({
  code: 'person.identity',
  severity: 'error',
  messages: {
    ja: '氏名を入力してください。わからない場合は、「氏名が不明な場合、本人がわかる情報」に入力してください。',
    en: 'Enter the name. If it is unknown, describe what identifies the person in the note.',
  },
});

const META = personIdentityMeta;

/** Whether a person (an object at `at`) has neither a given name nor a note that identifies them. */
const unnamed = (doc: unknown, at: readonly (string | number)[]): boolean => {
  const p = valueAt(doc, at) as { givenName?: unknown; identityNote?: unknown } | undefined;
  return blank(p?.givenName) && blank(p?.identityNote);
};

/** The rule over the persons of a document; forms mark 氏 必須 while the person has no given name and no identifying note. */
export function personIdentity<D>(persons: PersonsOf<D>): Rule<D> {
  return rule<D>(
    META,
    function* (doc) {
      for (const [p, at] of persons(doc))
        if (blank(p.familyName) && blank(p.givenName) && blank(p.identityNote)) yield { path: [...at, 'familyName'] };
    },
    (persons.patterns ?? []).map((at) => ({ path: [...at, 'familyName'], when: (doc: D, path) => unnamed(doc, path.slice(0, -1)) })),
  );
}
