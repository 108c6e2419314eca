// EpisodeOfCare and Condition <-> case file `episode` (spec §3). The EpisodeOfCare carries the
// course of care (status, start, patient, care team); the Condition carries the complaint it treats
// (category, body regions, the patient's words, how long the pain has lasted). FHIR's episode status
// has no words for graduated or referred, so the Threshold status rides in an extension and the FHIR
// status says only what is certain: care still running is `active`, ended care is `finished`.
import type { Condition, EpisodeOfCare, Observation } from '@medplum/fhirtypes';
import {
  bodyRegions, conditionCategories, episodeStatuses, type CaseFileInput, type EpisodeStatus,
} from '../domain/index.ts';
import { quantity, reference, thresholdCoding, thresholdConcept, hasThresholdCode } from './codings.ts';
import { dayOfDateTime } from './dates.ts';
import type { ExportContext } from './export-context.ts';
import { extensionOf, readCode, type Draft, type EntryRef, type ImportContext } from './import-context.ts';
import { ownRecordIdOf, recordIdentifier } from './record-ids.ts';
import { CONDITION_CLINICAL, EXT } from './systems.ts';

/** True while care runs (active or declared ongoing care); false once the episode has ended. */
export function episodeIsOpen(status: EpisodeStatus): boolean {
  return status === 'active' || status === 'ongoing-care';
}

export function conditionId(ctx: ExportContext): string {
  return ctx.id('condition');
}

export function episodeToFhir(ctx: ExportContext, careTeamId: string | undefined): EpisodeOfCare {
  const episode = ctx.file.episode;
  return {
    resourceType: 'EpisodeOfCare',
    id: ctx.episodeId,
    ...recordIdentifier(episode.id),
    extension: [{ url: EXT.episodeStatus, valueCoding: thresholdCoding(`episode-status-${episode.status}`) }],
    status: episodeIsOpen(episode.status) ? 'active' : 'finished',
    diagnosis: [{ condition: reference('Condition', conditionId(ctx)), rank: 1 }],
    patient: ctx.patient,
    period: { start: episode.startDate },
    ...(careTeamId === undefined ? {} : { team: [reference('CareTeam', careTeamId)] }),
  };
}

export function conditionToFhir(ctx: ExportContext): Condition {
  const episode = ctx.file.episode;
  return {
    resourceType: 'Condition',
    id: conditionId(ctx),
    // Care that runs treats a complaint that is there; once care ends the record does not say
    // whether the pain resolved, so no clinical status is claimed.
    ...(episodeIsOpen(episode.status)
      ? { clinicalStatus: { coding: [{ system: CONDITION_CLINICAL, code: 'active' }] } }
      : {}),
    code: { coding: [thresholdCoding(`condition-${episode.condition}`)], ...(episode.complaint === undefined ? {} : { text: episode.complaint }) },
    bodySite: episode.regions.map((region) => thresholdConcept(`region-${region}`)),
    subject: ctx.patient,
    ...(episode.painDurationMonths === undefined
      ? {}
      : { extension: [{ url: EXT.painDuration, valueDuration: quantity(episode.painDurationMonths, 'months') }] }),
  };
}

/** The patient's expectations of care, in their words, as an Observation (no FHIR element holds them). */
export function expectationsToFhir(ctx: ExportContext): Observation[] {
  const expectations = ctx.file.episode.expectations;
  if (expectations === undefined) return [];
  return [{
    resourceType: 'Observation',
    id: ctx.id('expectations'),
    status: 'final',
    code: thresholdConcept('care-expectations'),
    subject: ctx.patient,
    valueString: expectations,
  }];
}

function readStatus(ctx: ImportContext, entry: EntryRef<EpisodeOfCare>): EpisodeStatus | undefined {
  const extension = extensionOf(entry.resource, EXT.episodeStatus);
  if (extension !== undefined) return readCode(ctx, entry, 'extension', extension.valueCoding, 'episode-status', episodeStatuses);
  // An episode from another system: only what its FHIR status says for sure.
  switch (entry.resource.status) {
    case 'active': return 'active';
    case 'finished': return 'discharged';
    default:
      ctx.problem(entry, `episode status "${entry.resource.status}" has no Threshold equivalent`, 'status');
      return undefined;
  }
}

function findCondition(ctx: ImportContext, episode: EntryRef<EpisodeOfCare>): EntryRef<Condition> | undefined {
  const target = ctx.resolve(episode.resource.diagnosis?.[0]?.condition);
  if (target !== undefined && target.resource.resourceType === 'Condition') return target as EntryRef<Condition>;
  const conditions = ctx.ofType('Condition');
  return conditions.length === 1 ? conditions[0] : undefined;
}

/** The one EpisodeOfCare with its Condition, as the case file's `episode`. */
export function readEpisode(ctx: ImportContext): Draft<CaseFileInput['episode']> | undefined {
  const episodes = ctx.ofType('EpisodeOfCare');
  if (episodes.length !== 1) {
    ctx.bundleProblem(`a case file holds one episode of care: the bundle has ${episodes.length} EpisodeOfCare resources`);
    return undefined;
  }
  const [entry] = episodes;
  if (entry === undefined) return undefined;
  ctx.origin('episode', entry);
  const condition = findCondition(ctx, entry);
  if (condition === undefined) {
    ctx.problem(entry, 'the episode names no Condition with its body regions', 'diagnosis');
    return undefined;
  }
  for (const field of ['regions', 'condition', 'complaint', 'painDurationMonths']) ctx.origin(`episode.${field}`, condition);
  const expectations = ctx.ofType('Observation').find((o) => hasThresholdCode(o.resource.code, 'care-expectations'));
  if (expectations !== undefined) ctx.origin('episode.expectations', expectations);
  const code = condition.resource.code;
  return {
    id: ownRecordIdOf(entry.resource),
    startDate: dayOfDateTime(entry.resource.period?.start),
    status: readStatus(ctx, entry),
    regions: (condition.resource.bodySite ?? []).map((site, i) => readCode(ctx, condition, `bodySite[${i}]`, site, 'region', bodyRegions)),
    condition: readCode(ctx, condition, 'code', code, 'condition', conditionCategories),
    complaint: code?.text,
    painDurationMonths: extensionOf(condition.resource, EXT.painDuration)?.valueDuration?.value,
    expectations: expectations?.resource.valueString,
  };
}
