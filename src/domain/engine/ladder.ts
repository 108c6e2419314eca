// The escalation ladder after a plateau (spec §4, with §4c.5): adherence and dose first; then
// adjustment; then referral or medical re-evaluation; the physician's options last. The ladder
// remembers: a plateau episode runs from the stall's start (the last time a goal moved, past flares:
// plateau.stallSince) until a goal moves again, every checkpoint decision in it counts, and the next
// recommendation is the rung after the last one taken. Where no home programme was ever prescribed,
// the first rung is to start one (`introduce-active`, irritability allowing), not a check of
// adherence to nothing.
import type { CaseFile } from '../records/case-file.ts';
import type { Irritability, Phase, RecommendationCode } from '../records/vocabulary.ts';
import type { Settings } from '../settings/catalogue.ts';
import { addDays, dayOf } from '../time.ts';
import type { Plateau, Reason } from './assessment.ts';
import { programmeAdherence } from './programme/index.ts';
import { escalationReasons } from './escalation.ts';
import { percent, plural } from './statistics.ts';

/** The rung a decision code belongs to (0: not a rung of the ladder). */
const rungOf: Partial<Record<RecommendationCode, number>> = {
  'check-adherence': 1, 'introduce-active': 1, 'adjust-program': 2, 'refer-advanced-rehab': 3, 'medical-re-evaluation': 3,
};

export interface LadderStep {
  code: RecommendationCode;
  reasons: Reason[];
}

/** Was a home programme ever prescribed: a home-exercise entry in a session, or check-ins answering about it? */
export function homeProgrammeExists(file: CaseFile): boolean {
  return file.programme.some((version) => version.items.length > 0)
    || file.sessions.some((s) => s.modalities.some((m) => m.modality === 'home-exercise-program'))
    || file.checkIns.some((c) => c.hep !== undefined);
}

export interface Adherence {
  missedShare: number;
  answered: number;
}

/** The programme's log of the last `recentDays` where there is one (spec §4b), else the check-ins' home-exercise answers: the share missed. */
export function recentAdherence(file: CaseFile, asOf: string, settings: Settings): Adherence | null {
  const logged = programmeAdherence(file, asOf, settings);
  if (logged) return logged;
  const from = addDays(asOf, -settings.recentDays);
  const answered = file.checkIns.filter((c) => dayOf(c.date) > from && c.hep !== undefined);
  if (answered.length === 0) return null;
  return { missedShare: answered.filter((c) => c.hep === 'no').length / answered.length, answered: answered.length };
}

export function plateauLadder(args: { file: CaseFile; asOf: string; settings: Settings; phase: Phase; irritability: Irritability | null; plateau: Plateau }): LadderStep[] {
  const { file, asOf, settings, phase, irritability, plateau } = args;
  const condition = file.episode.condition;
  const decisions = file.checkpoints.filter((c) => c.decision !== undefined && c.date >= plateau.stallSince);
  const taken = decisions.map((c) => ({ date: c.date, code: c.decision?.code, rung: c.decision ? rungOf[c.decision.code] ?? 0 : 0 })).filter((d) => d.rung > 0);
  const last = taken.reduce((max, d) => Math.max(max, d.rung), 0);
  const memory = taken.length > 0 ? ` Decisions since the stall began on ${plateau.stallSince}: ${taken.map((d) => `${d.code} on ${d.date}`).join(', ')}.` : '';
  const head = `Plateau since ${plateau.since}.${memory}`;
  const steps: LadderStep[] = [];
  if (last === 0) {
    if (!homeProgrammeExists(file) && irritability !== 'high') {
      steps.push({ code: 'introduce-active', reasons: [{ rule: 'escalation-ladder', text: `${head} No home programme has been prescribed: the first step is to start one, not to check adherence to nothing.` }, ...escalationReasons(condition, 'check-adherence')] });
    } else if (!homeProgrammeExists(file)) {
      steps.push({ code: 'adjust-program', reasons: [{ rule: 'escalation-ladder', text: `${head} No home programme, and irritability is high: adjust the passive care (technique, dose, target) first.` }, ...escalationReasons(condition, 'adjust-program')] });
    } else {
      const hep = recentAdherence(file, asOf, settings);
      const hepText = hep ? `home exercises missed on ${percent(hep.missedShare)} of ${plural(hep.answered, 'recent check-in')}` : 'no recent home-exercise answers';
      steps.push({ code: 'check-adherence', reasons: [{ rule: 'escalation-ladder', text: `${head} Adherence and dose come first (${hepText}).` }, ...escalationReasons(condition, 'check-adherence')] });
    }
  } else if (last === 1) {
    steps.push({ code: 'adjust-program', reasons: [{ rule: 'escalation-ladder', text: `${head} The first step has been taken: adjust the programme next (technique, dose, load).` }, ...escalationReasons(condition, 'adjust-program')] });
  } else if (last === 2) {
    const text = `${head} The programme has been adjusted: referral or medical re-evaluation next.`;
    if (phase === 'blended' || phase === 'active-dominant') steps.push({ code: 'refer-advanced-rehab', reasons: [{ rule: 'escalation-ladder', text: `${text} Refer for advanced rehabilitation with an overlap period.` }, ...escalationReasons(condition, 'refer-advanced-rehab')] });
    steps.push({ code: 'medical-re-evaluation', reasons: [{ rule: 'escalation-ladder', text: `${text} Medical re-evaluation (updated imaging or blood tests only where indicated).` }, ...escalationReasons(condition, 'medical-re-evaluation')] });
    if (!file.ongoingCare) steps.push({ code: 'declare-ongoing-care', reasons: [{ rule: 'escalation-ladder', text: `${text} If care that holds the current level is the honest aim, declare ongoing care with a reason and a review date.` }] });
  } else {
    const text = `${head} Referral or medical re-evaluation has been tried: the physician's options are next, each only with its indication.`;
    steps.push({ code: 'medical-re-evaluation', reasons: [{ rule: 'escalation-ladder-physician', text }, ...escalationReasons(condition, 'medical-re-evaluation', true)] });
    if (!file.ongoingCare) steps.push({ code: 'declare-ongoing-care', reasons: [{ rule: 'escalation-ladder', text: `${head} If care that holds the current level is the honest aim, declare ongoing care with a reason and a review date.` }] });
  }
  return steps;
}
