// Rows <-> records. A row carries the keys (clinic_id, episode_id) and nulls for absent values; a
// record (the domain's shape) carries neither. These two helpers are the whole mapping, so the
// column names of src/store/schema follow the field names of src/domain/records.
import { getTableColumns, type Table } from 'drizzle-orm';

/** Keys a row has that a record never shows. */
const hiddenKeys = new Set(['clinicId', 'episodeId', 'idempotencyKey', 'requestHash']);

/** A row as a record: keys hidden, nulls dropped (an absent optional field, as zod gives it). */
export function toRecord<R>(row: Record<string, unknown>): R {
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === null || hiddenKeys.has(key)) continue;
    record[key] = value;
  }
  return record as R;
}

/**
 * A full replacement row for an update: every column of the table that the record does not set is
 * set to null, so clearing an optional field in an edit clears it in the database too.
 */
export function replacementRow(table: Table, record: Record<string, unknown>, keep: readonly string[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const key of Object.keys(getTableColumns(table))) {
    if (keep.includes(key)) continue;
    row[key] = record[key] === undefined ? null : record[key];
  }
  return row;
}

/** The rows of a raw statement: postgres.js gives an array of them, PGlite an object holding them. */
export function rowsOf<R>(result: unknown): R[] {
  if (Array.isArray(result)) return result as R[];
  const rows = (result as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as R[]) : [];
}
