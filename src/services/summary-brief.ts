// What the caseload shows beside the engine's codes (issue 18, item 9): each flag's first reason in
// the engine's own words, the last day of active care for an episode in blended or active-dominant
// care, and the patient's check-in notes that no clinician of the care team has read yet. Pure:
// computed from the assessment, the case file and the readings, when the summary is.
import type { Assessment, CaseFile } from '../domain/index.ts';
import type { EpisodeSummary } from '../store/index.ts';

/** How much of a note the caseload shows: one line, the rest is on the patient page. */
export const NOTE_BRIEF_CHARACTERS = 140;

type Brief = Pick<EpisodeSummary, 'flagReasons' | 'lastActiveCareOn' | 'unreadNotes' | 'latestUnreadNote'>;

export function flagReasonsOf(assessment: Assessment): EpisodeSummary['flagReasons'] {
  return assessment.flags.map((flag) => ({ code: flag.code, text: flag.reasons[0]?.text ?? '', more: Math.max(0, flag.reasons.length - 1) }));
}

/**
 * In blended or active-dominant care, the last day active minutes were given, or the day the phase
 * began when that is later (a phase that began without active work counts from its start); null in
 * the other phases, where no active work is expected yet.
 */
export function lastActiveCareOn(assessment: Assessment): string | null {
  if (assessment.phase !== 'blended' && assessment.phase !== 'active-dominant') return null;
  const phaseSince = assessment.phaseHistory.at(-1)?.since;
  const lastActive = assessment.passiveShare.filter((p) => p.activeMinutes > 0).map((p) => dayOf(p.date)).sort().at(-1);
  const days = [phaseSince ? dayOf(phaseSince) : undefined, lastActive].filter((d): d is string => d !== undefined).sort();
  return days.at(-1) ?? null;
}

const dayOf = (date: string): string => date.slice(0, 10);
const madeAt = (date: string): number => Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);

export function unreadNotesOf(file: CaseFile, read: ReadonlySet<string>): Pick<Brief, 'unreadNotes' | 'latestUnreadNote'> {
  const unread = file.checkIns.filter((c) => c.note !== undefined && c.note.trim() !== '' && !read.has(c.id));
  const latest = [...unread].sort((a, b) => madeAt(b.date) - madeAt(a.date))[0];
  const text = latest?.note?.trim() ?? '';
  return {
    unreadNotes: unread.length,
    latestUnreadNote: latest
      ? { checkInId: latest.id, date: latest.date, text: text.length > NOTE_BRIEF_CHARACTERS ? `${text.slice(0, NOTE_BRIEF_CHARACTERS - 1)}…` : text }
      : null,
  };
}

export function summaryBrief(assessment: Assessment, file: CaseFile, read: ReadonlySet<string>): Brief {
  return { flagReasons: flagReasonsOf(assessment), lastActiveCareOn: lastActiveCareOn(assessment), ...unreadNotesOf(file, read) };
}
