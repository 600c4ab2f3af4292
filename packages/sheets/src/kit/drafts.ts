import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SCHEMA_VERSION } from '@tsunagu/core';

/** A notice the form shows above its fields. @public */
export type NoticeKind = 'restored' | 'unavailable' | 'full' | 'conflict' | 'submitted';

/** What is stored under a draft key. */
interface StoredDraft<D> {
  /** Format of this record. */
  readonly v: 1;
  /** Schema version of the document when it was saved. */
  readonly schemaVersion: string;
  /** The form instance that wrote it. */
  readonly writer: string;
  readonly savedAt: number;
  readonly doc: D;
}

const PREFIX = 'tsunagu-draft:';

/** Browser storage of a kind, if this page may use it. */
function storageOf(kind: 'local' | 'session'): Storage | undefined {
  try {
    const s = kind === 'session' ? globalThis.sessionStorage : globalThis.localStorage;
    s.setItem(`${PREFIX}probe`, '1');
    s.removeItem(`${PREFIX}probe`);
    return s;
  } catch {
    return undefined;
  }
}

/**
 * Drafts of one form: the document is kept in browser storage as the user
 * types (on every edit, and only then), so a reload, a crash or an invalid
 * submit never loses it; restored when the form opens; cleared after a
 * successful submit. Another tab writing the same key is detected (the last
 * writer is known) and the user chooses which version to keep. Storage that is
 * full or unavailable degrades to a notice — never an exception.
 * @public
 */
export class DraftController<D extends object> implements ReactiveController {
  /** The notice to show, if any. */
  notice: NoticeKind | undefined;
  readonly #writer = `w${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  readonly #host: ReactiveControllerHost;
  readonly #doc: { current(): D; restore(doc: D): void; discard(): void };
  #storage: Storage | undefined;
  #key: string | undefined;
  #lastSeenWriter: string | undefined;

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
    this.#key = key ? PREFIX + key : undefined;
    this.#storage = key ? storageOf(kind) : undefined;
    if (!key) return;
    if (!this.#storage) {
      this.notice = 'unavailable';
      return;
    }
    const stored = this.#load();
    if (!stored) return;
    this.notice = 'restored';
    // A draft written by an older schema version is kept readable: the core reports what no longer fits.
    this.#doc.restore({ ...stored.doc, schemaVersion: SCHEMA_VERSION });
  }

  /** Saves the document (after an edit). Refused while another tab owns the draft, unless `force`. */
  save(doc: D, force = false): void {
    if (!this.#key) return;
    const result = this.#write(doc, force);
    if (result === 'saved') {
      if (this.notice !== 'restored') this.notice = undefined;
    } else this.notice = result;
  }

  /** Removes the draft. */
  clear(): void {
    try {
      if (this.#key) this.#storage?.removeItem(this.#key);
    } catch {
      /* nothing to clear */
    }
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
    const other = this.#load()?.doc;
    if (other) this.#doc.restore(other);
    this.#host.requestUpdate();
  };

  /** The stored draft, or undefined (also when it cannot be read). */
  #load(): StoredDraft<D> | undefined {
    try {
      const raw = this.#key && this.#storage?.getItem(this.#key);
      if (!raw) return undefined;
      const parsed = JSON.parse(raw) as StoredDraft<D>;
      if (parsed?.v !== 1 || typeof parsed.doc !== 'object' || parsed.doc === null) return undefined;
      this.#lastSeenWriter = parsed.writer;
      return parsed;
    } catch {
      return undefined;
    }
  }

  #write(doc: D, force: boolean): 'saved' | 'conflict' | 'unavailable' | 'full' {
    const storage = this.#storage;
    if (!storage || !this.#key) return 'unavailable';
    try {
      if (!force) {
        const raw = storage.getItem(this.#key);
        const other = raw ? (JSON.parse(raw) as StoredDraft<D>).writer : undefined;
        if (other && other !== this.#writer && other !== this.#lastSeenWriter) return 'conflict';
      }
      const record: StoredDraft<D> = { v: 1, schemaVersion: SCHEMA_VERSION, writer: this.#writer, savedAt: Date.now(), doc };
      storage.setItem(this.#key, JSON.stringify(record));
      this.#lastSeenWriter = this.#writer;
      return 'saved';
    } catch (e) {
      return e instanceof DOMException && /quota/i.test(e.name) ? 'full' : 'unavailable';
    }
  }

  #onStorage = (event: StorageEvent): void => {
    if (!this.#key || event.key !== this.#key || event.newValue === null) return;
    try {
      const other = JSON.parse(event.newValue) as { writer?: string };
      if (other.writer && other.writer !== this.#writer) {
        this.notice = 'conflict';
        this.#host.requestUpdate();
      }
    } catch {
      /* ignore unreadable records */
    }
  };
}
