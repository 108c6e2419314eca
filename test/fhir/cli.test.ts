// `threshold export` and `threshold import` on an embedded data folder: a patient written by the
// services goes out as a transaction Bundle and comes back in as a new patient; a bad bundle is
// refused before the database is touched; while another process holds the folder, both refuse.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bundle } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { loadConfig } from '../../src/config.ts';
import { serviceDeps } from '../../src/server.ts';
import { createClinic, createUser, exportPatientHistory, type Actor, type ServiceDeps } from '../../src/services/index.ts';
import { createStore, openDatabase } from '../../src/store/index.ts';
import { seedVignette } from './seed-vignette.ts';
import { loadVignettes } from './support.ts';

const vignette = loadVignettes().find((v) => v.name === 'referral-overlap-open');
if (!vignette) throw new Error('vignette referral-overlap-open is missing');

function captureIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), today: () => '2026-03-10', readFile: (p) => readFile(p, 'utf8') };
}

async function withDeps<T>(dataDir: string, work: (deps: ServiceDeps) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir, purpose: 'cli test', now: new Date() });
  try {
    await database.migrate();
    return await work(serviceDeps(loadConfig({}), createStore(database)));
  } finally {
    await database.close();
  }
}

describe('threshold export and import', () => {
  let dir: string;
  let patientId: string;
  const email = 'cli-clinician@clinic.example';
  const previous = process.env.THRESHOLD_DATA;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'threshold-fhir-cli-'));
    process.env.THRESHOLD_DATA = join(dir, 'data');
    patientId = await withDeps(join(dir, 'data'), async (deps) => {
      // Entered on the vignette's own day: no record may be dated after the day it is entered.
      const now = new Date(`${vignette.asOf}T18:00:00Z`);
      const { clinicId, admin } = await createClinic(deps, { name: 'CLI clinic', admin: { email, name: 'Cleo', role: 'admin', password: 'correct horse battery staple' } }, now);
      // The first user is an admin; a clinician does the clinical work.
      const adminActor: Actor = { userId: admin.id, clinicId, role: 'admin' };
      const clinician = await createUser(deps, adminActor, { email: `c-${email}`, name: 'Cal', role: 'clinician', password: 'correct horse battery staple' }, now);
      const actor: Actor = { userId: clinician.id, clinicId, role: 'clinician' };
      return (await seedVignette(deps, actor, vignette.caseFile, now)).patientId;
    });
  }, 60_000);
  afterAll(async () => {
    if (previous === undefined) delete process.env.THRESHOLD_DATA;
    else process.env.THRESHOLD_DATA = previous;
    await rm(dir, { recursive: true, force: true });
  });

  it('exports a transaction Bundle and imports it as a new patient', async () => {
    const io = captureIo();
    expect(await main(['export', '--patient', patientId, '--as', `c-${email}`], io), io.err.join('')).toBe(0);
    const bundle = JSON.parse(io.out.join('')) as Bundle;
    expect(bundle.type).toBe('transaction');
    const file = join(dir, 'bundle.json');
    await writeFile(file, JSON.stringify(bundle));
    const imported = captureIo();
    expect(await main(['import', file, '--as', `c-${email}`], imported), imported.err.join('')).toBe(0);
    const { patientId: newId } = JSON.parse(imported.out.join('')) as { patientId: string };
    expect(newId).not.toBe(patientId);
    // The copy holds the same records.
    const counts = await withDeps(join(dir, 'data'), async (deps) => {
      const entry = await deps.store.transaction((tx) => tx.global.findSignIn(`c-${email}`));
      const actor: Actor = { userId: entry?.userId ?? '', clinicId: entry?.clinicId ?? '', role: 'clinician' };
      const copy = (await exportPatientHistory(deps, actor, newId, new Date())).episodes[0]?.caseFile;
      return copy && { sessions: copy.sessions.length, referrals: copy.referrals.length, checkpoints: copy.checkpoints.length };
    });
    expect(counts).toEqual({ sessions: vignette.caseFile.sessions.length, referrals: 1, checkpoints: vignette.caseFile.checkpoints.length });
    // An admin may not export clinical records (exit 1: refused, not bad input).
    expect(await main(['export', '--patient', patientId, '--as', email], captureIo())).toBe(1);
  });

  it('exports the whole clinic as Bulk Data NDJSON files into a folder, with progress on stderr', async () => {
    const out = join(dir, 'bulk');
    const io = captureIo();
    expect(await main(['export', '--clinic', '--as', `c-${email}`, out], io), io.err.join('')).toBe(0);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { output: { type: string; url: string; count: number }[] };
    expect(JSON.parse(io.out.join(''))).toEqual(manifest);
    // Every patient of the clinic (those the earlier tests imported too), the bar full at the end.
    const progress = /\[#+\] (\d+)\/(\d+) patients/.exec(io.err.join('').split('\r').at(-1) ?? '');
    expect(progress?.[1]).toBe(progress?.[2]);
    for (const file of manifest.output) {
      const lines = (await readFile(join(out, file.url), 'utf8')).trim().split('\n');
      expect(lines).toHaveLength(file.count);
      expect(lines.every((line) => (JSON.parse(line) as { resourceType: string }).resourceType === file.type)).toBe(true);
    }
    expect(manifest.output.find((f) => f.type === 'Patient')?.count).toBe(Number(progress?.[2]));
    // Only the named types; an unknown one is bad input; an admin may not read clinical records.
    const some = captureIo();
    expect(await main(['export', '--clinic', '--as', `c-${email}`, '--type', 'Patient,Goal', join(dir, 'some')], some)).toBe(0);
    expect((JSON.parse(some.out.join('')) as typeof manifest).output.map((f) => f.type)).toEqual(['Goal', 'Patient']);
    expect(await main(['export', '--clinic', '--as', `c-${email}`, '--type', 'Medication', join(dir, 'x')], captureIo())).toBe(2);
    expect(await main(['export', '--clinic', '--as', email, join(dir, 'y')], captureIo())).toBe(1);
  }, 60_000);

  it('refuses a bad bundle with exit 2 and refuses while the folder is held', async () => {
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Patient', gender: 7 } }] }));
    const bad = captureIo();
    expect(await main(['import', file, '--as', `c-${email}`], bad)).toBe(2);
    expect(bad.err.join('')).toContain('entry[0].resource (Patient/no id)');
    // Another process (here: this one) holds the data folder, as `threshold serve` would.
    const held = await openDatabase({ dataDir: join(dir, 'data'), purpose: 'threshold serve', now: new Date() });
    try {
      const io = captureIo();
      expect(await main(['export', '--patient', patientId, '--as', `c-${email}`], io)).toBe(1);
      expect(io.err.join('')).toMatch(/in use by "threshold serve"|already open in this process/);
    } finally {
      await held.close();
    }
  });
});
