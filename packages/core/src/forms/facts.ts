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

/**
 * The shape of a path: indexes become `*` (`members.*.relationship`), and a local question's id and answer field
 * become `?` (`localItems.?.?`): one requirement stands for every question a policy declares.
 */
const shapeOf = (path: readonly (string | number)[]): string =>
  path.map((k, i) => (typeof k === 'number' ? '*' : path[i - 1] === 'localItems' || path[i - 2] === 'localItems' ? '?' : k)).join('.');

/**
 * Asks the structure check what the schema says at a path shape, with a probe:
 * the smallest document that reaches it (an index stands for one row), `leaf`
 * at the end. Returns what the check found there. The schema's own facts are
 * what the check enforces, so they cannot drift from it: a field is required
 * when the check refuses it missing and refuses `true` for it (a boolean
 * always has a value, so it is never marked); a list's limit is what the check
 * reports for a sparse list longer than any.
 */
function probe(check: StructureCheck, path: IssuePath, leaf: unknown): Found[] {
  const doc = path.reduceRight<unknown>((inner, k) => (typeof k === 'number' ? [inner] : { [k]: inner }), leaf);
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
  // What the rules require under the policy, by path shape.
  const byRule = new Map<string, Requirement<D>[]>();
  for (const r of rules)
    if (severityOf(r.meta, resolved) === 'error')
      for (const req of r.requires ?? []) byRule.set(shapeOf(req.path), [...(byRule.get(shapeOf(req.path)) ?? []), req]);
  // What the schema says, asked once per path shape.
  const asked = new Map<string, boolean | number | undefined>();
  const ask = <T extends boolean | number | undefined>(key: string, answer: () => T): T => {
    if (!asked.has(key)) asked.set(key, answer());
    return asked.get(key) as T;
  };
  return {
    required(doc, path) {
      const key = shapeOf(path);
      const inSchema = ask(key, () => probe(check, path, undefined).length > 0 && probe(check, path, true).length > 0);
      // The schema's own: required wherever the object (or list) that holds them is there.
      const parent = valueAt(doc, path.slice(0, -1));
      if (inSchema && parent !== null && typeof parent === 'object') return true;
      return (byRule.get(key) ?? []).some((req) => {
        try {
          return !req.when || req.when(doc, path, resolved);
        } catch {
          return false; // a document too broken to read: not marked; the core reports its structure
        }
      });
    },
    maxItems: (path) =>
      ask(
        `${shapeOf(path)}#max`,
        () => probe(check, path, new Array(2 ** 32 - 1)).find((f) => f.code === 'structure.tooMany')?.params?.['max'],
      ),
  };
}
