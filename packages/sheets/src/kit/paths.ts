import type { IssuePath } from '@tsunagu/core';

/** The element id of the field at a path: `f-person-familyName`, `f-members-0-relationship`. */
export function fieldId(path: IssuePath): string {
  return `f-${path.join('-')}`;
}

/**
 * A copy of `root` with the value at `path` replaced (objects and arrays on
 * the way are copied, never mutated). `undefined` removes an object key, and
 * an object left empty by that is removed too, so clearing the last field of an
 * optional group (the confirmer's name) does not leave a half-filled group behind.
 */
export function setIn<T>(root: T, path: IssuePath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const node = (root ?? (typeof key === 'number' ? [] : {})) as Record<string | number, unknown>;
  const copy: Record<string | number, unknown> = Array.isArray(node) ? ([...node] as unknown as Record<number, unknown>) : { ...node };
  const next = setIn(node[key], rest, value);
  if (next === undefined && !Array.isArray(copy)) delete copy[key];
  else copy[key] = next;
  if (value === undefined && !Array.isArray(copy) && Object.keys(copy).length === 0) return undefined as T;
  return copy as T;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The document with every container the sheet renders (objects and arrays of
 * the empty document) present and of the right kind; values of the wrong kind
 * are replaced in this view only. Sheets render from it, so a partial or
 * broken document (an old draft, a hand-made value) never breaks the page.
 */
export function withShape<T>(doc: unknown, shape: T): T {
  if (Array.isArray(shape)) return (Array.isArray(doc) ? doc : shape) as T;
  if (!isPlainObject(shape)) return (doc === undefined ? shape : doc) as T;
  if (!isPlainObject(doc)) return shape;
  const out: Record<string, unknown> = { ...doc };
  for (const [k, v] of Object.entries(shape)) {
    if (Array.isArray(v) || isPlainObject(v)) out[k] = withShape(doc[k], v);
    else if (doc[k] === undefined || typeof doc[k] !== typeof v) out[k] = v;
  }
  return out as T;
}
