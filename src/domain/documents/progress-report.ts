// The progress report (spec §6, Documents): the payer's "progress report every 10 treatment days"
// shape (Medicare Benefit Policy Manual ch. 15 §220.3, reference §9): who and what is treated, the
// goals against their baseline and target, the outcome measures read against their minimal important
// change, the relief-window and goal timeline, the phase history, the flares and their classes, the
// last checkpoint's assessment, decision and reason, and the clinician who signs. Pure: the case file,
// the engine's assessment of it, the clinic's settings and who signs go in; the document model comes
// out. An episode with no goals still gets a report, and the report says so.
import { knownOn } from '../engine/as-of.ts';
import type { Assessment } from '../engine/assessment.ts';
import {
  conditionLabel, episodeStatusLabel, flagLabel, flareLabel, irritabilityLabel, phaseLabel, recommendationLabel, regionLabel, sideStatusLabel,
  checkpointOutcomeLabel,
} from '../labels.ts';
import { careKindOf } from '../records/modalities.ts';
import type { CaseFile } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import { dayOf, daysBetween, hoursBetween } from '../time.ts';
import { birthWithAge, days, firstReason, number, percent, period } from './format.ts';
import { goalsBlock, measuresBlock, reliefSummary } from './goals-and-measures.ts';
import { lastCheckpoint, lastCheckpointBlocks } from './last-checkpoint.ts';
import type { Block, DocumentContext, DocumentModel, Fact, Section } from './model.ts';
import { signatureBlock } from './signature.ts';
import { timelineChart } from './timeline.ts';

/** "Maria Santos" or the episode's id when the record has no name. */
export function patientName(file: CaseFile): string {
  return file.patient.name ?? 'Patient (no name recorded)';
}

/** Who, what and since when: the facts every clinician-facing document opens with. */
export function episodeFacts(file: CaseFile, asOf: string): Fact[] {
  const { episode } = file;
  return [
    { label: 'Patient', value: patientName(file) },
    { label: 'Born', value: birthWithAge(file.patient.birthDate, asOf) },
    { label: 'Regions', value: episode.regions.map((r) => regionLabel[r]).join(', ') },
    { label: 'Condition', value: [conditionLabel[episode.condition], episode.complaint].filter(Boolean).join(': ') },
    ...(episode.painDurationMonths === undefined ? [] : [{ label: 'Pain for', value: `${number(episode.painDurationMonths)} months` }]),
    { label: 'Episode', value: `${episodeStatusLabel[episode.status]}, ${period(episode.startDate, asOf)}` },
  ];
}

function visitsFact(file: CaseFile): Fact {
  const last = lastCheckpoint(file);
  const since = last ? file.sessions.filter((s) => dayOf(s.date) > last.date).length : file.sessions.length;
  return { label: 'Visits', value: `${file.sessions.length} in all; ${since} since ${last ? `the last checkpoint (${last.date})` : 'the start'}` };
}

function statusSection(file: CaseFile, assessment: Assessment): Section {
  const current = assessment.phaseHistory.at(-1);
  const checkpoint = assessment.checkpoint;
  const irritability = assessment.screening.irritability.confirmed;
  const facts: Fact[] = [
    { label: 'Phase', value: `${phaseLabel[assessment.phase]}${current ? ` since ${dayOf(current.since)}` : ''}` },
    ...(assessment.sideStatuses.length === 0 ? [] : [{ label: 'Also', value: assessment.sideStatuses.map((s) => sideStatusLabel[s]).join(', ') }]),
    { label: 'Assessment today', value: `${checkpointOutcomeLabel[checkpoint.outcome]}: ${firstReason(checkpoint.reasons)}` },
    { label: 'Flags', value: assessment.flags.length === 0 ? 'None' : assessment.flags.map((f) => flagLabel[f.code]).join(', ') },
    { label: 'Irritability', value: irritability ? irritabilityLabel[irritability] : 'Not confirmed' },
    visitsFact(file),
    careGivenFact(assessment),
  ];
  if (assessment.plateau) facts.push({ label: 'Plateau', value: `Since ${assessment.plateau.since}: ${firstReason(assessment.plateau.reasons)}` });
  return { heading: 'Where care stands', blocks: [{ kind: 'facts', facts }] };
}

/** Passive and active minutes over the episode and the passive share of the latest session with either. */
function careGivenFact(assessment: Assessment): Fact {
  const passive = assessment.passiveShare.reduce((sum, p) => sum + p.passiveMinutes, 0);
  const active = assessment.passiveShare.reduce((sum, p) => sum + p.activeMinutes, 0);
  const latest = assessment.passiveShare.filter((p) => p.share !== null).at(-1);
  return {
    label: 'Care given',
    value: `${number(passive)} min passive, ${number(active)} min active; passive share ${percent(latest?.share ?? null)} at the latest session (trend ${assessment.passiveShareTrend.value})`,
  };
}

function phaseHistoryBlock(assessment: Assessment): Block {
  return {
    kind: 'table',
    columns: [{ heading: 'Phase', width: 22 }, { heading: 'From', width: 12 }, { heading: 'To', width: 12 }, { heading: 'Why', width: 54 }],
    rows: assessment.phaseHistory.map((change, i) => [
      phaseLabel[change.phase], dayOf(change.since), dayOf(assessment.phaseHistory[i + 1]?.since ?? assessment.asOf), firstReason(change.reasons),
    ]),
  };
}

function flaresBlock(file: CaseFile, assessment: Assessment): Block {
  if (assessment.flares.length === 0) return { kind: 'paragraph', tone: 'muted', text: 'No flares recorded or found in the check-ins.' };
  const causes = new Map(file.flares.map((f) => [f.id, f.cause]));
  return {
    kind: 'table',
    columns: [
      { heading: 'Start', width: 13 }, { heading: 'Lasted', width: 9 }, { heading: 'Class', width: 16 }, { heading: 'Source', width: 16 }, { heading: 'Why', width: 46 },
    ],
    rows: assessment.flares.map((flare) => {
      const lasted = flare.end === null ? 'under way' : days(Math.max(1, Math.round(hoursBetween(flare.start, flare.end) / 24)));
      const cause = causes.get(flare.id);
      const source = flare.recorded ? `Recorded${cause && cause !== 'unknown' ? `, ${cause.replace('-', ' ')}` : ''}` : 'From check-ins';
      return [dayOf(flare.start), lasted, flareLabel[flare.classification], source, firstReason(flare.reasons)];
    }),
  };
}

function flareCounts(assessment: Assessment): string {
  const counts = new Map<string, number>();
  for (const flare of assessment.flares) counts.set(flareLabel[flare.classification], (counts.get(flareLabel[flare.classification]) ?? 0) + 1);
  return counts.size === 0 ? '' : `${[...counts.entries()].map(([label, n]) => `${label}: ${n}`).join('; ')}.`;
}

function planBlock(assessment: Assessment): Block {
  if (assessment.recommendations.length === 0) return { kind: 'paragraph', tone: 'muted', text: 'No recommendation today.' };
  return { kind: 'bullets', items: assessment.recommendations.map((r) => `${recommendationLabel[r.code]}: ${firstReason(r.reasons)}`) };
}

/** The report's one sentence on active care, since the phase depends on it. */
function activeCareNote(file: CaseFile): string | null {
  const activeSessions = file.sessions.filter((s) => s.modalities.some((m) => careKindOf(m.modality) === 'active')).length;
  return activeSessions === 0 ? null : `Active care given at ${activeSessions} of ${file.sessions.length} sessions.`;
}

export function composeProgressReport(caseFile: CaseFile, assessment: Assessment, settings: Settings, context: DocumentContext): DocumentModel {
  const { asOf } = assessment;
  const file = knownOn(caseFile, asOf);
  const name = patientName(file);
  const weeks = Math.floor(daysBetween(file.episode.startDate, asOf) / 7);
  const timelineNotes = [reliefSummary(assessment), flareCounts(assessment), activeCareNote(file)].filter((s): s is string => Boolean(s));
  return {
    kind: 'progress-report',
    title: 'Progress report',
    subtitle: `${name}, week ${weeks + 1} of care`,
    asOf,
    audience: 'clinician',
    header: [...episodeFacts(file, asOf), { label: 'Report date', value: asOf }, { label: 'Clinic', value: context.clinicName }],
    sections: [
      statusSection(file, assessment),
      {
        heading: 'Timeline: relief windows, goals, flares and phases',
        blocks: [{ kind: 'timeline', chart: timelineChart(file, assessment) }, { kind: 'paragraph', tone: 'muted', text: timelineNotes.join(' ') }],
      },
      { heading: 'Goals: baseline, current and target', blocks: [goalsBlock(file, assessment)] },
      { heading: 'Outcome measures against their minimal important change (MIC)', blocks: [measuresBlock(file, settings)] },
      { heading: 'Phase history', blocks: [phaseHistoryBlock(assessment)] },
      { heading: 'Flares and their classes', blocks: [flaresBlock(file, assessment)] },
      { heading: 'Last checkpoint', blocks: lastCheckpointBlocks(file, context, assessment.checkpoint.due) },
      { heading: 'Next steps the engine recommends', blocks: [planBlock(assessment)] },
      { heading: 'Clinician', blocks: [signatureBlock(context, asOf)] },
    ],
    footer: `Progress report for ${name}, as of ${asOf}. Threshold is decision support: the clinician decides.`,
  };
}
