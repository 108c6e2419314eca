// The export direction: one case file (one episode) -> a FHIR R4 Bundle holding every resource that
// maps it (see docs in each mapper). Ids are stable (derived from the episode id and the record ids),
// references between resources are relative ("Goal/<id>"), and fullUrls are built on the clinic's
// FHIR base. A `collection` suits an $everything-style export; a `transaction` PUTs every resource
// by id, so importing the same export twice updates rather than duplicates. Records marked removed
// are not exported: the receiving system could not read the marker and would count them again.
import type { Bundle, BundleEntry, Goal, Observation, Resource } from '@medplum/fhirtypes';
import { AppError, withoutRemovedRecords, type CaseFile } from '../domain/index.ts';
import { flagsToFhir, passiveShareToFhir } from './assessment-resources.ts';
import { carePlansToFhir } from './care-plan.ts';
import { careTeamId, careTeamToFhir, practitionersToFhir, teamMembers } from './care-team.ts';
import { checkInsToFhir } from './check-ins.ts';
import { checkpointsToFhir } from './checkpoints.ts';
import { documentReferencesToFhir } from './documents.ts';
import { conditionToFhir, episodeToFhir, expectationsToFhir } from './episode.ts';
import { exportContext, type ExportOptions } from './export-context.ts';
import { flaresToFhir } from './flares.ts';
import { goalRatingsToFhir, goalsToFhir, linkGoalOutcomes } from './goals.ts';
import { imagingToFhir } from './imaging.ts';
import { intakeToFhir } from './intake.ts';
import { irritabilityGradesToFhir, irritabilityToFhir } from './irritability.ts';
import { measuresToFhir } from './measures.ts';
import { movementAssessmentsToFhir } from './movement.ts';
import { patientToFhir } from './patient.ts';
import { priorTreatmentsToFhir } from './prior-treatments.ts';
import { programmeToFhir } from './programme.ts';
import { redFlagsToFhir } from './red-flags.ts';
import { referralsToFhir } from './referrals.ts';
import { sessionsToFhir } from './sessions.ts';
import { DEFAULT_FHIR_BASE } from './systems.ts';

export type { DocumentInput, ExportOptions, PractitionerInput } from './export-context.ts';

function checkUniqueIds(resources: Resource[]): void {
  const seen = new Set<string>();
  for (const resource of resources) {
    const key = `${resource.resourceType}/${resource.id ?? ''}`;
    // Two records mapping to one id would make one overwrite the other on import: fail loudly.
    if (seen.has(key)) throw new AppError('internal', `FHIR export produced the id ${key} twice`);
    seen.add(key);
  }
}

export function caseFileToBundle(caseFile: CaseFile, options: ExportOptions): Bundle {
  const ctx = exportContext(withoutRemovedRecords(caseFile), options);
  const members = teamMembers(ctx, options.practitioners ?? []);
  const teamId = members.length === 0 ? undefined : careTeamId(ctx);
  const goals: Goal[] = goalsToFhir(ctx);
  const resources: Resource[] = [
    patientToFhir(ctx),
    ...practitionersToFhir(ctx, members),
    ...(teamId === undefined ? [] : [careTeamToFhir(ctx, members)]),
    episodeToFhir(ctx, teamId),
    conditionToFhir(ctx),
    ...expectationsToFhir(ctx),
    ...intakeToFhir(ctx),
    ...redFlagsToFhir(ctx),
    ...irritabilityToFhir(ctx),
    ...irritabilityGradesToFhir(ctx),
    ...priorTreatmentsToFhir(ctx),
    ...imagingToFhir(ctx),
    ...goals,
    ...goalRatingsToFhir(ctx),
    ...carePlansToFhir(ctx),
    ...sessionsToFhir(ctx),
    ...checkInsToFhir(ctx),
    ...flaresToFhir(ctx),
    ...measuresToFhir(ctx),
    ...checkpointsToFhir(ctx),
    ...referralsToFhir(ctx),
    ...programmeToFhir(ctx),
    ...movementAssessmentsToFhir(ctx),
    ...flagsToFhir(ctx),
    ...passiveShareToFhir(ctx),
    ...documentReferencesToFhir(ctx, options.documents ?? [], members.map((m) => m.id)),
  ];
  linkGoalOutcomes(goals, resources.filter((r): r is Observation => r.resourceType === 'Observation'));
  checkUniqueIds(resources);

  const type = options.type ?? 'collection';
  const base = (options.clinicBaseUrl ?? DEFAULT_FHIR_BASE).replace(/\/+$/, '');
  const entry: BundleEntry[] = resources.map((resource) => {
    const path = `${resource.resourceType}/${resource.id ?? ''}`;
    return {
      fullUrl: `${base}/${path}`,
      resource,
      ...(type === 'transaction' ? { request: { method: 'PUT', url: path } } : {}),
    };
  });
  return { resourceType: 'Bundle', type, entry };
}
