// Draft: an urgent referral (spec §4, side status urgent-referral; red flags, reference §5). Calm, clear and
// immediate: what we found in plain words (a screening answer, not a diagnosis), what happens now,
// and what to do if things change before then. The timing follows the most urgent uncleared answer:
// `emergency` items send the patient to hospital now, `urgent` ones need a doctor within days
// (tiers and actions: src/domain/screens/red-flag-items.ts, reference §5 and §5a). What to watch for
// comes from the positive items themselves, so a hip patient hears about a hot joint or a swollen
// calf, not the bladder signs of a spinal emergency (spec §4c.7). The draft does not name the
// suspected condition: the clinician says that in their own words if they judge it helps.
import type { CaseFile } from '../records/case-file.ts';
import { redFlagItem } from '../screens/red-flag-items.ts';
import type { AssessedEpisode } from './assessed-episode.ts';
import type { ConversationDraft } from './conversation.ts';
import { anyOf } from './wording.ts';

export function urgentReferralDraft(_file: CaseFile, assessment: AssessedEpisode): ConversationDraft {
  const positives = assessment.screening.redFlags.positives.filter((p) => p.tier === 'emergency' || p.tier === 'urgent');
  const emergency = positives.some((p) => p.tier === 'emergency');
  const watchFor = anyOf([...new Set(positives.map((p) => redFlagItem(p.item).watchFor))]);
  const parts: string[] = [
    'I want to be calm and clear with you about one thing.',
    'One of your answers today can be a sign of a problem that needs a doctor to check it first.',
    'It is not a diagnosis, and it may turn out to be nothing. But it is not something we wait on.',
  ];
  if (emergency) {
    parts.push(
      'Please go to the hospital emergency department now. Do not wait to see if it gets better.',
      'I will give you a note for them that says what we found.',
    );
  } else {
    parts.push(
      'You need to see a doctor within the next few days. We will contact them today and help you get the visit.',
      `If things get worse before then, or you notice ${watchFor}, go to the emergency department straight away.`,
    );
  }
  parts.push('We will pause treatment here until a doctor has seen you. Then we can pick up where we left off, if it is safe to.');
  return {
    situation: 'urgent-referral',
    title: emergency ? 'Urgent: hospital now' : 'Urgent: a doctor within days',
    text: parts.join(' '),
    basedOn: ['assessment.sideStatuses', 'assessment.screening.redFlags', 'assessment.recommendations[urgent-medical-referral]'],
  };
}
