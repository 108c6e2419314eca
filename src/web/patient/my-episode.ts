// The signed-in patient's own episode of care, in one read (their patient id comes from the session):
// the case file (records that stand), the assessment and the scans in context.
import { api } from '../client/endpoints.ts';
import { ApiError } from '../client/client.ts';
import { episodeData, type EpisodeData } from '../episode-data.ts';

export async function loadMyEpisode(patientId: string | undefined): Promise<EpisodeData> {
  if (!patientId) throw new ApiError(403, 'forbidden', 'This sign-in is not linked to a patient record.');
  const { current } = await api.patientOverview(patientId);
  if (!current) throw new ApiError(404, 'not-found', 'There is no course of care for you yet. Your clinician will set it up.');
  return episodeData(current);
}

/** Now, as a date-time with this phone's UTC offset (the API wants the offset). */
export function nowWithOffset(now: Date = new Date()): string {
  const pad = (n: number): string => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}
