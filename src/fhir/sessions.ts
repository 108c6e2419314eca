// Sessions <-> Encounter, one Procedure per modality given, and Observations for what was recorded
// at the session: the response since the last session (relief window, soreness) and the exam
// findings against each goal (spec §3). A recorded session has happened, so the Encounter is
// `finished` and its Procedures `completed`. Modalities carry the Threshold code; SNOMED CT is added
// only for education (409073007 "Education", from the HL7 service request category value set):
// for dry needling, acupuncture, manual therapy and the rest no code could be checked against a
// SNOMED CT release, so none is claimed. Minutes ride in an extension (R4 Procedure has no duration).
import type { Encounter, Observation, Practitioner, Procedure, Reference } from '@medplum/fhirtypes';
import { careKindOf, modalityCodes, type CaseFileInput, type Session } from '../domain/index.ts';
import { hasThresholdCode, quantity, reference, snomedCoding, thresholdCoding, thresholdConcept } from './codings.ts';
import type { ExportContext } from './export-context.ts';
import { goalIdFrom, goalMeasureConcept, goalQuantity, goalReference, isGoalValueObservation } from './goals.ts';
import { extensionOf, readCode, type Draft, type EntryRef, type ImportContext } from './import-context.ts';
import { recordIdOf, recordIdentifier } from './record-ids.ts';
import { ACT_CODE, DATA_ABSENT_REASON, EXT, OBSERVATION_CATEGORY, RECORD_ID_SYSTEM } from './systems.ts';

export function sessionId(ctx: ExportContext, recordId: string): string {
  return ctx.id('session', recordId);
}

function clinicianReference(ctx: ExportContext, clinicianId: string): Reference<Practitioner> {
  // The identifier keeps the clinician's own id even when the Practitioner is not in the bundle.
  return { ...reference('Practitioner', ctx.practitionerId(clinicianId)), identifier: { system: RECORD_ID_SYSTEM, value: clinicianId } };
}

function encounterOf(ctx: ExportContext, session: Session): Encounter {
  return {
    resourceType: 'Encounter',
    id: sessionId(ctx, session.id),
    ...recordIdentifier(session.id),
    ...(session.notes === undefined ? {} : { extension: [{ url: EXT.sessionNote, valueString: session.notes }] }),
    status: 'finished',
    class: { system: ACT_CODE, code: 'AMB', display: 'ambulatory' },
    type: [thresholdConcept('treatment-session')],
    subject: ctx.patient,
    episodeOfCare: [reference('EpisodeOfCare', ctx.episodeId)],
    ...(session.clinicianId === undefined ? {} : { participant: [{ individual: clinicianReference(ctx, session.clinicianId) }] }),
    period: { start: session.date },
  };
}

function modalitiesOf(ctx: ExportContext, session: Session): Procedure[] {
  return session.modalities.map((given, i) => ({
    resourceType: 'Procedure',
    id: ctx.id('session', session.id, 'modality', String(i + 1)),
    extension: [{ url: EXT.minutes, valueDuration: quantity(given.minutes, 'minutes') }],
    status: 'completed',
    category: thresholdConcept(`care-kind-${careKindOf(given.modality)}`),
    code: {
      coding: [
        thresholdCoding(`modality-${given.modality}`),
        ...(given.modality === 'education' ? [snomedCoding('409073007', 'Education')] : []),
      ],
    },
    subject: ctx.patient,
    encounter: reference('Encounter', sessionId(ctx, session.id)),
    performedDateTime: session.date,
    ...(session.clinicianId === undefined ? {} : { performer: [{ actor: clinicianReference(ctx, session.clinicianId) }] }),
  }));
}

/** The response reported at this session about the previous one: relief window and soreness. */
function responseOf(ctx: ExportContext, session: Session): Observation[] {
  const response = session.responseSinceLastSession;
  if (response === undefined) return [];
  const common = { status: 'final', subject: ctx.patient, encounter: reference('Encounter', sessionId(ctx, session.id)), effectiveDateTime: session.date } as const;
  const relief: Observation = {
    resourceType: 'Observation',
    id: ctx.id('session', session.id, 'relief-window'),
    ...common,
    code: thresholdConcept('relief-window'),
    ...(response.reliefDays === null
      ? { dataAbsentReason: { coding: [{ system: DATA_ABSENT_REASON, code: 'unknown' }] } }
      : { valueQuantity: quantity(response.reliefDays, 'days') }),
  };
  const soreness: Observation[] = response.soreness === undefined ? [] : [{
    resourceType: 'Observation',
    id: ctx.id('session', session.id, 'soreness'),
    ...common,
    code: thresholdConcept('post-session-soreness'),
    valueQuantity: quantity(response.soreness, 'score'),
  }];
  return [relief, ...soreness];
}

function findingsOf(ctx: ExportContext, session: Session): Observation[] {
  return session.findings.flatMap((finding, i) => {
    const goal = ctx.file.goals.find((g) => g.id === finding.goalId);
    if (goal === undefined) return []; // the case-file schema guarantees the goal exists
    return [{
      resourceType: 'Observation',
      id: ctx.id('session', session.id, 'finding', String(i + 1)),
      status: 'final',
      category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'exam' }] }],
      code: goalMeasureConcept(goal),
      subject: ctx.patient,
      encounter: reference('Encounter', sessionId(ctx, session.id)),
      focus: [goalReference(ctx, goal.id)],
      effectiveDateTime: session.date,
      valueQuantity: goalQuantity(goal, finding.value),
      ...(finding.note === undefined ? {} : { note: [{ text: finding.note }] }),
    } satisfies Observation];
  });
}

export function sessionsToFhir(ctx: ExportContext): (Encounter | Procedure | Observation)[] {
  return ctx.file.sessions.flatMap((session) => [
    encounterOf(ctx, session), ...modalitiesOf(ctx, session), ...responseOf(ctx, session), ...findingsOf(ctx, session),
  ]);
}

function clinicianIdFrom(ctx: ImportContext, encounter: Encounter): string | undefined {
  const individual = encounter.participant?.[0]?.individual;
  if (individual === undefined) return undefined;
  if (individual.identifier?.system === RECORD_ID_SYSTEM && individual.identifier.value !== undefined) return individual.identifier.value;
  const target = ctx.resolve(individual);
  if (target !== undefined) return recordIdOf(target.resource);
  return individual.reference?.split('/').pop();
}

function readSession(ctx: ImportContext, entry: EntryRef<Encounter>, path: string): Draft<NonNullable<CaseFileInput['sessions']>[number]> {
  const inSession = <T extends Procedure | Observation>(list: EntryRef<T>[]): EntryRef<T>[] =>
    list.filter((item) => ctx.resolve(item.resource.encounter) === entry);
  const procedures = inSession(ctx.ofType('Procedure'));
  const observations = inSession(ctx.ofType('Observation'));
  const relief = observations.find((o) => hasThresholdCode(o.resource.code, 'relief-window'));
  const soreness = observations.find((o) => hasThresholdCode(o.resource.code, 'post-session-soreness'));
  const findings = observations.filter((o) => isGoalValueObservation(o.resource) && extensionOf(o.resource, EXT.ratingSource) === undefined);
  procedures.forEach((p, i) => ctx.origin(`${path}.modalities[${i}]`, p));
  findings.forEach((f, i) => ctx.origin(`${path}.findings[${i}]`, f));
  if (relief !== undefined) ctx.origin(`${path}.responseSinceLastSession`, relief);
  return {
    id: recordIdOf(entry.resource),
    date: entry.resource.period?.start,
    clinicianId: clinicianIdFrom(ctx, entry.resource),
    modalities: procedures.map((p) => ({
      modality: readCode(ctx, p, 'code', p.resource.code, 'modality', modalityCodes),
      minutes: extensionOf(p.resource, EXT.minutes)?.valueDuration?.value,
    })),
    responseSinceLastSession: relief === undefined && soreness === undefined ? undefined : {
      reliefDays: relief?.resource.valueQuantity?.value ?? null,
      soreness: soreness?.resource.valueQuantity?.value,
    },
    findings: findings.map((f) => ({
      goalId: goalIdFrom(ctx, f, 'focus[0]', f.resource.focus?.[0]),
      value: f.resource.valueQuantity?.value,
      note: f.resource.note?.[0]?.text,
    })),
    notes: extensionOf(entry.resource, EXT.sessionNote)?.valueString,
  };
}

/** Every Encounter that is not the intake is a session. */
export function readSessions(ctx: ImportContext): Draft<CaseFileInput['sessions']> {
  return ctx.ofType('Encounter')
    .filter((entry) => !hasThresholdCode(entry.resource.type, 'intake'))
    .map((entry, i) => {
      ctx.origin(`sessions[${i}]`, entry);
      return readSession(ctx, entry, `sessions[${i}]`);
    });
}
