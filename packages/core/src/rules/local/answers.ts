// The rules of a municipality's own questions, for each place they are asked: one generic rule per code, reading
// the questions from the policy, so that a question needs no rule module of its own (issue #36).
import { LIMITS } from '../../schema/limits';
import type { LocalAnswer } from '../../schema/common';
import { LOCAL_ANSWER_KEYS, isAnswered, isLocalRequired, localAnswerValue, localQuestionsOf } from '../../local/questions';
import type { LocalItemPlace, LocalQuestion } from '../../local/types';
import { forEachAt, rule, type Finding, type Rule, type RulePolicy } from '../engine';
import type { IssuePath } from '../../path';
import { localRequiredMeta } from './required';
import { localValueMeta } from './value';
import { localOutdatedMeta } from './outdated';

type Answers = Readonly<Record<string, LocalAnswer>>;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const answersOf = (holder: unknown): Answers | undefined => {
  const a = isObj(holder) ? holder['localItems'] : undefined;
  return isObj(a) ? (a as Answers) : undefined;
};

/** Each object that holds answers (`localItems`) at a pattern (`[]`, the document; `['contacts', '*']`), with its path. */
function eachHolder(doc: unknown, at: readonly (string | number)[], visit: (answers: Answers | undefined, path: IssuePath) => void): void {
  forEachAt(doc, at, (holder, path) => isObj(holder) && visit(answersOf(holder), path));
}

/** What is wrong with one answer of a known question: `local.value` or `local.outdated` findings. */
function faultsOf(q: LocalQuestion, answer: LocalAnswer, path: IssuePath): { value: Finding[]; outdated: Finding[] } {
  const key = LOCAL_ANSWER_KEYS[q.type];
  const value: Finding[] = [];
  const outdated: Finding[] = [];
  for (const k of ['text', 'code', 'codes', 'date', 'number', 'yes'] as const)
    if (k !== key && answer[k] !== undefined && isAnswered(answer[k])) outdated.push({ path: [...path, k] });
  const v = answer[key];
  if (v === undefined) return { value, outdated };
  if (q.type === 'text' && typeof v === 'string' && v.length > LIMITS.shortText) value.push({ path: [...path, key] });
  if (q.type === 'number' && typeof v === 'number' && ((q.min !== undefined && v < q.min) || (q.max !== undefined && v > q.max)))
    value.push({ path: [...path, key] });
  if (q.options) {
    const codes = Array.isArray(v) ? v : [v];
    codes.forEach((c, i) => {
      if (typeof c === 'string' && !q.options!.some((o) => o.code === c))
        outdated.push({ path: Array.isArray(v) ? [...path, key, i] : [...path, key] });
    });
  }
  return { value, outdated };
}

/**
 * The `local.*` rules for the questions of a place, whose answers are held at `at` (`[]` for the document's own,
 * `['contacts', '*']` for each entry of the 支援経過記録). The forms mark a required question 必須 through
 * `requires`: its path is `[...at, 'localItems', id, field]`, any id and field (`?` in the form facts' shapes).
 */
export function localItemRules<D>(place: LocalItemPlace, at: readonly (string | number)[]): Rule<D>[] {
  const questions = (policy: RulePolicy) => localQuestionsOf(policy, place);
  const scan = (doc: D, policy: RulePolicy, pick: 'value' | 'outdated'): Finding[] => {
    const qs = questions(policy);
    const found: Finding[] = [];
    if (qs.length)
      eachHolder(doc, at, (answers, path) => {
        for (const q of qs) {
          const answer = answers?.[q.id];
          if (isObj(answer)) found.push(...faultsOf(q, answer, [...path, 'localItems', q.id])[pick]);
        }
      });
    return found;
  };
  const required = rule<D>(
    localRequiredMeta,
    (doc, ctx) => {
      const qs = questions(ctx.policy);
      const found: Finding[] = [];
      if (qs.length)
        eachHolder(doc, at, (answers, path) => {
          for (const q of qs)
            if (isLocalRequired(q, answers, qs) && !isAnswered(localAnswerValue(answers?.[q.id], q)))
              found.push({ path: [...path, 'localItems', q.id, LOCAL_ANSWER_KEYS[q.type]] });
        });
      return found;
    },
    [
      {
        path: [...at, 'localItems', '?', '?'],
        when: (doc, path, policy) => {
          const qs = questions(policy);
          const id = path[path.length - 2];
          const q = qs.find((x) => x.id === id);
          if (!q || path[path.length - 1] !== LOCAL_ANSWER_KEYS[q.type]) return false;
          let holder: unknown = doc;
          for (const k of path.slice(0, -3))
            holder = isObj(holder) || Array.isArray(holder) ? (holder as Record<string | number, unknown>)[k] : undefined;
          return isLocalRequired(q, answersOf(holder), qs);
        },
      },
    ],
  );
  return [
    required,
    rule<D>(localValueMeta, (doc, ctx) => scan(doc, ctx.policy, 'value')),
    rule<D>(localOutdatedMeta, (doc, ctx) => scan(doc, ctx.policy, 'outdated')),
  ];
}
