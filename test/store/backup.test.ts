// Backup and restore: a round trip loses nothing, on every backend (every table compared row by row).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTableName, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { backupTables, exportDatabase, importDatabase, openDatabase, type BackupLine, type Database } from '../../src/store/index.ts';
import { call, makeClinic, startTestApi, type TestApi } from '../support/api.ts';
import { backends, isolated, type Backend } from '../support/backends.ts';
import { rowCounts, tableContents } from '../support/row-counts.ts';

async function* replay(lines: BackupLine[]): AsyncGenerator<BackupLine> {
  yield* lines;
}

/** An empty database of the same kind as the backend, of its own. */
async function emptyDatabaseLike(backend: Backend): Promise<{ database: Database; drop: () => Promise<void> }> {
  const own = isolated(backend);
  const database = await own.open();
  return { database, drop: async () => { await database.close(); await own.drop(); } };
}

describe.each(backends)('backup and restore on $name', { timeout: 60_000 }, (backend) => {
  let api: TestApi;
  // The source has a database of its own: a backup reads every table, which other test files write meanwhile.
  const source = isolated(backend);
  beforeAll(async () => {
    api = await startTestApi(source);
    // Some of everything: two clinics, records of each kind, audit events, sessions.
    for (let i = 0; i < 2; i += 1) {
      const clinic = await makeClinic(api);
      await call(api, clinic.tokens.patient, 'POST', `/episodes/${clinic.episodeId}/check-ins`, { date: '2026-03-05', painNow: 4, note: 'gentle walk, ok' }, { 'Idempotency-Key': `backup-${i}-${Date.now()}` });
      await call(api, clinic.tokens.clinician, 'POST', `/episodes/${clinic.episodeId}/sessions`, { date: '2026-03-04T10:30:00+01:00', modalities: [{ modality: 'manual-therapy', minutes: 15 }, { modality: 'progressive-loading', minutes: 20 }] });
      await call(api, clinic.tokens.clinician, 'POST', `/episodes/${clinic.episodeId}/checkpoints`, { date: '2026-03-09', decision: { code: 'continue', reason: 'steady' } });
      await call(api, clinic.tokens.clinician, 'POST', `/episodes/${clinic.episodeId}/measures`, { instrument: 'psfs', date: '2026-03-02', score: 4.5, answers: [4, 5, null] });
    }
  });
  afterAll(async () => {
    await api.close();
    await source.drop();
  });

  it('covers every table of the schema', async () => {
    const result = await api.database.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
    const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as { table_name: string }[];
    const names = backupTables.map((table) => getTableName(table));
    expect(rows.map((r) => r.table_name).sort()).toEqual([...names].sort());
  });

  it('restores every row of every table exactly', async () => {
    const lines: BackupLine[] = [];
    await exportDatabase(api.database, api.clock.now, async (line) => { lines.push(JSON.parse(JSON.stringify(line)) as BackupLine); });
    const target = await emptyDatabaseLike(backend);
    try {
      await target.database.migrate();
      await importDatabase(target.database, replay(lines));
      expect(await tableContents(target.database)).toEqual(await tableContents(api.database));
      // The restored audit log still refuses edits, and new events continue after the restored ones.
      await expect(target.database.db.execute(sql`delete from audit_events`)).rejects.toThrow();
      // A second restore into the now non-empty database is refused and changes nothing.
      const before = await rowCounts(target.database);
      await expect(importDatabase(target.database, replay(lines))).rejects.toMatchObject({ code: 'conflict' });
      expect(await rowCounts(target.database)).toEqual(before);
    } finally {
      await target.drop();
    }
  });

  it('refuses a backup that was cut short', async () => {
    const lines: BackupLine[] = [];
    await exportDatabase(api.database, api.clock.now, async (line) => { lines.push(JSON.parse(JSON.stringify(line)) as BackupLine); });
    const target = await emptyDatabaseLike(backend);
    try {
      await target.database.migrate();
      await expect(importDatabase(target.database, replay(lines.slice(0, -3)))).rejects.toMatchObject({ code: 'validation' });
      expect(Object.values(await rowCounts(target.database)).every((n) => n === 0)).toBe(true);
    } finally {
      await target.drop();
    }
  });
});

describe('threshold backup and restore on data folders', () => {
  it('round-trips a PGlite data folder through a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'threshold-backup-'));
    const saved = { data: process.env.THRESHOLD_DATA, url: process.env.DATABASE_URL };
    const io = { out: '', stdout: (t: string): void => { io.out += t; }, stderr: (t: string): void => { io.out += t; }, today: () => '2026-03-10', readFile: async () => '' };
    try {
      delete process.env.DATABASE_URL;
      // First a folder with a clinic in it, written through the store and closed again.
      process.env.THRESHOLD_DATA = join(dir, 'source');
      expect(await main(['migrate'], io)).toBe(0);
      const source = await openDatabase({ dataDir: join(dir, 'source'), purpose: 'test', now: new Date() });
      await source.db.execute(sql`insert into clinics (id, name, created_at) values ('c1', 'Folder clinic', now())`);
      await source.db.execute(sql`insert into patients (clinic_id, id, birth_date, sex, created_at) values ('c1', 'p1', '1970-01-01', 'male', now())`);
      const expected = await tableContents(source);
      await source.close();
      // Then backup to a file and restore into a new folder.
      expect(await main(['backup', join(dir, 'backup.jsonl')], io)).toBe(0);
      expect(await main(['backup', join(dir, 'backup.jsonl')], io)).toBe(2); // never overwrites
      process.env.THRESHOLD_DATA = join(dir, 'restored');
      expect(await main(['restore', join(dir, 'backup.jsonl')], io), io.out).toBe(0);
      const restored = await openDatabase({ dataDir: join(dir, 'restored'), purpose: 'test', now: new Date() });
      expect(await tableContents(restored)).toEqual(expected);
      await restored.close();
    } finally {
      if (saved.data === undefined) delete process.env.THRESHOLD_DATA; else process.env.THRESHOLD_DATA = saved.data;
      if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
