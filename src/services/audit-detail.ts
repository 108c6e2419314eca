// What an edit changed, for its audit row: the fields whose value differs, before and after. A field
// that was absent or is cleared shows as null, so the row says "cleared" rather than leaving it out.
// Keys that only the store keeps (the version, the episode) are not part of what a person changed.
import type { AuditDetail } from '../store/index.ts';

const bookkeeping = new Set(['version', 'episodeId', 'id']);

export function changedFields(before: object, after: object): AuditDetail {
  const old = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const changed: { before: Record<string, unknown>; after: Record<string, unknown> } = { before: {}, after: {} };
  for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
    if (bookkeeping.has(key)) continue;
    if (JSON.stringify(old[key] ?? null) === JSON.stringify(now[key] ?? null)) continue;
    changed.before[key] = old[key] ?? null;
    changed.after[key] = now[key] ?? null;
  }
  return changed;
}
