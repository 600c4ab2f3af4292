import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The default look, in the spirit of the Digital Agency design system (DADS):
 * one column, bold labels, 16px text, 48px inputs, black-and-yellow focus.
 * Every colour and size is a CSS custom property (documented in docs/theming-and-printing.md).
 *
 * Each row is its own layout and paint boundary (`contain`), so typing in one row
 * of a 200-action plan does not lay out the others. `content-visibility: auto`
 * was faster still, but gives off-screen rows a placeholder size, so the geometry
 * of everything after them shifts as they render, and axe's target-size rule then
 * reports overlapping targets. (Comments here, not in the CSS: the CSS text ships.)
 */
/**
 * Paper, in the manner of the paper forms: ruled rows of a label cell and its 記入欄, compact type,
 * sections flowing on without forced breaks, a row never split across pages, nothing interactive.
 * Applied while the page prints, and on screen in `mode="print"` (the print preview). Nested CSS
 * under `:host`, written once and used twice. English labels are longer: a wider label cell.
 */
const PAPER = `
  & { max-width: none; font-size: 9pt; line-height: 1.3; color: #000; }
  & button, & .notice, & .no-print, & .warning-summary, & .error-summary, & .badge, & .hint, & .row-actions { display: none !important; }
  & .collapsible-body { display: block !important; }
  & h2 { font-size: 13pt; margin: 0 0 4pt; }
  & h3 { font-size: 10pt; margin: 6pt 0 0; padding: 1pt 4pt; border: 1px solid #000; background: #e6e6e6; break-after: avoid; }
  & section { border: 0; padding: 0; margin: 0 0 4pt; border-radius: 0; }
  & .field, & fieldset { display: grid; grid-template-columns: 7.5em 1fr; margin: -1px 0 0; border: 1px solid #000; break-inside: avoid; min-width: 0; }
  & .field > .label, & .field > label, & fieldset > legend { margin: 0; padding: 1pt 4pt; border-right: 1px solid #000; background: #f2f2f2; font-size: 0.9em; float: none; }
  & .sheet[lang='en'] .field, & .sheet[lang='en'] fieldset { grid-template-columns: 11.5em 1fr; }
  & .value { border: 0; border-radius: 0; min-height: 0; padding: 1pt 4pt; }
  & .paper-choices { gap: 0 6pt; padding: 1pt 4pt; font-size: 0.9em; }
  & .grid-2, & .names { grid-template-columns: 1fr 1fr; gap: 0; }
  & .grid-2 > .field, & .names .field { margin-left: -1px; }
  & .rows > h3 { margin-top: 6pt; }
  & .row { margin: 0; padding: 0; border: 0; border-radius: 0; background: none; break-inside: avoid; }
  & .row-title { margin: 3pt 0 0; font-size: 0.9em; }
  & section.page-break { break-before: auto; }
  & .paper-table { font-size: 0.92em; margin: -1px 0 0; }
  & .paper-table th, & .paper-table td { border-color: #000; padding: 1pt 3pt; }
  & .paper-table thead th { background: #f2f2f2; }
  & .rows > .value, & section > p.value { border: 1px solid #000; margin: -1px 0 0; }
`;

/**
 * The look of a form on screen (`FormSheet`): type, fields, choices, buttons, focus, the error summary and
 * notices. {@link sheetStyles} adds rows, tables and paper.
 */
export const formStyles: CSSResult = /* @__PURE__ */ (() => css`
  :host {
    --_primary: var(--tsunagu-color-primary, #0017c1);
    --_link: var(--tsunagu-color-link, #00118f);
    --_error: var(--tsunagu-color-error, #ec0000);
    --_error-text: var(--tsunagu-color-error-text, #ce0000);
    --_warning-bg: var(--tsunagu-color-warning-bg, #fff8e0);
    --_warning-text: var(--tsunagu-color-warning-text, #5c4400);
    --_text: var(--tsunagu-color-text, #1a1a1a);
    --_muted: var(--tsunagu-color-muted, #4d4d4d);
    --_border: var(--tsunagu-color-border, #767676);
    --_bg: var(--tsunagu-color-background, #ffffff);
    --_surface: var(--tsunagu-color-surface, #f2f2f7);
    --_focus: var(--tsunagu-color-focus-ring, #ffd43d);
    --_radius: var(--tsunagu-radius, 8px);
    --_space: var(--tsunagu-space, 16px);
    --_input-height: var(--tsunagu-input-height, 48px);
    display: block;
    max-width: var(--tsunagu-max-width, 46rem);
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--tsunagu-font-family, 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic UI', 'Meiryo', system-ui, sans-serif);
    font-size: var(--tsunagu-font-size, 16px);
    line-height: var(--tsunagu-line-height, 1.7);
  }
  :host([hidden]) { display: none; }
  * { box-sizing: border-box; }
  h2 { font-size: 1.5em; margin: 0 0 var(--_space); line-height: 1.4; }
  h3 { font-size: 1.25em; margin: 0 0 var(--_space); line-height: 1.4; }
  section { margin: 0 0 calc(var(--_space) * 2); padding: var(--_space); border: 1px solid #d8d8db; border-radius: var(--_radius); }
  .field { margin: 0 0 calc(var(--_space) * 1.5); }
  label, legend, .label { display: block; font-weight: 700; margin-bottom: 4px; }
  fieldset { border: 0; padding: 0; margin: 0 0 calc(var(--_space) * 1.5); min-width: 0; }
  .req { color: var(--_error-text); font-weight: 700; font-size: 0.875em; margin-inline-start: 0.5em; }
  .hint { color: var(--_muted); font-size: 0.875em; margin: 0 0 4px; }
  input[type='text'], input[type='tel'], input[type='email'], input[type='number'], select, textarea {
    width: 100%; min-height: var(--_input-height); padding: 8px 12px; font: inherit; color: inherit;
    border: 1px solid var(--_border); border-radius: var(--_radius); background: #fff;
  }
  input.narrow, select.narrow { max-width: 16rem; }
  textarea { min-height: 7em; resize: vertical; }
  .choices { display: flex; flex-wrap: wrap; gap: 4px 24px; }
  .choice { display: flex; align-items: flex-start; gap: 8px; min-height: 44px; padding: 8px 0; font-weight: 400; margin: 0; }
  .choice input { width: 24px; height: 24px; margin: 2px 0 0; flex: none; accent-color: var(--_primary); }
  [aria-invalid='true'], .rows.invalid { border: 2px solid var(--_error) !important; }
  .rows.invalid { border-radius: var(--_radius); padding: 8px; }
  .error-message { color: var(--_error-text); font-weight: 700; margin: 4px 0; }
  .warning-message { color: var(--_warning-text); background: var(--_warning-bg); padding: 4px 8px; border-radius: 4px; margin: 4px 0; }
  button {
    font: inherit; min-height: 44px; padding: 8px 16px; border-radius: var(--_radius); cursor: pointer;
    border: 1px solid var(--_primary); background: #fff; color: var(--_primary);
  }
  button.primary { background: var(--_primary); color: #fff; font-weight: 700; min-height: var(--_input-height); padding: 8px 32px; }
  button.link { border: 0; background: none; text-decoration: underline; padding: 8px 0; color: var(--_link); }
  button:disabled { opacity: 0.6; cursor: not-allowed; }
  :focus-visible, .error-summary:focus, .merge:focus {
    outline: 4px solid #000; outline-offset: 2px; box-shadow: 0 0 0 6px var(--_focus);
  }
  a { color: var(--_link); }
  .error-summary { border: 4px solid var(--_error); padding: var(--_space); margin-bottom: calc(var(--_space) * 2); border-radius: var(--_radius); }
  .error-summary h2 { font-size: 1.25em; }
  .error-summary ul { margin: 0; padding-inline-start: 1.25em; }
  .error-summary a { color: var(--_error-text); font-weight: 700; }
  .warning-summary { border-left: 6px solid var(--_warning-text); background: var(--_warning-bg); padding: var(--_space); margin-bottom: var(--_space); }
  .notice { border: 1px solid var(--_border); background: var(--_surface); padding: 12px var(--_space); border-radius: var(--_radius); margin-bottom: var(--_space); }
  .notice.alert { border-color: var(--_warning-text); background: var(--_warning-bg); }
  .actions { display: flex; gap: var(--_space); align-items: center; margin-top: var(--_space); }
  .value { padding: 8px 12px; border: 1px dashed var(--_border); border-radius: var(--_radius); min-height: var(--_input-height); white-space: pre-wrap; overflow-wrap: anywhere; }
  .badge { display: inline-block; font-size: 0.75em; font-weight: 700; border: 1px solid var(--_muted); color: var(--_muted); border-radius: 4px; padding: 0 6px; margin-inline-start: 8px; vertical-align: middle; }
  .visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  dialog.resource-picker { width: min(60rem, 94vw); max-height: 90vh; overflow: auto; border: 2px solid currentColor; border-radius: var(--_radius); padding: calc(var(--_space) * 2); }
  dialog.resource-picker::backdrop { background: rgb(0 0 0 / 0.5); }
  .sheet-header { display: flex; justify-content: space-between; align-items: baseline; gap: var(--_space); flex-wrap: wrap; }
  @media (forced-colors: active) {
    [aria-invalid='true'], .rows.invalid { border: 3px solid CanvasText !important; }
    :focus-visible { outline: 4px solid Highlight; }
  }

`)();

/** The look of every sheet (`TsunaguSheet`): {@link formStyles}, with repeatable rows, tables and the paper version. */
export const sheetStyles: CSSResult = /* @__PURE__ */ (() => css`
  ${formStyles}
  .row { border: 1px solid #d8d8db; border-radius: var(--_radius); padding: var(--_space); margin-bottom: var(--_space); background: var(--_surface); contain: layout style paint; }
  .row-title { font-weight: 700; margin: 0 0 8px; }
  .row-actions { display: flex; gap: 8px; flex-wrap: wrap; }
  .grid-2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0 var(--_space); }
  /* 氏 and 名 side by side, each with its reading directly under it. */
  .names { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0 var(--_space); }
  .paper-table { border-collapse: collapse; width: 100%; font-size: 0.9375em; margin-bottom: var(--_space); }
  .paper-table th, .paper-table td { border: 1px solid #b3b3b3; padding: 4px 8px; text-align: left; vertical-align: top; white-space: pre-wrap; overflow-wrap: anywhere; }
  .paper-table thead th { background: var(--_surface); }
  .paper-table tr { break-inside: avoid; }
  .paper-choices { display: flex; flex-wrap: wrap; gap: 0 16px; margin: 0; padding: 0; list-style: none; }
  ${unsafeCSS(`@media print { :host { ${PAPER} } } :host([mode='print']) { ${PAPER} }`)}
`)();

/** Page size for printing: A4, like the paper forms. Applied in the light DOM once. */
export const PRINT_PAGE_CSS = '@page { size: A4; margin: 14mm 12mm; }';
