import { LitElement, css, html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  fillMessage,
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

/**
 * Okabe–Ito's colour-blind-safe palette, each colour with its own pattern, so
 * that no series is told by colour alone (and the chart survives a
 * black-and-white printer).
 */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'] as const;
const PATTERNS = ['', 'M0 8L8 0', 'M0 0L8 8', 'M0 4H8', 'M4 0V8', 'M0 0L8 8M0 8L8 0', 'M2 2h1v1h-1zM6 6h1v1h-1z', 'M0 2H8M0 6H8'] as const;

const W = 640;

/** A round step for an axis of counts from 0 to max: 1, 2 or 5 times a power of ten, never below 1. */
function niceStep(max: number, ticks = 4): number {
  if (max <= ticks) return 1;
  const raw = max / ticks;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

/** A vertical axis of counts from 0 over `height` px below `top`: where a value is drawn, and its gridlines with their labels. */
function countAxis(max: number, top: number, height: number, left: number, width: number) {
  const step = niceStep(max);
  const yMax = Math.max(1, Math.ceil(max / step) * step);
  const yOf = (v: number) => top + height - (v / yMax) * height;
  const ticks = Array.from({ length: Math.round(yMax / step) + 1 }, (_, k) => k * step);
  const grid = svg`${ticks.map((v) => svg`<line class="grid" x1=${left} x2=${left + width} y1=${yOf(v)} y2=${yOf(v)}></line><text x=${left - 6} y=${yOf(v) + 4} text-anchor="end">${v}</text>`)}
    <line class="axis" x1=${left} x2=${left + width} y1=${top + height} y2=${top + height}></line>`;
  return { yOf, grid };
}

/** The table with only the columns of these keys, in that order. */
function only(t: ReportTable, keys: readonly string[]): ReportTable {
  const at = keys.map((k) => t.columns.findIndex((c) => c.key === k));
  return { ...t, columns: at.map((i) => t.columns[i]!), rows: t.rows.map((r) => at.map((i) => r[i] ?? null)) };
}

/** The cell of a row under the column with `key`. */
const cell = (t: ReportTable, row: readonly ReportCell[], key: string): ReportCell =>
  row[t.columns.findIndex((c) => c.key === key)] ?? null;

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
    td.n { text-align: end; font-variant-numeric: tabular-nums; }
    .scroll { overflow-x: auto; }
    .scroll:focus-visible { outline: 4px solid #000; outline-offset: 2px; }
    @media (forced-colors: active) { svg { background: Canvas; } .value { stroke: Canvas; } }
    @media print {
      :host { font-size: 9pt; }
      .actions, .status { display: none; }
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

  /** The patterns, once per view: every chart and key refers to them. */
  #defs(): TemplateResult {
    return html`<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>${PALETTE.map(
      (colour, i) => svg`<pattern id="p${i}" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill=${colour}></rect>
        ${PATTERNS[i] ? svg`<path d=${PATTERNS[i]} stroke="#000" stroke-opacity="0.45" stroke-width="1.2" fill="#000" fill-opacity="0.45"></path>` : nothing}
      </pattern>`,
    )}</defs></svg>`;
  }

  #legend(items: readonly string[]): TemplateResult {
    return html`<ul class="legend" aria-label=${this.#l.legend}>
      ${items.map(
        (label, i) =>
          html`<li><svg viewBox="0 0 28 14" aria-hidden="true"><rect width="28" height="14" fill="url(#p${i % PALETTE.length})" stroke="#000"></rect></svg>${label}</li>`,
      )}
    </ul>`;
  }

  /** 100 % stacked bars, one per fiscal year, each part labelled with its count (and share where it fits). */
  #routes(t: ReportTable): TemplateResult {
    const l = this.#l;
    const rows = t.rows.filter((r) => r[0] !== '_total');
    const years = t.columns.flatMap((c, col) => (c.kind === 'count' && c.period !== undefined ? [{ label: c.period, col }] : []));
    const left = 96;
    const barW = W - left - 64;
    const h = 30;
    const gap = 14;
    const height = years.length * (h + gap) + gap;
    const pct = new Intl.NumberFormat(this.#lang.locale === 'ja' ? 'ja-JP' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 });
    const bars = years.map(({ label, col }, y) => {
      const total = rows.reduce((s, r) => s + (Number(r[col]) || 0), 0);
      const top = gap + y * (h + gap);
      let x = left;
      const parts = rows.map((r, i) => {
        const n = Number(r[col]) || 0;
        const share = Number(r[col + 1]) || 0;
        const w = total === 0 ? 0 : share * barW;
        const at = x;
        x += w;
        if (w <= 0) return nothing;
        const text = w >= 84 ? `${fillMessage(l.count, { n })}（${pct.format(share)}）` : w >= 30 ? String(n) : '';
        return svg`<rect x=${at} y=${top} width=${w} height=${h} fill="url(#p${i % PALETTE.length})" stroke="#fff" stroke-width="1"></rect>
          ${text ? svg`<text class="value" x=${at + w / 2} y=${top + h / 2 + 4} text-anchor="middle">${text}</text>` : nothing}`;
      });
      return svg`<text x=${left - 8} y=${top + h / 2 + 4} text-anchor="end">${label}</text>${parts}
        <text x=${left + barW + 6} y=${top + h / 2 + 4}>${fillMessage(l.count, { n: total })}</text>`;
    });
    return html`<figure>
        <svg part="chart" role="img" aria-label=${l.routesFigure} viewBox="0 0 ${W} ${height}">${bars}</svg>
        ${this.#legend(rows.map((r) => String(r[1])))}
      </figure>
      ${this.#table(t, l.routesTitle)}`;
  }

  /** Lines over the fiscal years (or the months of one year), solid with circles and dashed with squares, each point labelled. */
  #trend(points: readonly { label: string; a: number; b: number }[], t: ReportTable): TemplateResult {
    const l = this.#l;
    const left = 48;
    const top = 16;
    const plotH = 180;
    const height = top + plotH + 40;
    const plotW = W - left - 24;
    const { yOf, grid } = countAxis(Math.max(...points.flatMap((p) => [p.a, p.b])), top, plotH, left, plotW);
    // Inset from both ends, so that the first and last points' labels clear the axis and the edge.
    const inset = 44;
    const xOf = (i: number) => left + (points.length === 1 ? plotW / 2 : inset + (i * (plotW - 2 * inset)) / (points.length - 1));
    const path = (key: 'a' | 'b') => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${xOf(i)} ${yOf(p[key])}`).join('');
    const every = Math.max(1, Math.ceil(points.length / 12));
    return html`<figure>
        <svg part="chart" role="img" aria-label=${l.trendFigure} viewBox="0 0 ${W} ${height}">
          ${grid}
          <path d=${path('a')} fill="none" stroke=${PALETTE[0]} stroke-width="3"></path>
          <path d=${path('b')} fill="none" stroke=${PALETTE[5]} stroke-width="3" stroke-dasharray="8 5"></path>
          ${points.map(
            (p, i) => svg`<circle cx=${xOf(i)} cy=${yOf(p.a)} r="5" fill=${PALETTE[0]} stroke="#fff"></circle>
              <rect x=${xOf(i) - 5} y=${yOf(p.b) - 5} width="10" height="10" fill=${PALETTE[5]} stroke="#fff"></rect>
              ${points.length <= 12 ? svg`<text class="value" x=${xOf(i)} y=${yOf(p.a) - 9} text-anchor="middle">${p.a}</text><text class="value" x=${xOf(i)} y=${yOf(p.b) + 19} text-anchor="middle">${p.b}</text>` : nothing}
              ${i % every === 0 ? svg`<text x=${xOf(i)} y=${top + plotH + 18} text-anchor="middle">${p.label}</text>` : nothing}`,
          )}
        </svg>
        <ul class="legend" aria-label=${l.legend}>
          <li><svg viewBox="0 0 28 14" aria-hidden="true"><line x1="0" x2="28" y1="7" y2="7" stroke=${PALETTE[0]} stroke-width="3"></line><circle cx="14" cy="7" r="4" fill=${PALETTE[0]}></circle></svg>${l.newConsultations}</li>
          <li><svg viewBox="0 0 28 14" aria-hidden="true"><line x1="0" x2="28" y1="7" y2="7" stroke=${PALETTE[5]} stroke-width="3" stroke-dasharray="6 4"></line><rect x="10" y="3" width="8" height="8" fill=${PALETTE[5]}></rect></svg>${l.multiMember}</li>
        </ul>
      </figure>
      ${this.#table(t, l.trendTitle)}`;
  }

  /** Grouped bars: the three kinds of meeting per fiscal year, each with its count above. */
  #meetings(t: ReportTable): TemplateResult {
    const l = this.#l;
    const kinds = ['juusouMeetings', 'shienMeetings', 'existingMeetings'].map((key) => t.columns.findIndex((c) => c.key === key));
    const left = 40;
    const top = 16;
    const plotH = 160;
    const height = top + plotH + 36;
    const plotW = W - left - 16;
    const { yOf, grid } = countAxis(Math.max(0, ...t.rows.flatMap((r) => kinds.map((k) => Number(r[k]) || 0))), top, plotH, left, plotW);
    const groupW = plotW / Math.max(1, t.rows.length);
    const barW = Math.min(40, (groupW - 16) / 3);
    return html`<figure>
        <svg part="chart" role="img" aria-label=${l.meetingsFigure} viewBox="0 0 ${W} ${height}">
          ${grid}
          ${t.rows.map((r, g) => {
            const x0 = left + g * groupW + (groupW - 3 * barW) / 2;
            return svg`${kinds.map((k, i) => {
              const n = Number(r[k]) || 0;
              return svg`<rect x=${x0 + i * barW} y=${yOf(n)} width=${barW - 2} height=${top + plotH - yOf(n)} fill="url(#p${i})" stroke="#000" stroke-width="0.5"></rect>
                <text class="value" x=${x0 + i * barW + barW / 2 - 1} y=${yOf(n) - 4} text-anchor="middle">${n}</text>`;
            })}<text x=${left + g * groupW + groupW / 2} y=${top + plotH + 18} text-anchor="middle">${String(cell(t, r, 'fiscalYearLabel'))}</text>`;
          })}
        </svg>
        ${this.#legend(kinds.map((k) => t.columns[k]!.label))}
      </figure>
      ${this.#table(t, l.meetingsTitle)}`;
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
    return html`${this.#defs()}<h2>${l.title}</h2>
      <p class="period">${fillMessage(l.period, { from: months[0]!.month, to: months.at(-1)!.month })}</p>
      ${actions}
      <h3>${l.routesTitle}</h3>
      ${this.#routes(tables.get('routes')!)}
      <h3>${l.trendTitle}</h3>
      ${this.#trend(points, trendTable)}
      <h3>${l.meetingsTitle}</h3>
      ${this.#meetings(tables.get('meetings')!)}
      <h3>${l.summaryTitle}</h3>
      ${this.#table(tables.get('summary')!, l.summaryTitle)}`;
  }
}
