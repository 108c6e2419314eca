// Goal <-> case file `goals`, and each rating of a goal as an Observation (spec §2: a goal is an
// activity, a measure, a baseline and a target). The goal's measure is the Threshold code
// goal-ability (0-10, as in the PSFS) or goal-capacity (minutes, km, kg, ... in UCUM); FHIR R4 Goal
// has no baseline, so it rides in an extension. Lifecycle status says only what the record knows:
// `active` while care runs, `completed` (no longer pursued here) once the episode has ended. The
// achievement status comes from the assessment when one is given, and is left out otherwise.
import type { CodeableConcept, Goal, Observation, Quantity, Reference } from '@medplum/fhirtypes';
import { movementPatterns, type Assessment, type CaseFileInput, type Goal as GoalRecord, type GoalProgress } from '../domain/index.ts';
import { hasThresholdCode, quantity, reference, thresholdCoding, thresholdConcept } from './codings.ts';
import { conditionId, episodeIsOpen } from './episode.ts';
import { dayOfDateTime } from './dates.ts';
import type { ExportContext } from './export-context.ts';
import { extensionOf, readCode, type Draft, type EntryRef, type ImportContext } from './import-context.ts';
import { recordIdOf, recordIdentifier } from './record-ids.ts';
import { EXT, GOAL_ACHIEVEMENT, UNITS, type UnitKey } from './systems.ts';

type RatingSource = GoalRecord['ratings'][number]['source'];
type CapacityUnit = Extract<GoalRecord['measure'], { kind: 'capacity' }>['unit'];
const capacityUnits: readonly CapacityUnit[] = ['minutes', 'hours', 'km', 'metres', 'kg', 'repetitions', 'steps'];

export function goalId(ctx: ExportContext, recordId: string): string {
  return ctx.id('goal', recordId);
}

export function goalReference(ctx: ExportContext, recordId: string): Reference {
  return reference('Goal', goalId(ctx, recordId));
}

/** The Threshold code of what a goal measures. */
export function goalMeasureConcept(goal: GoalRecord): CodeableConcept {
  return thresholdConcept(goal.measure.kind === 'ability' ? 'goal-ability' : 'goal-capacity');
}

/** A value of the goal's measure as a quantity in its unit. */
export function goalQuantity(goal: GoalRecord, value: number): Quantity {
  const unit: UnitKey = goal.measure.kind === 'ability' ? 'score' : goal.measure.unit;
  return quantity(value, unit);
}

/**
 * Achievement as of the assessment. Progress is measured from the baseline, so "improving" here
 * means better than at the start, not better than last time.
 */
function achievementCode(progress: GoalProgress): string {
  if (progress.atTarget) return 'achieved';
  if (progress.progress === null) return 'in-progress';
  if (progress.progress > 0) return 'improving';
  return progress.progress < 0 ? 'worsening' : 'no-change';
}

function achievementStatus(assessment: Assessment | undefined, goalRecordId: string): Pick<Goal, 'achievementStatus'> {
  const progress = assessment?.goals.find((g) => g.goalId === goalRecordId);
  if (progress === undefined) return {};
  return { achievementStatus: { coding: [{ system: GOAL_ACHIEVEMENT, code: achievementCode(progress) }] } };
}

export function goalsToFhir(ctx: ExportContext): Goal[] {
  return ctx.file.goals.map((goal) => ({
    resourceType: 'Goal',
    id: goalId(ctx, goal.id),
    ...recordIdentifier(goal.id),
    extension: [
      { url: EXT.goalBaseline, valueQuantity: goalQuantity(goal, goal.baseline) },
      ...goal.patterns.map((pattern) => ({ url: EXT.goalPattern, valueCoding: thresholdCoding(`movement-${pattern}`) })),
    ],
    lifecycleStatus: episodeIsOpen(ctx.file.episode.status) ? 'active' : 'completed',
    ...achievementStatus(ctx.assessment, goal.id),
    description: { text: goal.activity },
    subject: ctx.patient,
    startDate: goal.setOn,
    target: [{ measure: goalMeasureConcept(goal), detailQuantity: goalQuantity(goal, goal.target) }],
    addresses: [reference('Condition', conditionId(ctx))],
  }));
}

/** Ratings of each goal recorded outside sessions and check-ins. */
export function goalRatingsToFhir(ctx: ExportContext): Observation[] {
  return ctx.file.goals.flatMap((goal) => goal.ratings.map((rating, i): Observation => ({
    resourceType: 'Observation',
    id: ctx.id('goal', goal.id, 'rating', String(i + 1)),
    extension: [{ url: EXT.ratingSource, valueCode: rating.source }],
    status: 'final',
    code: goalMeasureConcept(goal),
    subject: ctx.patient,
    focus: [goalReference(ctx, goal.id)],
    effectiveDateTime: rating.date,
    valueQuantity: goalQuantity(goal, rating.value),
  })));
}

/** Each Goal's outcomeReference: the Observations of its measure (ratings, findings, check-in values). */
export function linkGoalOutcomes(goals: Goal[], observations: Observation[]): void {
  for (const goal of goals) {
    const outcomes = observations.filter((o) => o.focus?.some((focus) => focus.reference === `Goal/${goal.id}`));
    if (outcomes.length > 0) goal.outcomeReference = outcomes.map((o) => reference('Observation', o.id ?? ''));
  }
}

/** True for an Observation of a goal's measure (ability or capacity). */
export function isGoalValueObservation(observation: Observation): boolean {
  return hasThresholdCode(observation.code, 'goal-ability') || hasThresholdCode(observation.code, 'goal-capacity');
}

/** The record id of the goal a reference points to, or a problem naming the entry. */
export function goalIdFrom(ctx: ImportContext, entry: EntryRef, field: string, ref: Reference | undefined): string | undefined {
  const target = ctx.resolve(ref);
  if (target === undefined || target.resource.resourceType !== 'Goal') {
    ctx.problem(entry, `no Goal in the bundle for "${ref?.reference ?? '(none)'}"`, field);
    return undefined;
  }
  return recordIdOf(target.resource);
}

function readMeasure(ctx: ImportContext, entry: EntryRef<Goal>): Draft<GoalRecord['measure']> | undefined {
  const target = entry.resource.target?.[0];
  if (hasThresholdCode(target?.measure, 'goal-ability')) return { kind: 'ability' };
  if (hasThresholdCode(target?.measure, 'goal-capacity')) {
    const ucum = target?.detailQuantity?.code;
    const unit = capacityUnits.find((u) => UNITS[u].code === ucum);
    if (unit === undefined) ctx.problem(entry, `unit "${ucum ?? '(none)'}" is not one of ${capacityUnits.map((u) => UNITS[u].code).join(', ')}`, 'target[0].detailQuantity.code');
    return { kind: 'capacity', unit };
  }
  ctx.problem(entry, 'the target measure is neither the Threshold code goal-ability nor goal-capacity', 'target[0].measure');
  return undefined;
}

function readRatings(ctx: ImportContext, goal: EntryRef<Goal>, path: string): Draft<NonNullable<CaseFileInput['goals']>[number]['ratings']> {
  const ratings = ctx.ofType('Observation').filter((o) => extensionOf(o.resource, EXT.ratingSource) !== undefined
    && ctx.resolve(o.resource.focus?.[0]) === goal);
  return ratings.map((entry, i) => {
    ctx.origin(`${path}.ratings[${i}]`, entry);
    return {
      date: dayOfDateTime(entry.resource.effectiveDateTime),
      value: entry.resource.valueQuantity?.value,
      // The case-file schema checks the value against its list of sources.
      source: extensionOf(entry.resource, EXT.ratingSource)?.valueCode as RatingSource | undefined,
    };
  });
}

export function readGoals(ctx: ImportContext): Draft<CaseFileInput['goals']> {
  return ctx.ofType('Goal').map((entry, i) => {
    const path = `goals[${i}]`;
    ctx.origin(path, entry);
    const goal = entry.resource;
    return {
      id: recordIdOf(goal),
      activity: goal.description.text,
      measure: readMeasure(ctx, entry),
      baseline: extensionOf(goal, EXT.goalBaseline)?.valueQuantity?.value,
      target: goal.target?.[0]?.detailQuantity?.value,
      setOn: goal.startDate,
      ratings: readRatings(ctx, entry, path),
      patterns: (goal.extension ?? []).filter((e) => e.url === EXT.goalPattern)
        .map((e, p) => readCode(ctx, entry, `extension(goal-pattern)[${p}]`, e.valueCoding, 'movement', movementPatterns)),
    };
  });
}
