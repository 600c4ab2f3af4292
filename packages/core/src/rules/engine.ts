import type { Case } from '../schema/case';
import type { LocalQuestion } from '../local/types';
import type { VocabularyExtensions } from '../vocab';

import type { IssuePath } from '../path';

export type { IssuePath };

/** How a rule applies under a policy. @public */
export type RuleSetting = 'error' | 'warning' | 'off';

/**
 * What every rule is, apart from its check: a stable code, the national
 * default severity, and its messages in Japanese and English. Each rule module
 * defines one; the code list, the defaults and the message catalogs are
 * derived from them (catalog.ts).
 * @public
 */
export interface RuleMeta<C extends string = string> {
  readonly code: C;
  /** The national default; a municipal policy may change it. */
  readonly severity: RuleSetting;
  /** The message for people; `{name}` stands for a parameter. Never a value from the document. */
  readonly messages: { readonly ja: string; readonly en: string };
}

/** What a rule found: where, and values (never personal) for the message. */
export interface Finding {
  readonly path: IssuePath;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** What rules read of the municipal policy. */
export interface RulePolicy {
  /**
   * Rule severities that differ from the defaults, by rule code. Keyed by string here so that the engine
   * does not depend on the catalogue of the rules built on it; `MunicipalPolicy.rules` is the typed side.
   */
  readonly rules: Readonly<Partial<Record<string, RuleSetting>>>;
  /** The municipality's own code-list entries. */
  readonly vocabularies: VocabularyExtensions;
  /** Days a receiving agency has to reply to a つなぎ (`MunicipalPolicy.tsunagi.replyDays`); 14 when absent. */
  readonly tsunagiReplyDays?: number;
  /** The municipality's own questions (`MunicipalPolicy.localItems`), checked by the `local.*` rules. */
  readonly localItems?: readonly LocalQuestion[];
}

/** What every rule may read besides the document. */
export interface RuleContext {
  readonly policy: RulePolicy;
  /** The reference date for date rules (ISO). */
  readonly today: string;
  /** The cases a meeting session's agenda refers to, when the caller has them (`ValidateOptions.cases`). */
  readonly cases?: readonly Case[];
}

/**
 * A field that a rule requires: a path pattern (`*` for each index of a list)
 * and, when the requirement depends on the document, the condition under which
 * it holds. Forms mark these fields 必須 while the rule is an error.
 */
export interface Requirement<D> {
  readonly path: readonly (string | number)[];
  readonly when?: (doc: D, path: IssuePath, policy: RulePolicy) => boolean;
}

/** A rule: its code, severity and messages, a pure check, and the fields it requires (for forms). */
export interface Rule<D> {
  readonly meta: RuleMeta;
  readonly check: (doc: D, ctx: RuleContext) => Iterable<Finding>;
  readonly requires?: readonly Requirement<D>[];
}

/** A rule in one call: its code, default severity and messages, its check, and the fields it requires. @public */
export interface RuleSpec<D, C extends string = string> extends RuleMeta<C> {
  /** The check: yields a finding per place the rule is broken. Pure; reads `ctx.today`, never the clock. */
  readonly check: (doc: D, ctx: RuleContext) => Iterable<Finding>;
  /** The fields the rule requires, with the condition: forms mark them 必須 while the rule is an error. */
  readonly requires?: readonly Requirement<D>[];
}

/**
 * Defines a rule. With a check, the whole rule in one call — its code, national default severity, messages
 * (ja/en), check and required fields — and the rule is returned, its `meta` keeping the literal code.
 * Without one, only the meta (a rule whose check is built by a function of its module, for paths given by
 * each document kind).
 */
export function defineRule<D, const C extends string>(spec: RuleSpec<D, C>): Rule<D> & { readonly meta: RuleMeta<C> };
export function defineRule<const C extends string>(meta: RuleMeta<C>): RuleMeta<C>;
export function defineRule<D, C extends string>(
  spec: RuleMeta<C> | RuleSpec<D, C>,
): RuleMeta<C> | (Rule<D> & { readonly meta: RuleMeta<C> }) {
  if (!('check' in spec)) return spec;
  const { check, requires, ...meta } = spec;
  return requires ? { meta, check, requires } : { meta, check };
}

/** The check of a rule for a document kind (keeps the type of the document). */
export function rule<D>(
  meta: RuleMeta,
  check: (doc: D, ctx: RuleContext) => Iterable<Finding>,
  requires?: readonly Requirement<D>[],
): Rule<D> {
  return requires ? { meta, check, requires } : { meta, check };
}

/** The severity of a rule under a policy: the policy's word, or the rule's default. */
export function severityOf(meta: RuleMeta, policy: RulePolicy): RuleSetting {
  return policy.rules[meta.code] ?? meta.severity;
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
 * index of an array. Missing steps yield nothing. Rules run on every keystroke
 * of a 200-action plan, so nothing is allocated for a value that is only read:
 * `path` is the walker's own, valid during the call — a visitor that keeps it
 * (a finding) copies it, `[...path]`.
 */
export function forEachAt(root: unknown, pattern: readonly (string | number)[], visit: (value: unknown, path: IssuePath) => void): void {
  walkAt(root, pattern, 0, [], visit);
}

function walkAt(
  node: unknown,
  pattern: readonly (string | number)[],
  i: number,
  path: (string | number)[],
  visit: (value: unknown, path: IssuePath) => void,
): void {
  // Steps taken here, taken back at the end (`path.length = …` is a slow runtime call in V8).
  let taken = 0;
  for (; i < pattern.length; i++) {
    const step = pattern[i]!;
    if (step === '*') {
      if (Array.isArray(node))
        for (let k = 0; k < node.length; k++) {
          path.push(k);
          walkAt(node[k], pattern, i + 1, path, visit);
          path.pop();
        }
      break;
    }
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<string | number, unknown>)[step];
    if (i + 1 < pattern.length && node === undefined) break;
    path.push(step);
    taken++;
  }
  if (i === pattern.length) visit(node, path);
  while (taken-- > 0) path.pop();
}
