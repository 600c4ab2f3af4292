import type { ResolvedPolicy } from '../policy';
import type { Vocabulary, VocabularyName } from '../vocab';
import type { RuleCode } from './codes';

import type { IssuePath } from '../path';

export type { IssuePath };

/** What a rule found: where, and values (never personal) for the message. */
export interface Finding {
  readonly path: IssuePath;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** What every rule may read besides the document. */
export interface RuleContext {
  readonly policy: ResolvedPolicy;
  /** The reference date for date rules (ISO). */
  readonly today: string;
}

/**
 * A field that a rule requires: a path pattern (`*` for each index of a list)
 * and, when the requirement depends on the document, the condition under which
 * it holds. Forms mark these fields 必須 while the rule is an error.
 */
export interface Requirement<D> {
  readonly path: readonly (string | number)[];
  readonly when?: (doc: D, path: IssuePath, policy: ResolvedPolicy) => boolean;
}

/** A rule: a stable code, a pure check, and the fields it requires (for forms). */
export interface Rule<D> {
  readonly code: RuleCode;
  readonly check: (doc: D, ctx: RuleContext) => Iterable<Finding>;
  readonly requires?: readonly Requirement<D>[];
}

/** Defines a rule (keeps the type of the document). */
export function rule<D>(
  code: RuleCode,
  check: (doc: D, ctx: RuleContext) => Iterable<Finding>,
  requires?: readonly Requirement<D>[],
): Rule<D> {
  return requires ? { code, check, requires } : { code, check };
}

/** The row of `list` that a concrete path points into (its index at `depth`): `rowAt(plan.actions, ['actions', 3, 'due'])`. */
export function rowAt<T>(list: readonly T[] | undefined, path: IssuePath, depth = 1): T | undefined {
  const i = path[depth];
  return typeof i === 'number' ? list?.[i] : undefined;
}

/** Whether a text is missing or blank. */
export function blank(value: unknown): boolean {
  return typeof value !== 'string' || !/\S/u.test(value);
}

/**
 * Calls `visit` with every value at a path pattern, where `*` stands for each
 * index of an array. Missing steps yield nothing. The path is copied only for
 * a hit: rules run on every keystroke of a 200-action plan.
 */
export function forEachAt(
  root: unknown,
  pattern: readonly (string | number)[],
  visit: (value: unknown, path: IssuePath) => void,
): void {
  const path: (string | number)[] = [];
  const walk = (node: unknown, i: number): void => {
    if (i === pattern.length) {
      visit(node, path.slice());
      return;
    }
    const step = pattern[i]!;
    if (step === '*') {
      if (!Array.isArray(node)) return;
      for (let k = 0; k < node.length; k++) {
        path.push(k);
        walk(node[k], i + 1);
        path.pop();
      }
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const child = (node as Record<string | number, unknown>)[step];
    if (i + 1 < pattern.length && child === undefined) return;
    path.push(step);
    walk(child, i + 1);
    path.pop();
  };
  walk(root, 0);
}

/**
 * The `field.required` rule for a list of path patterns: each text there must
 * be filled in. A pattern whose parent is absent (an optional section not
 * started) is not checked.
 */
export function requiredTexts<D>(patterns: readonly (readonly (string | number)[])[]): Rule<D> {
  return rule<D>(
    'field.required',
    (doc) => {
      const found: Finding[] = [];
      for (const pattern of patterns) forEachAt(doc, pattern, (value, path) => blank(value) && found.push({ path }));
      return found;
    },
    patterns.map((path) => ({ path })),
  );
}

/**
 * The `vocabulary.unknownCode` rule: codes at these patterns must be in the
 * named list (with the policy's extensions). A pattern ending in `*` checks
 * each code of a list.
 */
export function knownCodes<D>(
  entries: readonly (readonly [VocabularyName, Vocabulary, readonly (string | number)[]])[],
): Rule<D> {
  return rule<D>('vocabulary.unknownCode', (doc, ctx) => {
    const found: Finding[] = [];
    for (const [name, list, pattern] of entries) {
      const extra = (ctx.policy.vocabularies as Partial<Record<VocabularyName, Vocabulary>>)[name];
      const codes = codeSet(list, extra);
      forEachAt(doc, pattern, (value, path) => {
        if (typeof value === 'string' && value !== '' && !codes.has(value)) found.push({ path, params: { list: name } });
      });
    }
    return found;
  });
}

/** Code sets, memoized per code list and per extension list (both immutable). */
const codeSets = new WeakMap<Vocabulary, WeakMap<Vocabulary, Set<string>> | Set<string>>();
const NO_EXTRA: Vocabulary = [];
function codeSet(list: Vocabulary, extra: Vocabulary = NO_EXTRA): Set<string> {
  let byExtra = codeSets.get(list) as WeakMap<Vocabulary, Set<string>> | undefined;
  if (!byExtra) codeSets.set(list, (byExtra = new WeakMap()));
  let set = byExtra.get(extra);
  if (!set) byExtra.set(extra, (set = new Set([...list, ...extra].map((e) => e.code))));
  return set;
}

/** The `document.duplicateId` rule for lists whose rows carry an `id`. */
export function uniqueIds<D>(lists: readonly (readonly (string | number)[])[]): Rule<D> {
  const patterns = lists.map((p) => [...p, '*', 'id']);
  return rule<D>('document.duplicateId', (doc) => {
    const found: Finding[] = [];
    for (const pattern of patterns) {
      const seen = new Set<unknown>();
      forEachAt(doc, pattern, (value, path) => {
        if (value === undefined) return;
        if (seen.has(value)) found.push({ path });
        seen.add(value);
      });
    }
    return found;
  });
}
