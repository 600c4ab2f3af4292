/**
 * The self-contained report view for pages with no build step, apart from the
 * sheets' bundle (a reporting page rarely shows a sheet), with the 地域課題 register (`<tsunagu-community-issues>`):
 *   <script type="module" src="…/@tsunagu/sheets/dist/tsunagu-report-view.js"></script>
 * The CSV and Excel writers are a separate chunk beside it, loaded when an
 * export button is pressed. `buildReport` is inside, to count a page's cases.
 */
export * from './define/report-view';
// The 地域課題 register: also a page of the coordinators' office, beside the report.
export * from './define/community-issues';
export { COMMUNITY_ISSUES_LABELS } from './community-issues/labels';
export { TsunaguRaiseThemeEvent } from './kit/events';
export { REPORT_VIEW_LABELS } from './report-view/labels';
export { buildReport, reportTotals, reportTables, shares, changeFrom } from '@tsunagu/core';
