// The psychosocial picture as known on the as-of day, from the latest score of each screen and the
// patient's earlier treatments. It feeds the engine's `fear-avoidance` flag and its
// `psychologically-informed-care` and `sleep-assessment` recommendations.
//
// Rules (reference §4 unless stated):
//   - risk: the latest STarT Back (Hill et al. 2008; Keele scoring): its recorded band when there is
//     one; else from the distress subscale (4 or 5 high) and the total (0-3 low, 4 or more medium);
//     a total of 4 or more without the subscale is reported as medium with a warning that the
//     subscale is needed to rule out high. No STarT Back: unknown. Keele validated it for low back
//     pain only, which a reason says when the episode does not include the low back.
//   - fearAvoidance: TSK-11 at or above fearTsk11High (Woby 2005; no universal cut-off), FABQ
//     physical-activity subscale (`pa`) above fearFabqPaHigh (Fritz & George 2002, secondary), or an
//     earlier active treatment (exercise programme, physiotherapy, graded activity) that made things
//     worse or flared: spec §4 treats that history as a sign of fear-avoidance. It follows the latest
//     screen (spec §4c.6): a fear screen repeated after the first one and below both cut-offs means
//     the earlier treatment's history no longer counts as a sign.
//   - mood: PHQ-2 at or above phq2Positive (Kroenke 2003) or GAD-2 at or above gad2Positive (Kroenke 2007).
//   - sleep: ISI at or above isiClinical (Morin 2011: 15 or more is clinical insomnia).
// It does not score instruments (src/domain/measures does) and does not judge change over time.
import type { CaseFile, Measure, PriorTreatment } from '../records/case-file.ts';
import type { InstrumentCode } from '../records/instrument-codes.ts';
import type { Settings } from '../settings/catalogue.ts';
import { isKnownOn } from '../time.ts';
import type { RuleReason } from './reason.ts';

export const psychosocialRisks = ['low', 'medium', 'high', 'unknown'] as const;
export type PsychosocialRisk = (typeof psychosocialRisks)[number];

export interface PsychosocialSummary {
  risk: PsychosocialRisk;
  fearAvoidance: boolean;
  /** No fear or risk screen (TSK-11, FABQ, STarT Back) was repeated after the first day one was taken. */
  screenedOnlyAtIntake: boolean;
  mood: boolean;
  sleep: boolean;
  reasons: RuleReason[];
}

/** Earlier treatments in which the patient did the work: when these went badly, fear of movement is likely. */
const activeTreatmentKinds: ReadonlySet<PriorTreatment['kind']> = new Set(['exercise-program', 'physiotherapy', 'graded-activity']);
const badOutcomes: ReadonlySet<PriorTreatment['outcome']> = new Set(['made-worse', 'flare']);

function latest(measures: readonly Measure[], instrument: InstrumentCode, asOf: string): Measure | undefined {
  return measures
    .filter((measure) => measure.instrument === instrument && isKnownOn(measure.date, asOf))
    .reduce<Measure | undefined>((best, measure) => (best === undefined || measure.date >= best.date ? measure : best), undefined);
}

function bandRisk(band: string): PsychosocialRisk | null {
  const word = band.trim().toLowerCase();
  for (const risk of ['low', 'medium', 'high'] as const) if (word === risk || word.startsWith(`${risk} `) || word.startsWith(`${risk}-`)) return risk;
  return null;
}

function startBackRisk(measure: Measure | undefined, caseFile: CaseFile, reasons: RuleReason[]): PsychosocialRisk {
  if (!measure) {
    reasons.push({ rule: 'psychosocial-start-back', text: 'No STarT Back screen recorded: psychosocial risk unknown.' });
    return 'unknown';
  }
  if (!caseFile.episode.regions.includes('low-back')) {
    reasons.push({ rule: 'psychosocial-start-back', text: 'STarT Back is validated for low back pain only; read its risk group with care for this region.' });
  }
  const fromBand = measure.band === undefined ? null : bandRisk(measure.band);
  const distress = measure.subscales?.['distress'];
  let risk: PsychosocialRisk;
  let how: string;
  if (fromBand) {
    risk = fromBand;
    how = `recorded band "${measure.band}"`;
  } else if (distress !== undefined) {
    risk = distress >= 4 ? 'high' : measure.score >= 4 ? 'medium' : 'low';
    how = `total ${measure.score}, distress subscale ${distress} (high: subscale 4 or more; medium: total 4 or more; low: total 3 or less)`;
  } else if (measure.score <= 3) {
    risk = 'low';
    how = `total ${measure.score} (3 or less is low)`;
  } else {
    risk = 'medium';
    how = `total ${measure.score} without the distress subscale: at least medium; record the subscale (items 5-9) to rule out high`;
  }
  reasons.push({ rule: 'psychosocial-start-back', text: `STarT Back of ${measure.date}: ${risk} risk, from ${how} (Hill et al. 2008, Keele scoring).` });
  return risk;
}

function fearAvoidanceSigns(caseFile: CaseFile, asOf: string, settings: Settings, reasons: RuleReason[]): boolean {
  let found = false;
  const tsk = latest(caseFile.measures, 'tsk-11', asOf);
  if (tsk && tsk.score >= settings.fearTsk11High) {
    found = true;
    reasons.push({ rule: 'fear-avoidance-tsk-11', text: `TSK-11 of ${tsk.date} is ${tsk.score}, at or above ${settings.fearTsk11High}: high fear of movement (Woby 2005; no universal cut-off).` });
  }
  const fabq = latest(caseFile.measures, 'fabq', asOf);
  const fabqPa = fabq?.subscales?.['pa'];
  if (fabq && fabqPa === undefined) {
    reasons.push({ rule: 'fear-avoidance-fabq', text: `FABQ of ${fabq.date} has no physical-activity subscale ("pa") recorded, so it cannot be read for fear-avoidance.` });
  } else if (fabq && fabqPa !== undefined && fabqPa > settings.fearFabqPaHigh) {
    found = true;
    reasons.push({ rule: 'fear-avoidance-fabq', text: `FABQ physical-activity subscale of ${fabq.date} is ${fabqPa}, above ${settings.fearFabqPaHigh}: high fear-avoidance beliefs (Fritz & George 2002).` });
  }
  const badActive = caseFile.intake.priorTreatments.filter(
    (treatment) => activeTreatmentKinds.has(treatment.kind) && badOutcomes.has(treatment.outcome)
      && (treatment.started === undefined || isKnownOn(treatment.started, asOf)),
  );
  const screens = caseFile.measures.filter((m) => (m.instrument === 'tsk-11' || m.instrument === 'fabq') && isKnownOn(m.date, asOf));
  const firstScreen = screens.reduce<string | null>((day, m) => (day === null || m.date < day ? m.date : day), null);
  const latestScreen = [tsk, fabq].filter((m): m is Measure => m !== undefined).sort((a, b) => b.date.localeCompare(a.date))[0];
  if (badActive.length > 0 && !found && latestScreen && firstScreen !== null && latestScreen.date > firstScreen) {
    reasons.push({ rule: 'fear-avoidance-rescreened', text: `An earlier active treatment went badly, but the latest fear screen (${latestScreen.instrument.toUpperCase()} of ${latestScreen.date}) is below its cut-off: fear-avoidance follows the latest screen.` });
    return false;
  }
  for (const treatment of badActive) {
    found = true;
    const outcome = treatment.outcome === 'flare' ? 'brought on a flare' : 'made things worse';
    reasons.push({ rule: 'fear-avoidance-prior-treatment', text: `An earlier ${treatment.kind}${treatment.started ? ` (${treatment.started})` : ''} ${outcome}: expect wariness of exercise, and sequence active work with care (spec §4).` });
  }
  return found;
}

function screenAtOrAbove(
  caseFile: CaseFile, asOf: string, instrument: InstrumentCode, threshold: number, rule: string, meaning: string, reasons: RuleReason[],
): boolean {
  const measure = latest(caseFile.measures, instrument, asOf);
  if (!measure || measure.score < threshold) return false;
  reasons.push({ rule, text: `${instrument.toUpperCase()} of ${measure.date} is ${measure.score}, at or above ${threshold}: ${meaning}` });
  return true;
}

/** Summarise the psychosocial screens and history of an episode as known on `asOf`. */
export function summarisePsychosocial(caseFile: CaseFile, asOf: string, settings: Settings): PsychosocialSummary {
  const reasons: RuleReason[] = [];
  const risk = startBackRisk(latest(caseFile.measures, 'start-back', asOf), caseFile, reasons);
  const fearAvoidance = fearAvoidanceSigns(caseFile, asOf, settings, reasons);
  const depression = screenAtOrAbove(caseFile, asOf, 'phq-2', settings.phq2Positive, 'mood-phq-2',
    'a positive depression screen; follow with a PHQ-9, including its question on self-harm (Kroenke 2003).', reasons);
  const anxiety = screenAtOrAbove(caseFile, asOf, 'gad-2', settings.gad2Positive, 'mood-gad-2',
    'a positive anxiety screen; follow with a fuller assessment (Kroenke 2007).', reasons);
  const sleep = screenAtOrAbove(caseFile, asOf, 'isi', settings.isiClinical, 'sleep-isi',
    'clinical insomnia; a sleep assessment is due (Morin 2011).', reasons);
  const screenDays = caseFile.measures
    .filter((m) => (m.instrument === 'tsk-11' || m.instrument === 'fabq' || m.instrument === 'start-back') && isKnownOn(m.date, asOf))
    .map((m) => m.date);
  const screenedOnlyAtIntake = new Set(screenDays).size <= 1;
  return { risk, fearAvoidance, screenedOnlyAtIntake, mood: depression || anxiety, sleep, reasons };
}
