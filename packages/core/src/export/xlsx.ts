/**
 * A SpreadsheetML (.xlsx, ECMA-376) workbook of report tables: the package
 * parts Excel requires, inline strings, one style per column kind, a frozen
 * header row and fitted widths. Zipped with fflate's `zipSync`, on the calling
 * thread: an export must not need a worker from a blob URL, which a strict
 * Content-Security-Policy refuses.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ReportColumnKind, ReportTable } from '../report/tables';

/** A sheet to write: its name (≤ 31 characters, unique) and table. */
export interface XlsxSheet {
  readonly name: string;
  readonly table: ReportTable;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Text as XML character data: escaped, and without the control characters XML 1.0 forbids. */
function esc(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- XML 1.0 cannot hold these characters: removing them is the point.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
function column(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The style (cellXfs index) of each column kind; 1 is the header. */
const STYLE: Record<ReportColumnKind, number> = { text: 0, code: 0, month: 0, year: 5, count: 2, share: 3, ratio: 4 };

const STYLES = `${XML}<styleSheet xmlns="${NS}">
<numFmts count="3"><numFmt numFmtId="164" formatCode="#,##0"/><numFmt numFmtId="165" formatCode="0.0%"/><numFmt numFmtId="166" formatCode="0.00"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Yu Gothic"/><family val="2"/><charset val="128"/></font><font><b/><sz val="11"/><name val="Yu Gothic"/><family val="2"/><charset val="128"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/** The display width of a text in Excel's character units: full-width characters count twice. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function worksheet(table: ReportTable): string {
  const widths = table.columns.map((c, i) => {
    let longest = textWidth(c.label);
    for (let r = 0; r < Math.min(500, table.rows.length); r++) longest = Math.max(longest, textWidth(String(table.rows[r]![i] ?? '')));
    return Math.min(40, Math.max(8, longest + 2));
  });
  const out: string[] = [
    `${XML}<worksheet xmlns="${NS}" xmlns:r="${REL}">`,
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
    '<sheetFormatPr defaultRowHeight="18"/>',
    `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`,
    '<sheetData>',
    `<row r="1">${table.columns.map((c, i) => `<c r="${column(i)}1" t="inlineStr" s="1"><is><t>${esc(c.label)}</t></is></c>`).join('')}</row>`,
  ];
  const letters = table.columns.map((_, i) => column(i));
  table.rows.forEach((row, r) => {
    const n = r + 2;
    let cells = '';
    row.forEach((v, i) => {
      if (v === null || v === undefined) return;
      const ref = `${letters[i]}${n}`;
      if (typeof v === 'number') {
        if (Number.isFinite(v)) cells += `<c r="${ref}" s="${STYLE[table.columns[i]!.kind]}"><v>${v}</v></c>`;
        return;
      }
      const space = v !== v.trim() ? ' xml:space="preserve"' : '';
      cells += `<c r="${ref}" t="inlineStr"><is><t${space}>${esc(v)}</t></is></c>`;
    });
    out.push(`<row r="${n}">${cells}</row>`);
  });
  out.push(
    '</sheetData>',
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    '<pageSetup paperSize="9" orientation="landscape"/>',
    '</worksheet>',
  );
  return out.join('');
}

/** The .xlsx bytes of the sheets, in order. */
export function writeXlsx(sheets: readonly XlsxSheet[]): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${XML}<workbook xmlns="${NS}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(STYLES),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(worksheet(s.table))));
  return zipSync(files, { level: 6 });
}
