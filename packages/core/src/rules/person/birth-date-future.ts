import { defineRule, rule, type Rule } from '../engine';
import { type PersonsOf } from './persons';

/**
 * `person.birthDateFuture`: A date of birth is not after the reference date.
 * @public
 */
export const personBirthDateFutureMeta = defineRule({
  code: 'person.birthDateFuture',
  severity: 'error',
  messages: {
    ja: '生年月日が未来の日付になっています。',
    en: 'The date of birth is in the future.',
  },
});

const META = personBirthDateFutureMeta;

/** The rule over the persons of a document. */
export function personBirthDateFuture<D>(persons: PersonsOf<D>): Rule<D> {
  return rule<D>(META, function* (doc, ctx) {
    for (const [p, at] of persons(doc))
      if (typeof p.birthDate === 'string' && p.birthDate > ctx.today) yield { path: [...at, 'birthDate'] };
  });
}
