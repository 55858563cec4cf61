// CSV for people who open it in Excel (RFC 4180 quoting, CRLF rows, UTF-8 with BOM).
// Excel in a German locale splits on `;` (the comma is the decimal separator there), so that is our
// separator; LibreOffice and scripts read it as well when told the separator.

export const CSV_SEPARATOR = ';';
/** Without the byte order mark Excel reads UTF-8 as Windows-1252 and "Müll" turns into "MÃ¼ll". */
export const UTF8_BOM = '\uFEFF';

export type CsvValue = string | number | null | undefined;

/**
 * One cell. Text that a spreadsheet would take for a formula (= + - @, or a leading tab/CR) gets a
 * leading apostrophe, so a resident cannot plant `=HYPERLINK(…)` in a manager's spreadsheet.
 * Numbers are ours, not residents', and stay numbers (with a decimal comma).
 */
export function csvCell(value: CsvValue, separator: string = CSV_SEPARATOR): string {
  if (value === null || value === undefined) return '';
  // With `;` a decimal comma, as German Excel expects (it read "50.956" as 50956); a comma-separated file keeps
  // the point, or every fraction would split into two cells.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', separator === ';' ? ',' : '.') : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[], separator: string = CSV_SEPARATOR): string {
  return `${values.map((v) => csvCell(v, separator)).join(separator)}\r\n`;
}
