import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SCHEMA_VERSION } from '@tsunagu/core';
import { DraftStore } from './draft';

/** A notice the form shows above its fields. @public */
export type NoticeKind = 'restored' | 'unavailable' | 'full' | 'conflict' | 'submitted';

/**
 * Drafts of one form: saved on every edit (and only then), restored after a
 * reload or crash, cleared after a successful submit. Another tab writing the
 * same key is detected and the user chooses which version to keep.
 * @public
 */
export class DraftController<D extends object> implements ReactiveController {
  #store: DraftStore<D> | undefined;
  /** The notice to show, if any. */
  notice: NoticeKind | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #doc: { current(): D; restore(doc: D): void; discard(): void };

  /**
   * @param doc - The form's document: `current()` to save, `restore(doc)` to show
   *   a stored draft, `discard()` to go back to the document the page set.
   */
  constructor(host: ReactiveControllerHost, doc: { current(): D; restore(doc: D): void; discard(): void }) {
    this.#host = host;
    this.#doc = doc;
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('storage', this.#onStorage);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('storage', this.#onStorage);
  }

  /** Opens the draft under a key, and restores the stored document if there is one. */
  open(key: string | undefined, kind: 'local' | 'session'): void {
    this.#store = key ? new DraftStore<D>(key, kind) : undefined;
    if (!this.#store) return;
    if (!this.#store.available) {
      this.notice = 'unavailable';
      return;
    }
    const stored = this.#store.load();
    if (!stored) return;
    this.notice = 'restored';
    // A draft written by an older schema version is kept readable: the core reports what no longer fits.
    this.#doc.restore({ ...stored.doc, schemaVersion: SCHEMA_VERSION });
  }

  /** Saves the document (after an edit). `force` overwrites another tab's draft. */
  save(doc: D, force = false): void {
    if (!this.#store) return;
    const result = this.#store.save(doc, SCHEMA_VERSION, force);
    if (result === 'saved') {
      if (this.notice !== 'restored') this.notice = undefined;
    } else this.notice = result;
  }

  /** Removes the draft. */
  clear(): void {
    this.#store?.clear();
  }

  /** Discards the restored draft: back to the document the page set. */
  readonly discard = (): void => {
    this.clear();
    this.notice = undefined;
    this.#doc.discard();
  };

  /** Keeps this tab's version over another tab's. */
  readonly keepMine = (): void => {
    this.save(this.#doc.current(), true);
    this.notice = undefined;
    this.#host.requestUpdate();
  };

  /** Shows the draft another tab saved. */
  readonly loadOther = (): void => {
    this.notice = undefined;
    const other = this.#store?.load()?.doc;
    if (other) this.#doc.restore(other);
    this.#host.requestUpdate();
  };

  #onStorage = (event: StorageEvent): void => {
    if (!this.#store || event.key !== this.#store.storageKey || event.newValue === null) return;
    try {
      const other = JSON.parse(event.newValue) as { writer?: string };
      if (other.writer && other.writer !== this.#store.writer) {
        this.notice = 'conflict';
        this.#host.requestUpdate();
      }
    } catch {
      /* ignore unreadable records */
    }
  };
}
