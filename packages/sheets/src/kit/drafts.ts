import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SCHEMA_VERSION, type DraftPolicy } from '@tsunagu/core';

/**
 * A notice the form shows above its fields: a draft `restored`, or `restoredSent` (a draft that was
 * sent but never confirmed); storage `unavailable` or `full`; a `conflict` with another tab; `sending`
 * (submitted, the draft kept until the page confirms), `sendFailed`, `submitted` (confirmed).
 * @public
 */
export type NoticeKind = 'restored' | 'restoredSent' | 'unavailable' | 'full' | 'conflict' | 'sending' | 'sendFailed' | 'submitted';

/**
 * Where drafts are kept: `none` (not kept), `session` (this tab, until it is closed) or `local`
 * (this browser, until the draft expires) — the core's {@link DraftPolicy} storage. @public
 */
export type DraftStorage = NonNullable<DraftPolicy['storage']>;

/**
 * Drafts on shared municipal PCs: in the tab only, for 8 hours — a working day, so an interrupted
 * case worker finds the sheet again after lunch, and the next user of the PC never does.
 * @public
 */
export const DRAFT_DEFAULTS: { readonly storage: DraftStorage; readonly maxAgeHours: number } = { storage: 'session', maxAgeHours: 8 };

/** What is stored under a draft key. */
interface StoredDraft<D> {
  /** Format of this record. */
  readonly v: 1;
  /** Schema version of the document when it was saved. */
  readonly schemaVersion: string;
  /** The form instance that wrote it. */
  readonly writer: string;
  readonly savedAt: number;
  /** When it is removed, unread (ms since the epoch); absent in records of 0.1.0. */
  readonly expiresAt?: number;
  /** When the document was submitted, if the page has not confirmed it since. */
  readonly sentAt?: number;
  readonly doc: D;
}

const PREFIX = 'tsunagu-draft:';

/** The browser's storage of a kind (reading it may throw where storage is blocked). */
const browserStorage = (kind: 'local' | 'session'): Storage => (kind === 'session' ? globalThis.sessionStorage : globalThis.localStorage);

/** When a stored record expires: its own `expiresAt`, or (a record of 0.1.0) `maxAgeMs` after it was saved. */
const expiryOf = (record: Partial<StoredDraft<unknown>> | null, maxAgeMs: number): number =>
  record?.expiresAt ?? (record?.savedAt ?? 0) + maxAgeMs;

/** Browser storage of a kind, if this page may use it. */
function storageOf(kind: DraftStorage): Storage | undefined {
  if (kind === 'none') return undefined;
  try {
    const s = browserStorage(kind);
    s.setItem(`${PREFIX}probe`, '1');
    s.removeItem(`${PREFIX}probe`);
    return s;
  } catch {
    return undefined;
  }
}

/** Removes every expired tsunagu draft in a storage (any key, any sheet). */
function sweep(storage: Storage, now: number, maxAgeMs: number): void {
  for (let i = storage.length - 1; i >= 0; i--) {
    const key = storage.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    try {
      if (expiryOf(JSON.parse(storage.getItem(key) ?? 'null') as Partial<StoredDraft<unknown>> | null, maxAgeMs) <= now)
        storage.removeItem(key);
    } catch {
      storage.removeItem(key); // unreadable: nothing to restore from it
    }
  }
}

/** Removes the draft under a key from both storages: for a page that learns of a confirmed save elsewhere (a server's success page). @public */
export function clearDraft(key: string): void {
  for (const kind of ['local', 'session'] as const) {
    try {
      browserStorage(kind).removeItem(PREFIX + key);
    } catch {
      /* storage unavailable: nothing stored */
    }
  }
}

/**
 * Drafts of one form: the document is kept in browser storage as the user
 * types (on every edit, and only then), so a reload, a crash, an invalid
 * submit or a failed send never loses it; restored when the form opens, unless
 * it has expired; cleared when the page confirms the save (`sent()` marks it
 * sent until then). Expired drafts of any form are removed when one opens. Another tab writing the same key is detected (the last
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
  #maxAgeMs = DRAFT_DEFAULTS.maxAgeHours * 3_600_000;

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

  #opened: string | undefined;

  /**
   * Opens the drafts as a form's attributes and its municipality's policy say, when what they say changed:
   * the form's `draft-storage` and `draft-max-age`, else the policy's `drafts`, else {@link DRAFT_DEFAULTS}.
   * A value that is not one of theirs is ignored.
   */
  openAs(key: string | undefined, storage: unknown, maxAgeHours: unknown, policy: DraftPolicy | undefined): void {
    const kind = storage ?? policy?.storage;
    const hours = maxAgeHours ?? policy?.maxAgeHours;
    const k: DraftStorage = kind === 'none' || kind === 'session' || kind === 'local' ? kind : DRAFT_DEFAULTS.storage;
    const h = typeof hours === 'number' && hours > 0 ? hours : DRAFT_DEFAULTS.maxAgeHours;
    const opened = `${key ?? ''}|${k}|${h}`;
    if (opened === this.#opened) return;
    this.#opened = opened;
    this.open(key, k, h);
  }

  /**
   * Opens the draft under a key, in a storage, with a lifetime: removes expired drafts, then restores
   * the stored document if there is one. With `none`, or no key, nothing is kept.
   */
  open(key: string | undefined, kind: DraftStorage, maxAgeHours: number = DRAFT_DEFAULTS.maxAgeHours): void {
    const hours = Number.isFinite(maxAgeHours) && maxAgeHours > 0 ? maxAgeHours : DRAFT_DEFAULTS.maxAgeHours;
    this.#maxAgeMs = hours * 3_600_000;
    this.#key = key && kind !== 'none' ? PREFIX + key : undefined;
    this.#storage = this.#key ? storageOf(kind) : undefined;
    if (!this.#key) return;
    if (!this.#storage) {
      this.notice = 'unavailable';
      return;
    }
    try {
      sweep(this.#storage, Date.now(), this.#maxAgeMs);
    } catch {
      /* storage refused to be read: what is left expires later */
    }
    const stored = this.#load();
    if (!stored) return;
    this.notice = stored.sentAt ? 'restoredSent' : 'restored';
    // A draft written by an older schema version is kept readable: the core reports what no longer fits.
    this.#doc.restore({ ...stored.doc, schemaVersion: SCHEMA_VERSION });
  }

  /** Saves the document (after an edit). Refused while another tab owns the draft, unless `force`. */
  save(doc: D, force = false): void {
    if (!this.#key) return;
    const result = this.#write(doc, force);
    if (result === 'saved') {
      // The discard button of a restored draft stays; a sent draft edited is a draft again.
      this.notice = this.notice === 'restored' || this.notice === 'restoredSent' ? 'restored' : undefined;
    } else this.notice = result;
  }

  /**
   * Marks the stored draft as sent: kept, and said to be so if it is restored, until the page confirms
   * (`clear()`) or the user edits it. True when a draft is kept (a key, and storage to keep it in).
   */
  sent(doc: D): boolean {
    return !!this.#key && this.#write(doc, true, Date.now()) === 'saved';
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
      if (expiryOf(parsed, this.#maxAgeMs) <= Date.now()) return undefined;
      this.#lastSeenWriter = parsed.writer;
      return parsed;
    } catch {
      return undefined;
    }
  }

  #write(doc: D, force: boolean, sentAt?: number): 'saved' | 'conflict' | 'unavailable' | 'full' {
    const storage = this.#storage;
    if (!storage || !this.#key) return 'unavailable';
    try {
      if (!force) {
        const raw = storage.getItem(this.#key);
        const other = raw ? (JSON.parse(raw) as StoredDraft<D>).writer : undefined;
        if (other && other !== this.#writer && other !== this.#lastSeenWriter) return 'conflict';
      }
      const now = Date.now();
      const record: StoredDraft<D> = {
        v: 1,
        schemaVersion: SCHEMA_VERSION,
        writer: this.#writer,
        savedAt: now,
        expiresAt: now + this.#maxAgeMs,
        ...(sentAt ? { sentAt } : {}),
        doc,
      };
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
