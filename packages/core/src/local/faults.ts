// What is wrong with a policy's local questions, question by question, for `validatePolicy`: the full check, kept
// out of the validators and the sheets (which only leave out what cannot be asked: questions.ts).
import { LOCAL_ANSWER_KEYS } from './questions';
import type { LocalItemPlace } from './types';
import { isObj } from '../validate/structure';

const ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const PLACES: ReadonlySet<string> = new Set<LocalItemPlace>([
  'referral',
  'supportSharing',
  'actionPlan',
  'meetingSession',
  'caseContact',
  'assessment',
]);

/** What is wrong with a policy's local questions, before messages: a code and where. */
export interface LocalItemFault {
  readonly code: LocalItemFaultCode;
  readonly path: readonly (string | number)[];
}

/** The codes of what can be wrong with a local question (`validatePolicy`). @public */
export type LocalItemFaultCode =
  | 'policy.localItems.list'
  | 'policy.localItems.id'
  | 'policy.localItems.duplicateId'
  | 'policy.localItems.place'
  | 'policy.localItems.type'
  | 'policy.localItems.label'
  | 'policy.localItems.noOptions'
  | 'policy.localItems.option'
  | 'policy.localItems.unknownCondition'
  | 'policy.localItems.range';

const isText = (v: unknown): boolean =>
  isObj(v) && typeof v['ja'] === 'string' && v['ja'].trim() !== '' && typeof v['en'] === 'string' && v['en'].trim() !== '';

/**
 * Finds what is wrong with a policy's `localItems`, question by question. A policy comes from a municipality's
 * configuration (JSON, a CMS field), so nothing is assumed of its shape. Never throws on plain data.
 */
export function localItemFaults(items: unknown): LocalItemFault[] {
  if (items === undefined) return [];
  if (!Array.isArray(items)) return [{ code: 'policy.localItems.list', path: ['localItems'] }];
  const faults: LocalItemFault[] = [];
  const seen = new Set<string>();
  const places = new Map<string, unknown>();
  items.forEach((q: unknown, i) => {
    const at = (...rest: (string | number)[]) => ['localItems', i, ...rest];
    const fault = (code: LocalItemFaultCode, ...rest: (string | number)[]) => faults.push({ code, path: at(...rest) });
    if (!isObj(q)) return fault('policy.localItems.id');
    const id = q['id'];
    if (typeof id !== 'string' || !ID.test(id)) fault('policy.localItems.id', 'id');
    else if (seen.has(id)) fault('policy.localItems.duplicateId', 'id');
    else {
      seen.add(id);
      places.set(id, q['place']);
    }
    if (typeof q['place'] !== 'string' || !PLACES.has(q['place'])) fault('policy.localItems.place', 'place');
    const type = q['type'];
    if (typeof type !== 'string' || !Object.hasOwn(LOCAL_ANSWER_KEYS, type)) fault('policy.localItems.type', 'type');
    if (!isText(q['label'])) fault('policy.localItems.label', 'label');
    if (q['hint'] !== undefined && !isText(q['hint'])) fault('policy.localItems.label', 'hint');
    const options = q['options'];
    if (type === 'choice' || type === 'choices') {
      if (!Array.isArray(options) || options.length === 0) fault('policy.localItems.noOptions', 'options');
      else {
        const codes = new Set<string>();
        options.forEach((o: unknown, j) => {
          const c = isObj(o) ? o['code'] : undefined;
          if (typeof c !== 'string' || !CODE.test(c) || codes.has(c) || !isText(o)) fault('policy.localItems.option', 'options', j);
          else codes.add(c);
        });
      }
    }
    const { min, max } = q;
    const bad = (n: unknown) => n !== undefined && (type !== 'number' || typeof n !== 'number' || !Number.isSafeInteger(n));
    if (bad(min) || bad(max) || (typeof min === 'number' && typeof max === 'number' && min > max)) fault('policy.localItems.range', 'min');
  });
  // Conditions last: they may name a question declared after them.
  items.forEach((q: unknown, i) => {
    const when = isObj(q) ? q['required'] : undefined;
    if (when === undefined || typeof when === 'boolean') return;
    const other = isObj(when) ? when['question'] : undefined;
    const equals = isObj(when) ? when['equals'] : undefined;
    const ok =
      typeof other === 'string' &&
      other !== (q as Record<string, unknown>)['id'] &&
      places.has(other) &&
      places.get(other) === (q as Record<string, unknown>)['place'] &&
      ['string', 'number', 'boolean'].includes(typeof equals);
    if (!ok) faults.push({ code: 'policy.localItems.unknownCondition', path: ['localItems', i, 'required'] });
  });
  return faults;
}
