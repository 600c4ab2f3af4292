// A policy's local questions as the rules, sheets and reports read them: the well-formed ones of a place, which
// field holds an answer, and whether a question must be answered now. Pure.
import type { LocalAnswer } from '../schema/common';
import type { LocalItemPlace, LocalItemType, LocalQuestion } from './types';
import { isObj } from '../validate/structure';

/** The field of a {@link LocalAnswer} that holds the answer to a question of each type. @public */
export const LOCAL_ANSWER_KEYS: { readonly [T in LocalItemType]: keyof LocalAnswer } = {
  text: 'text',
  longText: 'text',
  choice: 'code',
  choices: 'codes',
  date: 'date',
  number: 'number',
  yesNo: 'yes',
};

const ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const isText = (v: unknown): boolean => isObj(v) && typeof v['ja'] === 'string' && typeof v['en'] === 'string';

/**
 * Whether a question can be asked: an id, a type, a label, and options for a choice. The rest of what
 * {@link validatePolicy} checks (a condition naming no question, a range on a text) is told there; such a question
 * is still asked, and its condition never holds.
 */
function usable(q: unknown): q is LocalQuestion {
  if (!isObj(q) || typeof q['id'] !== 'string' || !ID.test(q['id']) || !isText(q['label'])) return false;
  const type = q['type'];
  if (!Object.hasOwn(LOCAL_ANSWER_KEYS, type as PropertyKey)) return false;
  const options = q['options'];
  if (type !== 'choice' && type !== 'choices') return options === undefined || Array.isArray(options);
  return (
    Array.isArray(options) &&
    options.length > 0 &&
    options.every((o) => isText(o) && typeof (o as Record<string, unknown>)['code'] === 'string')
  );
}

/**
 * The local questions a policy asks at a place, in the policy's order. A question that cannot be asked (no id, place,
 * type or label, a choice without options: see {@link validatePolicy}) is left out, so a bad policy never breaks a sheet.
 * @public
 */
export function localQuestionsOf(
  policy: { readonly localItems?: readonly LocalQuestion[] | undefined } | undefined,
  place: LocalItemPlace,
): LocalQuestion[] {
  return wellFormedQuestions(policy).filter((q) => q.place === place);
}

/** A policy's local questions that {@link validatePolicy} finds nothing wrong with, every place, in order. */
export function wellFormedQuestions(policy: { readonly localItems?: readonly LocalQuestion[] | undefined } | undefined): LocalQuestion[] {
  const items: unknown = policy?.localItems;
  if (!Array.isArray(items)) return [];
  const ids = new Set<string>();
  // A repeated id is asked once, as first declared.
  return items.filter((q): q is LocalQuestion => usable(q) && !ids.has(q.id) && !!ids.add(q.id));
}

/** The answer to a question as stored: the value in the field its type uses, or undefined. @public */
export function localAnswerValue(answer: LocalAnswer | undefined, question: Pick<LocalQuestion, 'type'>): unknown {
  return answer?.[LOCAL_ANSWER_KEYS[question.type]];
}

/** Whether an answer is given: text that is not blank, a code, a non-empty list, a number, a yes or a no. */
export function isAnswered(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null;
}

/**
 * Whether a question must be answered, given the other answers of its document: always, or while the question its
 * condition names has the answer it says (one of several codes counts).
 * @public
 */
export function isLocalRequired(
  question: LocalQuestion,
  answers: Readonly<Record<string, LocalAnswer>> | undefined,
  questions: readonly LocalQuestion[],
): boolean {
  const when = question.required;
  if (when === undefined || typeof when === 'boolean') return when === true;
  const other = questions.find((q) => q.id === when.question);
  if (!other) return false;
  const value = localAnswerValue(answers?.[other.id], other);
  return Array.isArray(value) ? value.includes(when.equals) : value === when.equals;
}
