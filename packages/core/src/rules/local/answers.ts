// The rules of a municipality's own questions, for each place they are asked: one generic rule per code, reading
// the questions from the policy, so that a question needs no rule module of its own (issue #36).
import { LIMITS } from '../../schema/limits';
import type { LocalAnswer } from '../../schema/common';
import { LOCAL_ANSWER_KEYS, isAnswered, isLocalRequired, localAnswerValue, localQuestionsOf } from '../../local/questions';
import type { LocalItemPlace, LocalQuestion } from '../../local/types';
import { forEachAt, rule, type Finding, type Rule, type RuleContext } from '../engine';
import { valueAt, type IssuePath } from '../../path';
import { localRequiredMeta } from './required';
import { localValueMeta } from './value';
import { localOutdatedMeta } from './outdated';
import { isObj } from '../../validate/structure';

type Answers = Readonly<Record<string, LocalAnswer>> | undefined;
type Visit = (q: LocalQuestion, answers: Answers, at: IssuePath, found: (path: IssuePath) => void, qs: LocalQuestion[]) => void;
const answersOf = (holder: unknown): Answers => {
  const a = isObj(holder) ? holder['localItems'] : undefined;
  return isObj(a) ? (a as Answers) : undefined;
};

/**
 * The `local.*` rules for the questions of a place, whose answers are held at `at` (`[]` for the document's own,
 * `['contacts', '*']` for each entry of the 支援経過記録). The forms mark a required question 必須 through
 * `requires`: its path is `[...at, 'localItems', id, field]`, any id and field (`?` in the form facts' shapes).
 */
export function localItemRules<D>(place: LocalItemPlace, at: readonly (string | number)[]): Rule<D>[] {
  // Each question at each holder of answers, with the path of its answer (`…localItems.<id>`).
  const each = (doc: D, ctx: RuleContext, visit: Visit): Finding[] => {
    const qs = localQuestionsOf(ctx.policy, place);
    const found: Finding[] = [];
    const add = (path: IssuePath) => found.push({ path });
    if (qs.length)
      forEachAt(doc, at, (holder, path) => {
        if (isObj(holder)) for (const q of qs) visit(q, answersOf(holder), [...path, 'localItems', q.id], add, qs);
      });
    return found;
  };
  return [
    rule<D>(
      localRequiredMeta,
      (doc, ctx) =>
        each(doc, ctx, (q, answers, path, add, qs) => {
          if (isLocalRequired(q, answers, qs) && !isAnswered(localAnswerValue(answers?.[q.id], q)))
            add([...path, LOCAL_ANSWER_KEYS[q.type]]);
        }),
      [
        {
          path: [...at, 'localItems', '?', '?'],
          when: (doc, path, policy) => {
            const qs = localQuestionsOf(policy, place);
            const q = qs.find((x) => x.id === path[path.length - 2]);
            return (
              !!q &&
              path[path.length - 1] === LOCAL_ANSWER_KEYS[q.type] &&
              isLocalRequired(q, answersOf(valueAt(doc, path.slice(0, -3))), qs)
            );
          },
        },
      ],
    ),
    // A number outside the question's range; a one-line answer over 200 characters.
    rule<D>(localValueMeta, (doc, ctx) =>
      each(doc, ctx, (q, answers, path, add) => {
        const v = answers?.[q.id]?.[LOCAL_ANSWER_KEYS[q.type]];
        if (
          typeof v === 'number'
            ? q.type === 'number' && ((q.min !== undefined && v < q.min) || (q.max !== undefined && v > q.max))
            : q.type === 'text' && typeof v === 'string' && v.length > LIMITS.shortText
        )
          add([...path, LOCAL_ANSWER_KEYS[q.type]]);
      }),
    ),
    // An answer in a field the question's type does not use (the question changed), or a code it no longer offers.
    rule<D>(localOutdatedMeta, (doc, ctx) =>
      each(doc, ctx, (q, answers, path, add) => {
        const answer = answers?.[q.id];
        if (!isObj(answer)) return;
        const key = LOCAL_ANSWER_KEYS[q.type];
        for (const k of Object.values(LOCAL_ANSWER_KEYS)) if (k !== key && isAnswered(answer[k])) add([...path, k]);
        const v = answer[key];
        if (q.options)
          (Array.isArray(v) ? v : [v]).forEach((c, i) => {
            if (typeof c === 'string' && !q.options!.some((o) => o.code === c)) add(Array.isArray(v) ? [...path, key, i] : [...path, key]);
          });
      }),
    ),
  ];
}
