// Tables as CSV for a spreadsheet (spec §6: the caseload and outcomes exports). csv-stringify writes
// RFC 4180 (fields quoted when they hold a comma, quote or any line break (a bare LF too), quotes doubled, CRLF between
// records) with a header row; the text is UTF-8 with a byte-order mark, which is how Excel knows it
// is UTF-8. Every cell that a spreadsheet would read as a formula (it begins with =, +, -, @, a tab
// or a carriage return) is neutralised with a leading apostrophe (OWASP, "CSV injection"), so a
// patient named =HYPERLINK("http://x") is shown as text and never run. Dates are ISO 8601.
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet will show it, never as a formula it would run. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([header, ...rows].map((row) => row.map(neutralise)), { bom: true, record_delimiter: 'windows', eof: true, quoted_match: /[\r\n]/ });
}
