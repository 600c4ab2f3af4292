import { valueAt, type IssuePath } from '../path';
import type { Found } from '../validate/structure';
import type { StructureCheck } from '../validate/run';
import type { MunicipalPolicy } from '../policy';
import { severityOf, type Requirement, type Rule } from '../rules/engine';
import { rulePolicy } from '../validate/run';

/**
 * The facts a form needs about a document kind under a municipal policy, so
 * that it decides nothing itself: which fields must be filled in (the
 * schema's own, and those a rule requires while the policy makes it an
 * error), and how many items each list may hold.
 *
 * @example
 * ```ts
 * const facts = actionPlanFormFacts(MORIOKA_EXAMPLE_POLICY);
 * facts.required(plan, ['team', 'leadId']); // true while the plan is active and has no lead organization
 * facts.maxItems(['actions']); // 500
 * ```
 * @public
 */
export interface FormFacts<D> {
  /** Whether the field at a (concrete) path must be filled in before the document can be submitted. */
  required(doc: D, path: IssuePath): boolean;
  /** The most items the list at a path may hold; `undefined` when the path is not a list. */
  maxItems(path: IssuePath): number | undefined;
}

/** The shape of a path: indexes become `*` (`members.*.relationship`). */
function shapeOf(path: readonly (string | number)[]): string {
  let key = '';
  for (let i = 0; i < path.length; i++) key += (i ? '.' : '') + (typeof path[i] === 'number' ? '*' : path[i]);
  return key;
}

/**
 * Asks the structure check what the schema says at a path, with a probe: the
 * smallest document that reaches the path (an index stands for one row).
 * The schema's own facts are what the check itself enforces, so they cannot
 * drift from it: a field is required when the check refuses it missing and
 * refuses `true` for it (a boolean always has a value, so it is never marked);
 * a list's limit is what the check reports for a list longer than any.
 */
function probe(check: StructureCheck, path: IssuePath, leaf: unknown): Found[] {
  let doc: unknown = leaf;
  for (let i = path.length - 1; i >= 0; i--) doc = typeof path[i] === 'number' ? [doc] : { [path[i]!]: doc };
  const found: Found[] = [];
  try {
    check(doc, found);
  } catch {
    /* a probe the check cannot read tells nothing */
  }
  const key = shapeOf(path);
  return found.filter((f) => shapeOf(f.path) === key);
}

/** Builds the form facts of a document kind from its structure check and rules. */
export function buildFormFacts<D>(check: StructureCheck, rules: readonly Rule<D>[], policy?: MunicipalPolicy): FormFacts<D> {
  const resolved = rulePolicy(policy);
  const always = new Set<string>();
  const conditional = new Map<string, Requirement<D>[]>();
  for (const r of rules) {
    if (severityOf(r.meta, resolved) !== 'error') continue;
    for (const req of r.requires ?? []) {
      const key = shapeOf(req.path);
      if (!req.when) always.add(key);
      else conditional.set(key, [...(conditional.get(key) ?? []), req]);
    }
  }
  // What the schema says, by path shape, asked once per shape.
  const inSchema = new Map<string, boolean>();
  const limits = new Map<string, number | undefined>();
  const schemaRequires = (path: IssuePath): boolean => {
    const key = shapeOf(path);
    let yes = inSchema.get(key);
    if (yes === undefined) {
      const rows = path.map((k) => (typeof k === 'number' ? 0 : k));
      yes = probe(check, rows, undefined).length > 0 && probe(check, rows, true).length > 0;
      inSchema.set(key, yes);
    }
    return yes;
  };
  return {
    required(doc, path) {
      const key = shapeOf(path);
      if (always.has(key)) return true;
      // The schema's own: required wherever the object (or list) that holds them is there.
      if (schemaRequires(path)) {
        const parent = valueAt(doc, path.slice(0, -1));
        if (parent !== null && typeof parent === 'object') return true;
      }
      for (const req of conditional.get(key) ?? []) {
        try {
          if (req.when!(doc, path, resolved)) return true;
        } catch {
          // A document too broken to read: the field is not marked; the core reports the structure.
        }
      }
      return false;
    },
    maxItems(path) {
      const key = shapeOf(path);
      if (!limits.has(key)) {
        // A sparse list longer than any limit: the check refuses it by length before reading an item.
        const tooMany = probe(check, path.map((k) => (typeof k === 'number' ? 0 : k)), new Array(2 ** 32 - 1)).find((f) => f.code === 'structure.tooMany');
        limits.set(key, tooMany?.params?.['max']);
      }
      return limits.get(key);
    },
  };
}
