// Treatments before this episode <-> Procedure in the Threshold category `prior-treatment` (spec §3:
// kind, when, how long, outcome). They are history the patient reported, so the status is
// `completed` (R4 Procedure has no `reported` element to say who told us); the outcome (helped, no change, made worse, flare) is the
// Procedure's outcome. How long it lasted rides in an extension in weeks, because the record has a
// duration and not always a start.
import type { Procedure } from '@medplum/fhirtypes';
import { priorTreatmentKinds, priorTreatmentOutcomes, type CaseFileInput } from '../domain/index.ts';
import { hasThresholdCode, quantity, thresholdConcept } from './codings.ts';
import { dayOfDateTime } from './dates.ts';
import type { ExportContext } from './export-context.ts';
import { extensionOf, readCode, type Draft, type ImportContext } from './import-context.ts';
import { EXT } from './systems.ts';

export function priorTreatmentsToFhir(ctx: ExportContext): Procedure[] {
  return ctx.file.intake.priorTreatments.map((treatment, i) => ({
    resourceType: 'Procedure',
    id: ctx.id('prior-treatment', String(i + 1)),
    ...(treatment.durationWeeks === undefined
      ? {}
      : { extension: [{ url: EXT.durationWeeks, valueDuration: quantity(treatment.durationWeeks, 'weeks') }] }),
    status: 'completed',
    category: thresholdConcept('prior-treatment'),
    code: thresholdConcept(`prior-${treatment.kind}`),
    subject: ctx.patient,
    ...(treatment.started === undefined ? {} : { performedDateTime: treatment.started }),
    outcome: thresholdConcept(`prior-outcome-${treatment.outcome}`),
    ...(treatment.note === undefined ? {} : { note: [{ text: treatment.note }] }),
  }));
}

export function readPriorTreatments(ctx: ImportContext): Draft<NonNullable<CaseFileInput['intake']>['priorTreatments']> {
  return ctx.ofType('Procedure').filter((p) => hasThresholdCode(p.resource.category, 'prior-treatment')).map((entry, i) => {
    ctx.origin(`intake.priorTreatments[${i}]`, entry);
    const resource = entry.resource;
    return {
      kind: readCode(ctx, entry, 'code', resource.code, 'prior', priorTreatmentKinds),
      started: dayOfDateTime(resource.performedDateTime),
      durationWeeks: extensionOf(resource, EXT.durationWeeks)?.valueDuration?.value,
      outcome: readCode(ctx, entry, 'outcome', resource.outcome, 'prior-outcome', priorTreatmentOutcomes),
      note: resource.note?.[0]?.text,
    };
  });
}
