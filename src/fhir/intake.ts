// The intake's milestones (spec §3): when the intake was completed (an Encounter of type `intake`),
// when the physical examination and the education about the condition took place (Procedures) and
// the work status (an Observation). Each is exported only when the record has its date, so absence
// keeps meaning "not done yet". Education also carries SNOMED CT 409073007 "Education" (HL7 service
// request category value set); the physical examination has only the Threshold code.
import type { Encounter, Observation, Procedure } from '@medplum/fhirtypes';
import type { CaseFileInput, Intake } from '../domain/index.ts';
import { hasThresholdCode, reference, snomedCoding, thresholdCoding, thresholdConcept } from './codings.ts';
import { dayOfDateTime } from './dates.ts';
import type { ExportContext } from './export-context.ts';
import { readCode, type Draft, type ImportContext } from './import-context.ts';
import { ACT_CODE, OBSERVATION_CATEGORY } from './systems.ts';

const workStatuses: readonly NonNullable<Intake['workStatus']>[] = ['working', 'modified-duties', 'off-work', 'not-applicable'];

export function intakeToFhir(ctx: ExportContext): (Encounter | Procedure | Observation)[] {
  const intake = ctx.file.intake;
  const done = (id: string, code: Procedure['code'], on: string): Procedure => ({
    resourceType: 'Procedure', id: ctx.id(id), status: 'completed', code, subject: ctx.patient, performedDateTime: on,
  });
  return [
    ...(intake.completedOn === undefined ? [] : [{
      resourceType: 'Encounter',
      id: ctx.id('intake'),
      status: 'finished',
      class: { system: ACT_CODE, code: 'AMB', display: 'ambulatory' },
      type: [thresholdConcept('intake')],
      subject: ctx.patient,
      episodeOfCare: [reference('EpisodeOfCare', ctx.episodeId)],
      period: { start: intake.completedOn },
    } satisfies Encounter]),
    ...(intake.physicalExamOn === undefined ? [] : [done('physical-examination', thresholdConcept('physical-examination'), intake.physicalExamOn)]),
    ...(intake.educationOn === undefined ? [] : [
      done('education', { coding: [thresholdCoding('condition-education'), snomedCoding('409073007', 'Education')] }, intake.educationOn),
    ]),
    ...(intake.workStatus === undefined ? [] : [{
      resourceType: 'Observation',
      id: ctx.id('work-status'),
      status: 'final',
      category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'social-history' }] }],
      code: thresholdConcept('work-status'),
      subject: ctx.patient,
      valueCodeableConcept: thresholdConcept(`work-status-${intake.workStatus}`),
    } satisfies Observation]),
  ];
}

type IntakeMilestones = Pick<Draft<CaseFileInput['intake'] & object>, 'completedOn' | 'physicalExamOn' | 'educationOn' | 'workStatus'>;

export function readIntakeMilestones(ctx: ImportContext): IntakeMilestones {
  const intake = ctx.ofType('Encounter').find((e) => hasThresholdCode(e.resource.type, 'intake'));
  const procedure = (code: 'physical-examination' | 'condition-education'): string | undefined => {
    const found = ctx.ofType('Procedure').find((p) => hasThresholdCode(p.resource.code, code));
    if (found !== undefined) ctx.origin(code === 'physical-examination' ? 'intake.physicalExamOn' : 'intake.educationOn', found);
    return dayOfDateTime(found?.resource.performedDateTime);
  };
  const work = ctx.ofType('Observation').find((o) => hasThresholdCode(o.resource.code, 'work-status'));
  if (intake !== undefined) ctx.origin('intake.completedOn', intake);
  if (work !== undefined) ctx.origin('intake.workStatus', work);
  return {
    completedOn: dayOfDateTime(intake?.resource.period?.start),
    physicalExamOn: procedure('physical-examination'),
    educationOn: procedure('condition-education'),
    workStatus: work === undefined ? undefined : readCode(ctx, work, 'valueCodeableConcept', work.resource.valueCodeableConcept, 'work-status', workStatuses),
  };
}
