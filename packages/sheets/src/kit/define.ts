/**
 * Defines a custom element unless the tag is taken: when two portal widgets
 * load different copies of the sheets, the first definition stays and the
 * second is skipped without an error.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
