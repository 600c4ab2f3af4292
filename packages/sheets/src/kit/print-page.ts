import { PRINT_PAGE_CSS } from './styles';

const installed = new WeakSet<Document>();

/** Sets the printed page to A4 in the document (a shadow root cannot set `@page`), once per document. */
export function installPrintPage(doc: Document): void {
  if (installed.has(doc) || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PRINT_PAGE_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  installed.add(doc);
}
