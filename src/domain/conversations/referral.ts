// Draft: a referral (spec §2 referral, §4 Conversations): what we achieved (the goal numbers), what
// the data says, who is next, and the overlap in which both teams run until the handoff is complete.
// Used when the engine recommends advanced rehabilitation or a medical re-evaluation, or a referral
// record is active. The escalation order behind those recommendations is reference §10; the draft
// only explains them. Referral reasons written by the clinician are not read aloud: they are
// clinical notes, not words for the patient.
import type { AssessedEpisode } from './assessed-episode.ts';
import type { CaseFile, Referral } from '../records/case-file.ts';
import { dayOf, isKnownOn } from '../time.ts';
import type { ConversationDraft } from './conversation.ts';
import { count, goalStory, listOf, namedGoals, spokenDay } from './wording.ts';

const disciplineWords: Record<Referral['to']['discipline'], string> = {
  'physical-therapy': 'a physical therapist',
  'advanced-rehabilitation': 'an advanced rehab team',
  physician: 'a doctor',
  'pain-medicine': 'a pain medicine doctor',
  psychology: 'a psychologist',
  rheumatology: 'a rheumatologist, a doctor for joint and immune problems',
  'spine-surgery': 'a spine surgeon, for an opinion',
  emergency: 'the emergency team',
  other: 'another team',
};

/** The latest referral under way on the as-of day, if any. */
function activeReferral(file: CaseFile, asOf: string): Referral | undefined {
  return file.referrals.filter((r) => r.status === 'active' && isKnownOn(r.date, asOf)).sort((a, b) => a.date.localeCompare(b.date)).at(-1);
}

/** A referral is under way: the decision has been taken, and the referral draft tells the story. */
export function referralUnderWay(file: CaseFile, asOf: string): boolean {
  return activeReferral(file, asOf) !== undefined;
}

function referralRecommended(assessment: AssessedEpisode): boolean {
  return assessment.recommendations.some((r) => r.code === 'refer-advanced-rehab' || r.code === 'medical-re-evaluation');
}

function whoNext(assessment: AssessedEpisode, referral: Referral | undefined): string {
  if (referral) {
    const who = disciplineWords[referral.to.discipline];
    return referral.to.provider ? `${who} at ${referral.to.provider}` : who;
  }
  const codes = new Set(assessment.recommendations.map((r) => r.code));
  const people: string[] = [];
  if (codes.has('refer-advanced-rehab')) people.push('an advanced rehab team');
  if (codes.has('medical-re-evaluation')) people.push('a doctor, for a medical review');
  return listOf(people);
}

/** What the data says, in the patient's terms, with the fields it read. */
function whatTheDataSays(assessment: AssessedEpisode): { sentences: string[]; basedOn: string[] } {
  const { asOf } = assessment;
  const sentences: string[] = [];
  const basedOn: string[] = [];
  if (assessment.plateau) {
    sentences.push(`Since ${spokenDay(assessment.plateau.since, asOf)}, your progress has levelled off.`);
    basedOn.push('assessment.plateau');
  }
  if (assessment.checkpoint.outcome === 'non-responder') {
    sentences.push('So far, the sessions have not given you a stretch of relief. That tells us to look wider for what drives your pain.');
    basedOn.push('assessment.checkpoint.outcome');
  }
  const longFlares = assessment.flares.filter((f) => f.classification === 'reassess');
  if (longFlares.length >= 2) {
    sentences.push(`You have had ${count(longFlares.length, 'flare')} that did not settle as a usual flare does.`);
    basedOn.push(...longFlares.map((f) => `assessment.flares[${f.id}]`));
  }
  if (assessment.recommendations.some((r) => r.code === 'medical-re-evaluation' && r.reasons.some((reason) => reason.rule === 'red-flag-routine-referral'))) {
    sentences.push('One of your answers at the start needs a doctor\'s view. It is not urgent, but it should not wait for long.');
    basedOn.push('assessment.screening.redFlags');
  }
  if (assessment.flags.some((f) => f.code === 'imaging-finding-open')) {
    sentences.push('Your scan report names something that is not an age change, and a doctor should look at it.');
    basedOn.push('assessment.flags[imaging-finding-open]');
  }
  if (assessment.flags.some((f) => f.code === 'deteriorating')) {
    sentences.push('Some of your numbers are lower than when we started.');
    basedOn.push('assessment.flags[deteriorating]');
  }
  return { sentences, basedOn };
}

export function referralDraft(file: CaseFile, assessment: AssessedEpisode): ConversationDraft | null {
  const { asOf } = assessment;
  const referral = activeReferral(file, asOf);
  if (!referral && !referralRecommended(assessment)) return null;
  const parts: string[] = ['Let\'s look at where we have got to.'];
  const named = namedGoals(assessment.goals);
  for (const goal of named.goals) parts.push(goalStory(file, goal));
  const data = whatTheDataSays(assessment);
  parts.push(...data.sentences);
  const latest = assessment.reliefWindows.filter((w) => w.reliefDays !== null).at(-1);
  if (data.sentences.length === 0 && latest && latest.reliefDays !== null) {
    parts.push(`After your session on ${spokenDay(dayOf(latest.date), asOf)}, relief lasted ${count(latest.reliefDays, 'day')}.`);
  }
  const who = whoNext(assessment, referral);
  parts.push(referral ? `The next step is ${who}.` : `I think the next step is to see ${who}.`);
  parts.push('This is a next step in your care, not giving up on you.');
  if (referral?.overlapStart && referral.overlapEnd) {
    parts.push(`From ${spokenDay(referral.overlapStart, asOf)} to ${spokenDay(referral.overlapEnd, asOf)}, both teams will work with you, so nothing is dropped in the handover.`);
  } else if (referral?.overlapStart) {
    parts.push(`From ${spokenDay(referral.overlapStart, asOf)}, both teams will work with you until the handover is done.`);
  } else {
    parts.push('We will keep working with you while that happens.');
  }
  parts.push('We will send them your goals and your numbers, so you do not have to start again.');
  return {
    situation: 'referral',
    title: 'A referral: what we achieved and who is next',
    text: parts.join(' '),
    basedOn: [
      ...(referral ? [`referrals[${referral.id}]`] : []),
      ...assessment.recommendations
        .filter((r) => r.code === 'refer-advanced-rehab' || r.code === 'medical-re-evaluation')
        .map((r) => `assessment.recommendations[${r.code}]`),
      ...named.basedOn,
      ...data.basedOn,
      ...(data.sentences.length === 0 && latest ? [`assessment.reliefWindows[${latest.sessionId}]`] : []),
    ],
  };
}

