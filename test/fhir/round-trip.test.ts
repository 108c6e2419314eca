// The round trip on a case file that uses every optional field (support.ts), as a collection and as
// a transaction: every resource passes the R4 structure validator, the import gives back the same
// case file, and the ids and references hold together.
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { assess, defaultSettings } from '../../src/domain/index.ts';
import { bundleToCaseFile, caseFileToBundle } from '../../src/fhir/index.ts';
import { structureErrors } from '../../src/fhir/structure-validation.ts';
import { richCaseFile } from './support.ts';

const asOf = '2026-02-20';
const assessment = assess(richCaseFile, asOf, defaultSettings);
const practitioners = [
  { id: 'c-anna', name: 'Anna Synthetic', discipline: 'physical therapy', lead: true },
  { id: 'c-ben', name: 'Ben Synthetic', discipline: 'acupuncture' },
];

function resources(bundle: Bundle): Resource[] {
  return (bundle.entry ?? []).flatMap((entry) => (entry.resource === undefined ? [] : [entry.resource]));
}

function validationFailures(bundle: Bundle): string[] {
  return resources(bundle).flatMap((r) => structureErrors(r).map((e) => `${r.resourceType}/${r.id ?? ''}: ${e}`));
}

describe('FHIR round trip of a case file using every field', () => {
  const collection = caseFileToBundle(richCaseFile, {
    patientId: 'pat-7', episodeId: 'ep-7', assessment, practitioners, clinicBaseUrl: 'https://clinic.example/fhir/R4/',
  });

  it('exports valid R4 resources of every mapped type, in a valid Bundle', () => {
    expect(validationFailures(collection)).toEqual([]);
    expect(structureErrors(collection)).toEqual([]);
    expect(new Set(resources(collection).map((r) => r.resourceType))).toEqual(new Set([
      'Patient', 'Practitioner', 'CareTeam', 'EpisodeOfCare', 'Condition', 'Observation', 'Encounter', 'Procedure',
      'QuestionnaireResponse', 'DiagnosticReport', 'Goal', 'CarePlan', 'ClinicalImpression', 'ServiceRequest',
    ].concat(assessment.flags.length > 0 ? ['Flag'] : [])));
  });

  it('imports back to the same case file and the same assessment', () => {
    const imported = bundleToCaseFile(collection);
    expect(imported).toEqual(richCaseFile);
    expect(assess(imported, asOf, defaultSettings)).toEqual(assessment);
  });

  it('builds fullUrls on the clinic base and resolves every reference inside the bundle', () => {
    const entries = collection.entry ?? [];
    for (const entry of entries) {
      expect(entry.fullUrl).toBe(`https://clinic.example/fhir/R4/${entry.resource?.resourceType ?? ''}/${entry.resource?.id ?? ''}`);
    }
    const known = new Set(entries.map((e) => `${e.resource?.resourceType ?? ''}/${e.resource?.id ?? ''}`));
    const references = JSON.stringify(collection).match(/"reference":"[^"]+"/g) ?? [];
    expect(references.length).toBeGreaterThan(20);
    for (const ref of references) expect(known, ref).toContain(ref.slice('"reference":"'.length, -1));
  });

  it('keeps the record ids and the clinician ids in identifiers even when an id must be hashed', () => {
    const long = { ...richCaseFile, goals: richCaseFile.goals.map((g, i) => (i === 0 ? { ...g, id: 'walk the dog — 40 minutes' } : g)) };
    const fixed = {
      ...long,
      sessions: long.sessions.map((s) => ({ ...s, findings: s.findings.map((f) => (f.goalId === 'walk' ? { ...f, goalId: 'walk the dog — 40 minutes' } : f)) })),
      checkIns: long.checkIns.map((c) => ({ ...c, goals: c.goals.map((g) => (g.goalId === 'walk' ? { ...g, goalId: 'walk the dog — 40 minutes' } : g)) })),
    };
    const bundle = caseFileToBundle(fixed, { patientId: 'pat-7', episodeId: 'ep-7' });
    expect(validationFailures(bundle)).toEqual([]);
    expect(bundleToCaseFile(bundle)).toEqual(fixed);
  });

  it('as a transaction, PUTs every resource by its id and imports the same way', () => {
    const transaction = caseFileToBundle(richCaseFile, { patientId: 'pat-7', episodeId: 'ep-7', type: 'transaction' });
    expect(transaction.type).toBe('transaction');
    for (const entry of transaction.entry ?? []) {
      expect(entry.request).toEqual({ method: 'PUT', url: `${entry.resource?.resourceType ?? ''}/${entry.resource?.id ?? ''}` });
    }
    expect(structureErrors(transaction)).toEqual([]);
    expect(bundleToCaseFile(transaction)).toEqual(richCaseFile);
  });

  it('keeps a red-flag screen recorded as not done as not done, with its reason', () => {
    const redFlags = { date: richCaseFile.intake.redFlags?.date ?? asOf, status: 'not-done' as const, notDoneReason: 'interpreter not available today', answers: [] };
    const notDone = { ...richCaseFile, intake: { ...richCaseFile.intake, redFlags } };
    const bundle = caseFileToBundle(notDone, { patientId: 'pat-7', episodeId: 'ep-7' });
    expect(validationFailures(bundle)).toEqual([]);
    expect(resources(bundle).find((r) => r.id === 'ep-7-red-flags')).toMatchObject({ status: 'stopped' });
    expect(bundleToCaseFile(bundle).intake.redFlags).toEqual(redFlags);
  });

  it('leaves removed records out of the export (a removed irritability grade too), and the ratings of a removed goal with it', () => {
    const removed = { on: asOf, by: 'c-anna', reason: 'entered on the wrong patient' };
    const [firstGoal] = richCaseFile.goals;
    const [firstSession] = richCaseFile.sessions;
    if (!firstGoal || !firstSession) throw new Error('the rich case file has goals and sessions');
    const file = {
      ...richCaseFile,
      goals: richCaseFile.goals.map((g) => (g.id === firstGoal.id ? { ...g, removed } : g)),
      // The session grade g1 was made at (s2) is removed too, and the grade g3 itself.
      sessions: richCaseFile.sessions.map((s) => (s.id === firstSession.id || s.id === 's2' ? { ...s, removed } : s)),
      irritabilityGrades: richCaseFile.irritabilityGrades.map((g) => (g.id === 'g3' ? { ...g, removed } : g)),
    };
    const bundle = caseFileToBundle(file, { patientId: 'pat-7', episodeId: 'ep-7' });
    expect(validationFailures(bundle)).toEqual([]);
    const imported = bundleToCaseFile(bundle);
    expect(imported.irritabilityGrades.map((g) => [g.id, g.contextId])).toEqual([['g1', undefined], ['g2', 'cp1']]);
    expect(imported.goals.map((g) => g.id)).not.toContain(firstGoal.id);
    expect(imported.sessions.map((s) => s.id)).not.toContain(firstSession.id);
    expect(imported.checkIns.flatMap((c) => c.goals.map((g) => g.goalId))).not.toContain(firstGoal.id);
    expect(imported.goals).toHaveLength(richCaseFile.goals.length - 1);
  });

  it('says only what the records know in status fields', () => {
    const byId = new Map(resources(collection).map((r) => [`${r.resourceType}/${r.id ?? ''}`, r]));
    const status = (key: string): unknown => (byId.get(key) as { status?: unknown } | undefined)?.status;
    expect(status('Observation/ep-7-flare-f1')).toBe('final'); // ended
    expect(status('Observation/ep-7-flare-f2')).toBe('preliminary'); // still under way
    expect(status('ClinicalImpression/ep-7-checkpoint-cp1')).toBe('completed'); // decided
    expect(status('ClinicalImpression/ep-7-checkpoint-cp2')).toBe('in-progress'); // no decision yet
    expect(status('ServiceRequest/ep-7-referral-r2')).toBe('draft'); // proposed
    expect(status('DiagnosticReport/ep-7-imaging-mri-1')).toBe('unknown'); // a report from elsewhere
    expect(status('EpisodeOfCare/ep-7')).toBe('active'); // ongoing care still runs
  });
});
