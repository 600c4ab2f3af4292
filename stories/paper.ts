import { html, type TemplateResult } from 'lit';

/**
 * An A4 sheet of paper on screen for the print previews: 210 mm wide with the
 * printed margins, a faint line where each 297 mm page would end. The PDF
 * Chromium prints is the measure (test/artifacts/print.test.ts); this is for
 * designers to compare with the paper forms the seeds describe.
 */
export const a4 = (sheet: TemplateResult): TemplateResult => html`<div
  role="figure"
  aria-label="A4"
  style="width:210mm; box-sizing:border-box; padding:14mm 12mm; margin:0 auto; background:#fff; box-shadow:0 1px 6px rgba(0,0,0,.35);
    background-image:repeating-linear-gradient(to bottom, transparent 0 calc(297mm - 1px), #9aa 297mm, transparent calc(297mm + 1px))"
>${sheet}</div>`;
