// The patient's check-in notes, heard (issue 18, item 5). What "read" means: a clinician of the
// patient's care team has had the note on screen on the patient page, which tells the API so; while
// the patient has no care team, any clinician of the clinic counts (someone must be able to clear
// it). A clinician outside the team reading a note does not take it off the team's list. The first
// reading of each check-in is kept (who, when) and audited; it makes the caseload summary stale,
// since the summary counts the unread notes.
import { z } from 'zod';
import { idSchema } from '../domain/index.ts';
import type { CheckInRead, ClinicScope } from '../store/index.ts';
import { onEpisode } from './access.ts';
import type { Actor, ServiceDeps } from './context.ts';
import { parseInput } from './parse-input.ts';

export const checkInReadsInputSchema = z.object({
  checkInIds: z.array(idSchema).min(1).max(500).describe('The check-ins whose notes were on screen'),
});

export interface CheckInReading {
  checkInId: string;
  readBy: string;
  readByName: string | null;
  readAt: string;
}

export interface MarkedRead {
  /** The readings recorded now (a check-in read before keeps its first reading). */
  recorded: CheckInReading[];
  /** False when the reader is not on the patient's care team: the notes stay unread for the team. */
  countsAsRead: boolean;
  reason: string;
}

async function withNames(reads: CheckInRead[], nameOf: (userId: string) => Promise<string | null>): Promise<CheckInReading[]> {
  const names = new Map<string, string | null>();
  for (const userId of new Set(reads.map((r) => r.readBy))) names.set(userId, await nameOf(userId));
  return reads.map((r) => ({ checkInId: r.checkInId, readBy: r.readBy, readByName: names.get(r.readBy) ?? null, readAt: r.readAt.toISOString() }));
}

/** Which notes of the episode the care team has read, with the reader's name. */
export async function readingsOf(scope: ClinicScope, episodeId: string): Promise<CheckInReading[]> {
  return withNames(await scope.checkInReads.forEpisodes([episodeId]), async (userId) => (await scope.people.getUser(userId))?.name ?? null);
}

export async function listCheckInReads(deps: ServiceDeps, actor: Actor, episodeId: string, now: Date): Promise<CheckInReading[]> {
  const { result } = await onEpisode(deps, actor, now, episodeId, 'read-clinical', async ({ scope, episode, note }) => {
    note({ action: 'read', recordType: 'check-in-reads', recordId: episode.id });
    return readingsOf(scope, episode.id);
  });
  return result;
}

export async function markCheckInNotesRead(deps: ServiceDeps, actor: Actor, episodeId: string, input: unknown, now: Date): Promise<MarkedRead> {
  const { checkInIds } = parseInput(checkInReadsInputSchema, input, 'check-in reads');
  const { result } = await onEpisode(deps, actor, now, episodeId, 'acknowledge-notes', async ({ scope, episode, note, nothingWritten, deferSummary }) => {
    const team = await scope.people.careTeam(episode.patientId);
    if (team.length > 0 && !team.some((member) => member.userId === actor.userId)) {
      nothingWritten();
      return { recorded: [], countsAsRead: false, reason: 'You are not on this patient\'s care team: the notes stay new for the team.' };
    }
    const recorded = await scope.checkInReads.record(episode.id, checkInIds, actor.userId, now);
    if (recorded.length === 0) {
      nothingWritten();
      return { recorded: [], countsAsRead: true, reason: 'These notes were already read.' };
    }
    // The caseload's count of unread notes is part of the summary: counted as a write, recomputed by the next read.
    deferSummary();
    for (const read of recorded) note({ action: 'create', recordType: 'check-in-read', recordId: read.checkInId });
    const self = await scope.people.getUser(actor.userId);
    return {
      recorded: await withNames(recorded, async () => self?.name ?? null),
      countsAsRead: true,
      reason: team.length > 0 ? 'Read by a clinician of the care team.' : 'Read by a clinician (the patient has no care team yet).',
    };
  });
  return result;
}
