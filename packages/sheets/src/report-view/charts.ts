// The report view's charts: SVG drawn from the report's tables, each described in words, with patterns as
// well as colours. The element (report-view.ts) puts each chart's data table after it.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { fillMessage, type ReportTable } from '@tsunagu/core';
import type { REPORT_VIEW_LABELS } from './labels';
import { aside } from '../kit/ui-strings';

type Labels = (typeof REPORT_VIEW_LABELS)['ja' | 'en'];

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

/**
 * The plot area every chart of counts shares: its place in the chart's width, a vertical axis of counts from
 * 0 to `max` (round steps), where a value is drawn, and the gridlines with their labels.
 */
function plotArea(max: number, box: { left: number; top: number; height: number; right: number }) {
  const { left, top, height } = box;
  const width = W - left - box.right;
  const step = niceStep(max);
  const yMax = Math.max(1, Math.ceil(max / step) * step);
  const yOf = (v: number) => top + height - (v / yMax) * height;
  const ticks = Array.from({ length: Math.round(yMax / step) + 1 }, (_, k) => k * step);
  const grid = svg`${ticks.map((v) => svg`<line class="grid" x1=${left} x2=${left + width} y1=${yOf(v)} y2=${yOf(v)}></line><text x=${left - 6} y=${yOf(v) + 4} text-anchor="end">${v}</text>`)}
    <line class="axis" x1=${left} x2=${left + width} y1=${top + height} y2=${top + height}></line>`;
  return { left, top, width, height, yOf, grid };
}

/** The cell of a row under the column with `key`. */
export const cell = (t: ReportTable, row: readonly (string | number | null)[], key: string): string | number | null =>
  row[t.columns.findIndex((c) => c.key === key)] ?? null;

/** The patterns, once per view: every chart and key refers to them. */
export function chartDefs(): TemplateResult {
  return html`<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>${PALETTE.map(
    (colour, i) => svg`<pattern id="p${i}" width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill=${colour}></rect>
      ${PATTERNS[i] ? svg`<path d=${PATTERNS[i]} stroke="#000" stroke-opacity="0.45" stroke-width="1.2" fill="#000" fill-opacity="0.45"></path>` : nothing}
    </pattern>`,
  )}</defs></svg>`;
}

/** The key of a chart: each series' pattern and label. */
export function legend(l: Labels, items: readonly string[]): TemplateResult {
  return html`<ul class="legend" aria-label=${l.legend}>
    ${items.map(
      (label, i) =>
        html`<li><svg viewBox="0 0 28 14" aria-hidden="true"><rect width="28" height="14" fill="url(#p${i % PALETTE.length})" stroke="#000"></rect></svg>${label}</li>`,
    )}
  </ul>`;
}

/** 100 % stacked bars, one per fiscal year, each part labelled with its count (and share where it fits). */
export function routesChart(t: ReportTable, l: Labels, locale: 'ja' | 'en'): TemplateResult {
  const rows = t.rows.filter((r) => r[0] !== '_total');
  const years = t.columns.flatMap((c, col) => (c.kind === 'count' && c.period !== undefined ? [{ label: c.period, col }] : []));
  const left = 96;
  const barW = W - left - 64;
  const h = 30;
  const gap = 14;
  const height = years.length * (h + gap) + gap;
  const pct = new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 });
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
      const text = w >= 84 ? aside(locale, fillMessage(l.count, { n }), pct.format(share)) : w >= 30 ? String(n) : '';
      return svg`<rect x=${at} y=${top} width=${w} height=${h} fill="url(#p${i % PALETTE.length})" stroke="#fff" stroke-width="1"></rect>
        ${text ? svg`<text class="value" x=${at + w / 2} y=${top + h / 2 + 4} text-anchor="middle">${text}</text>` : nothing}`;
    });
    return svg`<text x=${left - 8} y=${top + h / 2 + 4} text-anchor="end">${label}</text>${parts}
      <text x=${left + barW + 6} y=${top + h / 2 + 4}>${fillMessage(l.count, { n: total })}</text>`;
  });
  return html`<figure>
      <svg part="chart" role="img" aria-label=${l.routesFigure} viewBox="0 0 ${W} ${height}">${bars}</svg>
      ${legend(
        l,
        rows.map((r) => String(r[1])),
      )}
    </figure>`;
}

/** Lines over the fiscal years (or the months of one year), solid with circles and dashed with squares, each point labelled. */
export function trendChart(points: readonly { label: string; a: number; b: number }[], l: Labels): TemplateResult {
  const {
    left,
    top,
    width: plotW,
    height: plotH,
    yOf,
    grid,
  } = plotArea(Math.max(...points.flatMap((p) => [p.a, p.b])), { left: 48, top: 16, height: 180, right: 24 });
  const height = top + plotH + 40;
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
    </figure>`;
}

/** Grouped bars: the three kinds of meeting per fiscal year, each with its count above. */
export function meetingsChart(t: ReportTable, l: Labels): TemplateResult {
  const kinds = ['juusouMeetings', 'shienMeetings', 'existingMeetings'].map((key) => t.columns.findIndex((c) => c.key === key));
  const max = Math.max(0, ...t.rows.flatMap((r) => kinds.map((k) => Number(r[k]) || 0)));
  const { left, top, width: plotW, height: plotH, yOf, grid } = plotArea(max, { left: 40, top: 16, height: 160, right: 16 });
  const height = top + plotH + 36;
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
      ${legend(
        l,
        kinds.map((k) => t.columns[k]!.label),
      )}
    </figure>`;
}
