// Every threshold the engine uses, as data: a default, a unit, a one-line rationale and its source.
// Sources name their paper and the section of the project's clinical reference ("reference §N" is
// docs/clinical-reference.md) or the product specification (docs/spec.md). Where no published source exists the
// entry says "heuristic": the number is a starting point a clinic may change, not a finding.

export interface SettingDefinition {
  default: number;
  unit: 'hours' | 'days' | 'sessions' | 'share' | 'points' | 'fraction' | 'confidence';
  min: number;
  max: number;
  rationale: string;
  source: string;
}

const HEURISTIC = 'Heuristic: no published threshold exists';

export const settingsCatalogue = {
  sorenessWindowHours: {
    default: 48, unit: 'hours', min: 12, max: 96,
    rationale: 'A rise in symptoms that starts within this many hours of a session in the early phases is expected soreness.',
    source: 'Spec §4; post-needling soreness resolved within 24-48 h (Llamas-Ramos 2014) or 24-36 h (Mejuto-Vázquez 2014), reference §7',
  },
  flareSettleHours: {
    default: 72, unit: 'hours', min: 24, max: 336,
    rationale: 'A flare that settles within this many hours, at or above baseline, is a normal flare; longer needs reassessment.',
    source: `${HEURISTIC}; consistent with DOMS (peak 24-72 h) and post-needling follow-up of 72 h, and most flares last under a day (Suri 2011), reference §7`,
  },
  firstWindowDays: {
    default: 1, unit: 'days', min: 0.5, max: 7,
    rationale: 'A first relief window of at least this many days shows the symptom threshold can move.',
    source: `Spec §4 (phase establishing-response); ${HEURISTIC}`,
  },
  nonResponderSessions: {
    default: 4, unit: 'sessions', min: 4, max: 6,
    rationale: 'No relief window by this session makes the checkpoint outcome non-responder.',
    source: `Spec §4 (setting, 4-6); ${HEURISTIC}`,
  },
  movementEntryWindowDays: {
    default: 7, unit: 'days', min: 3, max: 21,
    rationale: 'A relief window this long (or held to a next session at least this far away) marks readiness for active work.',
    source: `Spec §4 (movement entry); ${HEURISTIC}`,
  },
  movementEntryConsecutiveSessions: {
    default: 2, unit: 'sessions', min: 1, max: 4,
    rationale: 'The movement-entry window must hold at this many consecutive sessions, so one good week is not enough.',
    source: `Spec §4 (movement entry); ${HEURISTIC}`,
  },
  activeDominantPassiveShare: {
    default: 0.3, unit: 'share', min: 0, max: 0.5,
    rationale: 'At or below this passive share of treatment minutes, active work leads and passive care is a buffer.',
    source: `Spec §4 (phase active-dominant); ${HEURISTIC}`,
  },
  activeDominantConsecutiveSessions: {
    default: 2, unit: 'sessions', min: 1, max: 4,
    rationale: 'The passive share must stay at or below the active-dominant share for this many sessions in a row.',
    source: HEURISTIC,
  },
  plateauSessions: {
    default: 3, unit: 'sessions', min: 2, max: 8,
    rationale: 'A plateau is judged over at least this many recent sessions.',
    source: `Spec §4; no consensus definition of plateau exists (Demain 2006), reference §9; ${HEURISTIC}`,
  },
  plateauMinDays: {
    default: 21, unit: 'days', min: 14, max: 90,
    rationale: 'A plateau is judged over at least this many days, so a quiet week is not a plateau.',
    source: `Spec §4; reference §9 suggests two reassessments over at least 4 weeks as a design choice; ${HEURISTIC}`,
  },
  reliefWindowGrowthDays: {
    default: 1, unit: 'days', min: 0.5, max: 7,
    rationale: 'The relief window has grown when it is at least this many days longer than before.',
    source: HEURISTIC,
  },
  plateauDecisionDays: {
    default: 14, unit: 'days', min: 7, max: 42,
    rationale: 'A plateau with no checkpoint decision for this long is flagged plateau-no-decision.',
    source: 'Spec §4 (flags)',
  },
  checkpointIntervalDays: {
    default: 14, unit: 'days', min: 7, max: 42,
    rationale: 'A checkpoint is due this many days after the last one (or the episode start).',
    source: 'Spec §4; NDI author advises re-administering every 2 weeks; Medicare asks for a progress report every 10 treatment days, reference §9',
  },
  checkpointIntervalSessions: {
    default: 4, unit: 'sessions', min: 2, max: 10,
    rationale: 'A checkpoint is due after this many sessions since the last one, if that comes before the interval in days.',
    source: `Spec §4; ${HEURISTIC}`,
  },
  graduationHoldDays: {
    default: 14, unit: 'days', min: 7, max: 90,
    rationale: 'Goals must hold at target for this long, confirmed at a checkpoint, before graduation.',
    source: `Spec §4 (phase graduated); ${HEURISTIC}`,
  },
  passiveOnlyDays: {
    default: 56, unit: 'days', min: 14, max: 180,
    rationale: 'Passive-only care this many days (8 weeks) after the first session, with irritability not high, is flagged passive-only.',
    source: `Spec §4 (flags); Lin et al. 2020 recommendation 9 (manual therapy only as an adjunct), reference §8; ${HEURISTIC}`,
  },
  activeCareLapseDays: {
    default: 14, unit: 'days', min: 7, max: 42,
    rationale: 'In blended or active-dominant care, this many days without active minutes is shown on the caseload: active work may have lapsed.',
    source: `Issue 18 (the caseload as a today list: "no active minutes for two weeks"); ${HEURISTIC}`,
  },
  outcomeMeasureMaxAgeDays: {
    default: 30, unit: 'days', min: 7, max: 120,
    rationale: 'With no outcome measure recorded in this many days the episode is flagged no-outcome-measures.',
    source: 'Spec §4 (flags); Lin et al. 2020 recommendation 6 (monitor progress with outcome measures), reference §8',
  },
  painMic: {
    default: 2, unit: 'points', min: 1, max: 4,
    rationale: 'Minimal important change on a 0-10 pain rating (NPRS, check-in pain).',
    source: 'Ostelo 2008 consensus (2 on 0-10 NRS); Farrar 2001 (about 2 points or 30%), reference §3',
  },
  goalAbilityMic: {
    default: 2, unit: 'points', min: 1, max: 4,
    rationale: 'Minimal important change in a goal ability rated 0-10 like a PSFS activity.',
    source: 'PSFS: Abbott & Schmitt 2014 MIDs 1.3 (small) to 2.7 (large); 2 points is the detectable change of the average score (Stratford 1995), reference §3',
  },
  capacityMicFraction: {
    default: 0.1, unit: 'fraction', min: 0.05, max: 0.5,
    rationale: 'Minimal important change in a measured capacity goal (minutes, km, kg), as a fraction of the distance from baseline to target.',
    source: `${HEURISTIC}: no published minimal important change exists for a patient's own capacity target`,
  },
  odiMic: {
    default: 10, unit: 'points', min: 5, max: 20,
    rationale: 'Minimal important change on the Oswestry Disability Index (0-100).',
    source: 'Ostelo 2008 consensus (10 points or 30%), reference §3',
  },
  ndiMic: {
    default: 5, unit: 'points', min: 3, max: 10,
    rationale: 'Minimal important change on the Neck Disability Index, raw score 0-50.',
    source: 'NDI author (MCID and MDC about 5 raw points) [secondary source], reference §3',
  },
  pegMic: {
    default: 1, unit: 'points', min: 0.5, max: 3,
    rationale: 'Minimal important change on the PEG (mean of three 0-10 items).',
    source: 'Reed, Stump, Monahan, Kroenke, J Pain 2024: anchor-based MIDs mostly 1.0-1.75, reference §3',
  },
  psfsMic: {
    default: 2, unit: 'points', min: 1, max: 4,
    rationale: 'Minimal important change on the PSFS average score.',
    source: 'Abbott & Schmitt 2014 (1.3-2.7); Stratford 1995 detectable change of the average, 2 points, reference §3',
  },
  tsk11Mic: {
    default: 4, unit: 'points', min: 2, max: 8,
    rationale: 'A reduction of this many points on the TSK-11 best identified an important improvement in fear of movement.',
    source: 'Woby et al., Pain 2005;117:137-144, reference §4',
  },
  isiMic: {
    default: 8.4, unit: 'points', min: 4, max: 12,
    rationale: 'Change on the Insomnia Severity Index that matched moderate improvement.',
    source: 'Morin et al., Sleep 2011;34(5):601-608, reference §4',
  },
  flareDetectPainRise: {
    default: 2, unit: 'points', min: 1, max: 5,
    rationale: 'Check-in pain this far above the recent baseline on consecutive days is proposed as a flare.',
    source: `The pain MIC (Ostelo 2008) used as the size of a rise; using it to propose flares is a ${HEURISTIC.toLowerCase()}`,
  },
  flareBaselineDays: {
    default: 7, unit: 'days', min: 3, max: 28,
    rationale: 'The baseline before a flare is the median of check-ins in this many days before it starts.',
    source: HEURISTIC,
  },
  flareRecoveryDays: {
    default: 3, unit: 'days', min: 1, max: 14,
    rationale: 'Whether a flare left the patient below baseline is judged from check-ins in this many days after it ends.',
    source: HEURISTIC,
  },
  fearTsk11High: {
    default: 36, unit: 'points', min: 23, max: 44,
    rationale: 'TSK-11 total at or above this marks high fear of movement.',
    source: 'One proposal of TSK-11 bands (high 36 or more; Front Pain Res 2021, Achilles tendinopathy); no universal cut-off exists, reference §4',
  },
  fearFabqPaHigh: {
    default: 15, unit: 'points', min: 10, max: 24,
    rationale: 'FABQ physical-activity subscale above this marks high fear-avoidance beliefs.',
    source: 'FABQ-PA over 14-15 commonly cited as high (Fritz & George 2002) [secondary source], reference §4',
  },
  isiClinical: {
    default: 15, unit: 'points', min: 8, max: 22,
    rationale: 'ISI total at or above this is clinical insomnia and prompts a sleep assessment.',
    source: 'Morin 2011 bands: 15-21 moderate, 22-28 severe clinical insomnia, reference §4',
  },
  poorSleepMean: {
    default: 4, unit: 'points', min: 1, max: 6,
    rationale: 'Mean check-in sleep quality (0-10) at or below this over the last two weeks prompts a sleep assessment.',
    source: HEURISTIC,
  },
  lowAdherenceShare: {
    default: 0.5, unit: 'share', min: 0.2, max: 0.9,
    rationale: 'When home exercises were not done on at least this share of recent check-ins, adherence is checked first.',
    source: `Escalation ladder: adherence and dose first (spec §4); the share is a ${HEURISTIC.toLowerCase()}`,
  },
  passiveShareTrendChange: {
    default: 0.1, unit: 'share', min: 0.02, max: 0.5,
    rationale: 'A change in mean passive share of at least this much between the last three sessions and the three before is a trend.',
    source: HEURISTIC,
  },
  recentDays: {
    default: 14, unit: 'days', min: 7, max: 42,
    rationale: 'Sleep and adherence are judged from check-ins in this many recent days.',
    source: HEURISTIC,
  },
  irritabilityHighPain: {
    default: 7, unit: 'points', min: 5, max: 10,
    rationale: 'Pain now (0-10) at or above this counts toward high irritability in the suggested grade.',
    source: `${HEURISTIC}: no validated cut-off exists (Barakatt 2009); the value follows the common summary of STAR-Shoulder (McClure & Michener, Phys Ther 2015;95(5):791-800: high at 7 or more), not confirmed against the paper, reference §6`,
  },
  irritabilityLowPain: {
    default: 3, unit: 'points', min: 0, max: 5,
    rationale: 'Pain now (0-10) at or below this counts toward low irritability in the suggested grade.',
    source: `${HEURISTIC}: no validated cut-off exists (Barakatt 2009); the value follows the common summary of STAR-Shoulder (McClure & Michener 2015: low at 3 or less), not confirmed against the paper, reference §6`,
  },
  irritabilityHighSettleHours: {
    default: 24, unit: 'hours', min: 4, max: 96,
    rationale: 'Symptoms that take longer than this to settle once provoked (still there the next day) count toward high irritability.',
    source: `${HEURISTIC}: no published time threshold exists (reference §6); chosen to match the clinical description of high irritability as symptoms that linger into the next day`,
  },
  irritabilityLowSettleHours: {
    default: 1, unit: 'hours', min: 0, max: 12,
    rationale: 'Symptoms that settle within this many hours once provoked count toward low irritability.',
    source: `${HEURISTIC}: no published time threshold exists (reference §6)`,
  },
  phq2Positive: {
    default: 3, unit: 'points', min: 2, max: 6,
    rationale: 'PHQ-2 total at or above this is a positive screen for depression and prompts a fuller assessment (PHQ-9).',
    source: 'Kroenke, Spitzer & Williams, Med Care 2003;41:1284-1292 (3 or more: sensitivity 83%, specificity 92%); Arroll 2010 found 2 more sensitive, reference §4',
  },
  gad2Positive: {
    default: 3, unit: 'points', min: 2, max: 6,
    rationale: 'GAD-2 total at or above this is a positive screen for anxiety and prompts a fuller assessment.',
    source: 'Kroenke et al., Ann Intern Med 2007;146:317-325 (3 or more) [secondary source], reference §4',
  },
  // Revision 2 of the spec (§4a, §4c, 2026-12-06): each number the clinical decisions name is a setting.
  irritabilityStaleDays: {
    default: 28, unit: 'days', min: 7, max: 120,
    rationale: 'An irritability grade older than this is called stale when the engine asks for it to be graded again.',
    source: `Spec §4a.1 (the last 4 weeks); ${HEURISTIC}`,
  },
  sorenessMaxSessions: {
    default: 4, unit: 'sessions', min: 1, max: 8,
    rationale: 'Expected soreness belongs to the first sessions only: after a session later than this one, a rise in symptoms is a flare.',
    source: `Spec §4a.2 (at most the first 4 sessions); post-needling soreness is a response to the first treatments (Martín-Pintado-Zugasti 2016), reference §7; ${HEURISTIC}`,
  },
  sorenessMaxRise: {
    default: 3, unit: 'points', min: 1, max: 6,
    rationale: 'Expected soreness is a mild rise: at most this many points (0-10) above the prior baseline; a bigger rise is a flare.',
    source: `Spec §4c.4; ${HEURISTIC}`,
  },
  flareDetectMinPain: {
    default: 4, unit: 'points', min: 1, max: 8,
    rationale: 'A flare is proposed from check-ins only when pain reaches at least this level (0-10), as well as the rise above baseline.',
    source: `Spec §4c.4 (at least 4/10); ${HEURISTIC}`,
  },
  plateauTrendHorizonDays: {
    default: 42, unit: 'days', min: 14, max: 120,
    rationale: 'A goal is moving when its trend over the period projects at least its minimal important change within this many days.',
    source: `Spec §4a.4 (trend horizon 6 weeks); ${HEURISTIC}`,
  },
  plateauTrendConfidence: {
    default: 0.9, unit: 'confidence', min: 0.5, max: 0.99,
    rationale: 'One-sided confidence of the bounds on a goal\'s trend (a robust Huber M-estimate of the slope): its lower bound must be above zero to call the goal moving; its upper bound must project less than the minimal important change to call it flat.',
    source: `Spec §4a.4 (a one-sided bound, its confidence a setting); the estimator is Huber 1964, a statistical method; the level is a ${HEURISTIC.toLowerCase()}`,
  },
  windowGrowthCountsDays: {
    default: 84, unit: 'days', min: 28, max: 365,
    rationale: 'After this long in extending-window with no goal moving, a growing relief window alone no longer counts as movement against a plateau.',
    source: `Spec §4c.3 (12 weeks); ${HEURISTIC}`,
  },
  windowGrowthSessions: {
    default: 3, unit: 'sessions', min: 2, max: 6,
    rationale: 'The relief window has grown when the median of this many latest windows beats the best of the same number before them.',
    source: `Spec §4c.3 (the last 3 windows against the 3 before); ${HEURISTIC}`,
  },
  responseLostSessions: {
    default: 2, unit: 'sessions', min: 1, max: 4,
    rationale: 'A relief window that had appeared and is gone (under the first-window length) at this many sessions in a row is a lost response.',
    source: `Spec §4c.2 (gone for 2 sessions); ${HEURISTIC}`,
  },
  activeEntrySessions: {
    default: 2, unit: 'sessions', min: 1, max: 4,
    rationale: 'Active work delivered at this many consecutive sessions (with no flare needing reassessment) moves the phase to blended: the clinician has already moved.',
    source: `Spec §4c.1 (2 consecutive sessions); ${HEURISTIC}`,
  },
  activeHomeLogDays: {
    default: 14, unit: 'days', min: 7, max: 42,
    rationale: 'Home exercise reported done across this many days (each week of it, most answers done) moves the phase to blended, like active work in sessions.',
    source: `Spec §4c.1 (logged at home for 2 weeks); ${HEURISTIC}`,
  },
  flareDraftDays: {
    default: 14, unit: 'days', min: 3, max: 42,
    rationale: 'A flare conversation is drafted only for a flare under way or one that ended within this many days.',
    source: `Spec §4c.8; ${HEURISTIC}`,
  },
  // The active phase (spec §4b): progression of each exercise of the programme.
  exercisePainAcceptableMax: {
    default: 5, unit: 'points', min: 3, max: 7,
    rationale: 'Pain during an exercise above this (0-10) is past the acceptable band: on two sessions it steps the exercise back.',
    source: 'Silbernagel et al., Am J Sports Med 2007 pain-monitoring model: 0-3 safe, 4-5 acceptable, above 5 unacceptable; Thomeé 1997 (pain up to 5 allowed), reference §7 and §12',
  },
  exercisePainHoldAt: {
    default: 5, unit: 'points', min: 3, max: 7,
    rationale: 'Pain during an exercise reaching this (the top of the acceptable band) holds the dose instead of progressing it.',
    source: 'Spec §4b (hold when pain reached the band\'s top); Silbernagel 2007 acceptable band 4-5, reference §7 and §12',
  },
  exerciseLoadStep: {
    default: 0.1, unit: 'fraction', min: 0.05, max: 0.2,
    rationale: 'A progression adds this fraction to the dose (load, repetitions, time or distance).',
    source: 'Quota-based pacing: increase about 10% a week (I-ENGAGE); Australian eTG 10-20% of baseline a week; clinical and educational sources, not trials, reference §7 and §12',
  },
  exerciseStepIntervalDays: {
    default: 7, unit: 'days', min: 7, max: 28,
    rationale: 'A dose is held at least this long before the next step up: time-contingent, the same on good days and bad.',
    source: 'Graded activity is time-contingent and steps about weekly (Fordyce; eTG; I-ENGAGE), reference §7 and §12',
  },
  exerciseReviewDays: {
    default: 7, unit: 'days', min: 3, max: 28,
    rationale: 'The sessions of an exercise judged for its advice are those logged in this many recent days at its current dose.',
    source: `Spec §4b ("the last sessions"); ${HEURISTIC}`,
  },
  exerciseMinSessions: {
    default: 2, unit: 'sessions', min: 1, max: 7,
    rationale: 'At least this many logged sessions at the current dose are needed before it is progressed.',
    source: `Spec §4b: never on one day's evidence; ${HEURISTIC}`,
  },
  exerciseBadSessionsToRegress: {
    default: 2, unit: 'sessions', min: 2, max: 5,
    rationale: 'An exercise steps back when this many recent sessions went past the acceptable band or were followed by a worse morning; fewer holds it.',
    source: `Spec §4b: never on a bad day's evidence alone; Silbernagel 2007 (reduce load when the next morning is worse), reference §7; the count is a ${HEURISTIC.toLowerCase()}`,
  },
  exerciseAdherenceGood: {
    default: 0.75, unit: 'share', min: 0.5, max: 1,
    rationale: 'Logged sessions at or above this share of the prescribed days count as good adherence; below it the dose is held.',
    source: `Spec §4b (progress needs good adherence); ${HEURISTIC}`,
  },
  newLoadFlareHours: {
    default: 48, unit: 'hours', min: 24, max: 96,
    rationale: 'A flare starting within this many hours of the first session at a higher load is attributed to the load increase.',
    source: 'Spec §4b; the same 48 h as post-treatment soreness (reference §7)',
  },
  selfManagementDays: {
    default: 14, unit: 'days', min: 7, max: 42,
    rationale: 'Graduation needs a programme the patient has run alone, with good adherence, for this long.',
    source: 'Spec §4b (graduate needs a self-management programme run alone for the last 2 weeks)',
  },
} as const satisfies Record<string, SettingDefinition>;

export type SettingKey = keyof typeof settingsCatalogue;
export type Settings = Readonly<Record<SettingKey, number>>;
