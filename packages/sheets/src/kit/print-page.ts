import { PRINT_PAGE_CSS } from './styles';

/** The print stylesheets of a document: the page size, and the running header and footer of the sheet printing. */
const pages = new WeakMap<Document, { header: CSSStyleSheet; owner?: object }>();

/** Sets the printed page to A4 in the document (a shadow root cannot set `@page`), once per document. */
export function installPrintPage(doc: Document): void {
  if (pages.has(doc) || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  const size = new CSSStyleSheet();
  size.replaceSync(PRINT_PAGE_CSS);
  const header = new CSSStyleSheet();
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, size, header];
  pages.set(doc, { header });
}

/** What a sheet prints in the page margins: who, which sheet and its date at the top; the notice and page x / y below. */
export interface PaperMargins {
  readonly top: string;
  readonly date: string;
  readonly notice: string;
}

const text = (s: string): string => JSON.stringify(s);

/**
 * The running header and footer while the page prints (`@page` margin boxes).
 * The first sheet to print claims them; it gives them back after printing.
 */
export function claimPaperMargins(doc: Document, owner: object, m: PaperMargins | undefined): void {
  const page = pages.get(doc);
  if (!page) return;
  if (m === undefined) {
    if (page.owner === owner) {
      page.owner = undefined;
      page.header.replaceSync('');
    }
    return;
  }
  if (page.owner !== undefined && page.owner !== owner) return;
  page.owner = owner;
  const small = 'font: 8pt sans-serif; color: #333;';
  page.header.replaceSync(`@page {
    @top-left { content: ${text(m.top)}; ${small} }
    @top-right { content: ${text(m.date)}; ${small} }
    @bottom-left { content: ${text(m.notice)}; ${small} }
    @bottom-right { content: counter(page) " / " counter(pages); ${small} }
  }`);
}

const MARK = 'data-tsunagu-printing';
/** While marked sheets print, everything else in the page is left off the paper. */
const ONLY_MARKED = `@media print { body *:not([${MARK}]):not([${MARK}] *):not(:has([${MARK}])) { display: none !important; } }`;

/**
 * Prints the given sheets alone, in page order, as one document — one sheet, or
 * 高島's 支援共有・行動連携計画シート as the support-sharing sheet and its plan
 * together: `printSheets(meetingSheet, planSheet)`. The rest of the page is
 * left off the paper; the browser's print dialog opens.
 * @public
 */
export function printSheets(...sheets: readonly HTMLElement[]): void {
  const doc = sheets[0]?.ownerDocument;
  const view = doc?.defaultView;
  if (!doc || !view) return;
  const only = new CSSStyleSheet();
  only.replaceSync(ONLY_MARKED);
  for (const s of sheets) s.setAttribute(MARK, '');
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, only];
  const done = () => {
    for (const s of sheets) s.removeAttribute(MARK);
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== only);
  };
  view.addEventListener('afterprint', done, { once: true });
  view.print();
}
