// What the episode pages load together: the case file and the engine's assessment as of today.
import { api } from './client/endpoints.ts';
import type { Assessment, CaseFileResponse, StoredEpisode } from './client/types.ts';
import { clinicToday } from './clinic-time.ts';

export interface EpisodeData {
  file: CaseFileResponse;
  assessment: Assessment;
}

export async function loadEpisode(episodeId: string): Promise<EpisodeData> {
  const [file, assessment] = await Promise.all([api.caseFile(episodeId), api.assessment(episodeId)]);
  return { file, assessment };
}

/** The episode to show: the one in care, else the latest. */
export function currentEpisode(episodes: readonly StoredEpisode[]): StoredEpisode | undefined {
  const inCare = episodes.filter((e) => e.status === 'active' || e.status === 'ongoing-care');
  const pick = inCare.length > 0 ? inCare : [...episodes];
  return pick.sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
}

export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5, 10) >= birthDate.slice(5, 10) ? years : years - 1;
}

/** Today as YYYY-MM-DD in the clinic's time zone (forms default to it; spec §4a.6). */
export function today(): string {
  return clinicToday();
}
