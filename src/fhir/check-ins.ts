// Check-ins <-> QuestionnaireResponse (the patient's daily form, as submitted) plus an Observation for
// each value other systems search for: pain now (LOINC 72514-3, the 0-10 numeric rating, reference
// §3), each goal's ability or amount, soreness, sleep, stress, relief since the last session and
// home exercises. `authored` is when the patient made it (the device's clock and offset); the time the
// server received it rides in an extension. The QuestionnaireResponse is the record: the import reads the check-in back from it
// alone, and the Observations say so by `derivedFrom`.
import type {
  Observation, QuestionnaireResponse, QuestionnaireResponseItem, QuestionnaireResponseItemAnswer,
} from '@medplum/fhirtypes';
import type { CaseFileInput, CheckIn } from '../domain/index.ts';
import { loincCoding, quantity, reference, thresholdCoding, thresholdConcept, valueFromCode } from './codings.ts';
import type { ExportContext } from './export-context.ts';
import { exerciseLogItems, exerciseLogObservations, readExerciseLog } from './exercise-log.ts';
import { goalIdFrom, goalMeasureConcept, goalQuantity, goalReference } from './goals.ts';
import { extensionOf, type Draft, type EntryRef, type ImportContext } from './import-context.ts';
import { recordIdOf, singleRecordIdentifier } from './record-ids.ts';
import { EXT, OBSERVATION_CATEGORY, QUESTIONNAIRE_BASE } from './systems.ts';
import type { ThresholdCode } from './threshold-code-system.ts';

export const CHECK_IN_QUESTIONNAIRE = `${QUESTIONNAIRE_BASE}/check-in`;
const PAIN_NOW_LOINC = '72514-3';
const hepValues = ['yes', 'partly', 'no'] as const;

function answered(linkId: string, answer: QuestionnaireResponseItemAnswer | undefined): QuestionnaireResponseItem[] {
  return answer === undefined ? [] : [{ linkId, answer: [answer] }];
}

function decimal(value: number | undefined): QuestionnaireResponseItemAnswer | undefined {
  return value === undefined ? undefined : { valueDecimal: value };
}

function responseOf(ctx: ExportContext, checkIn: CheckIn): QuestionnaireResponse {
  const goalItems: QuestionnaireResponseItem[] = checkIn.goals.map((g) => ({
    linkId: 'goal',
    item: [
      { linkId: 'goal-id', answer: [{ valueReference: goalReference(ctx, g.goalId) }] },
      { linkId: 'goal-value', answer: [{ valueDecimal: g.value }] },
    ],
  }));
  return {
    resourceType: 'QuestionnaireResponse',
    id: ctx.id('check-in', checkIn.id),
    ...singleRecordIdentifier(checkIn.id),
    ...(checkIn.receivedAt === undefined ? {} : { extension: [{ url: EXT.receivedAt, valueDateTime: checkIn.receivedAt }] }),
    questionnaire: CHECK_IN_QUESTIONNAIRE,
    status: 'completed',
    subject: ctx.patient,
    authored: checkIn.date,
    author: ctx.patient,
    source: ctx.patient,
    item: [
      { linkId: 'pain-now', answer: [{ valueDecimal: checkIn.painNow }] },
      ...goalItems,
      ...answered('relief-since-last-session', checkIn.reliefSinceLastSession === undefined ? undefined : { valueBoolean: checkIn.reliefSinceLastSession }),
      ...answered('soreness', decimal(checkIn.soreness)),
      ...answered('sleep-quality', decimal(checkIn.sleepQuality)),
      ...answered('stress', decimal(checkIn.stress)),
      ...answered('hep', checkIn.hep === undefined ? undefined : { valueCoding: thresholdCoding(`hep-${checkIn.hep}`) }),
      ...exerciseLogItems(ctx.file, checkIn),
      ...answered('note', checkIn.note === undefined ? undefined : { valueString: checkIn.note }),
    ],
  };
}

function observationsOf(ctx: ExportContext, checkIn: CheckIn): Observation[] {
  const base = (suffix: string): Pick<Observation, 'resourceType' | 'id' | 'status' | 'category' | 'subject' | 'effectiveDateTime' | 'derivedFrom' | 'performer'> => ({
    resourceType: 'Observation',
    id: ctx.id('check-in', checkIn.id, suffix),
    status: 'final',
    category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'survey' }] }],
    subject: ctx.patient,
    effectiveDateTime: checkIn.date,
    performer: [ctx.patient],
    derivedFrom: [reference('QuestionnaireResponse', ctx.id('check-in', checkIn.id))],
  });
  const score = (suffix: string, code: ThresholdCode, value: number | undefined): Observation[] =>
    value === undefined ? [] : [{ ...base(suffix), code: thresholdConcept(code), valueQuantity: quantity(value, 'score') }];
  const goals = checkIn.goals.flatMap((g, i): Observation[] => {
    const goal = ctx.file.goals.find((candidate) => candidate.id === g.goalId);
    if (goal === undefined) return [];
    return [{ ...base(`goal-${i + 1}`), code: goalMeasureConcept(goal), focus: [goalReference(ctx, goal.id)], valueQuantity: goalQuantity(goal, g.value) }];
  });
  return [
    { ...base('pain'), code: { coding: [loincCoding(PAIN_NOW_LOINC, 'Pain severity - 0-10 verbal numeric rating [Score] - Reported')] }, valueQuantity: quantity(checkIn.painNow, 'score') },
    ...goals,
    ...(checkIn.reliefSinceLastSession === undefined ? [] : [{ ...base('relief'), code: thresholdConcept('relief-since-last-session'), valueBoolean: checkIn.reliefSinceLastSession }]),
    ...score('soreness', 'post-session-soreness', checkIn.soreness),
    ...score('sleep', 'sleep-quality', checkIn.sleepQuality),
    ...score('stress', 'stress', checkIn.stress),
    ...(checkIn.hep === undefined ? [] : [{ ...base('hep'), code: thresholdConcept('hep-adherence'), valueCodeableConcept: thresholdConcept(`hep-${checkIn.hep}`) }]),
    ...exerciseLogObservations(ctx, checkIn, base),
  ];
}

export function checkInsToFhir(ctx: ExportContext): (QuestionnaireResponse | Observation)[] {
  return ctx.file.checkIns.flatMap((checkIn) => [responseOf(ctx, checkIn), ...observationsOf(ctx, checkIn)]);
}

export function isCheckInResponse(response: QuestionnaireResponse): boolean {
  return response.questionnaire === CHECK_IN_QUESTIONNAIRE;
}

function readCheckIn(ctx: ImportContext, entry: EntryRef<QuestionnaireResponse>): Draft<NonNullable<CaseFileInput['checkIns']>[number]> {
  const items = entry.resource.item ?? [];
  const first = (linkId: string): QuestionnaireResponseItemAnswer | undefined => items.find((item) => item.linkId === linkId)?.answer?.[0];
  const number = (linkId: string): number | undefined => {
    const answer = first(linkId);
    return answer?.valueDecimal ?? answer?.valueInteger;
  };
  const hepCoding = first('hep')?.valueCoding;
  const hep = hepCoding === undefined ? undefined : valueFromCode(hepCoding, 'hep', hepValues);
  if (hepCoding !== undefined && hep === undefined) ctx.problem(entry, 'home exercises must be a Threshold code hep-yes, hep-partly or hep-no', 'item(hep)');
  return {
    id: recordIdOf(entry.resource),
    date: entry.resource.authored,
    painNow: number('pain-now'),
    goals: items.filter((item) => item.linkId === 'goal').map((item, i) => {
      const parts = item.item ?? [];
      const goalAnswer = parts.find((part) => part.linkId === 'goal-id')?.answer?.[0];
      const valueAnswer = parts.find((part) => part.linkId === 'goal-value')?.answer?.[0];
      return {
        goalId: goalIdFrom(ctx, entry, `item(goal)[${i}]`, goalAnswer?.valueReference),
        value: valueAnswer?.valueDecimal ?? valueAnswer?.valueInteger,
      };
    }),
    reliefSinceLastSession: first('relief-since-last-session')?.valueBoolean,
    soreness: number('soreness'),
    sleepQuality: number('sleep-quality'),
    stress: number('stress'),
    hep,
    ...readExerciseLog(ctx, entry, items),
    note: first('note')?.valueString,
    receivedAt: extensionOf(entry.resource, EXT.receivedAt)?.valueDateTime,
  };
}

export function readCheckIns(ctx: ImportContext): Draft<CaseFileInput['checkIns']> {
  return ctx.ofType('QuestionnaireResponse').filter((entry) => isCheckInResponse(entry.resource)).map((entry, i) => {
    ctx.origin(`checkIns[${i}]`, entry);
    return readCheckIn(ctx, entry);
  });
}
