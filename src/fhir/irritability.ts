// Irritability <-> Observations of the Threshold code `irritability` (spec §2, §4a.1, reference §6).
// The intake's: its value is the grade the clinician confirmed; the suggestion and the inputs it came
// from are components. Status says what the record knows: `final` once a clinician has confirmed a
// grade, `preliminary` while there is only a suggestion or the inputs. Then one Observation per later
// grade (irritabilityGrades), `final`, with its inputs as components, who graded it as performer, and
// where it was graded in an extension (and, at a session, the session's Encounter): that extension is
// what tells a later grade from the intake's on import.
import type { Observation, ObservationComponent } from '@medplum/fhirtypes';
import { irritabilityGrades, type CaseFileInput, type IrritabilityGrade, type IrritabilityRecord } from '../domain/index.ts';
import { hasThresholdCode, loincCoding, quantity, reference, thresholdConcept } from './codings.ts';
import { dayOfDateTime } from './dates.ts';
import type { ExportContext } from './export-context.ts';
import { extensionOf, readCode, type Draft, type EntryRef, type ImportContext } from './import-context.ts';
import { recordIdOf, recordIdentifier } from './record-ids.ts';
import { sessionId } from './sessions.ts';
import { EXT, LOINC, OBSERVATION_CATEGORY } from './systems.ts';

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

const gradeContexts: readonly IrritabilityGrade['context'][] = ['session', 'checkpoint', 'other'];

export function irritabilityGradesToFhir(ctx: ExportContext): Observation[] {
  return ctx.file.irritabilityGrades.map((grade) => {
    const component = inputComponents(grade.inputs);
    return {
      resourceType: 'Observation',
      id: ctx.id('irritability-grade', grade.id),
      ...recordIdentifier(grade.id),
      extension: [
        { url: EXT.irritabilityContext, valueCode: grade.context },
        ...(grade.contextId === undefined ? [] : [{ url: EXT.irritabilityContextId, valueString: grade.contextId }]),
      ],
      status: 'final',
      category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'exam' }] }],
      code: thresholdConcept('irritability'),
      subject: ctx.patient,
      ...(grade.context === 'session' && grade.contextId !== undefined ? { encounter: reference('Encounter', sessionId(ctx, grade.contextId)) } : {}),
      effectiveDateTime: grade.date,
      ...(grade.by === undefined ? {} : { performer: [{ display: grade.by }] }),
      valueCodeableConcept: thresholdConcept(`irritability-${grade.grade}`),
      ...(grade.note === undefined ? {} : { note: [{ text: grade.note }] }),
      ...(component.length === 0 ? {} : { component }),
    };
  });
}

/** A later grade carries where it was graded; the intake's Observation does not. */
const isLaterGrade = (observation: Observation): boolean => extensionOf(observation, EXT.irritabilityContext) !== undefined;

function readInputs(ctx: ImportContext, entry: EntryRef<Observation>): Draft<IrritabilityRecord['inputs']> {
  const parts = entry.resource.component ?? [];
  const part = (code: 'night-or-rest-pain' | 'provocation' | 'settle-hours'): ObservationComponent | undefined => parts.find((c) => hasThresholdCode(c.code, code));
  const pain = parts.find((c) => (c.code.coding ?? []).some((coding) => coding.system === LOINC && coding.code === PAIN_NOW_LOINC));
  if (pain === undefined && part('night-or-rest-pain') === undefined && part('provocation') === undefined && part('settle-hours') === undefined) return undefined;
  return {
    painNow: pain?.valueQuantity?.value,
    nightOrRestPain: readCode(ctx, entry, 'component(night-or-rest-pain)', part('night-or-rest-pain')?.valueCodeableConcept, 'night-pain', nightPain),
    provocation: readCode(ctx, entry, 'component(provocation)', part('provocation')?.valueCodeableConcept, 'provocation', provocations),
    settleHours: part('settle-hours')?.valueQuantity?.value,
  };
}

export function readIrritabilityGrades(ctx: ImportContext): Draft<CaseFileInput['irritabilityGrades']> {
  return ctx.ofType('Observation').filter((o) => hasThresholdCode(o.resource.code, 'irritability') && isLaterGrade(o.resource)).map((entry, i) => {
    ctx.origin(`irritabilityGrades[${i}]`, entry);
    const context = extensionOf(entry.resource, EXT.irritabilityContext)?.valueCode;
    if (context !== undefined && !(gradeContexts as readonly string[]).includes(context)) ctx.problem(entry, `where it was graded must be one of ${gradeContexts.join(', ')}`, 'extension(irritability-context)');
    return {
      id: recordIdOf(entry.resource),
      date: dayOfDateTime(entry.resource.effectiveDateTime),
      grade: readCode(ctx, entry, 'valueCodeableConcept', entry.resource.valueCodeableConcept, 'irritability', irritabilityGrades),
      context: context as IrritabilityGrade['context'] | undefined,
      contextId: extensionOf(entry.resource, EXT.irritabilityContextId)?.valueString,
      inputs: readInputs(ctx, entry),
      by: entry.resource.performer?.[0]?.display,
      note: entry.resource.note?.[0]?.text,
    };
  });
}

export function readIrritability(ctx: ImportContext): Draft<NonNullable<CaseFileInput['intake']>['irritability']> | undefined {
  const entry = ctx.ofType('Observation').find((o) => hasThresholdCode(o.resource.code, 'irritability') && !isLaterGrade(o.resource));
  if (entry === undefined) return undefined;
  ctx.origin('intake.irritability', entry);
  const suggestion = (entry.resource.component ?? []).find((c) => hasThresholdCode(c.code, 'irritability-suggested'));
  const value = entry.resource.valueCodeableConcept;
  return {
    inputs: readInputs(ctx, entry),
    suggested: readCode(ctx, entry, 'component(irritability-suggested)', suggestion?.valueCodeableConcept, 'irritability', irritabilityGrades),
    confirmed: value === undefined ? null : readCode(ctx, entry, 'valueCodeableConcept', value, 'irritability', irritabilityGrades),
    confirmedOn: dayOfDateTime(entry.resource.effectiveDateTime),
  };
}
