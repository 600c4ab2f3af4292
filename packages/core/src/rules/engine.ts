import type { Locale, Messages } from '../i18n/types';
import type { ResolvedPolicy } from '../policy';
import type { Vocabulary, VocabularyName } from '../vocab';
import type { RuleCode } from './codes';

/** A path into a document: object keys and array indexes. @public */
export type IssuePath = readonly (string | number)[];

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
  readonly locale: Locale;
  readonly messages: Messages;
}

/** A rule: a stable code and a pure check. */
export interface Rule<D> {
  readonly code: RuleCode;
  readonly check: (doc: D, ctx: RuleContext) => Iterable<Finding>;
}

/** Defines a rule (identity; keeps the type of the document). */
export function rule<D>(code: RuleCode, check: (doc: D, ctx: RuleContext) => Iterable<Finding>): Rule<D> {
  return { code, check };
}

/** Whether a text is missing or blank. */
export function blank(value: unknown): boolean {
  return typeof value !== 'string' || !/\S/u.test(value);
}

/**
 * Every value at a path pattern, where `*` stands for each index of an array.
 * Missing steps yield nothing.
 */
export function* select(root: unknown, pattern: readonly (string | number)[]): Generator<[unknown, IssuePath]> {
  function* walk(node: unknown, i: number, path: (string | number)[]): Generator<[unknown, IssuePath]> {
    if (i === pattern.length) {
      yield [node, path];
      return;
    }
    const step = pattern[i]!;
    if (step === '*') {
      if (!Array.isArray(node)) return;
      for (let k = 0; k < node.length; k++) yield* walk(node[k], i + 1, [...path, k]);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const child = (node as Record<string | number, unknown>)[step];
    if (i + 1 < pattern.length && child === undefined) return;
    yield* walk(child, i + 1, [...path, step]);
  }
  yield* walk(root, 0, []);
}

/**
 * The `field.required` rule for a list of path patterns: each text there must
 * be filled in. A pattern whose parent is absent (an optional section not
 * started) is not checked.
 */
export function requiredTexts<D>(patterns: readonly (readonly (string | number)[])[]): Rule<D> {
  return rule<D>('field.required', function* (doc) {
    for (const pattern of patterns) {
      for (const [value, path] of select(doc, pattern)) if (blank(value)) yield { path };
    }
  });
}

/**
 * The `vocabulary.unknownCode` rule: codes at these patterns must be in the
 * named list (with the policy's extensions). A pattern ending in `*` checks
 * each code of a list.
 */
export function knownCodes<D>(
  entries: readonly (readonly [VocabularyName, Vocabulary, readonly (string | number)[]])[],
): Rule<D> {
  return rule<D>('vocabulary.unknownCode', function* (doc, ctx) {
    for (const [name, list, pattern] of entries) {
      const extra = (ctx.policy.vocabularies as Partial<Record<VocabularyName, Vocabulary>>)[name] ?? [];
      const codes = new Set([...list, ...extra].map((e) => e.code));
      for (const [value, path] of select(doc, pattern)) {
        if (typeof value === 'string' && value !== '' && !codes.has(value)) yield { path, params: { list: name } };
      }
    }
  });
}

/** The `document.duplicateId` rule for lists whose rows carry an `id`. */
export function uniqueIds<D>(lists: readonly (readonly (string | number)[])[]): Rule<D> {
  return rule<D>('document.duplicateId', function* (doc) {
    for (const pattern of lists) {
      const seen = new Set<unknown>();
      for (const [value, path] of select(doc, [...pattern, '*', 'id'])) {
        if (value === undefined) continue;
        if (seen.has(value)) yield { path };
        seen.add(value);
      }
    }
  });
}
