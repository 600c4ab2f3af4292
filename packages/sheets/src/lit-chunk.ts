/**
 * The one Lit of the browser files (dist/chunks/lit.js). tsunagu-sheets.js and
 * tsunagu-report-view.js both import it, so a page with both runs one Lit: it
 * creates the `lit-html` Trusted Types policy once, as the documented CSP
 * (`trusted-types lit-html`) requires. Everything else in each file stays
 * tree-shaken on its own. Only what the sources import from lit is here.
 */
export { LitElement, css, html, noChange, nothing, svg, unsafeCSS } from 'lit';
export { Directive, PartType, directive } from 'lit/directive.js';
export { guard } from 'lit/directives/guard.js';
