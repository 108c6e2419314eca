// Flares <-> Observation of the Threshold code `flare` over its period (spec §2, §4). FHIR has no
// flare resource; an Observation with a start and, once it has settled, an end says what the record
// knows: `preliminary` while the flare is under way (no end yet), `final` once it has ended. The
// peak, the pain at the peak, the cause and who recorded it are components. With an assessment the
// engine's class (expected soreness, normal, reassess, open) is the interpretation; the import
// ignores it, because the engine recomputes it.
import type { Observation, ObservationComponent } from '@medplum/fhirtypes';
import { flareCauses, type Assessment, type CaseFileInput, type Flare } from '../domain/index.ts';
import { hasThresholdCode, quantity, thresholdConcept } from './codings.ts';
import type { ExportContext } from './export-context.ts';
import { readCode, type Draft, type EntryRef, type ImportContext } from './import-context.ts';
import { recordIdOf, recordIdentifier } from './record-ids.ts';

const recorders = ['patient', 'clinician'] as const;

function components(flare: Flare): ObservationComponent[] {
  return [
    ...(flare.peak === undefined ? [] : [{ code: thresholdConcept('flare-peak'), valueDateTime: flare.peak }]),
    ...(flare.peakPain === undefined ? [] : [{ code: thresholdConcept('flare-peak-pain'), valueQuantity: quantity(flare.peakPain, 'score') }]),
    { code: thresholdConcept('flare-cause'), valueCodeableConcept: thresholdConcept(`flare-cause-${flare.cause}`) },
    { code: thresholdConcept('flare-recorded-by'), valueCodeableConcept: thresholdConcept(`recorded-by-${flare.recordedBy}`) },
  ];
}

function interpretation(assessment: Assessment | undefined, flare: Flare): Pick<Observation, 'interpretation'> {
  const assessed = assessment?.flares.find((f) => f.recorded && f.id === flare.id);
  return assessed === undefined ? {} : { interpretation: [thresholdConcept(`flare-class-${assessed.classification}`)] };
}

export function flaresToFhir(ctx: ExportContext): Observation[] {
  return ctx.file.flares.map((flare) => ({
    resourceType: 'Observation',
    id: ctx.id('flare', flare.id),
    ...recordIdentifier(flare.id),
    status: flare.end === undefined ? 'preliminary' : 'final',
    code: thresholdConcept('flare'),
    subject: ctx.patient,
    effectivePeriod: { start: flare.start, ...(flare.end === undefined ? {} : { end: flare.end }) },
    ...(flare.recordedBy === 'patient' ? { performer: [ctx.patient] } : {}),
    ...interpretation(ctx.assessment, flare),
    component: components(flare),
  }));
}

function readFlare(ctx: ImportContext, entry: EntryRef<Observation>): Draft<NonNullable<CaseFileInput['flares']>[number]> {
  const parts = entry.resource.component ?? [];
  const part = (code: 'flare-peak' | 'flare-peak-pain' | 'flare-cause' | 'flare-recorded-by'): ObservationComponent | undefined =>
    parts.find((c) => hasThresholdCode(c.code, code));
  return {
    id: recordIdOf(entry.resource),
    start: entry.resource.effectivePeriod?.start,
    end: entry.resource.effectivePeriod?.end,
    peak: part('flare-peak')?.valueDateTime,
    peakPain: part('flare-peak-pain')?.valueQuantity?.value,
    cause: readCode(ctx, entry, 'component(flare-cause)', part('flare-cause')?.valueCodeableConcept, 'flare-cause', flareCauses),
    recordedBy: readCode(ctx, entry, 'component(flare-recorded-by)', part('flare-recorded-by')?.valueCodeableConcept, 'recorded-by', recorders),
  };
}

export function readFlares(ctx: ImportContext): Draft<CaseFileInput['flares']> {
  return ctx.ofType('Observation').filter((entry) => hasThresholdCode(entry.resource.code, 'flare')).map((entry, i) => {
    ctx.origin(`flares[${i}]`, entry);
    return readFlare(ctx, entry);
  });
}
