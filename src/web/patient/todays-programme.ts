// What the patient's pages read of their programme: the version in effect today and its exercises
// with their instructions, and which exercises yesterday's check-in says were done (the ones the
// morning-after question is about).
import { ApiError } from '../client/client.ts';
import { api } from '../client/endpoints.ts';
import type { CaseFileResponse, LibraryExercise, ProgrammeItem, ProgrammeResponse } from '../client/types.ts';
import { today } from '../episode-data.ts';

export interface TodaysExercise {
  item: ProgrammeItem;
  exercise: LibraryExercise | undefined;
}

export function todaysProgramme(programme: ProgrammeResponse, day: string = today()): TodaysExercise[] {
  const inEffect = programme.versions.filter((v) => v.date <= day).at(-1);
  return (inEffect?.items ?? []).filter((item) => item.startDate <= day)
    .map((item) => ({ item, exercise: programme.exercises.find((e) => e.id === item.exerciseId) }));
}

/** The exercises logged as done (or partly) on the day before `day`. */
export function doneYesterday(file: CaseFileResponse, day: string = today()): Set<string> {
  const yesterday = new Date(`${day}T12:00:00Z`);
  yesterday.setUTCDate(yesterday.getUTCDate() - 1);
  const date = yesterday.toISOString().slice(0, 10);
  return new Set(file.checkIns.filter((c) => c.date.slice(0, 10) === date).flatMap((c) => c.exercises.filter((e) => e.done !== 'no').map((e) => e.exerciseId)));
}

const cacheKey = (episodeId: string): string => `threshold:programme:${episodeId}`;

/**
 * The programme, from the server when it answers, else the copy kept on this phone from the last
 * time it did: the check-in is filled in offline too (spec §4b), and its exercises with it.
 */
export async function loadProgramme(episodeId: string): Promise<ProgrammeResponse> {
  try {
    const programme = await api.programme(episodeId);
    try {
      localStorage.setItem(cacheKey(episodeId), JSON.stringify(programme));
    } catch {
      // Storage full or refused: the copy is a convenience, the check-in works without it online.
    }
    return programme;
  } catch (error) {
    const kept = error instanceof ApiError && error.code === 'offline' ? localStorage.getItem(cacheKey(episodeId)) : null;
    if (kept === null) throw error;
    return JSON.parse(kept) as ProgrammeResponse;
  }
}
