/**
 * The self-contained report view for pages with no build step, apart from the
 * sheets' bundle (a reporting page rarely shows a sheet):
 *   <script type="module" src="…/@tsunagu/sheets/dist/tsunagu-report-view.js"></script>
 * The CSV and Excel writers are a separate chunk beside it, loaded when an
 * export button is pressed. `buildReport` is inside, to count a page's cases.
 */
export * from './define/report-view';
export { REPORT_VIEW_LABELS } from './report-view/labels';
export { buildReport, reportTotals, reportTables, shares, changeFrom } from '@tsunagu/core';
