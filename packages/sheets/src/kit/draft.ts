/**
 * Draft safety: the document is kept in browser storage as the user types, so
 * a reload, a crash or an invalid submit never loses it. Two tabs editing the
 * same key are detected (the last writer is known), and storage that is full
 * or unavailable degrades to a notice — never an exception.
 */

/** What is stored under a draft key. */
export interface StoredDraft<D> {
  /** Format of this record. */
  readonly v: 1;
  /** Schema version of the document when it was saved. */
  readonly schemaVersion: string;
  /** The sheet instance that wrote it. */
  readonly writer: string;
  readonly savedAt: number;
  readonly doc: D;
}

/** The outcome of a save. */
export type SaveResult = 'saved' | 'conflict' | 'unavailable' | 'full';

const PREFIX = 'tsunagu-draft:';

function storageOf(kind: 'local' | 'session'): Storage | undefined {
  try {
    const s = kind === 'session' ? globalThis.sessionStorage : globalThis.localStorage;
    const probe = `${PREFIX}probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return undefined;
  }
}

/** Draft storage for one sheet instance and key. */
export class DraftStore<D> {
  readonly writer = `w${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  readonly #storage: Storage | undefined;
  #lastSeenWriter: string | undefined;

  constructor(
    readonly key: string,
    kind: 'local' | 'session' = 'local',
  ) {
    this.#storage = storageOf(kind);
  }

  /** Whether drafts can be kept on this device. */
  get available(): boolean {
    return this.#storage !== undefined;
  }

  get storageKey(): string {
    return PREFIX + this.key;
  }

  /** The stored draft, or undefined (also when it cannot be read). */
  load(): StoredDraft<D> | undefined {
    try {
      const raw = this.#storage?.getItem(this.storageKey);
      if (!raw) return undefined;
      const parsed = JSON.parse(raw) as StoredDraft<D>;
      if (parsed?.v !== 1 || typeof parsed.doc !== 'object' || parsed.doc === null) return undefined;
      this.#lastSeenWriter = parsed.writer;
      return parsed;
    } catch {
      return undefined;
    }
  }

  /**
   * Saves the document. Refuses (`conflict`) when another tab wrote the draft
   * after this one last saw it, unless `force` is set.
   */
  save(doc: D, schemaVersion: string, force = false): SaveResult {
    if (!this.#storage) return 'unavailable';
    try {
      if (!force) {
        const raw = this.#storage.getItem(this.storageKey);
        if (raw) {
          const other = (JSON.parse(raw) as StoredDraft<D>).writer;
          if (other !== this.writer && other !== this.#lastSeenWriter) return 'conflict';
        }
      }
      const record: StoredDraft<D> = { v: 1, schemaVersion, writer: this.writer, savedAt: Date.now(), doc };
      this.#storage.setItem(this.storageKey, JSON.stringify(record));
      this.#lastSeenWriter = this.writer;
      return 'saved';
    } catch (e) {
      return e instanceof DOMException && /quota/i.test(e.name) ? 'full' : 'unavailable';
    }
  }

  /** Removes the draft (after a successful submit). */
  clear(): void {
    try {
      this.#storage?.removeItem(this.storageKey);
    } catch {
      /* nothing to clear */
    }
  }
}
