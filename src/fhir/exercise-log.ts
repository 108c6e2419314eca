// The programme's log in a check-in (spec §4b) <-> FHIR: in the check-in's QuestionnaireResponse
// (the record: the import reads it back from there) an item per exercise logged (the exercise, done,
// pain during) and per next-morning answer; beside it an Observation for each, in the Threshold code
// system (exercise-log, exercise-morning-after), derived from the response.
import type { Observation, QuestionnaireResponseItem } from '@medplum/fhirtypes';
import {
  exerciseDoneValues, morningAfterValues, withClinicExercises, type CaseFile, type CheckIn, type ExerciseLogEntry, type MorningAfter,
} from '../domain/index.ts';
import { quantity, thresholdCoding, thresholdConcept, valueFromCode } from './codings.ts';
import type { ExportContext } from './export-context.ts';
import type { Draft, EntryRef, ImportContext } from './import-context.ts';
import { exerciseCoding } from './programme.ts';
import { EXERCISE_SYSTEM, OBSERVATION_CATEGORY } from './systems.ts';

function exerciseAnswer(file: CaseFile, exerciseId: string): QuestionnaireResponseItem {
  return { linkId: 'exercise-id', answer: [{ valueCoding: exerciseCoding(withClinicExercises(file.clinicExercises).get(exerciseId), exerciseId) }] };
}

/** The QuestionnaireResponse items of a check-in's log. */
export function exerciseLogItems(file: CaseFile, checkIn: CheckIn): QuestionnaireResponseItem[] {
  return [
    ...checkIn.exercises.map((entry) => ({
      linkId: 'exercise',
      item: [
        exerciseAnswer(file, entry.exerciseId),
        { linkId: 'exercise-done', answer: [{ valueCoding: thresholdCoding(`exercise-done-${entry.done}`) }] },
        ...(entry.painDuring === undefined ? [] : [{ linkId: 'exercise-pain-during', answer: [{ valueDecimal: entry.painDuring }] }]),
      ],
    })),
    ...checkIn.morningAfter.map((entry) => ({
      linkId: 'morning-after',
      item: [exerciseAnswer(file, entry.exerciseId), { linkId: 'morning-after-response', answer: [{ valueCoding: thresholdCoding(`morning-after-${entry.response}`) }] }],
    })),
  ];
}

type ObservationBase = Pick<Observation, 'resourceType' | 'id' | 'status' | 'category' | 'subject' | 'effectiveDateTime' | 'derivedFrom' | 'performer'>;

/** An Observation for each exercise logged and each next-morning answer, on the check-in's base. */
export function exerciseLogObservations(ctx: ExportContext, checkIn: CheckIn, base: (suffix: string) => ObservationBase): Observation[] {
  const exercise = (exerciseId: string): Observation['component'] => [{
    code: thresholdConcept('exercise'),
    valueCodeableConcept: { coding: [exerciseCoding(withClinicExercises(ctx.file.clinicExercises).get(exerciseId), exerciseId)] },
  }];
  return [
    ...checkIn.exercises.map((entry, i): Observation => ({
      ...base(`exercise-${i + 1}`),
      category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'activity' }] }],
      code: thresholdConcept('exercise-log'),
      valueCodeableConcept: thresholdConcept(`exercise-done-${entry.done}`),
      component: [
        ...(exercise(entry.exerciseId) ?? []),
        ...(entry.painDuring === undefined ? [] : [{ code: thresholdConcept('exercise-pain-during'), valueQuantity: quantity(entry.painDuring, 'score') }]),
      ],
    })),
    ...checkIn.morningAfter.map((entry, i): Observation => ({
      ...base(`morning-after-${i + 1}`),
      code: thresholdConcept('exercise-morning-after'),
      valueCodeableConcept: thresholdConcept(`morning-after-${entry.response}`),
      component: exercise(entry.exerciseId),
    })),
  ];
}

function part(items: QuestionnaireResponseItem[] | undefined, linkId: string): QuestionnaireResponseItem['answer'] {
  return items?.find((item) => item.linkId === linkId)?.answer;
}

/** The log read back from the check-in's QuestionnaireResponse items. */
export function readExerciseLog(ctx: ImportContext, entry: EntryRef, items: readonly QuestionnaireResponseItem[]): Draft<Pick<CheckIn, 'exercises' | 'morningAfter'>> {
  const exerciseId = (group: QuestionnaireResponseItem): string | undefined => {
    const coding = part(group.item, 'exercise-id')?.[0]?.valueCoding;
    return coding?.system === EXERCISE_SYSTEM ? coding.code : undefined;
  };
  const exercises = items.filter((item) => item.linkId === 'exercise').map((group, i): Draft<ExerciseLogEntry> => {
    const doneCoding = part(group.item, 'exercise-done')?.[0]?.valueCoding;
    const done = doneCoding === undefined ? undefined : valueFromCode(doneCoding, 'exercise-done', exerciseDoneValues);
    if (doneCoding !== undefined && done === undefined) ctx.problem(entry, 'done must be a Threshold code exercise-done-yes, -partly or -no', `item(exercise)[${i}]`);
    const pain = part(group.item, 'exercise-pain-during')?.[0];
    return { exerciseId: exerciseId(group), done, ...(pain === undefined ? {} : { painDuring: pain.valueDecimal ?? pain.valueInteger }) };
  });
  const morningAfter = items.filter((item) => item.linkId === 'morning-after').map((group, i): Draft<MorningAfter> => {
    const coding = part(group.item, 'morning-after-response')?.[0]?.valueCoding;
    const response = coding === undefined ? undefined : valueFromCode(coding, 'morning-after', morningAfterValues);
    if (response === undefined) ctx.problem(entry, 'the answer must be a Threshold code morning-after-better, -same or -worse', `item(morning-after)[${i}]`);
    return { exerciseId: exerciseId(group), response };
  });
  return { exercises, morningAfter };
}
