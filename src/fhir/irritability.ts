// Irritability <-> one Observation of the Threshold code `irritability` (spec §2, reference §6). Its
// value is the grade the clinician confirmed, the only one the engine uses; the suggestion and the
// inputs it came from are components. Status says what the record knows: `final` once a clinician
// has confirmed a grade, `preliminary` while there is only a suggestion or the inputs.
import type { Observation, ObservationComponent } from '@medplum/fhirtypes';
import { irritabilityGrades, type CaseFileInput, type IrritabilityRecord } from '../domain/index.ts';
import { hasThresholdCode, loincCoding, quantity, thresholdConcept } from './codings.ts';
import { dayOfDateTime } from './dates.ts';
import type { ExportContext } from './export-context.ts';
import { readCode, type Draft, type ImportContext } from './import-context.ts';
import { LOINC, OBSERVATION_CATEGORY } from './systems.ts';

type Inputs = NonNullable<IrritabilityRecord['inputs']>;
const nightPain: readonly Inputs['nightOrRestPain'][] = ['none', 'intermittent', 'constant'];
const provocations: readonly Inputs['provocation'][] = ['minimal-activity', 'moderate-activity', 'sustained-or-heavy-activity'];
const PAIN_NOW_LOINC = '72514-3';

function inputComponents(inputs: Inputs | undefined): ObservationComponent[] {
  if (inputs === undefined) return [];
  return [
    { code: { coding: [loincCoding(PAIN_NOW_LOINC, 'Pain severity - 0-10 verbal numeric rating [Score] - Reported')] }, valueQuantity: quantity(inputs.painNow, 'score') },
    { code: thresholdConcept('night-or-rest-pain'), valueCodeableConcept: thresholdConcept(`night-pain-${inputs.nightOrRestPain}`) },
    { code: thresholdConcept('provocation'), valueCodeableConcept: thresholdConcept(`provocation-${inputs.provocation}`) },
    { code: thresholdConcept('settle-hours'), valueQuantity: quantity(inputs.settleHours, 'hours') },
  ];
}

export function irritabilityToFhir(ctx: ExportContext): Observation[] {
  const record = ctx.file.intake.irritability;
  if (record.confirmed === null && record.suggested === undefined && record.inputs === undefined && record.confirmedOn === undefined) return [];
  const component = [
    ...(record.suggested === undefined ? [] : [{ code: thresholdConcept('irritability-suggested'), valueCodeableConcept: thresholdConcept(`irritability-${record.suggested}`) }]),
    ...inputComponents(record.inputs),
  ];
  return [{
    resourceType: 'Observation',
    id: ctx.id('irritability'),
    status: record.confirmed === null ? 'preliminary' : 'final',
    category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'exam' }] }],
    code: thresholdConcept('irritability'),
    subject: ctx.patient,
    ...(record.confirmedOn === undefined ? {} : { effectiveDateTime: record.confirmedOn }),
    ...(record.confirmed === null ? {} : { valueCodeableConcept: thresholdConcept(`irritability-${record.confirmed}`) }),
    ...(component.length === 0 ? {} : { component }),
  }];
}

export function readIrritability(ctx: ImportContext): Draft<NonNullable<CaseFileInput['intake']>['irritability']> | undefined {
  const entry = ctx.ofType('Observation').find((o) => hasThresholdCode(o.resource.code, 'irritability'));
  if (entry === undefined) return undefined;
  ctx.origin('intake.irritability', entry);
  const parts = entry.resource.component ?? [];
  const part = (code: 'irritability-suggested' | 'night-or-rest-pain' | 'provocation' | 'settle-hours'): ObservationComponent | undefined =>
    parts.find((c) => hasThresholdCode(c.code, code));
  const pain = parts.find((c) => (c.code.coding ?? []).some((coding) => coding.system === LOINC && coding.code === PAIN_NOW_LOINC));
  const inputs = pain === undefined && part('night-or-rest-pain') === undefined && part('provocation') === undefined && part('settle-hours') === undefined
    ? undefined
    : {
      painNow: pain?.valueQuantity?.value,
      nightOrRestPain: readCode(ctx, entry, 'component(night-or-rest-pain)', part('night-or-rest-pain')?.valueCodeableConcept, 'night-pain', nightPain),
      provocation: readCode(ctx, entry, 'component(provocation)', part('provocation')?.valueCodeableConcept, 'provocation', provocations),
      settleHours: part('settle-hours')?.valueQuantity?.value,
    };
  const value = entry.resource.valueCodeableConcept;
  return {
    inputs,
    suggested: readCode(ctx, entry, 'component(irritability-suggested)', part('irritability-suggested')?.valueCodeableConcept, 'irritability', irritabilityGrades),
    confirmed: value === undefined ? null : readCode(ctx, entry, 'valueCodeableConcept', value, 'irritability', irritabilityGrades),
    confirmedOn: dayOfDateTime(entry.resource.effectiveDateTime),
  };
}
