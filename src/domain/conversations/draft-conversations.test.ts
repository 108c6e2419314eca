// The drafts say the right things for the situations the engine finds: the patient's own goals,
// numbers and dates; no promise of cure; findings for the physician never in the age frame; an
// urgent referral alone. Each vignette is a synthetic case file run through the real engine.
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../engine/assessment.ts';
import type { CaseFile, CaseFileInput } from '../records/case-file.ts';
import { resolveSettings } from '../settings/settings.ts';
import type { ConversationDraft, ConversationSituation } from './conversation.ts';
import { draftConversations } from './draft-conversations.ts';
import { physicianWords } from './imaging-words.ts';
import { prepare, vignettes, type Vignette } from './vignettes.fixture.ts';
import { spokenDay } from './wording.ts';

function byName(name: string): Vignette {
  const found = vignettes.find((v) => v.name === name);
  if (!found) throw new Error(`no vignette "${name}"`);
  return found;
}

function run(vignette: Vignette): { file: CaseFile; assessment: Assessment; drafts: ConversationDraft[] } {
  const { file, assessment } = prepare(vignette);
  return { file, assessment, drafts: draftConversations(file, assessment) };
}

function draftOf(drafts: readonly ConversationDraft[], situation: ConversationSituation): ConversationDraft {
  const found = drafts.find((d) => d.situation === situation);
  if (!found) throw new Error(`no ${situation} draft among ${drafts.map((d) => d.situation).join(', ')}`);
  return found;
}

function withInput(vignette: Vignette, change: (input: CaseFileInput) => CaseFileInput): Vignette {
  return { ...vignette, input: change(structuredClone(vignette.input)) };
}

const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+/);

describe('draftConversations', () => {
  it.each(vignettes.map((v) => [v.name, v] as const))('%s: drafts exactly the situations that apply', (_name, vignette) => {
    const { drafts } = run(vignette);
    expect(drafts.map((d) => d.situation).sort()).toEqual([...vignette.situations].sort());
  });

  it('names in basedOn only records and fields that exist', () => {
    for (const vignette of vignettes) {
      const { file, drafts } = run(vignette);
      for (const draft of drafts) {
        expect(draft.basedOn.length).toBeGreaterThan(0);
        for (const entry of draft.basedOn) {
          const goal = /^goals\[(.+)\]$/.exec(entry);
          if (goal) expect(file.goals.map((g) => g.id)).toContain(goal[1]);
          const imaging = /^intake\.imaging\[([^\]]+)\]/.exec(entry);
          if (imaging) expect(file.intake.imaging.map((r) => r.id)).toContain(imaging[1]);
          const assessed = /^assessment\.imaging\[(.+)\]$/.exec(entry);
          if (assessed) expect(file.intake.imaging.map((r) => r.id)).toContain(assessed[1]);
          expect(entry).toMatch(/^(assessment|settings|goals|intake|patient|flares|referrals)\b/);
        }
      }
    }
  });

  it('never promises a cure or a permanent result', () => {
    const promising = /\bcur(e|es|ed|ing)\b|\bfix you\b|\bguarantee|\bpermanent|100\s?%|\bforever\b|\bnever come back\b/i;
    for (const vignette of vignettes) {
      for (const draft of run(vignette).drafts) expect(draft.text).not.toMatch(promising);
    }
  });

  it('is pure: the same input gives the same drafts, and the inputs are not changed', () => {
    const { file, assessment } = prepare(byName('a plateau at the third rung, with a referral recommended'));
    const before = structuredClone({ file, assessment });
    expect(draftConversations(file, assessment)).toEqual(draftConversations(file, assessment));
    expect({ file, assessment }).toEqual(before);
  });
});

describe('the patient\'s own goals and numbers', () => {
  it('a plateau gives each goal\'s start, now and aim in its own unit, the date it began and the ladder\'s first rung', () => {
    const { drafts, assessment } = run(byName('a plateau at the third rung, with a referral recommended'));
    const text = draftOf(drafts, 'plateau').text;
    expect(text).toContain('"Lift my grandson from the floor", you started at 2 out of 10. You are at 5 now, and the aim is 8.');
    expect(text).toContain('"Cycle to work", you started at 2 km. You are at 6 km now, and the aim is 12 km.');
    expect(text).toContain(`Since ${spokenDay(assessment.plateau?.since ?? '', assessment.asOf)}`);
    expect(text).toMatch(/signal, not a failure/);
    // Options in ladder order: advanced rehab before the medical review before ongoing care.
    const rehab = text.indexOf('advanced rehab');
    const doctor = text.indexOf('ask a doctor to review');
    const ongoing = text.indexOf('hold your current level');
    expect(rehab).toBeGreaterThan(-1);
    expect(doctor).toBeGreaterThan(rehab);
    expect(ongoing).toBeGreaterThan(doctor);
  });

  it('a first-rung plateau with no home programme starts one, and names no physician\'s option (spec §4c.5, §4c.8)', () => {
    const text = draftOf(run(byName('a plateau, first rung of the ladder')).drafts, 'plateau').text;
    expect(text).toContain('First, we start a short set of exercises you do at home between sessions');
    expect(text).not.toMatch(/injection|surgery|operation/i);
    expect(text).not.toContain('home exercises fit');
    expect(text).toContain('"Work at the laptop for a full morning"');
  });

  it('a referral gives what was achieved, who is next and the overlap dates', () => {
    const text = draftOf(run(byName('an active referral with an overlap')).drafts, 'referral').text;
    expect(text).toContain('"Reach the top shelf in the kitchen", you started at 3 out of 10. You are at 7 now, and the aim is 9.');
    expect(text).toContain('an advanced rehab team at Riverside Rehab');
    expect(text).toContain('From 23 March to 20 April, both teams will work with you');
    expect(text).toContain('Since 9 February, your progress has levelled off.');
  });

  it('a recommended referral says what the data says: non-response and a routine red flag', () => {
    const text = draftOf(run(byName('a non-responder with a routine red flag')).drafts, 'referral').text;
    expect(text).toContain('not given you a stretch of relief');
    expect(text).toContain('needs a doctor\'s view. It is not urgent');
    expect(text).toContain('a doctor, for a medical review');
  });

  it('graduation names the goals reached, since when, and the flare plan', () => {
    const text = draftOf(run(byName('graduation')).drafts, 'graduation').text;
    expect(text).toContain('"Play nine holes of golf", you went from 3 out of 10 to 9, and the aim was 8.');
    expect(text).toContain('"Walk to the shops and back", you went from 10 minutes to 45 minutes, and the aim was 40 minutes.');
    expect(text).toContain('You got there by 2 March and have held it for 4 weeks.');
    expect(text).toContain('keep moving within what you can manage');
    expect(text).toContain('settles within about 3 days');
    expect(text).toMatch(/Come back to us if a flare lasts longer/);
  });

  it('a normal flare gives its dates and where the patient stands, and the settle time', () => {
    const text = draftOf(run(byName('a normal flare in blended care')).drafts, 'flare').text;
    expect(text).toContain('Your flare began on 12 February and settled in about 2 days.');
    expect(text).toContain('It came after a new load.');
    expect(text).toContain('"Climb the stairs to the second floor without stopping" is at 7 out of 10, against 4 when we started.');
    expect(text).toContain('within about 3 days and leaves you where you were before');
  });

  it('a reassess flare says we look again together, without calling it a failure', () => {
    const text = draftOf(run(byName('a flare that needs reassessment')).drafts, 'flare').text;
    expect(text).toContain('lasted about 5 days');
    expect(text).toContain('we look again together');
    expect(text).toContain('"Sit through a two-hour meeting" is at 40 minutes, against 30 minutes');
    expect(text).not.toContain('normal flare');
  });

  it('the clinic\'s flare window changes the words', () => {
    const { file, assessment } = prepare(byName('a normal flare in blended care'));
    const drafts = draftConversations(file, assessment, resolveSettings({ flareSettleHours: 96 }));
    expect(draftOf(drafts, 'flare').text).toContain('within about 4 days');
  });

  it('early soreness gives the 24-48 h timeline, the soreness dates and the goal', () => {
    const text = draftOf(run(byName('early sessions with soreness, a bad earlier exercise attempt and an MRI')).drafts, 'early-soreness').text;
    expect(text).toContain('within 24 to 48 hours');
    expect(text).toContain('Your soreness that began on 11 March settled in about 24 hours.');
    expect(text).toContain('"Dig the vegetable garden for an hour"');
  });

  it('an earlier exercise attempt is a matter of order, not the patient\'s failure, with threshold first', () => {
    const text = draftOf(run(byName('early sessions with soreness, a bad earlier exercise attempt and an MRI')).drafts, 'earlier-exercise-attempt').text;
    expect(text).toContain('an exercise programme in June 2025 made your pain worse');
    expect(text).toContain('not a failure on your part');
    expect(text).toContain('problem of order');
    expect(text).toContain('once relief lasts about 7 days, 2 sessions in a row');
    expect(text.indexOf('calm things down')).toBeLessThan(text.indexOf('add exercise'));
  });

  it('an earlier attempt that helped is not discussed', () => {
    const vignette = withInput(byName('early sessions with soreness, a bad earlier exercise attempt and an MRI'), (input) => ({
      ...input, intake: { ...input.intake, priorTreatments: [{ kind: 'physiotherapy', outcome: 'helped' }] },
    }));
    expect(run(vignette).drafts.map((d) => d.situation)).not.toContain('earlier-exercise-attempt');
  });
});

describe('imaging in context', () => {
  it('gives each age-typical finding as "about N in 10 people your age without pain"', () => {
    const text = draftOf(run(byName('early sessions with soreness, a bad earlier exercise attempt and an MRI')).drafts, 'imaging-in-context').text;
    // Brinjikji 2015 at age 40: degeneration 68%, bulge 50%, protrusion 33%.
    expect(text).toContain('At L4-L5, wear in a disc (the report says disc degeneration): about 7 in 10 people your age without pain have this.');
    expect(text).toContain('At L4-L5, a disc bulge: about 5 in 10 people your age without pain have this.');
    expect(text).toContain('At L5-S1, a disc protrusion, a small bulge in one spot: about 3 in 10');
  });

  it('never puts a finding for the physician in the age frame, and says a doctor will look at it', () => {
    const text = draftOf(run(byName('MRI with findings for the physician')).drafts, 'imaging-in-context').text;
    expect(text).toContain('a possible break in a bone and pressure on a nerve. A doctor needs to look at this');
    for (const sentence of sentences(text)) {
      const physician = Object.values(physicianWords).some((words) => sentence.includes(words));
      if (physician) expect(sentence).not.toMatch(/in 10|your age|without pain|common|age change[^:]/);
    }
    // The protrusion named in the same report sentence as the compressed nerve gets no age number.
    expect(text).not.toContain('disc protrusion');
  });

  it('does not reassure away a finding that is uncommon at the patient\'s age', () => {
    const text = draftOf(run(byName('MRI with findings for the physician')).drafts, 'imaging-in-context').text;
    // Facet degeneration at 24: about 6 in 100 pain-free people.
    expect(text).toContain('facet degeneration): about 1 in 10 people your age without pain have this. It is less common at your age and may matter more');
    expect(text).not.toContain('These changes are part of how the spine ages');
  });

  it('says so when the report names none of the age changes', () => {
    const vignette = withInput(byName('early sessions with soreness, a bad earlier exercise attempt and an MRI'), (input) => ({
      ...input,
      intake: { ...input.intake, imaging: [{ id: 'mri-1', date: '2026-01-20', modality: 'mri', region: 'low-back', text: 'No disc bulge or protrusion. Normal facet joints.' }] },
    }));
    const text = draftOf(run(vignette).drafts, 'imaging-in-context').text;
    expect(text).toContain('It names none of the wear changes');
    expect(text).not.toMatch(/in 10/);
  });

  it('ignores a report dated after the as-of day', () => {
    const vignette = withInput(byName('early sessions with soreness, a bad earlier exercise attempt and an MRI'), (input) => ({
      ...input,
      intake: { ...input.intake, imaging: [{ id: 'mri-1', date: '2026-04-01', modality: 'mri', region: 'low-back', text: 'L4-5: Disc bulge.' }] },
    }));
    expect(run(vignette).drafts.map((d) => d.situation)).not.toContain('imaging-in-context');
  });
});

describe('urgent referral', () => {
  it('stands alone, with the action now for an emergency answer', () => {
    const { drafts } = run(byName('an emergency red flag'));
    expect(drafts.map((d) => d.situation)).toEqual(['urgent-referral']);
    const text = draftOf(drafts, 'urgent-referral').text;
    expect(text).toContain('Please go to the hospital emergency department now.');
    expect(text).toContain('It is not a diagnosis');
  });

  it('asks for a doctor within days for an urgent answer, with a safety net', () => {
    const text = draftOf(run(byName('an urgent red flag')).drafts, 'urgent-referral').text;
    expect(text).toContain('see a doctor within the next few days');
    expect(text).toContain('go to the emergency department straight away');
  });
});

describe('referral records', () => {
  it('ignores a referral dated after the as-of day', () => {
    const vignette = withInput(byName('an active referral with an overlap'), (input) => ({
      ...input, referrals: (input.referrals ?? []).map((r) => ({ ...r, date: '2026-05-01', overlapStart: '2026-05-01', overlapEnd: '2026-05-20' })),
    }));
    expect(run(vignette).drafts.map((d) => d.situation)).not.toContain('referral');
  });
});

describe('imaging regions', () => {
  it('gives no age numbers for a report outside the low back, where the source has none', () => {
    const vignette = withInput(byName('early sessions with soreness, a bad earlier exercise attempt and an MRI'), (input) => ({
      ...input,
      intake: { ...input.intake, imaging: [{ id: 'mri-1', date: '2026-01-20', modality: 'mri', region: 'knee', text: 'Degeneration of the medial meniscus.' }] },
    }));
    expect(run(vignette).drafts.map((d) => d.situation)).not.toContain('imaging-in-context');
  });
});

describe('a step back on one exercise (spec §4b)', () => {
  it('says it is a step back, not a failure, names the exercise and the dose to go back to, and when to tell us', () => {
    const { drafts } = run(byName('a step back on one exercise after two painful sessions'));
    const text = draftOf(drafts, 'load-step-back').text;
    expect(text).toContain('This is a step back on one exercise, not a failure.');
    expect(text).toContain('the goblet squat');
    expect(text).toContain('3 sets of 8 with 10 kg');
    expect(text).toContain('above 5 out of 10');
  });

  it('graduation with a programme run alone names the step back in the flare plan', () => {
    const text = draftOf(run(byName('graduation with a home programme run alone')).drafts, 'graduation').text;
    expect(text).toMatch(/For a few days, take the brisk walk back to \d+ minutes, then build back up\./);
  });
});
