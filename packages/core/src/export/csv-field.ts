// One CSV cell, made inert: shared by the report's CSV and the directory's open data.

/**
 * A text that a spreadsheet could read as a formula — its first character, past any spaces, byte order marks and
 * double quotes, is `=`, `+`, `-` or `@` (or their full-width forms, which Japanese spreadsheets also take), a tab or a
 * carriage return — begins with `'`, so that it opens as the text it is (OWASP's CSV injection rule, as Primero
 * applies it). A missing resource typed as `=HYPERLINK("http://…"&A1,"詳細")` is read, not run. Numbers the core
 * writes are not texts and stay numbers.
 */
const FORMULA_START = /^[\s\uFEFF\u3000"]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r]/u;

export function csvField(text: string): string {
  const inert = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(inert) || inert !== inert.trim() ? `"${inert.replace(/"/g, '""')}"` : inert;
}
