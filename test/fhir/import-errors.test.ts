// A broken resource in an import bundle gives one validation error that names it
// ("entry[3].resource (Observation/abc)"), never a partial case file; the FHIR endpoint renders that
// error as an OperationOutcome pointing at the entry (issue 7 part 4).
import type { Bundle } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { AppError, type CaseFile } from '../../src/domain/index.ts';
import { bundleToCaseFile, caseFileToBundle, operationOutcomeFrom } from '../../src/fhir/index.ts';
import { validateBundleStructure } from '../../src/fhir/structure-validation.ts';
import { richCaseFile } from './support.ts';

const exported = caseFileToBundle(richCaseFile, { patientId: 'pat-7', episodeId: 'ep-7', type: 'transaction' });

/** A copy of the export with one resource changed; returns the bundle and the changed entry's index. */
function breakResource(id: string, change: (resource: Record<string, unknown>) => void): { bundle: Bundle; index: number } {
  const bundle = structuredClone(exported);
  const index = (bundle.entry ?? []).findIndex((entry) => entry.resource?.id === id);
  const resource = bundle.entry?.[index]?.resource;
  if (resource === undefined) throw new Error(`no resource ${id}`);
  change(resource as unknown as Record<string, unknown>);
  return { bundle, index };
}

/** The import's error; fails the test when the import returns a case file (all or nothing). */
function importError(bundle: unknown): AppError {
  let result: CaseFile | undefined;
  try {
    result = bundleToCaseFile(bundle);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`the import was expected to fail, and returned a case file for ${result.patient.birthDate}`);
}

describe('importing a bundle with a broken resource', () => {
  it('names the resource whose value the case file rejects', () => {
    // The ODI score arrives as text instead of a number.
    const { bundle, index } = breakResource('ep-7-measure-m-odi-1', (r) => { (r.valueQuantity as Record<string, unknown>).value = '36'; });
    const error = importError(bundle);
    expect(error.code).toBe('validation');
    expect(error.details).toEqual([
      { path: `entry[${index}].resource (Observation/ep-7-measure-m-odi-1)`, message: expect.stringMatching(/^measures\[0\]\.score: /) as unknown as string },
    ]);
    expect(error.message).toContain(`entry[${index}].resource (Observation/ep-7-measure-m-odi-1)`);
  });

  it('names the resource that carries a code Threshold does not know', () => {
    const { bundle, index } = breakResource('ep-7-flare-f1', (r) => {
      const cause = (r.component as { code: { coding: { code: string }[] }; valueCodeableConcept?: { coding: { code: string }[] } }[])
        .find((c) => c.code.coding[0]?.code === 'flare-cause');
      if (cause?.valueCodeableConcept?.coding[0] !== undefined) cause.valueCodeableConcept.coding[0].code = 'flare-cause-gremlins';
    });
    const error = importError(bundle);
    expect(error.details).toHaveLength(1);
    expect(error.details[0]?.path).toBe(`entry[${index}].resource (Observation/ep-7-flare-f1).component(flare-cause)`);
  });

  it('names a finding whose goal is not in the bundle', () => {
    const { bundle, index } = breakResource('ep-7-session-s2-finding-1', (r) => { r.focus = [{ reference: 'Goal/nowhere' }]; });
    const error = importError(bundle);
    expect(error.details.map((d) => d.path)).toContain(`entry[${index}].resource (Observation/ep-7-session-s2-finding-1).focus[0]`);
  });

  it('reports every broken resource at once', () => {
    const first = breakResource('ep-7-measure-m-odi-1', (r) => { (r.valueQuantity as Record<string, unknown>).value = '36'; });
    const bundle = first.bundle;
    const goal = bundle.entry?.find((e) => e.resource?.id === 'ep-7-goal-sit')?.resource as Record<string, unknown> | undefined;
    if (goal !== undefined) goal.startDate = 'last spring';
    const error = importError(bundle);
    expect(error.details.map((d) => d.path)).toEqual(expect.arrayContaining([
      `entry[${first.index}].resource (Observation/ep-7-measure-m-odi-1)`,
      expect.stringContaining('(Goal/ep-7-goal-sit)') as unknown as string,
    ]));
  });

  it('needs exactly one patient and one episode of care', () => {
    const bundle = structuredClone(exported);
    bundle.entry = (bundle.entry ?? []).filter((e) => e.resource?.resourceType !== 'Patient');
    expect(importError(bundle).details).toEqual([{ path: 'entry', message: expect.stringContaining('one patient') as unknown as string }]);
  });

  it('refuses what is not a Bundle, or an entry without a resource', () => {
    expect(importError({ resourceType: 'Patient' }).details).toEqual([{ path: 'resourceType', message: 'expected a FHIR Bundle' }]);
    expect(importError({ resourceType: 'Bundle', type: 'collection', entry: [{ fullUrl: 'x' }] }).details[0]?.path).toBe('entry[0].resource');
  });

  it('turns a resource not shaped as R4 defines into a validation error, and the structure validator names it', () => {
    const { bundle, index } = breakResource('ep-7-check-in-ci1', (r) => { r.item = 'pain 4'; });
    expect(importError(bundle).code).toBe('validation');
    let structural: unknown;
    try {
      validateBundleStructure(bundle);
    } catch (error) {
      structural = error;
    }
    expect(structural).toBeInstanceOf(AppError);
    expect((structural as AppError).details[0]?.path).toBe(`entry[${index}].resource (QuestionnaireResponse/ep-7-check-in-ci1)`);
  });

  it('passes the structure validator on the unbroken export', () => {
    expect(() => validateBundleStructure(exported)).not.toThrow();
  });

  it('renders the error as an OperationOutcome pointing at the entry', () => {
    const { bundle, index } = breakResource('ep-7-measure-m-odi-1', (r) => { (r.valueQuantity as Record<string, unknown>).value = '36'; });
    const outcome = operationOutcomeFrom(importError(bundle));
    expect(outcome.issue).toHaveLength(1);
    expect(outcome.issue[0]).toMatchObject({
      severity: 'error',
      code: 'invalid',
      expression: [`Bundle.entry[${index}].resource`],
      diagnostics: expect.stringContaining(`entry[${index}].resource (Observation/ep-7-measure-m-odi-1): measures[0].score`) as unknown as string,
    });
  });
});
