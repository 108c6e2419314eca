// The last checkpoint held, as the progress report shows it: the engine's assessment as it was kept
// that day (never recomputed: spec §3), the clinician's decision and its reason, and who decided. The
// kept assessment is stored as written by the engine version of that day, so it is read leniently:
// only the parts shown here, and a part that does not read is said to be missing, not guessed.
import { z } from 'zod';
import { checkpointOutcomeLabel, phaseLabel, recommendationLabel } from '../labels.ts';
import { checkpointOutcomes, phases, recommendationCodes } from '../records/vocabulary.ts';
import type { CaseFile, Checkpoint } from '../records/case-file.ts';
import type { Block, DocumentContext, Fact } from './model.ts';

const keptAssessmentSchema = z.object({
  phase: z.enum(phases).optional(),
  checkpoint: z.object({
    outcome: z.enum(checkpointOutcomes),
    reasons: z.array(z.object({ text: z.string() })).default([]),
  }).optional(),
  recommendations: z.array(z.object({ code: z.enum(recommendationCodes) })).optional(),
});

export type KeptAssessment = z.infer<typeof keptAssessmentSchema>;

/** The parts of a checkpoint's kept assessment a document shows; null when it cannot be read. */
export function keptAssessment(checkpoint: Checkpoint): KeptAssessment | null {
  const parsed = keptAssessmentSchema.safeParse(checkpoint.assessment);
  return parsed.success ? parsed.data : null;
}

/** `file` is as known on the as-of day, so its last checkpoint is the last one held by then. */
export function lastCheckpoint(file: CaseFile): Checkpoint | undefined {
  return file.checkpoints.at(-1);
}

export function lastCheckpointBlocks(file: CaseFile, context: DocumentContext, nextDue: string): Block[] {
  const checkpoint = lastCheckpoint(file);
  if (!checkpoint) return [{ kind: 'paragraph', tone: 'muted', text: `No checkpoint has been held yet. The next is due on ${nextDue}.` }];
  const kept = keptAssessment(checkpoint);
  const facts: Fact[] = [{ label: 'Held on', value: checkpoint.date }];
  if (kept?.checkpoint) facts.push({ label: 'Assessment', value: checkpointOutcomeLabel[kept.checkpoint.outcome] });
  if (kept?.phase) facts.push({ label: 'Phase then', value: phaseLabel[kept.phase] });
  if (kept?.recommendations && kept.recommendations.length > 0) {
    facts.push({ label: 'Engine recommended', value: kept.recommendations.map((r) => recommendationLabel[r.code]).join('; ') });
  }
  if (checkpoint.decision) {
    const by = checkpoint.decision.by === undefined ? undefined : (context.people[checkpoint.decision.by] ?? checkpoint.decision.by);
    facts.push(
      { label: 'Decision', value: recommendationLabel[checkpoint.decision.code] },
      { label: 'Reason', value: checkpoint.decision.reason },
      ...(by === undefined ? [] : [{ label: 'Decided by', value: by }]),
    );
  } else {
    facts.push({ label: 'Decision', value: 'Not recorded yet' });
  }
  const blocks: Block[] = [{ kind: 'facts', facts }];
  if (checkpoint.assessment === undefined) blocks.push({ kind: 'paragraph', tone: 'muted', text: 'No engine assessment was kept with this checkpoint (recorded without one).' });
  else if (kept === null) blocks.push({ kind: 'paragraph', tone: 'muted', text: 'The assessment kept with this checkpoint could not be read by this version.' });
  else if (kept.checkpoint && kept.checkpoint.reasons.length > 0) blocks.push({ kind: 'bullets', items: kept.checkpoint.reasons.map((r) => r.text) });
  blocks.push({ kind: 'paragraph', tone: 'muted', text: `Next checkpoint due on ${nextDue}.` });
  return blocks;
}
