import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { valueAt, type IssuePath } from '@tsunagu/core';
import { setIn, withShape } from './paths';

/**
 * The document a form edits: the value the page set, what the user changed,
 * and the view the form renders from (every container present, whatever was
 * set). Immutable updates only: an edit copies the path it changes, so rows
 * that did not change keep their identity.
 * @public
 */
export class DocumentState<D extends object> implements ReactiveController {
  #doc: D;
  #initial: D;
  #view: D | undefined;
  #viewOf: D | undefined;
  #derived: D | undefined;
  #derivedOf: D | undefined;
  /** The document is the empty one the form made itself, untouched. */
  pristine = true;
  /** Paths edited since the last render; `undefined` once anything else changed. */
  #edits: IssuePath[] | undefined;
  #epochs = new Map<string, number>();
  /** Fields left since the last render whose messages show from now on (see `left`). */
  #left: IssuePath[] = [];
  /** Per row: the list's epoch it was given, and its own. */
  #rowEpochs = new Map<string, [number, number]>();
  #counter = 0;

  /**
   * @param host - The form: after each of its renders, edits are counted afresh (see `epoch`).
   * @param empty - The empty document of the form's kind.
   * @param derive - The document the form works with, from what was set: a
   *   form may supply a part it always edits (the referral's C票 in response
   *   mode) without writing it, so opening a mode is not an edit.
   */
  readonly #empty: () => D;
  readonly #derive: (doc: D) => D;

  constructor(host: ReactiveControllerHost, empty: () => D, derive: (doc: D) => D = (doc) => doc) {
    host.addController(this);
    this.#empty = empty;
    this.#derive = derive;
    this.#doc = empty();
    this.#initial = this.#doc;
  }

  /** The document as the user has it now. */
  get doc(): D {
    if (this.#derivedOf !== this.#doc) {
      this.#derived = this.#derive(this.#doc);
      this.#derivedOf = this.#doc;
    }
    return this.#derived as D;
  }

  /** Derives the document again (what `derive` reads has changed). */
  invalidate(): void {
    this.#derivedOf = undefined;
    this.#edits = undefined;
  }

  /** The document the page last set (what a form reset returns to). */
  get initial(): D {
    return this.#initial;
  }

  /** Loads a document (or an empty one): what a reset returns to. */
  load(doc: D | undefined): void {
    this.#edits = undefined;
    this.#doc = doc ?? this.#empty();
    this.#initial = this.#doc;
    this.pristine = doc === undefined;
  }

  /** Replaces the document without changing what a reset returns to (a restored draft). */
  replace(doc: D): void {
    this.#edits = undefined;
    this.#doc = doc;
    this.pristine = false;
  }

  /** Re-makes the empty document (when the reference date changes before the user typed). */
  refreshEmpty(): void {
    if (this.pristine) this.load(undefined);
  }

  /** Sets the value at a path; `undefined` removes it. */
  edit(path: IssuePath, value: unknown): void {
    this.#edits?.push(path);
    this.#doc = setIn(this.doc, path, value);
    this.pristine = false;
  }

  /** The value at a path of the document. */
  at(path: IssuePath): unknown {
    return valueAt(this.doc, path);
  }

  /** The document with every container of the empty document present and of the right kind (see `withShape`). */
  get view(): D {
    const doc = this.doc;
    if (this.#viewOf !== doc) {
      this.#view = withShape(doc, this.#empty());
      this.#viewOf = doc;
    }
    return this.#view as D;
  }

  /**
   * A number that changes whenever a row of the list at `path` may show
   * something new besides its own data and place: an edit outside the list (in
   * another part of the document), a new document, or anything else the form
   * reported through `changed()` (what is shown, the locale, the mode). Edits
   * of the list itself (a row added, moved or removed) change only the rows
   * whose data or place changed. A row re-renders when its data, its place or
   * this changes, so typing in one row of a 200-action plan renders that row
   * only, and adding a row renders the new one and the one before it.
   *
   * With `row`, the number for that row: it also changes when a field in the
   * row was left and its messages show from then on (see `left`), so leaving
   * a field renders its row again, not every row.
   */
  epoch(path: IssuePath, row?: number): number {
    const key = path.join('.');
    if (!this.#edits || !this.#edits.every((e) => within(e, path)) || !this.#epochs.has(key)) this.#epochs.set(key, ++this.#counter);
    const epoch = this.#epochs.get(key)!;
    if (row === undefined) return epoch;
    const rowKey = `${key}.${row}`;
    const last = this.#rowEpochs.get(rowKey);
    if (last?.[0] !== epoch || this.#left.some((e) => within(e, [...path, row]))) this.#rowEpochs.set(rowKey, [epoch, ++this.#counter]);
    return this.#rowEpochs.get(rowKey)![1];
  }

  /** Something besides the document changed what the form shows: every list renders again. */
  changed(): void {
    this.#edits = undefined;
  }

  /** The user left the field at `path` and its messages show from now on: the row holding it renders again. */
  left(path: IssuePath): void {
    this.#left.push(path);
  }

  /** The form rendered: edits from now on are counted afresh. */
  hostUpdated(): void {
    this.#edits = [];
    this.#left = [];
  }
}

/** Whether `path` is `outer` or inside it. */
function within(path: IssuePath, outer: IssuePath): boolean {
  return path.length >= outer.length && outer.every((k, i) => path[i] === k);
}
