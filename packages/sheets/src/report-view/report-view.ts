import { LitElement, css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  fillMessage,
  formatDate,
  reportTables,
  type MunicipalPolicy,
  type Report,
  type ReportCell,
  type ReportColumn,
  type ReportTable,
} from '@tsunagu/core';
import { LocaleController } from '../kit/locale';
import { TsunaguExportEvent } from '../kit/events';
import { REPORT_VIEW_LABELS } from './labels';
import { cell, chartDefs, meetingsChart, routesChart, trendChart } from './charts';

/** The table with only the columns of these keys, in that order. */
function only(t: ReportTable, keys: readonly string[]): ReportTable {
  const at = keys.map((k) => t.columns.findIndex((c) => c.key === k));
  return { ...t, columns: at.map((i) => t.columns[i]!), rows: t.rows.map((r) => at.map((i) => r[i] ?? null)) };
}

/** The tables shown above with their charts, or too long to read on screen (the long table is for the export). */
const SHOWN: ReadonlySet<string> = new Set(['routes', 'multiMember', 'monthly', 'meetings', 'coordinatorWork', 'summary', 'long']);

/**
 * The 実績報告 as charts and tables: new consultations by route per fiscal
 * year (100 % stacked bars labelled with counts and shares), the trend of new
 * consultations and of households where several people have a 地域生活課題,
 * meetings by kind, and the summary. Every chart is an SVG described in words,
 * followed by its data table — the accessible alternative, and what prints
 * with it. Colours are Okabe–Ito's with a pattern each. The export buttons
 * write CSV (the long table) and Excel through `@tsunagu/core/export`,
 * loaded only when a button is pressed.
 *
 * @summary Charts and tables of the 実績報告, with CSV and Excel export.
 * @tagname tsunagu-report-view
 *
 * @attr {string} filename - The exported file's name, without extension (default `tsunagu-report`).
 * @attr {string} lang - `en` for English; otherwise Japanese. Inherited from the nearest ancestor with `lang`.
 *
 * @fires {TsunaguExportEvent} tsunagu-export - An export's file is ready; cancelable (then the page saves it).
 *
 * @csspart actions - The export buttons.
 * @csspart chart - Each chart (SVG).
 * @csspart table - Each data table.
 *
 * @cssprop [--tsunagu-color-text=#1a1a1a] - Text and axes.
 * @cssprop [--tsunagu-color-focus-ring=#ffd43d] - The yellow ring around a focused button.
 * @cssprop [--tsunagu-font-family] - Font family.
 */
export class TsunaguReportView extends LitElement {
  static override properties: PropertyDeclarations = {
    value: { attribute: false },
    policy: { attribute: false },
    filename: { type: String },
    _status: { state: true },
    _busy: { state: true },
  };

  static override styles = css`
    :host { display: block; color: var(--tsunagu-color-text, #1a1a1a); font-family: var(--tsunagu-font-family, 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic UI', 'Meiryo', system-ui, sans-serif); line-height: 1.6; }
    :host([hidden]) { display: none; }
    h2 { font-size: 1.25em; margin: 0 0 4px; }
    h3 { font-size: 1.05em; margin: 20px 0 4px; }
    .period { margin: 0 0 8px; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
    button { font: inherit; min-height: 44px; padding: 6px 14px; border: 2px solid currentColor; border-radius: 4px; background: #fff; color: inherit; cursor: pointer; }
    button:hover { background: #f0f4f8; }
    button:focus-visible { outline: 4px solid #000; outline-offset: 2px; box-shadow: 0 0 0 6px var(--tsunagu-color-focus-ring, #ffd43d); }
    button[aria-disabled='true'] { opacity: 0.6; cursor: progress; }
    figure { margin: 0 0 8px; break-inside: avoid; }
    figcaption { font-size: 0.875em; margin: 0 0 4px; }
    svg { width: 100%; max-width: 760px; height: auto; display: block; background: #fff; }
    svg text { font-size: 12px; fill: currentColor; }
    svg.defs { position: absolute; width: 0; height: 0; }
    .value { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
    .axis { stroke: currentColor; stroke-width: 1; }
    .grid { stroke: #bbb; stroke-width: 1; stroke-dasharray: 2 3; }
    .legend { display: flex; flex-wrap: wrap; gap: 2px 16px; margin: 4px 0; padding: 0; list-style: none; font-size: 0.875em; }
    .legend svg { display: inline-block; width: 28px; height: 14px; vertical-align: -2px; margin-inline-end: 4px; }
    table { border-collapse: collapse; margin: 4px 0 12px; font-size: 0.875em; }
    caption { text-align: start; font-weight: bold; padding: 2px 0; }
    th, td { border: 1px solid #767676; padding: 2px 8px; }
    thead th { background: #f0f0f0; }
    th { white-space: nowrap; }
    .status { margin-inline-start: 12px; }
    td.n { text-align: end; font-variant-numeric: tabular-nums; }
    .scroll { overflow-x: auto; }
    .scroll:focus-visible { outline: 4px solid #000; outline-offset: 2px; }
    @media (forced-colors: active) { svg { background: Canvas; } .value { stroke: Canvas; } }
    @media print {
      :host { font-size: 9pt; }
      /* The further tables are the screen's and the export's: the paper keeps to the charts, their tables and the summary. */
      .actions, .status, details { display: none; }
      h3 { break-after: avoid; }
      table { break-inside: auto; font-size: 8pt; }
      tr { break-inside: avoid; }
      .scroll { overflow: visible; }
    }
  `;

  /** The report to show (`buildReport` of @tsunagu/core). */
  declare value: Report | undefined;
  /** The municipality's policy: fiscal-year labels (令和/平成 or western) and vocabulary additions. */
  declare policy: MunicipalPolicy | undefined;
  /** The exported file's name, without extension. */
  declare filename: string;
  declare private _status: string;
  declare private _busy: boolean;

  readonly #lang = new LocaleController(this);

  constructor() {
    super();
    this.value = undefined;
    this.policy = undefined;
    this.filename = 'tsunagu-report';
    this._status = '';
    this._busy = false;
  }

  get #l() {
    return REPORT_VIEW_LABELS[this.#lang.locale];
  }

  #options() {
    return this.policy ? { locale: this.#lang.locale, policy: this.policy } : { locale: this.#lang.locale };
  }

  /** Makes the file, lets the page take it, else downloads it. */
  async #export(format: 'csv' | 'xlsx'): Promise<void> {
    if (this._busy || !this.value) return;
    this._busy = true;
    this._status = this.#l.exporting;
    try {
      const { reportToCsv, reportToXlsx } = await import('@tsunagu/core/export');
      const file =
        format === 'csv'
          ? new Blob([reportToCsv(this.value, this.#options())], { type: 'text/csv;charset=utf-8' })
          : await reportToXlsx(this.value, this.#options());
      const filename = `${this.filename || 'tsunagu-report'}.${format}`;
      if (this.dispatchEvent(new TsunaguExportEvent({ format, filename, file }))) {
        const a = document.createElement('a');
        a.href = URL.createObjectURL(file);
        a.download = filename;
        a.hidden = true;
        this.renderRoot.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      }
      this._status = fillMessage(this.#l.exported, { file: filename });
    } catch {
      this._status = this.#l.exportFailed;
    } finally {
      this._busy = false;
    }
  }

  #format(v: ReportCell, column: ReportColumn): string {
    if (v === null) return this.#l.none;
    if (typeof v === 'string') return v;
    const locale = this.#lang.locale === 'ja' ? 'ja-JP' : 'en-GB';
    if (column.kind === 'share')
      return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
    if (column.kind === 'ratio') return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v);
    if (column.kind === 'year') return String(v);
    return new Intl.NumberFormat(locale).format(v);
  }

  /** A data table: codes left out (the labels say them), numbers aligned right. */
  #table(t: ReportTable, title: string): TemplateResult {
    const shown = t.columns.map((c, i) => [c, i] as const).filter(([c]) => c.kind !== 'code' && c.key !== 'fiscalYear');
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${fillMessage(this.#l.tableCaption, { title })}>
      <table part="table">
        <caption>${fillMessage(this.#l.tableCaption, { title })}</caption>
        <thead><tr>${shown.map(([c]) => html`<th scope="col">${c.label}</th>`)}</tr></thead>
        <tbody>
          ${t.rows.map(
            (row) =>
              html`<tr>${shown.map(([c, i], k) => (k === 0 ? html`<th scope="row">${this.#format(row[i] ?? null, c)}</th>` : html`<td class=${typeof row[i] === 'number' ? 'n' : ''}>${this.#format(row[i] ?? null, c)}</td>`))}</tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** A month as the rest of the page shows dates: 平成26年4月 (or 2014年4月 by policy) in Japanese, 2014-04 in English. */
  #month(month: string): string {
    if (this.#lang.locale === 'en') return month;
    return formatDate(`${month}-01`, this.policy?.dateDisplay ?? 'wareki').replace(/1日$/, '');
  }

  protected override render(): TemplateResult {
    const l = this.#l;
    const report = this.value;
    const busy = this._busy;
    const actions = html`<div class="actions" part="actions" role="group" aria-label=${l.exportTitle}>
        <button type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => void this.#export('csv')}>${l.exportCsv}</button>
        <button type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => void this.#export('xlsx')}>${l.exportXlsx}</button>
        <span class="status" role="status">${this._status}</span>
      </div>`;
    if (!report || report.months.length === 0) return html`<h2>${l.title}</h2><p>${l.empty}</p>${report ? actions : nothing}`;
    const tables = new Map(reportTables(report, this.#options()).map((t) => [t.id, t]));
    const months = report.months;
    // Over the fiscal years, or over the months of the only one.
    const byYear = report.fiscalYears.length >= 2;
    const trendTable = byYear
      ? tables.get('multiMember')!
      : only(tables.get('monthly')!, ['month', 'newConsultations', 'multiMemberHouseholds']);
    const points = trendTable.rows.map((r) => ({
      label: byYear
        ? String(cell(trendTable, r, 'fiscalYearLabel'))
        : `${Number(String(cell(trendTable, r, 'month')).slice(5))}${this.#lang.locale === 'ja' ? '月' : ''}`,
      a: Number(cell(trendTable, r, 'newConsultations')),
      b: Number(cell(trendTable, r, 'multiMemberHouseholds')),
    }));
    return html`${chartDefs()}<h2>${l.title}</h2>
      <p class="period">${fillMessage(l.period, { from: this.#month(months[0]!.month), to: this.#month(months.at(-1)!.month) })}</p>
      ${actions}
      <h3>${l.routesTitle}</h3>
      ${routesChart(tables.get('routes')!, l, this.#lang.locale)}
      ${this.#table(tables.get('routes')!, l.routesTitle)}
      <h3>${l.trendTitle}</h3>
      ${trendChart(points, l)}
      ${this.#table(trendTable, l.trendTitle)}
      <h3>${l.meetingsTitle}</h3>
      ${meetingsChart(tables.get('meetings')!, l)}
      ${this.#table(tables.get('meetings')!, l.meetingsTitle)}
      <h3>${l.workTitle}</h3>
      ${this.#table(tables.get('coordinatorWork')!, l.workTitle)}
      <h3>${l.summaryTitle}</h3>
      ${this.#table(tables.get('summary')!, l.summaryTitle)}
      <details part="more">
        <summary>${l.moreTables}</summary>
        ${[...tables.values()]
          .filter((t) => !SHOWN.has(t.id) && t.rows.length > 0)
          .map((t) => html`<h3>${t.title}</h3>${this.#table(t, t.title)}`)}
      </details>`;
  }
}
