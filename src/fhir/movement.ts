// Movement assessments (spec §4b) <-> Observations: one panel per assessment (code
// movement-assessment, its context as a component, the patterns as members; a skipped one has no
// members and says why as its data-absent reason) and one Observation per pattern rated (code
// movement-<pattern>: quality, pain during, and what was tolerated in kg, repetitions, seconds or
// metres as components; the note as its note). All in the Threshold code system.
import type { Observation, ObservationComponent, Quantity } from '@medplum/fhirtypes';
import {
  movementPatterns, type CaseFileInput, type MovementAssessment, type PatternRating,
} from '../domain/index.ts';
import { hasThresholdCode, quantity, reference, thresholdConcept, valueFromCode } from './codings.ts';
import type { ExportContext } from './export-context.ts';
import { readCode, type Draft, type EntryRef, type ImportContext } from './import-context.ts';
import { recordIdOf, recordIdentifier } from './record-ids.ts';
import { DATA_ABSENT_REASON, OBSERVATION_CATEGORY, UNITS, type UnitKey } from './systems.ts';

const contexts = ['intake', 'checkpoint', 'session', 'other'] as const;
const tolerated = [['kg', 'kg'], ['repetitions', 'repetitions'], ['seconds', 'seconds'], ['metres', 'metres']] as const satisfies readonly (readonly [keyof NonNullable<PatternRating['tolerated']>, UnitKey])[];
const exam = [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'exam' }] }];

function ratingToFhir(ctx: ExportContext, assessment: MovementAssessment, rating: PatternRating, index: number): Observation {
  const components: ObservationComponent[] = [
    { code: thresholdConcept('movement-quality'), valueInteger: rating.quality },
    { code: thresholdConcept('movement-pain-during'), valueQuantity: quantity(rating.painDuring, 'score') },
    ...tolerated.flatMap(([field, unit]) => {
      const value = rating.tolerated?.[field];
      return value === undefined ? [] : [{ code: thresholdConcept('movement-tolerated'), valueQuantity: quantity(value, unit) }];
    }),
  ];
  return {
    resourceType: 'Observation',
    id: ctx.id('movement', assessment.id, String(index + 1)),
    status: 'final',
    category: exam,
    code: thresholdConcept(`movement-${rating.pattern}`),
    subject: ctx.patient,
    effectiveDateTime: assessment.date,
    component: components,
    ...(rating.note === undefined ? {} : { note: [{ text: rating.note }] }),
  };
}

export function movementAssessmentsToFhir(ctx: ExportContext): Observation[] {
  return ctx.file.movementAssessments.flatMap((assessment) => {
    const members = assessment.ratings.map((rating, i) => ratingToFhir(ctx, assessment, rating, i));
    const panel: Observation = {
      resourceType: 'Observation',
      id: ctx.id('movement', assessment.id),
      ...recordIdentifier(assessment.id),
      status: 'final',
      category: exam,
      code: thresholdConcept('movement-assessment'),
      subject: ctx.patient,
      effectiveDateTime: assessment.date,
      ...(assessment.by === undefined ? {} : { performer: [{ display: assessment.by }] }),
      component: [{ code: thresholdConcept('movement-context'), valueCodeableConcept: thresholdConcept(`movement-context-${assessment.context}`) }],
      ...(members.length === 0 ? {} : { hasMember: members.map((m) => reference('Observation', m.id ?? '')) }),
      ...(assessment.skippedReason === undefined ? {} : { dataAbsentReason: { coding: [{ system: DATA_ABSENT_REASON, code: 'not-performed' }], text: assessment.skippedReason } }),
    };
    return [panel, ...members];
  });
}

function componentValue(observation: Observation, code: Parameters<typeof thresholdConcept>[0]): ObservationComponent[] {
  return (observation.component ?? []).filter((c) => hasThresholdCode(c.code, code));
}

function readRating(ctx: ImportContext, entry: EntryRef<Observation>): Draft<PatternRating> {
  const observation = entry.resource;
  const pattern = valueFromCode(observation.code, 'movement', movementPatterns);
  if (pattern === undefined) ctx.problem(entry, 'the code is not a Threshold movement pattern', 'code');
  const amounts = componentValue(observation, 'movement-tolerated').map((c) => c.valueQuantity).filter((q): q is Quantity => q !== undefined);
  const toleratedValue = Object.fromEntries(tolerated.flatMap(([field, unit]) => {
    const found = amounts.find((q) => q.code === UNITS[unit].code);
    return found?.value === undefined ? [] : [[field, found.value]];
  }));
  return {
    pattern,
    quality: componentValue(observation, 'movement-quality')[0]?.valueInteger,
    painDuring: componentValue(observation, 'movement-pain-during')[0]?.valueQuantity?.value,
    ...(amounts.length === 0 ? {} : { tolerated: toleratedValue }),
    ...(observation.note?.[0]?.text === undefined ? {} : { note: observation.note[0].text }),
  };
}

export function readMovementAssessments(ctx: ImportContext): Draft<CaseFileInput['movementAssessments']> {
  return ctx.ofType('Observation').filter((e) => hasThresholdCode(e.resource.code, 'movement-assessment')).map((entry, i): Draft<MovementAssessment> => {
    ctx.origin(`movementAssessments[${i}]`, entry);
    const panel = entry.resource;
    const context = readCode(ctx, entry, 'component(movement-context)', componentValue(panel, 'movement-context')[0]?.valueCodeableConcept, 'movement-context', contexts);
    const ratings = (panel.hasMember ?? []).flatMap((ref) => {
      const member = ctx.resolve(ref);
      if (member?.resource.resourceType !== 'Observation') {
        ctx.problem(entry, `no Observation in the bundle for "${ref.reference ?? '(none)'}"`, 'hasMember');
        return [];
      }
      return [readRating(ctx, member as EntryRef<Observation>)];
    });
    return {
      id: recordIdOf(panel),
      date: panel.effectiveDateTime?.slice(0, 10),
      context,
      ...(panel.dataAbsentReason?.text === undefined ? {} : { skippedReason: panel.dataAbsentReason.text }),
      ratings,
      ...(panel.performer?.[0]?.display === undefined ? {} : { by: panel.performer[0].display }),
    };
  });
}
