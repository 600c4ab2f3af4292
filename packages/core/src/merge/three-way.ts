// The three-way merge of documents (see index.ts).
import type { IssuePath } from '../path';

/**
 * A field both sides changed, each in its own way. The values are the document's own (personal data included):
 * show them to the worker, never log them.
 * @public
 */
export interface MergeConflict {
  /** Where, in the merged document (its indexes): `['household', 'person', 'phone']`, `['contacts', 3]`. */
  readonly path: IssuePath;
  /** The value when both opened the document (`undefined`: absent). */
  readonly base: unknown;
  /** My value (`undefined`: I removed it). */
  readonly mine: unknown;
  /** The value saved by the other person (`undefined`: they removed it). */
  readonly theirs: unknown;
}

/** A merged document and what is left to decide. @public */
export interface MergeResult<T> {
  /**
   * Both sides' changes. Where they conflict it holds my value, except that an entry one side removed and the
   * other changed stays (nothing is dropped until the worker decides). Its `revision` is theirs: the one to save
   * against.
   */
  readonly value: T;
  /** The conflicts, in document order; empty when the merge needs no decision. */
  readonly conflicts: readonly MergeConflict[];
}

type Json = unknown;
type Obj = Record<string, Json>;

const isObject = (v: Json): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Structural equality of JSON values; a key holding `undefined` counts as absent. */
function same(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = (o: Obj) => Object.keys(o).filter((k) => o[k] !== undefined);
  const ka = keys(a);
  return ka.length === keys(b).length && ka.every((k) => same(a[k], b[k]));
}

const idOf = (v: Json): string | undefined => (isObject(v) && typeof v.id === 'string' ? v.id : undefined);

/** Lists whose entries all carry an id, unique in each version, merge entry by entry. */
function byId(lists: readonly Json[][]): boolean {
  return lists.every((l) => {
    const ids = l.map(idOf);
    return ids.every((id) => id !== undefined) && new Set(ids).size === ids.length;
  });
}

const primitive = (v: Json): boolean => v === null || typeof v !== 'object';

const dateOf = (v: Json): string | undefined => (isObject(v) && typeof v.date === 'string' ? v.date : undefined);

/** Two appended runs as one: in date order when every entry is dated (mine first on a tie), else mine then theirs. */
function interleave(mine: Json[], theirs: Json[]): Json[] {
  const others = theirs.filter((t) => !mine.some((m) => same(m, t)));
  if (![...mine, ...others].every((x) => dateOf(x) !== undefined)) return [...mine, ...others];
  const out: Json[] = [];
  let i = 0;
  let j = 0;
  while (i < mine.length || j < others.length)
    out.push(j >= others.length || (i < mine.length && dateOf(mine[i])! <= dateOf(others[j])!) ? mine[i++] : others[j++]);
  return out;
}

/** How a merge reads a document. @public */
export interface MergeOptions {
  /**
   * The moves a case's status history may make, status by status (`CASE_STATUS_NEXT`; `mergeCase` gives
   * it): a merged history that breaks them is a conflict. Without it, both sides' status changes are kept as dated.
   */
  readonly statusMoves?: Readonly<Record<string, readonly string[]>>;
}

type Status = { status?: string };

class Merger {
  readonly conflicts: MergeConflict[] = [];
  constructor(readonly options: MergeOptions) {}

  /** Whether a status history follows the allowed moves from its first change. */
  statusChain(history: Json[]): boolean {
    const moves = this.options.statusMoves;
    return (
      !moves ||
      history.every((s, i) => i === 0 || (moves[(history[i - 1] as Status).status ?? '']?.includes((s as Status).status ?? '') ?? false))
    );
  }

  conflict(path: IssuePath, base: Json, mine: Json, theirs: Json, keep: Json = mine): Json {
    this.conflicts.push({ path, base, mine, theirs });
    return keep;
  }

  merge(base: Json, mine: Json, theirs: Json, path: IssuePath): Json {
    if (same(mine, theirs)) return mine;
    if (same(base, mine)) return theirs;
    if (same(base, theirs)) return mine;
    if (isObject(mine) && isObject(theirs) && (base === undefined || isObject(base))) return this.object(base ?? {}, mine, theirs, path);
    if (Array.isArray(mine) && Array.isArray(theirs) && (base === undefined || Array.isArray(base)))
      return this.list(base ?? [], mine, theirs, path);
    return this.conflict(path, base, mine, theirs);
  }

  object(base: Obj, mine: Obj, theirs: Obj, path: IssuePath): Obj {
    const out: Obj = {};
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base)])) {
      // The revision is the server's: the merged document is saved against theirs.
      const value = key === 'revision' ? theirs[key] : this.merge(base[key], mine[key], theirs[key], [...path, key]);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }

  list(base: Json[], mine: Json[], theirs: Json[], path: IssuePath): Json[] {
    if (byId([base, mine, theirs])) return this.entries(base, mine, theirs, path);
    if ([base, mine, theirs].every((l) => l.every(primitive))) {
      // A set of codes: what either side removed goes, what either added comes.
      const kept = mine.filter((x) => !base.includes(x) || theirs.includes(x));
      return [...kept, ...theirs.filter((x) => !base.includes(x) && !kept.includes(x))];
    }
    if (mine.length >= base.length && theirs.length >= base.length) {
      // A history (status changes, consents, steps): the entries both had, merged one by one, then what each appended.
      const before = this.conflicts.length;
      const head = base.map((b, i) => this.merge(b, mine[i], theirs[i], [...path, i]));
      const merged = [...head, ...interleave(mine.slice(base.length), theirs.slice(base.length))];
      if (path.length === 1 && path[0] === 'statusHistory' && !this.statusChain(merged)) {
        this.conflicts.length = before;
        return this.conflict(path, base, mine, theirs) as Json[];
      }
      return merged;
    }
    return this.conflict(path, base, mine, theirs) as Json[];
  }

  /** Entries with ids: each merged with itself; additions from both sides kept; a removal stands unless the other side changed the entry. */
  entries(base: Json[], mine: Json[], theirs: Json[], path: IssuePath): Json[] {
    const find = (list: Json[], id: string) => list.find((x) => idOf(x) === id);
    const out: Json[] = [];
    const push = (b: Json, m: Json, t: Json) => {
      const at = [...path, out.length];
      if (m !== undefined && t !== undefined) out.push(this.merge(b, m, t, at));
      else if (b === undefined)
        out.push(m ?? t); // added on one side
      else if (!same(b, m ?? t)) out.push(this.conflict(at, b, m, t, m ?? t)); // removed on one side, changed on the other
      // removed on one side, unchanged on the other: removed
    };
    for (const m of mine) push(find(base, idOf(m)!), m, find(theirs, idOf(m)!));
    for (const t of theirs) if (!find(mine, idOf(t)!)) push(find(base, idOf(t)!), undefined, t);
    return out;
  }
}

/**
 * Merges two versions of a document saved from the same base, as a three-way merge (diff3): whatever only one side
 * changed is taken; entries with ids (contacts, small changes, つなぎ, members, the documents of a case) are merged
 * entry by entry, so both sides' additions are kept; histories (status changes, consents, a つなぎ's steps) keep
 * both sides' appended entries in date order; sets of codes take both sides' additions and removals. A field both
 * changed differently, an entry one side removed and the other changed, and a status history whose merged order
 * the statuses do not allow (`options.statusMoves`; {@link mergeCase} gives them) are conflicts, listed with the
 * three values. Nothing is
 * dropped silently. Merging with an unchanged side gives the other side. Pure: it never throws on JSON values.
 *
 * @example
 * ```ts
 * const { value, conflicts } = mergeDocuments(opened, mine, saved);
 * if (conflicts.length === 0) await save(value); // else: sheet.showMerge({ value, conflicts })
 * ```
 * @public
 */
export function mergeDocuments<T>(base: T, mine: T, theirs: T, options: MergeOptions = {}): MergeResult<T> {
  const merger = new Merger(options);
  const value = merger.merge(base, mine, theirs, []) as T;
  return { value, conflicts: merger.conflicts };
}

/** How the worker decided a conflict: keep my value, or take theirs. @public */
export type MergeChoice = 'mine' | 'theirs';

/**
 * The merged document with each conflict decided: `choices[i]` for `conflicts[i]` (mine when absent). A removal
 * chosen (`undefined`) removes the entry or the field.
 * @public
 */
export function resolveMerge<T>(result: MergeResult<T>, choices: readonly (MergeChoice | undefined)[]): T {
  let doc = result.value as Json;
  const removals: IssuePath[] = [];
  result.conflicts.forEach((c, i) => {
    const value = choices[i] === 'theirs' ? c.theirs : c.mine;
    if (value === undefined) removals.push(c.path);
    else doc = setAt(doc, c.path, value);
  });
  // Later indexes first, so that each removal leaves the others' paths true.
  removals.sort((a, b) => compare(b, a));
  for (const path of removals) doc = setAt(doc, path, undefined);
  return doc as T;
}

function compare(a: IssuePath, b: IssuePath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++)
    if (a[i] !== b[i]) return typeof a[i] === 'number' && typeof b[i] === 'number' ? (a[i] as number) - (b[i] as number) : 0;
  return a.length - b.length;
}

/** A copy with the value at `path` replaced; `undefined` removes the key or the array entry. */
function setAt(root: Json, path: IssuePath, value: Json): Json {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(root)) {
    const copy: Json[] = [...(root as Json[])];
    const next = setAt(copy[key as number], rest, value);
    if (next === undefined) copy.splice(key as number, 1);
    else copy[key as number] = next;
    return copy;
  }
  const copy: Obj = { ...(isObject(root) ? root : {}) };
  const next = setAt(copy[key], rest, value);
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}
