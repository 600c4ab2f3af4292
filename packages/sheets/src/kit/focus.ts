import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment; readonly updateComplete: Promise<boolean> };

/**
 * Where focus goes and what is announced: the error summary after a refused
 * submit, a row after it is added, moved or removed, the field a summary link
 * points at (opening its collapsed section first), and a polite live region.
 * Also keeps which collapsed sections the user opened.
 * @public
 */
export class FocusController implements ReactiveController {
  /** The text of the polite live region. */
  announcement = '';
  #target: string | undefined;
  #opened = new Set<string>();

  readonly #host: Host;
  readonly #reveal: () => boolean;

  /** `reveal` renders what is not shown yet (the rest of long lists), returning whether there was any. */
  constructor(host: Host, reveal: () => boolean = () => false) {
    this.#host = host;
    this.#reveal = reveal;
    host.addController(this);
  }

  /** Says something to screen-reader users (the same text twice is said twice). */
  announce(text: string): void {
    this.announcement = '';
    this.#host.requestUpdate();
    queueMicrotask(() => {
      this.announcement = text;
      this.#host.requestUpdate();
    });
  }

  /** Focuses the element with this id (in the form) after the next render. */
  focusLater(id: string): void {
    this.#target = id;
    this.#reveal(); // the target may be in a part of a long list not rendered yet
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.#target === undefined) return;
    const el = this.#find(this.#target);
    this.#target = undefined;
    el?.scrollIntoView?.({ block: 'start' });
    el?.focus();
  }

  /** Whether a collapsed section was opened by the user. */
  isOpen(key: string): boolean {
    return this.#opened.has(key);
  }

  /** Opens or closes a collapsed section. */
  toggle(key: string, open = !this.#opened.has(key)): void {
    if (open) this.#opened.add(key);
    else this.#opened.delete(key);
    this.#host.requestUpdate();
  }

  /** Moves focus to a field (a summary link), opening the collapsed section it is in. */
  async goTo(id: string): Promise<void> {
    let el = this.#find(id);
    if (!el && this.#reveal()) {
      await this.#host.updateComplete;
      el = this.#find(id);
    }
    if (!el) return;
    const closed = el.closest<HTMLElement>('.collapsible-body[hidden]');
    if (closed?.dataset['key']) {
      this.toggle(closed.dataset['key'], true);
      await this.#host.updateComplete;
    }
    const control = el.matches('input, select, textarea, button')
      ? el
      : (el.querySelector<HTMLElement>('input, select, textarea, button') ?? el);
    control.scrollIntoView?.({ block: 'center' });
    control.focus();
  }

  #find(id: string): HTMLElement | null {
    return (this.#host.renderRoot as ParentNode).querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  }
}
