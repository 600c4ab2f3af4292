import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '@tsunagu/core';

type Host = ReactiveControllerHost & HTMLElement;

/** The `lang` that applies to an element: its own or its nearest ancestor's, across shadow roots. */
function langOf(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const lang = node.closest('[lang]');
    if (lang) return lang.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/**
 * The locale of a form, from `lang` on the element or its nearest ancestor:
 * `en…` is English, anything else Japanese. Follows changes of `lang` on the
 * element and anywhere in its document, and re-renders the host.
 * @public
 */
export class LocaleController implements ReactiveController {
  /** The current locale. */
  locale: Locale = 'ja';
  readonly #observer = new MutationObserver(() => this.check());

  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.locale = this.#read();
    const watch = { attributes: true, attributeFilter: ['lang'] };
    this.#observer.observe(this.#host.ownerDocument.documentElement, { ...watch, subtree: true });
    // In another component's shadow root, the element is not in the document's subtree.
    this.#observer.observe(this.#host, watch);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  #read(): Locale {
    return langOf(this.#host).toLowerCase().startsWith('en') ? 'en' : 'ja';
  }

  /** Re-reads the locale; re-renders the host when it changed. */
  check(): void {
    const next = this.#read();
    if (next === this.locale) return;
    this.locale = next;
    this.#host.requestUpdate();
  }
}
