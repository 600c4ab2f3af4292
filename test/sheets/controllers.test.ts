// The kit's controllers on their own, each attached to a bare ReactiveControllerHost (no LitElement):
// what a sheet of one's own, or another library's element, gets from them (docs/sheet-kit.md).
import { afterEach, describe, expect, it } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DocumentState } from '../../packages/sheets/src/kit/document';
import { DraftController } from '../../packages/sheets/src/kit/drafts';
import { ProgressiveController } from '../../packages/sheets/src/kit/progressive';
import { PrintController } from '../../packages/sheets/src/kit/print';

/** The least a controller may rely on: add and remove controllers, ask for an update, know when it is done. */
class BareHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(c: ReactiveController): void {
    this.controllers.push(c);
  }
  removeController(c: ReactiveController): void {
    this.controllers.splice(this.controllers.indexOf(c), 1);
  }
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  /** What a LitElement does around a render: each controller's hostUpdate, the template, then hostUpdated. */
  render(template: () => void = () => {}): void {
    for (const c of this.controllers) c.hostUpdate?.();
    template();
    for (const c of this.controllers) c.hostUpdated?.();
  }
}

interface Doc {
  kind: 'note';
  title?: string;
  items: { text?: string }[];
}
const empty = (): Doc => ({ kind: 'note', items: [] });

describe('DocumentState on a bare host', () => {
  it('registers itself, edits by path without changing what was set, and keeps the initial document', () => {
    const host = new BareHost();
    const state = new DocumentState<Doc>(host, empty);
    expect(host.controllers).toContain(state);
    const set: Doc = { kind: 'note', title: 'a', items: [{ text: 'x' }] };
    state.load(set);
    state.edit(['items', 0, 'text'], 'y');
    state.edit(['title'], undefined);
    expect(state.doc).toEqual({ kind: 'note', items: [{ text: 'y' }] });
    expect(set).toEqual({ kind: 'note', title: 'a', items: [{ text: 'x' }] }); // the page's document is never mutated
    expect(state.initial).toBe(set);
    expect(state.at(['items', 0, 'text'])).toBe('y');
  });

  it('makes the empty document again while nothing was typed, and not after', () => {
    let title = 'first';
    const state = new DocumentState<Doc>(new BareHost(), () => ({ ...empty(), title }));
    expect(state.doc.title).toBe('first');
    title = 'second';
    state.refreshEmpty();
    expect(state.doc.title).toBe('second');
    state.edit(['items'], [{ text: 'typed' }]);
    title = 'third';
    state.refreshEmpty();
    expect(state.doc.title).toBe('second');
  });

  it('renders again only the rows that may show something new (epoch)', () => {
    const host = new BareHost();
    const state = new DocumentState<Doc>(host, empty);
    state.load({ kind: 'note', items: [{ text: 'a' }, { text: 'b' }] });
    let list = 0;
    let row1 = 0;
    host.render(() => state.epoch(['items'], 1)); // a new document: every row renders
    host.render(() => {
      list = state.epoch(['items']);
      row1 = state.epoch(['items'], 1);
    });
    state.edit(['items', 0, 'text'], 'a2'); // an edit of the list itself: row 1 shows nothing new
    host.render(() => {
      expect(state.epoch(['items'])).toBe(list);
      expect(state.epoch(['items'], 1)).toBe(row1);
    });
    state.edit(['title'], 'elsewhere'); // an edit outside it: every row may show something new
    host.render(() => expect(state.epoch(['items'])).not.toBe(list));
    state.left(['items', 1, 'text']); // a field of row 1 was left: that row renders again
    host.render(() => expect(state.epoch(['items'], 1)).not.toBe(row1));
  });
});

describe('DraftController on a bare host', () => {
  afterEach(() => sessionStorage.clear());

  it('saves, restores into a new form, marks a draft sent, and clears it', () => {
    const first = new DraftController<Doc>(new BareHost(), { current: () => empty(), restore: () => {}, discard: () => {} });
    first.open('note-1', 'session', 8);
    first.save({ kind: 'note', title: 'draft', items: [] });
    const restored: Doc[] = [];
    const second = new DraftController<Doc>(new BareHost(), {
      current: () => empty(),
      restore: (d) => restored.push(d),
      discard: () => {},
    });
    second.open('note-1', 'session', 8);
    expect(second.notice).toBe('restored');
    expect(restored[0]?.title).toBe('draft');
    expect(second.sent({ kind: 'note', title: 'sent', items: [] })).toBe(true);
    const third = new DraftController<Doc>(new BareHost(), { current: () => empty(), restore: () => {}, discard: () => {} });
    third.open('note-1', 'session', 8);
    expect(third.notice).toBe('restoredSent');
    third.clear();
    const fourth = new DraftController<Doc>(new BareHost(), { current: () => empty(), restore: () => {}, discard: () => {} });
    fourth.open('note-1', 'session', 8);
    expect(fourth.notice).toBeUndefined();
  });

  it('takes the attributes first, then the policy, then the defaults, and ignores what is not one of theirs', () => {
    const d = new DraftController<Doc>(new BareHost(), { current: () => empty(), restore: () => {}, discard: () => {} });
    d.openAs('k', 'none', undefined, { storage: 'session' });
    d.save({ kind: 'note', items: [] });
    expect(Object.keys(sessionStorage).some((k) => k.endsWith('k'))).toBe(false); // none: nothing kept
    d.openAs('k', undefined, undefined, { storage: 'session', maxAgeHours: 2 });
    d.save({ kind: 'note', items: [] });
    expect(Object.keys(sessionStorage).some((k) => k.endsWith('k'))).toBe(true);
    sessionStorage.clear();
    d.openAs('k2', 'nonsense', -1, undefined); // the defaults: this tab, 8 hours
    d.save({ kind: 'note', items: [] });
    expect(Object.keys(sessionStorage).some((k) => k.endsWith('k2'))).toBe(true);
  });
});

describe('ProgressiveController on a bare host', () => {
  it('shows a long list in slices, asks its host for the next slice, and shows everything at once when asked', async () => {
    const host = new BareHost();
    const progress = new ProgressiveController(host);
    let shown = 0;
    host.render(() => (shown = progress.shown('rows', 100, 5)));
    expect(shown).toBe(5);
    expect(progress.pending).toBe(true);
    await expect.poll(() => host.updates, { timeout: 2000 }).toBeGreaterThan(0); // the next slice, in a task of its own
    host.render(() => (shown = progress.shown('rows', 100, 5)));
    expect(shown).toBeGreaterThan(5);
    expect(progress.showAll()).toBe(true);
    host.render(() => (shown = progress.shown('rows', 100, 5)));
    expect(shown).toBe(100);
    expect(progress.pending).toBe(false);
    host.render(() => (shown = progress.shown('short', 3, 5)));
    expect(shown).toBe(3);
    progress.hostDisconnected();
  });
});

describe('PrintController on a bare element host', () => {
  it('follows the page printing and claims the paper margins for its element', () => {
    const el = document.createElement('div') as HTMLDivElement & BareHost;
    const bare = new BareHost();
    Object.assign(el, {
      controllers: bare.controllers,
      addController: bare.addController.bind(bare),
      removeController: bare.removeController.bind(bare),
      requestUpdate: () => {},
    });
    const changes: boolean[] = [];
    const print = new PrintController(
      el,
      () => ({ top: '例市　紹介シート', date: '令和7年4月1日', notice: '個人情報につき取扱注意' }),
      (p) => changes.push(p),
    );
    document.body.append(el);
    print.hostConnected();
    try {
      window.dispatchEvent(new Event('beforeprint'));
      expect(print.printing).toBe(true);
      window.dispatchEvent(new Event('beforeprint')); // once per change
      window.dispatchEvent(new Event('afterprint'));
      expect(print.printing).toBe(false);
      expect(changes).toEqual([true, false]);
    } finally {
      print.hostDisconnected();
      el.remove();
    }
    window.dispatchEvent(new Event('beforeprint'));
    expect(print.printing).toBe(false); // disconnected: no longer follows the page
  });
});
