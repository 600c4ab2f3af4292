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

/** One observer per document for every form in it: `lang` changes anywhere re-check each form's locale. */
const watchers = new WeakMap<Document, { observer: MutationObserver; controllers: Set<LocaleController> }>();

/**
 * The locale of a form, from `lang` on the element or its nearest ancestor:
 * `en…` is English, anything else Japanese. Follows changes of `lang` on the
 * element and on its ancestors in the document, and re-renders the host.
 * @public
 */
export class LocaleController implements ReactiveController {
  /** The current locale. */
  locale: Locale = 'ja';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.locale = this.read();
    const doc = this.host.ownerDocument;
    let w = watchers.get(doc);
    if (!w) {
      const controllers = new Set<LocaleController>();
      const observer = new MutationObserver(() => controllers.forEach((c) => c.check()));
      observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
      watchers.set(doc, (w = { observer, controllers }));
    }
    w.controllers.add(this);
    // The element itself may sit in another component's shadow root, which the document observer does not see.
    this.own.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    watchers.get(this.host.ownerDocument)?.controllers.delete(this);
    this.own.disconnect();
  }

  private readonly own = new MutationObserver(() => this.check());

  private read(): Locale {
    return langOf(this.host).toLowerCase().startsWith('en') ? 'en' : 'ja';
  }

  /** Re-reads the locale; re-renders the host when it changed. */
  check(): void {
    const next = this.read();
    if (next === this.locale) return;
    this.locale = next;
    this.host.requestUpdate();
  }
}
