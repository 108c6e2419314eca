// Store contract: the same suite on every backend (PGlite always, PostgreSQL with TEST_DATABASE_URL).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors.ts';
import { createStore, type Database, type Store } from '../../src/store/index.ts';
import { backends, openMigrated } from '../support/backends.ts';

const now = new Date('2026-03-02T09:00:00Z');

describe.each(backends)('store on $name', (backend) => {
  let database: Database;
  let store: Store;
  beforeAll(async () => {
    database = await openMigrated(backend);
    store = createStore(database);
  });
  afterAll(async () => database.close());

  /** A fresh clinic with one patient and one active episode. */
  async function clinicWithEpisode(): Promise<{ clinicId: string; patientId: string; episodeId: string }> {
    const clinicId = store.newId();
    const patientId = store.newId();
    const episodeId = store.newId();
    await store.transaction(async (tx) => {
      await tx.global.insertClinic({ id: clinicId, name: 'Test clinic', timeZone: 'UTC' }, now);
      const scope = tx.clinic(clinicId);
      await scope.people.insertPatient({ id: patientId, name: 'Ada', birthDate: '1980-05-01', sex: 'female' }, now);
      await scope.episodes.insert({
        id: episodeId, patientId, startDate: '2026-03-01', status: 'active', statusSince: '2026-03-01', regions: ['low-back'],
        condition: 'low-back-pain', intake: { irritability: { confirmed: null }, priorTreatments: [], imaging: [] }, ongoingCare: null,
      }, now);
    });
    return { clinicId, patientId, episodeId };
  }

  it('runs migrations a second time as a no-op', async () => {
    await expect(database.migrate()).resolves.toBeUndefined();
  });

  it('keeps each clinic to its own rows', async () => {
    const a = await clinicWithEpisode();
    const b = await clinicWithEpisode();
    await store.transaction(async (tx) => {
      expect(await tx.clinic(a.clinicId).episodes.get(a.episodeId)).not.toBeNull();
      // The same id asked through another clinic's scope is simply not there.
      expect(await tx.clinic(b.clinicId).episodes.get(a.episodeId)).toBeNull();
      expect(await tx.clinic(b.clinicId).people.getPatient(a.patientId)).toBeNull();
      expect((await tx.clinic(b.clinicId).summaries.caseload(1)).rows.map((row) => row.episodeId)).toEqual([b.episodeId]);
    });
  });

  it('round-trips episode records with nulls as absent fields', async () => {
    const { clinicId, episodeId } = await clinicWithEpisode();
    const stored = await store.transaction(async (tx) => tx.clinic(clinicId).records('session').insert(episodeId, {
      id: 's1', date: '2026-03-02T09:30:00+01:00', modalities: [{ modality: 'dry-needling', minutes: 20 }], findings: [],
    }));
    expect(stored).toEqual({
      id: 's1', episodeId, version: 1, date: '2026-03-02T09:30:00+01:00', modalities: [{ modality: 'dry-needling', minutes: 20 }], findings: [],
    });
  });

  it('refuses a stale version and changes nothing', async () => {
    const { clinicId, episodeId } = await clinicWithEpisode();
    const goal = { id: 'g1', activity: 'walk 30 minutes', measure: { kind: 'ability' as const }, baseline: 3, target: 8, setOn: '2026-03-01', ratings: [], patterns: [] };
    await store.transaction(async (tx) => tx.clinic(clinicId).records('goal').insert(episodeId, goal));
    // First edit at version 1 wins; a second edit still at version 1 is stale.
    const first = await store.transaction(async (tx) => tx.clinic(clinicId).records('goal').replace('g1', 1, { ...goal, target: 9 }));
    expect(first.version).toBe(2);
    const stale = store.transaction(async (tx) => tx.clinic(clinicId).records('goal').replace('g1', 1, { ...goal, target: 5 }));
    await expect(stale).rejects.toMatchObject({ code: 'conflict' });
    const after = await store.transaction(async (tx) => tx.clinic(clinicId).records('goal').get('g1'));
    expect(after?.target).toBe(9);
  });

  it('rolls a transaction back when the work throws', async () => {
    const { clinicId, episodeId } = await clinicWithEpisode();
    await expect(store.transaction(async (tx) => {
      await tx.clinic(clinicId).records('flare').insert(episodeId, { id: 'f1', start: '2026-03-03', cause: 'unknown', recordedBy: 'patient' });
      throw new AppError('conflict', 'changed my mind');
    })).rejects.toThrow('changed my mind');
    expect(await store.transaction(async (tx) => tx.clinic(clinicId).records('flare').list(episodeId))).toEqual([]);
  });

  it('writes a check-in once per idempotency key', async () => {
    const { clinicId, episodeId } = await clinicWithEpisode();
    const checkIn = { id: 'c1', date: '2026-03-03', painNow: 4, goals: [], exercises: [], morningAfter: [] };
    const write = (id: string): Promise<unknown> => store.transaction(async (tx) =>
      tx.clinic(clinicId).records('check-in').insertUnlessExists(episodeId, { ...checkIn, id }, { idempotencyKey: 'k1' }));
    expect(await write('c1')).not.toBeNull();
    expect(await write('c2')).toBeNull();
    expect(await store.transaction(async (tx) => tx.clinic(clinicId).records('check-in').list(episodeId))).toHaveLength(1);
  });

  it('refuses to update, delete or truncate audit events', async () => {
    const { clinicId } = await clinicWithEpisode();
    await store.transaction(async (tx) => tx.clinic(clinicId).audit.append([
      { at: now, actorUserId: 'u1', actorRole: 'clinician', action: 'read', recordType: 'episode', recordId: 'e1' },
    ]));
    await expect(database.db.execute(sql`update audit_events set action = 'create' where clinic_id = ${clinicId}`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from audit_events where clinic_id = ${clinicId}`)).rejects.toThrow();
    await expect(database.db.execute(sql`truncate audit_events`)).rejects.toThrow();
    const events = await store.transaction(async (tx) => tx.clinic(clinicId).audit.list({ limit: 10 }));
    expect(events).toMatchObject([{ action: 'read', recordType: 'episode', recordId: 'e1' }]);
  });

  it('makes an email unique across clinics', async () => {
    const a = await clinicWithEpisode();
    const b = await clinicWithEpisode();
    const email = `${store.newId()}@example.test`;
    const user = { id: store.newId(), email, name: 'Sam', role: 'clinician' as const, passwordHash: 'x' };
    await store.transaction(async (tx) => tx.clinic(a.clinicId).people.insertUser(user, now));
    await expect(store.transaction(async (tx) => tx.clinic(b.clinicId).people.insertUser({ ...user, id: store.newId() }, now)))
      .rejects.toMatchObject({ code: 'conflict' });
  });
});
