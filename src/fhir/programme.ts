// The exercise programme <-> CarePlan (spec §4b, §6): each version of the programme is a CarePlan
// (category exercise-programme), part of the progression plan, that `replaces` the version before;
// its period runs from the version's date to the next one's, `created` is when the server recorded
// it, the author (a name in the record) is a reference by display, and the reason is its note. Each
// exercise is an activity: the exercise as a code (EXERCISE_SYSTEM, the library's id), the days a
// week and the day it entered the programme as its timing, the dose in an extension (FHIR R4 has no
// element for sets x reps x load) and in words. A clinic's own exercise carries its definition with
// it (EXT.clinicExercise), so an import into another clinic knows what it is.
import type { CarePlan, CarePlanActivity, Coding, Extension } from '@medplum/fhirtypes';
import {
  describeDose, withClinicExercises, type CaseFileInput, type Dose, type Exercise, type ProgrammeItem, type ProgrammeVersion,
} from '../domain/index.ts';
import { toBase64 } from './base64.ts';
import { hasThresholdCode, reference, thresholdConcept } from './codings.ts';
import { dayOfDateTime } from './dates.ts';
import { episodeIsOpen } from './episode.ts';
import type { ExportContext } from './export-context.ts';
import { extensionOf, jsonFromAttachment, type Draft, type EntryRef, type ImportContext } from './import-context.ts';
import { recordIdOf, recordIdentifier } from './record-ids.ts';
import { EXERCISE_SYSTEM, EXT } from './systems.ts';

const doseFields = ['sets', 'reps', 'seconds', 'minutes', 'metres', 'loadKg'] as const;
const JSON_TYPE = 'application/json';

function doseExtension(dose: Dose): Extension {
  return {
    url: EXT.exerciseDose,
    extension: doseFields.flatMap((field) => {
      const value = dose[field];
      if (value === undefined) return [];
      return [field === 'sets' || field === 'reps' || field === 'seconds' ? { url: field, valueInteger: value } : { url: field, valueDecimal: value }];
    }),
  };
}

export function exerciseCoding(exercise: Exercise | undefined, id: string): Coding {
  return { system: EXERCISE_SYSTEM, code: id, ...(exercise === undefined ? {} : { display: exercise.name }) };
}

function activityOf(ctx: ExportContext, item: ProgrammeItem, current: boolean): CarePlanActivity {
  const library = withClinicExercises(ctx.file.clinicExercises);
  const exercise = library.get(item.exerciseId);
  const own = ctx.file.clinicExercises.find((e) => e.id === item.exerciseId);
  return {
    ...(item.note === undefined ? {} : { progress: [{ text: item.note }] }),
    detail: {
      extension: [
        doseExtension(item.dose),
        ...(own === undefined ? [] : [{ url: EXT.clinicExercise, valueAttachment: { contentType: JSON_TYPE, data: toBase64(JSON.stringify(own)) } }]),
      ],
      kind: 'ServiceRequest',
      code: { coding: [exerciseCoding(exercise, item.exerciseId)], text: exercise?.name ?? item.exerciseId },
      status: current ? 'in-progress' : 'completed',
      scheduledTiming: { repeat: { frequency: item.daysPerWeek, period: 1, periodUnit: 'wk', boundsPeriod: { start: item.startDate } } },
      description: `${describeDose(item.dose)}, ${item.daysPerWeek} days a week`,
    },
  };
}

export function programmeToFhir(ctx: ExportContext): CarePlan[] {
  const versions = ctx.file.programme;
  const open = episodeIsOpen(ctx.file.episode.status);
  return versions.map((version, i): CarePlan => {
    const next = versions[i + 1];
    const previous = versions[i - 1];
    const current = next === undefined && open;
    return {
      resourceType: 'CarePlan',
      id: ctx.id('programme', version.id),
      ...recordIdentifier(version.id),
      status: current ? 'active' : 'completed',
      intent: 'plan',
      category: [thresholdConcept('exercise-programme')],
      title: 'Exercise programme',
      subject: ctx.patient,
      period: { start: version.date, ...(next === undefined ? {} : { end: next.date }) },
      ...(version.recordedAt === undefined ? {} : { created: version.recordedAt }),
      author: { display: version.by },
      partOf: [reference('CarePlan', ctx.id('care-plan'))],
      ...(previous === undefined ? {} : { replaces: [reference('CarePlan', ctx.id('programme', previous.id))] }),
      activity: version.items.map((item) => activityOf(ctx, item, current)),
      note: [{ text: version.reason }],
    };
  });
}

function readDose(activity: CarePlanActivity): Draft<Dose> {
  const dose = extensionOf(activity.detail ?? {}, EXT.exerciseDose)?.extension ?? [];
  const value = (field: string): number | undefined => {
    const found = dose.find((e) => e.url === field);
    return found?.valueInteger ?? found?.valueDecimal;
  };
  return Object.fromEntries(doseFields.flatMap((field) => {
    const v = value(field);
    return v === undefined ? [] : [[field, v]];
  })) as Draft<Dose>;
}

function readClinicExercise(ctx: ImportContext, entry: EntryRef, activity: CarePlanActivity, index: number): unknown {
  const data = extensionOf(activity.detail ?? {}, EXT.clinicExercise)?.valueAttachment?.data;
  return jsonFromAttachment(ctx, entry, data, 'the clinic exercise', `activity[${index}].detail.extension(clinic-exercise)`);
}

/** The programme's versions and the clinic's own exercises they carry. */
export function readProgramme(ctx: ImportContext): { programme: Draft<CaseFileInput['programme']>; clinicExercises: unknown[] } {
  const entries = ctx.ofType('CarePlan').filter((e) => hasThresholdCode(e.resource.category, 'exercise-programme'));
  const clinicExercises = new Map<string, unknown>();
  const programme = entries.map((entry, i): Draft<ProgrammeVersion> => {
    ctx.origin(`programme[${i}]`, entry);
    const plan = entry.resource;
    return {
      id: recordIdOf(plan),
      date: dayOfDateTime(plan.period?.start),
      by: plan.author?.display,
      reason: plan.note?.[0]?.text,
      ...(plan.created === undefined ? {} : { recordedAt: plan.created }),
      items: (plan.activity ?? []).map((activity, a): Draft<ProgrammeItem> => {
        const own = readClinicExercise(ctx, entry, activity, a);
        const exerciseId = activity.detail?.code?.coding?.find((c) => c.system === EXERCISE_SYSTEM)?.code;
        if (own !== undefined && exerciseId !== undefined) clinicExercises.set(exerciseId, own);
        const repeat = activity.detail?.scheduledTiming?.repeat;
        return {
          exerciseId,
          dose: readDose(activity),
          daysPerWeek: repeat?.frequency,
          startDate: dayOfDateTime(repeat?.boundsPeriod?.start),
          ...(activity.progress?.[0]?.text === undefined ? {} : { note: activity.progress[0].text }),
        };
      }),
    };
  });
  // By id, as the store lists a clinic's exercises.
  return { programme, clinicExercises: [...clinicExercises].sort(([a], [b]) => a.localeCompare(b)).map(([, exercise]) => exercise) };
}
