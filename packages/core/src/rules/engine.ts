import type { Case } from '../schema/case';
import type { VocabularyExtensions } from '../vocab';
import type { RuleMeta, RuleSetting } from './define';

import type { IssuePath } from '../path';

export type { IssuePath };

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
