// `threshold report` on an embedded data folder: the same use-case as the API writes the PDF on
// stdout under the account named by --as (its clinic, its permissions, its audit row); a patient
// account gets only its own graduation summary; bad input exits 2, a refusal 1.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { loadConfig } from '../../src/config.ts';
import { serviceDeps } from '../../src/server.ts';
import { createClinic, createUser, type Actor, type ServiceDeps } from '../../src/services/index.ts';
import { createStore, openDatabase } from '../../src/store/index.ts';
import { seedVignette } from '../fhir/seed-vignette.ts';
import { loadVignettes } from '../fhir/support.ts';
import { pdfText } from '../support/pdf.ts';

const vignette = loadVignettes().find((v) => v.name === 'graduation-goals-held');
if (!vignette) throw new Error('vignette graduation-goals-held is missing');

function captureIo(): CliIo & { out: string[]; err: string[]; bytes: Uint8Array[] } {
  const out: string[] = [];
  const err: string[] = [];
  const bytes: Uint8Array[] = [];
  return {
    out, err, bytes, stdout: (t) => out.push(t), stderr: (t) => err.push(t), stdoutBytes: (b) => bytes.push(b),
    today: () => '2026-03-18', readFile: (p) => readFile(p, 'utf8'),
  };
}

describe('threshold report', () => {
  let dir: string;
  let episodeId: string;
  const clinicianEmail = 'report-clinician@clinic.example';
  const patientEmail = 'report-patient@clinic.example';
  const previous = process.env.THRESHOLD_DATA;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'threshold-report-cli-'));
    process.env.THRESHOLD_DATA = join(dir, 'data');
    const database = await openDatabase({ dataDir: join(dir, 'data'), purpose: 'report test', now: new Date() });
    try {
      await database.migrate();
      const deps: ServiceDeps = serviceDeps(loadConfig({}), createStore(database));
      const now = new Date('2026-03-18T10:00:00Z');
      const { clinicId, admin } = await createClinic(deps, { name: 'Report clinic', admin: { email: 'report-admin@clinic.example', name: 'Ada', role: 'admin', password: 'correct horse battery staple' } }, now);
      const adminActor: Actor = { userId: admin.id, clinicId, role: 'admin' };
      const clinician = await createUser(deps, adminActor, { email: clinicianEmail, name: 'Cal Clinician', role: 'clinician', password: 'correct horse battery staple', discipline: 'physical therapy' }, now);
      const seeded = await seedVignette(deps, { userId: clinician.id, clinicId, role: 'clinician' }, { ...vignette.caseFile, patient: { ...vignette.caseFile.patient, name: 'Ines Ortega' } }, now);
      episodeId = seeded.episodeId;
      await createUser(deps, adminActor, { email: patientEmail, name: 'Ines Ortega', role: 'patient', password: 'correct horse battery staple', patientId: seeded.patientId }, now);
    } finally {
      await database.close();
    }
  }, 60_000);
  afterAll(async () => {
    if (previous === undefined) delete process.env.THRESHOLD_DATA;
    else process.env.THRESHOLD_DATA = previous;
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the progress report as a PDF on stdout, with the goals in its text', async () => {
    const io = captureIo();
    expect(await main(['report', 'progress-report', '--episode', episodeId, '--as', clinicianEmail], io), io.err.join('')).toBe(0);
    const [bytes] = io.bytes;
    if (!bytes) throw new Error('no PDF written');
    const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Progress report');
    expect(text).toContain('Ines Ortega');
    for (const goal of vignette.caseFile.goals) expect(text).toContain(goal.activity.slice(0, 20));
    expect(text).toContain('Cal Clinician, physical therapy');
    expect(io.err.join('')).toMatch(/^threshold report: progress-report-ines-ortega-\d{4}-\d{2}-\d{2}\.pdf \(\d+ bytes\)\n$/);
  });

  it('gives a patient account its own graduation summary and no other document', async () => {
    const summary = captureIo();
    expect(await main(['report', 'graduation-summary', '--episode', episodeId, '--as', patientEmail], summary), summary.err.join('')).toBe(0);
    expect((await pdfText(summary.bytes[0] ?? new Uint8Array())).replace(/\s+/g, ' ')).toContain('You have reached your goals.');
    const refused = captureIo();
    expect(await main(['report', 'progress-report', '--episode', episodeId, '--as', patientEmail], refused)).toBe(1);
    expect(refused.err.join('')).toContain('you may not make a progress report');
    expect(refused.bytes).toEqual([]);
  });

  it('exits 2 on bad input', async () => {
    for (const args of [['report', 'discharge-note', '--episode', episodeId, '--as', clinicianEmail], ['report', 'progress-report', '--as', clinicianEmail]]) {
      const io = captureIo();
      expect(await main(args, io)).toBe(2);
      expect(io.bytes).toEqual([]);
    }
  });
});
