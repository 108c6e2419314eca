// What the episode pages load: the episode's overview, in one read (one audit row per visit): the
// case file, the engine's assessment as of today, the imaging in age context and the red-flag items
// its screen asks. The pages work on the records that stand; the removed ones are kept apart, for the
// "Removed" lists (the engine already ignores them).
import { api } from './client/endpoints.ts';
import type { Assessment, CaseFileResponse, CheckInReading, EpisodeOverview, ImagingReportInContext, RegionalRedFlagItem } from './client/types.ts';
import { clinicToday } from './clinic-time.ts';

export interface EpisodeData {
  /** The case file with removed records left out. */
  file: CaseFileResponse;
  /** The removed records, as stored (each with its removal marker). */
  removed: Pick<CaseFileResponse, 'goals' | 'irritabilityGrades' | 'sessions' | 'flares' | 'measures' | 'checkpoints' | 'referrals'>;
  assessment: Assessment;
  imaging: ImagingReportInContext[];
  redFlagItems: RegionalRedFlagItem[];
  /** Which check-in notes the care team has read (read with the rest: one read per visit). */
  checkInReads: CheckInReading[];
}

const standing = <T extends { removed?: unknown }>(list: readonly T[]): T[] => list.filter((r) => r.removed === undefined);
const gone = <T extends { removed?: unknown }>(list: readonly T[]): T[] => list.filter((r) => r.removed !== undefined);

export function episodeData(overview: EpisodeOverview): EpisodeData {
  const { caseFile: f } = overview;
  return {
    file: {
      ...f, goals: standing(f.goals), irritabilityGrades: standing(f.irritabilityGrades), sessions: standing(f.sessions), flares: standing(f.flares), measures: standing(f.measures),
      checkpoints: standing(f.checkpoints), referrals: standing(f.referrals),
    },
    removed: { goals: gone(f.goals), irritabilityGrades: gone(f.irritabilityGrades), sessions: gone(f.sessions), flares: gone(f.flares), measures: gone(f.measures), checkpoints: gone(f.checkpoints), referrals: gone(f.referrals) },
    assessment: overview.assessment,
    imaging: overview.imaging,
    redFlagItems: overview.redFlagItems,
    checkInReads: overview.checkInReads,
  };
}

export async function loadEpisode(episodeId: string): Promise<EpisodeData> {
  return episodeData(await api.episodeOverview(episodeId));
}

export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5, 10) >= birthDate.slice(5, 10) ? years : years - 1;
}

/** Today as YYYY-MM-DD in the clinic's time zone (forms default to it; spec §4a.6). */
export function today(): string {
  return clinicToday();
}
