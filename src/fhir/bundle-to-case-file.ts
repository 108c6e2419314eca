// The import direction: a FHIR Bundle (as exported by caseFileToBundle, or a transaction holding the
// same resources) -> one case file. All or nothing: every problem found is collected, each naming the
// resource it is in ("entry[3].resource (Observation/abc)"), and the result is either a case file
// that passed the case-file schema or one validation AppError, never a partial case file.
// What the engine concludes (flags, the phase, goal achievement, flare classes, passive share) is not
// read back: it is recomputed from the records. Resources that map no record are ignored.
import type { Bundle, Observation } from '@medplum/fhirtypes';
import type { z } from 'zod';
import { AppError, caseFileSchema, formatPath, type CaseFile, type ErrorDetail } from '../domain/index.ts';
import { readCarePlanAgreedOn, readOngoingCare } from './care-plan.ts';
import { isCheckInResponse, readCheckIns } from './check-ins.ts';
import { readCheckpoints } from './checkpoints.ts';
import { readEpisode } from './episode.ts';
import { readFlares } from './flares.ts';
import { readGoals } from './goals.ts';
import { readImaging } from './imaging.ts';
import { entryPath, ImportContext, type EntryRef } from './import-context.ts';
import { readIntakeMilestones } from './intake.ts';
import { readIrritability, readIrritabilityGrades } from './irritability.ts';
import { readMeasures } from './measures.ts';
import { readMovementAssessments } from './movement.ts';
import { readPatient } from './patient.ts';
import { readPriorTreatments } from './prior-treatments.ts';
import { readProgramme } from './programme.ts';
import { readRedFlags } from './red-flags.ts';
import { readReferrals } from './referrals.ts';
import { readSessions } from './sessions.ts';

function invalid(details: ErrorDetail[]): AppError {
  const first = details[0];
  const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
  return new AppError('validation', `Invalid FHIR bundle: ${first === undefined ? 'invalid' : `${first.path}: ${first.message}`}${more}`, details);
}

function shapeProblems(bundle: unknown): ErrorDetail[] {
  if (typeof bundle !== 'object' || bundle === null || (bundle as { resourceType?: unknown }).resourceType !== 'Bundle') {
    return [{ path: 'resourceType', message: 'expected a FHIR Bundle' }];
  }
  const entries = (bundle as { entry?: unknown }).entry;
  if (entries === undefined) return [];
  if (!Array.isArray(entries)) return [{ path: 'entry', message: 'entry must be a list' }];
  return entries.flatMap((entry: unknown, index): ErrorDetail[] => {
    const resource = (entry as { resource?: { resourceType?: unknown; id?: unknown } } | null)?.resource;
    if (typeof resource !== 'object' || resource === null || typeof resource.resourceType !== 'string') {
      return [{ path: `entry[${index}].resource`, message: 'the entry holds no resource with a resourceType' }];
    }
    return resource.id === undefined || typeof resource.id === 'string' ? [] : [{ path: `entry[${index}].resource.id`, message: 'id must be a string' }];
  });
}

/** "sessions[2].findings[0].goalId" -> the longest prefix that came from a known entry. */
function originOf(ctx: ImportContext, path: string): EntryRef | undefined {
  for (let end = path.length; end > 0; end -= 1) {
    if (end < path.length && path[end] !== '.' && path[end] !== '[') continue;
    const found = ctx.origins.get(path.slice(0, end));
    if (found !== undefined) return found;
  }
  return undefined;
}

function schemaProblems(ctx: ImportContext, error: z.ZodError): ErrorDetail[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    const origin = originOf(ctx, path);
    return { path: origin === undefined ? 'entry' : entryPath(origin), message: `${path}: ${issue.message}` };
  });
}

function readDraft(ctx: ImportContext): unknown {
  const isFromCheckIn = (entry: EntryRef<Observation>): boolean => (entry.resource.derivedFrom ?? []).some((ref) => {
    const target = ctx.resolve(ref);
    return target?.resource.resourceType === 'QuestionnaireResponse' && isCheckInResponse(target.resource);
  });
  const irritability = readIrritability(ctx);
  const { programme, clinicExercises } = readProgramme(ctx);
  return {
    schemaVersion: 1,
    patient: readPatient(ctx),
    episode: readEpisode(ctx),
    intake: {
      ...readIntakeMilestones(ctx),
      carePlanAgreedOn: readCarePlanAgreedOn(ctx),
      redFlags: readRedFlags(ctx),
      ...(irritability === undefined ? {} : { irritability }),
      priorTreatments: readPriorTreatments(ctx),
      imaging: readImaging(ctx),
    },
    goals: readGoals(ctx),
    irritabilityGrades: readIrritabilityGrades(ctx),
    sessions: readSessions(ctx),
    checkIns: readCheckIns(ctx),
    flares: readFlares(ctx),
    measures: readMeasures(ctx, isFromCheckIn),
    checkpoints: readCheckpoints(ctx),
    referrals: readReferrals(ctx),
    ongoingCare: readOngoingCare(ctx),
    movementAssessments: readMovementAssessments(ctx),
    programme,
    clinicExercises,
  };
}

export function bundleToCaseFile(bundle: unknown): CaseFile {
  const shape = shapeProblems(bundle);
  if (shape.length > 0) throw invalid(shape);
  const ctx = new ImportContext(bundle as Bundle);
  let draft: unknown;
  try {
    draft = readDraft(ctx);
  } catch (error) {
    // A resource whose elements are not shaped as FHIR R4 says (a string where a list belongs, ...):
    // run the structure validator first to have it named.
    if (error instanceof TypeError) throw invalid([{ path: 'entry', message: `a resource does not have the structure FHIR R4 defines (${error.message})` }]);
    throw error;
  }
  if (ctx.problems.length > 0) throw invalid(ctx.problems);
  const parsed = caseFileSchema.safeParse(draft);
  if (!parsed.success) throw invalid(schemaProblems(ctx, parsed.error));
  return parsed.data;
}
