// The `expected` block of a clinical vignette (test/cases/*.json) and its comparison with an
// assessment. A vignette names only the outputs it is about (style lesson 10, after the AHRQ CQL
// testing framework); every other output is left free. Each mismatch is one sentence naming the
// field, what spec §4 expects and what the engine gave, so a red test reads as a clinical question.
//
// A vignette whose expectation the engine does not meet yet carries a top-level `disputed` block
// (`fields`: which expectation keys; `note`: why spec §4 says so). The runner keeps those fields
// apart, so the rest of the case still guards the engine, and reports when the dispute is resolved.
import { z } from 'zod';
import type { Assessment } from '../../src/domain/engine/index.ts';
import { conversationSituations } from '../../src/domain/conversations/conversation.ts';
import {
  checkpointOutcomes, doseSchema, flagCodes, flareClassifications, irritabilityGrades, isoDateSchema, phases, recommendationCodes,
} from '../../src/domain/records/index.ts';

/** Spec §4 lists urgent-referral among the side statuses; the engine's vocabulary may not (yet). */
const specSideStatuses = ['plateau', 'ongoing-care', 'referred', 'urgent-referral'] as const;

const flareExpectationSchema = z.union([
  z.enum(flareClassifications),
  z.strictObject({ start: z.string().min(10), classification: z.enum(flareClassifications) }),
]);

const flags = z.array(z.enum(flagCodes));
const recommendations = z.array(z.enum(recommendationCodes));
const situations = z.array(z.enum(conversationSituations));

/** Words a draft must hold (`includes`) or must not (`excludes`), matched without regard to case. */
const draftTextSchema = z.strictObject({
  situation: z.enum(conversationSituations),
  includes: z.array(z.string().min(1)).default([]),
  excludes: z.array(z.string().min(1)).default([]),
});

export const expectedSchema = z.strictObject({
  asOf: isoDateSchema,
  phase: z.enum(phases).optional(),
  phaseHistory: z.array(z.enum(phases)).optional(),
  sideStatuses: z.array(z.enum(specSideStatuses)).optional(),
  flares: z.array(flareExpectationSchema).optional(),
  plateau: z.strictObject({ since: isoDateSchema }).nullable().optional(),
  flags: flags.optional(),
  flagsInclude: flags.optional(),
  flagsExclude: flags.optional(),
  recommendations: recommendations.optional(),
  recommendationsInclude: recommendations.optional(),
  recommendationsExclude: recommendations.optional(),
  checkpoint: z
    .strictObject({ outcome: z.enum(checkpointOutcomes).optional(), overdue: z.boolean().optional(), due: isoDateSchema.optional() })
    .optional(),
  /** The grade in force on the as-of day (spec §4a.1). */
  irritability: z.enum(irritabilityGrades).optional(),
  conversations: situations.optional(),
  conversationsExclude: situations.optional(),
  draftText: z.array(draftTextSchema).optional(),
  // Spec §4b: the advice for named exercises of the programme, the rules among its reasons, the next dose.
  programme: z.array(z.strictObject({
    exerciseId: z.string(),
    advice: z.enum(['progress', 'hold', 'regress']),
    reasonRules: z.array(z.string()).optional(),
    nextExerciseId: z.string().optional(),
    nextDose: doseSchema.optional(),
  })).optional(),
});
export type Expected = z.infer<typeof expectedSchema>;
export type ExpectationKey = Exclude<keyof Expected, 'asOf'>;

const expectationKeys = Object.keys(expectedSchema.shape).filter((key) => key !== 'asOf') as ExpectationKey[];

export const disputedSchema = z.strictObject({
  fields: z.array(z.enum(expectationKeys as [ExpectationKey, ...ExpectationKey[]])).min(1),
  note: z.string().min(1),
});
export type Disputed = z.infer<typeof disputedSchema>;

const show = (values: readonly string[]): string => `[${values.join(', ')}]`;

function compareSets(field: string, expected: readonly string[], actual: readonly string[]): string[] {
  const missing = expected.filter((code) => !actual.includes(code));
  const unexpected = actual.filter((code) => !expected.includes(code));
  if (missing.length === 0 && unexpected.length === 0) return [];
  const detail = [missing.length > 0 ? `missing ${show(missing)}` : '', unexpected.length > 0 ? `unexpected ${show(unexpected)}` : '']
    .filter((part) => part !== '').join('; ');
  return [`${field}: expected exactly ${show(expected)}, got ${show(actual)} (${detail})`];
}

function compareInclude(field: string, expected: readonly string[], actual: readonly string[]): string[] {
  const missing = expected.filter((code) => !actual.includes(code));
  return missing.length > 0 ? [`${field}: expected ${show(missing)} among ${show(actual)}`] : [];
}

function compareExclude(field: string, excluded: readonly string[], actual: readonly string[]): string[] {
  const present = excluded.filter((code) => actual.includes(code));
  return present.length > 0 ? [`${field}: expected none of ${show(present)}, got ${show(actual)}`] : [];
}

function compareFlares(expected: NonNullable<Expected['flares']>, assessment: Assessment): string[] {
  const actual = assessment.flares.map((f) => `${f.start} ${f.classification}${f.recorded ? '' : ' (proposed)'}`);
  const mismatch = expected.length !== assessment.flares.length || expected.some((want, i) => {
    const got = assessment.flares[i];
    if (!got) return true;
    if (typeof want === 'string') return got.classification !== want;
    // A date-only expectation matches the flare's calendar day; a date-time must match exactly.
    const start = want.start.length === 10 ? got.start.slice(0, 10) : got.start;
    return start !== want.start || got.classification !== want.classification;
  });
  const wanted = expected.map((want) => (typeof want === 'string' ? want : `${want.start} ${want.classification}`));
  return mismatch ? [`flares: expected ${show(wanted)} in date order, got ${show(actual)}`] : [];
}

type Check = (expected: Expected, assessment: Assessment) => string[];

const flagList = (a: Assessment): string[] => a.flags.map((f) => f.code);
const recommendationList = (a: Assessment): string[] => a.recommendations.map((r) => r.code);

const checks: Record<ExpectationKey, Check> = {
  phase: ({ phase }, a) => (phase !== undefined && a.phase !== phase ? [`phase: expected "${phase}", got "${a.phase}"`] : []),
  phaseHistory: ({ phaseHistory }, a) => {
    const actual = a.phaseHistory.map((change) => change.phase);
    if (phaseHistory === undefined || show(actual) === show(phaseHistory)) return [];
    return [`phaseHistory: expected ${show(phaseHistory)}, got ${show(a.phaseHistory.map((c) => `${c.phase} (${c.since})`))}`];
  },
  sideStatuses: ({ sideStatuses }, a) => (sideStatuses === undefined ? [] : compareSets('sideStatuses', sideStatuses, a.sideStatuses)),
  flares: ({ flares }, a) => (flares === undefined ? [] : compareFlares(flares, a)),
  plateau: ({ plateau }, a) => {
    if (plateau === undefined) return [];
    if (plateau === null) return a.plateau === null ? [] : [`plateau: expected none, got one since ${a.plateau.since}`];
    if (a.plateau === null) return [`plateau: expected one since ${plateau.since}, got none`];
    return a.plateau.since === plateau.since ? [] : [`plateau.since: expected ${plateau.since}, got ${a.plateau.since}`];
  },
  flags: ({ flags: want }, a) => (want === undefined ? [] : compareSets('flags', want, flagList(a))),
  flagsInclude: ({ flagsInclude }, a) => (flagsInclude === undefined ? [] : compareInclude('flags', flagsInclude, flagList(a))),
  flagsExclude: ({ flagsExclude }, a) => (flagsExclude === undefined ? [] : compareExclude('flags', flagsExclude, flagList(a))),
  recommendations: ({ recommendations: want }, a) => (want === undefined ? [] : compareSets('recommendations', want, recommendationList(a))),
  recommendationsInclude: ({ recommendationsInclude }, a) =>
    (recommendationsInclude === undefined ? [] : compareInclude('recommendations', recommendationsInclude, recommendationList(a))),
  recommendationsExclude: ({ recommendationsExclude }, a) =>
    (recommendationsExclude === undefined ? [] : compareExclude('recommendations', recommendationsExclude, recommendationList(a))),
  checkpoint: ({ checkpoint }, a) => {
    if (checkpoint === undefined) return [];
    return (['outcome', 'overdue', 'due'] as const)
      .filter((key) => checkpoint[key] !== undefined && checkpoint[key] !== a.checkpoint[key])
      .map((key) => `checkpoint.${key}: expected ${String(checkpoint[key])}, got ${String(a.checkpoint[key])}`);
  },
  irritability: ({ irritability }, a) =>
    (irritability !== undefined && a.screening.irritability.confirmed !== irritability ? [`irritability: expected "${irritability}" in force, got "${a.screening.irritability.confirmed}"`] : []),
  conversations: ({ conversations }, a) => (conversations === undefined ? [] : compareSets('conversations', conversations, a.conversations.map((c) => c.situation))),
  conversationsExclude: ({ conversationsExclude }, a) =>
    (conversationsExclude === undefined ? [] : compareExclude('conversations', conversationsExclude, a.conversations.map((c) => c.situation))),
  draftText: ({ draftText }, a) => (draftText ?? []).flatMap((want) => {
    const draft = a.conversations.find((c) => c.situation === want.situation);
    if (!draft) return [`draftText: expected a ${want.situation} draft, got none`];
    const text = draft.text.toLowerCase();
    return [
      ...want.includes.filter((words) => !text.includes(words.toLowerCase())).map((words) => `draftText: the ${want.situation} draft lacks "${words}"`),
      ...want.excludes.filter((words) => text.includes(words.toLowerCase())).map((words) => `draftText: the ${want.situation} draft says "${words}"`),
    ];
  }),
  programme: ({ programme }, a) => (programme ?? []).flatMap((want) => {
    const got = a.programme.find((p) => p.exerciseId === want.exerciseId);
    if (!got) return [`programme: no advice for "${want.exerciseId}" (got ${show(a.programme.map((p) => p.exerciseId))})`];
    const problems: string[] = [];
    const rules = got.reasons.map((r) => r.rule);
    if (got.advice !== want.advice) problems.push(`programme[${want.exerciseId}].advice: expected "${want.advice}", got "${got.advice}" (${got.reasons.map((r) => r.text).join(' ')})`);
    problems.push(...compareInclude(`programme[${want.exerciseId}].reasons`, want.reasonRules ?? [], rules));
    if (want.nextExerciseId !== undefined && got.nextExerciseId !== want.nextExerciseId) problems.push(`programme[${want.exerciseId}].nextExerciseId: expected "${want.nextExerciseId}", got "${got.nextExerciseId}"`);
    if (want.nextDose !== undefined && JSON.stringify(got.nextDose) !== JSON.stringify(want.nextDose)) problems.push(`programme[${want.exerciseId}].nextDose: expected ${JSON.stringify(want.nextDose)}, got ${JSON.stringify(got.nextDose)}`);
    return problems;
  }),
};

/** Every mismatch between the named expectations and the assessment, one sentence each. */
export function mismatches(expected: Expected, assessment: Assessment, keys: readonly ExpectationKey[] = expectationKeys): string[] {
  return keys.flatMap((key) => checks[key](expected, assessment));
}

export { expectationKeys };
