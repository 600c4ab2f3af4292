import { valueAt, type IssuePath } from '../path';
import type { MunicipalPolicy } from '../policy';
import { severityOf, type Requirement, type Rule } from '../rules/engine';
import { rulePolicy } from '../validate/run';

/**
 * What a schema says of its fields, by the shape of their paths
 * (`members.*.relationship`). Generated from the zod schemas by `pnpm codegen`.
 */
export interface SchemaFacts {
  readonly required: readonly string[];
  readonly maxItems: Readonly<Record<string, number>>;
}

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

/** Builds the form facts of a document kind from its schema facts and rules. */
export function buildFormFacts<D>(schema: SchemaFacts, rules: readonly Rule<D>[], policy?: MunicipalPolicy): FormFacts<D> {
  const resolved = rulePolicy(policy);
  // The schema's own: required wherever the object (or list) that holds them is there.
  const inSchema = new Set(schema.required);
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
  return {
    required(doc, path) {
      const key = shapeOf(path);
      if (always.has(key)) return true;
      if (inSchema.has(key)) {
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
      return Object.hasOwn(schema.maxItems, key) ? schema.maxItems[key] : undefined;
    },
  };
}
