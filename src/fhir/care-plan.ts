// CarePlan for the plan and its phase (spec §4), and a second CarePlan for declared ongoing care
// (spec §2: care that continues on purpose, with a reason and a review date). The progression plan
// is a `draft` until the patient has agreed to it (intake.carePlanAgreedOn, which is its `created`
// date), `active` while care runs, `completed` at graduation and `revoked` when the episode ended
// another way (referred on or discharged before graduation). With an assessment, the phase and the
// side statuses are categories and the description says the phase as of that day; the import ignores
// them, because the engine recomputes them.
import type { CarePlan } from '@medplum/fhirtypes';
import type { CaseFileInput, EpisodeStatus } from '../domain/index.ts';
import { hasThresholdCode, reference, thresholdConcept } from './codings.ts';
import { conditionId, episodeIsOpen } from './episode.ts';
import type { ExportContext } from './export-context.ts';
import { goalId } from './goals.ts';
import { extensionOf, type Draft, type ImportContext } from './import-context.ts';
import { dayOfDateTime } from './dates.ts';
import { sessionId } from './sessions.ts';
import { EXT } from './systems.ts';
import { thresholdConcepts } from './threshold-code-system.ts';

function planStatus(status: EpisodeStatus, agreed: boolean): CarePlan['status'] {
  if (episodeIsOpen(status)) return agreed ? 'active' : 'draft';
  return status === 'graduated' ? 'completed' : 'revoked';
}

function phaseParts(ctx: ExportContext): Pick<CarePlan, 'category' | 'description'> {
  const assessment = ctx.assessment;
  if (assessment === undefined) return { category: [thresholdConcept('progression-plan')] };
  return {
    category: [
      thresholdConcept('progression-plan'),
      thresholdConcept(`phase-${assessment.phase}`),
      ...assessment.sideStatuses.map((side) => thresholdConcept(`side-status-${side}`)),
    ],
    description: `Phase as of ${assessment.asOf}: ${thresholdConcepts[`phase-${assessment.phase}`].display}.`,
  };
}

export function carePlansToFhir(ctx: ExportContext): CarePlan[] {
  const { episode, intake, goals, sessions, ongoingCare } = ctx.file;
  const planId = ctx.id('care-plan');
  const plan: CarePlan = {
    resourceType: 'CarePlan',
    id: planId,
    status: planStatus(episode.status, intake.carePlanAgreedOn !== undefined),
    intent: 'plan',
    ...phaseParts(ctx),
    title: 'Progression plan',
    subject: ctx.patient,
    period: { start: episode.startDate },
    ...(intake.carePlanAgreedOn === undefined ? {} : { created: intake.carePlanAgreedOn }),
    addresses: [reference('Condition', conditionId(ctx))],
    ...(goals.length === 0 ? {} : { goal: goals.map((goal) => reference('Goal', goalId(ctx, goal.id))) }),
    ...(sessions.length === 0 ? {} : { activity: sessions.map((s) => ({ outcomeReference: [reference('Encounter', sessionId(ctx, s.id))] })) }),
  };
  if (ongoingCare === null) return [plan];
  return [plan, {
    resourceType: 'CarePlan',
    id: ctx.id('ongoing-care'),
    extension: [{ url: EXT.reviewDate, valueDate: ongoingCare.reviewOn }],
    status: episodeIsOpen(episode.status) ? 'active' : 'completed',
    intent: 'plan',
    category: [thresholdConcept('ongoing-care')],
    title: 'Ongoing care',
    description: ongoingCare.reason,
    subject: ctx.patient,
    period: { start: ongoingCare.declaredOn },
    partOf: [reference('CarePlan', planId)],
  }];
}

export function readCarePlanAgreedOn(ctx: ImportContext): string | undefined {
  const plan = ctx.ofType('CarePlan').find((p) => hasThresholdCode(p.resource.category, 'progression-plan'));
  if (plan === undefined) return undefined;
  ctx.origin('intake.carePlanAgreedOn', plan);
  return dayOfDateTime(plan.resource.created);
}

export function readOngoingCare(ctx: ImportContext): Draft<CaseFileInput['ongoingCare']> {
  const entry = ctx.ofType('CarePlan').find((p) => hasThresholdCode(p.resource.category, 'ongoing-care'));
  if (entry === undefined) return null;
  ctx.origin('ongoingCare', entry);
  return {
    declaredOn: dayOfDateTime(entry.resource.period?.start),
    reason: entry.resource.description,
    reviewOn: extensionOf(entry.resource, EXT.reviewDate)?.valueDate,
  };
}
