/*
 * The building blocks of the generated structure validators
 * (`structure.generated.ts`, written by `pnpm codegen` from the zod schemas).
 *
 * The zod schemas stay the source of truth: they give the types, the JSON
 * Schemas and the field marks. In the browser and on the server, documents are
 * checked by plain functions generated from them at build time, so that
 * validation needs no zod at run time, generates no code at run time (strict
 * CSP) and is several times faster. `test/core/structure.test.ts` checks on
 * every run that these functions find exactly what zod's `safeParse` finds.
 */
import type { IssueCode } from '../rules/codes';
import type { IssuePath } from '../path';

/** The key of a value in its parent; `undefined` for the document itself. */
export type Key = string | number | undefined;

/** A structure issue as found, before messages are attached. */
export interface Found {
  readonly code: IssueCode;
  readonly path: IssuePath;
  readonly params?: Readonly<Record<string, number>>;
  /**
   * The issue comes from a check on a value of the right type (too long, bad
   * pattern) and does not stop the checks of the enclosing list, as in zod.
   */
  readonly soft?: true;
}

/** Checks a value at `p`/`k`, records what is wrong in `found` and returns the value to keep. */
export type Check = (v: unknown, p: IssuePath, k: Key, found: Found[]) => unknown;

/** A plain object (not null, not an array), as zod's `object` requires. */
export type Obj = Record<string, unknown>;

/** The path of the value at key `k` of the value at `p`. */
export function at(p: IssuePath, k: Key): IssuePath {
  return k === undefined ? p : [...p, k];
}

/** Records an issue. */
export function fail(found: Found[], code: IssueCode, p: IssuePath, k: Key, params?: Record<string, number>, soft?: true): void {
  const path = at(p, k);
  found.push(params ? (soft ? { code, path, params, soft } : { code, path, params }) : soft ? { code, path, soft } : { code, path });
}

/** Records a value of the wrong type: missing values are "required". */
export function wrongType(v: unknown, p: IssuePath, k: Key, found: Found[]): unknown {
  fail(found, v === undefined ? 'field.required' : 'structure.type', p, k);
  return v;
}

/** Whether a value is a plain object. */
export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * An optional field: checked when it holds a value; kept as `undefined` when the
 * key is present without one, and left out when absent — as zod does.
 */
export function optional(v: Obj, o: Obj, key: string, q: IssuePath, found: Found[], check: Check): void {
  const x = v[key];
  if (x !== undefined) o[key] = check(x, q, key, found);
  else if (key in v) o[key] = x;
}

/** Text of at most `max` UTF-16 code units. */
export function text(v: unknown, p: IssuePath, k: Key, found: Found[], max: number): unknown {
  if (typeof v !== 'string') return wrongType(v, p, k, found);
  if (v.length > max) fail(found, 'structure.tooLong', p, k, { max }, true);
  return v;
}

/** Text matching a pattern; `code` says what the pattern is (a date, a time, a code). */
export function pattern(v: unknown, p: IssuePath, k: Key, found: Found[], re: RegExp, code: IssueCode): unknown {
  if (typeof v !== 'string') return wrongType(v, p, k, found);
  if (!re.test(v)) fail(found, code, p, k, undefined, true);
  return v;
}

/** An integer from `min` to `max`. */
export function integer(v: unknown, p: IssuePath, k: Key, found: Found[], min: number, max: number): unknown {
  if (typeof v !== 'number' || !Number.isInteger(v)) return wrongType(v, p, k, found);
  if (v < min || v > max) fail(found, 'structure.number', p, k, undefined, true);
  return v;
}

/** A boolean. */
export function bool(v: unknown, p: IssuePath, k: Key, found: Found[]): unknown {
  return typeof v === 'boolean' ? v : wrongType(v, p, k, found);
}

/** One of a fixed set of values (an enum or a literal). */
export function oneOf(v: unknown, p: IssuePath, k: Key, found: Found[], values: ReadonlySet<unknown>): unknown {
  if (!values.has(v)) fail(found, 'structure.value', p, k);
  return v;
}

/** A list of `min` to `max` items, each checked by `item`. */
export function list(v: unknown, p: IssuePath, k: Key, found: Found[], item: Check, max: number, min: number): unknown {
  if (!Array.isArray(v)) return wrongType(v, p, k, found);
  // Too long a list is refused before its items are read, as zod does (hostile input).
  if (v.length > max) {
    fail(found, 'structure.tooMany', p, k, { max });
    return v;
  }
  const q = at(p, k);
  const before = found.length;
  const out: unknown[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = item(v[i], q, i, found);
  // As in zod, the length is checked only when no item has a hard issue.
  for (let i = before; i < found.length; i++) if (!found[i]!.soft) return out;
  if (v.length < min) fail(found, 'structure.tooFew', p, k, { min }, true);
  return out;
}

/** A plain object as zod's `record` requires it: an object whose prototype (if any) is an ordinary one. */
function isPlainObject(v: unknown): v is Obj {
  if (!isObj(v)) return false;
  const ctor = (v as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto = (ctor as { prototype?: unknown }).prototype;
  return isObj(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

/**
 * A record keyed by a pattern (answers by question id): each own enumerable key must match `re` (a key that does
 * not is a wrong type at its path, as zod's `invalid_key`), and each value is checked by `item`.
 */
export function record(v: unknown, p: IssuePath, k: Key, found: Found[], re: RegExp, item: Check): unknown {
  if (!isPlainObject(v)) return wrongType(v, p, k, found);
  const q = at(p, k);
  const out: Obj = {};
  for (const key of Reflect.ownKeys(v)) {
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(v, key)) continue;
    if (typeof key !== 'string' || !re.test(key)) {
      fail(found, 'structure.type', q, String(key));
      continue;
    }
    out[key] = item(v[key], q, key, found);
  }
  return out;
}
