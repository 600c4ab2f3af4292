import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { claimPaperMargins, installPrintPage, type PaperMargins } from './print-page';

/**
 * Paper is the same from every mode: while the page prints (Ctrl+P, or print media emulated), the
 * form renders as in `mode="print"` — read-only, every option shown as ☑/☐ — and returns to the mode
 * it was in afterwards. This controller follows the page's printing, claims the paper's margins (the
 * running header and the notice) for its form, and tells the form when to render again: synchronously,
 * so that the browser lays out the paper version.
 */
export class PrintController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #margins: () => PaperMargins;
  readonly #changed: (printing: boolean) => void;
  #media?: MediaQueryList;
  #printing = false;

  /**
   * @param margins - What the paper's margins say for this form (read when printing starts).
   * @param changed - Called when printing starts or ends, after the margins are claimed or released.
   */
  constructor(host: ReactiveControllerHost & HTMLElement, margins: () => PaperMargins, changed: (printing: boolean) => void) {
    this.#host = host;
    this.#margins = margins;
    this.#changed = changed;
    host.addController(this);
  }

  /** Whether the page is printing. */
  get printing(): boolean {
    return this.#printing;
  }

  hostConnected(): void {
    const doc = this.#host.ownerDocument;
    installPrintPage(doc);
    const view = doc.defaultView;
    this.#media = view?.matchMedia?.('print');
    this.#media?.addEventListener('change', this.#onMedia);
    view?.addEventListener('beforeprint', this.#onBefore);
    view?.addEventListener('afterprint', this.#onAfter);
  }

  hostDisconnected(): void {
    const view = this.#host.ownerDocument.defaultView;
    this.#media?.removeEventListener('change', this.#onMedia);
    view?.removeEventListener('beforeprint', this.#onBefore);
    view?.removeEventListener('afterprint', this.#onAfter);
  }

  readonly #onMedia = (e: MediaQueryListEvent): void => this.#set(e.matches);
  readonly #onBefore = (): void => this.#set(true);
  readonly #onAfter = (): void => this.#set(false);

  #set(printing: boolean): void {
    if (this.#printing === printing) return;
    this.#printing = printing;
    // Leave the field being typed in first: its text is committed before the paper version replaces it.
    if (printing) (this.#host.shadowRoot?.activeElement as HTMLElement | null)?.blur();
    claimPaperMargins(this.#host.ownerDocument, this.#host, printing ? this.#margins() : undefined);
    this.#changed(printing);
  }
}
