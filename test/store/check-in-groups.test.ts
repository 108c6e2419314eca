// Check-ins that arrive together are written together (issue 15; src/store/check-in-write.ts, migration
// 0016), on every backend: each gets the answer the single statement gives it (its patient when
// written; null for an unknown episode, another patient's episode, or a key already used), a faulty
// one fails alone, and every written check-in has its audit event and its counted write. On
// PostgreSQL the statement log shows calls that carried many check-ins at once.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckIn } from '../../src/domain/index.ts';
import { createStore, type CheckInWrite, type Database, type Store } from '../../src/store/index.ts';
import { backends, isolated } from '../support/backends.ts';
import { rowsOf } from '../../src/store/rows.ts';

const now = new Date('2026-03-10T09:00:00Z');

describe.each(backends)('check-ins written together on $name', (backend) => {
  const own = isolated(backend);
  const statements: { sql: string; parameters: readonly unknown[] }[] = [];
  let database: Database;
  let store: Store;
  beforeAll(async () => {
    database = await own.open({ onStatement: (statement, parameters) => statements.push({ sql: statement, parameters }) });
    await database.migrate();
    store = createStore(database);
  });
  afterAll(async () => {
    await database.close();
    await own.drop();
  });

  it('answers each check-in of a group as the single statement would, and writes what it says', async () => {
    const clinicId = store.newId();
    const episodes = { a: store.newId(), b: store.newId() };
    await store.transaction(async (tx) => {
      await tx.global.insertClinic({ id: clinicId, name: 'Group clinic', timeZone: 'UTC' }, now);
      const scope = tx.clinic(clinicId);
      for (const [name, episodeId] of Object.entries(episodes)) {
        await scope.people.insertPatient({ id: `patient-${name}`, name: `Patient ${name}`, birthDate: '1980-05-01', sex: 'female' }, now);
        await scope.episodes.insert({
          id: episodeId, patientId: `patient-${name}`, startDate: '2026-03-01', status: 'active', statusSince: '2026-03-01', regions: ['low-back'],
          condition: 'low-back-pain', intake: { irritability: { confirmed: null }, priorTreatments: [], imaging: [] }, ongoingCare: null,
        }, now);
      }
    });
    const checkIn = (painNow: unknown = 4): CheckIn => ({
      id: store.newId(), date: '2026-03-09', painNow: painNow as number, goals: [], exercises: [], morningAfter: [], receivedAt: now.toISOString(),
    });
    const write = (episodeId: string, key: string, extra: Partial<CheckInWrite> = {}): CheckInWrite => ({
      episodeId, checkIn: checkIn(), idempotencyKey: key, requestHash: 'h', audit: { at: now, actorUserId: 'user-1', actorRole: 'patient' }, ...extra,
    });
    const writes: CheckInWrite[] = [
      ...Array.from({ length: 20 }, (_, i) => write(episodes.a, `key-${i}`)),
      write('no-such-episode', 'key-unknown'),
      write(episodes.a, 'key-not-own', { onlyForPatient: 'patient-b' }),
      write(episodes.a, 'key-twice'),
      write(episodes.a, 'key-twice'),
      write(episodes.a, 'key-faulty', { checkIn: checkIn('high') }),
    ];
    const before = statements.length;
    const answers = await Promise.all(writes.map((w) => store.singleStatement(clinicId).recordCheckIn(w).then((v) => ({ v }), (e: Error) => ({ e: e.message }))));

    const written = { v: { patientId: 'patient-a' } };
    expect(answers.slice(0, 20)).toEqual(Array.from({ length: 20 }, () => written));
    expect(answers.slice(20, 22)).toEqual([{ v: null }, { v: null }]);
    // The same key twice: one written, the other refused (its replay is the full path's to answer).
    expect(answers.slice(22, 24)).toEqual([written, { v: null }]);
    // The faulty one (pain "high" is no integer) failed its group; written alone, it failed alone.
    const faulty = (answers[24] as { e?: string }).e ?? '';
    expect(faulty).toContain('key-faulty');
    expect(faulty).not.toContain('key-twice');

    const count = async (query: ReturnType<typeof sql>): Promise<number> => Number(rowsOf<{ n: number }>(await database.db.execute(query))[0]?.n);
    expect(await count(sql`select count(*) as n from check_ins where clinic_id = ${clinicId}`)).toBe(21);
    expect(await count(sql`select count(*) as n from audit_events where clinic_id = ${clinicId} and record_type = 'check-in' and action = 'create'`)).toBe(21);
    expect(await count(sql`select coalesce(sum(count), 0) as n from episode_writes where clinic_id = ${clinicId}`)).toBe(21);
    // PostgreSQL logs its statements (PGlite has none): all 25, sent in one turn of the event loop,
    // went in one call (then, failed by the faulty one, one by one).
    if (backend.name === 'postgres') {
      const sizes = statements.slice(before).filter((s) => s.sql.includes('threshold_record_check_ins('))
        .map((s) => (JSON.parse(String(s.parameters[1])) as unknown[]).length);
      expect(Math.max(...sizes)).toBe(writes.length);
      expect(sizes.filter((n) => n === 1)).toHaveLength(writes.length);
    }
  });
});
