// Rows as COPY's text format (PostgreSQL manual, COPY, "Text Format"): one line per row, fields
// split by tabs, \N for NULL, and a backslash escape for the backslash itself and for the three
// characters that would end a field or a line. Values first go through the column's own mapping
// (drizzle's mapToDriverValue), so a jsonb column becomes its JSON text and a timestamp its ISO
// string, exactly as an INSERT through drizzle would send them.
import { getTableColumns, getTableName, type Table } from 'drizzle-orm';

/** One table's rows, ready for `copy <name> (<columns>) from stdin`. */
export interface CopyTable {
  name: string;
  columns: string[];
  rows: number;
  /** UTF-8 text; a byte array so a worker thread can hand it over without a copy. */
  data: Uint8Array;
}

const encoder = new TextEncoder();
const needsEscape = /[\\\t\n\r]/;
const escapable = /[\\\t\n\r]/g;
const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One field of a row: the value the driver would send, written as COPY text. */
export function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  switch (typeof value) {
    case 'string':
      return needsEscape.test(value) ? value.replace(escapable, (c) => escapes[c] ?? c) : value;
    case 'number':
    case 'bigint':
      return String(value);
    case 'boolean':
      return value ? 't' : 'f';
    default:
      // An array or object here means a column type this encoder does not know (say a PostgreSQL
      // array): fail loudly rather than write something the database would read differently.
      throw new Error(`COPY text: no encoding for a ${Array.isArray(value) ? 'array' : typeof value} value`);
  }
}

/**
 * A table's rows as COPY text. Only the columns some row sets are listed, so the others take their
 * defaults (version 1, the audit sequence); `fixed` values (the clinic id) go into every row that
 * has the column, whatever the row says.
 */
export function copyRows(table: Table, rows: readonly Record<string, unknown>[], fixed: Record<string, unknown> = {}): CopyTable {
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key in fixed || rows.some((row) => row[key] !== undefined));
  const lines = rows.map((row) => columns.map(([key, column]) => {
    const value = key in fixed ? fixed[key] : row[key];
    return copyField(value === null || value === undefined ? value : column.mapToDriverValue(value));
  }).join('\t'));
  return {
    name: getTableName(table),
    columns: columns.map(([, column]) => column.name),
    rows: rows.length,
    // TextEncoder gives an array of its own (Buffer.from may share a pooled one, which a transfer would take away).
    data: encoder.encode(lines.length === 0 ? '' : `${lines.join('\n')}\n`),
  };
}
