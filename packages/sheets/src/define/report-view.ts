/**
 * Registers `<tsunagu-report-view>`, guarded against a second definition.
 * Not part of the sheets' standalone bundle: a reporting page loads
 * `dist/tsunagu-report-view.js` (or this entry) on its own.
 * @module
 */
import { defineOnce } from '../kit/define';
import { TsunaguReportView } from '../report-view/report-view';
import { TsunaguExportEvent, type ReportExport } from '../kit/events';

export const REPORT_VIEW_TAG = 'tsunagu-report-view';

defineOnce(REPORT_VIEW_TAG, TsunaguReportView);

export { TsunaguReportView, TsunaguExportEvent, type ReportExport };

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-report-view': TsunaguReportView;
  }
}
