// The lunge ladder: one leg in front of the other, from shifting weight in a split stance to a
// loaded rear-foot-elevated split squat. Each step changes one thing (support, range, base of
// support, load): reference §12.
import type { Exercise } from '../records/active-phase.ts';
import { reps } from './define.ts';

export const lungeLadder: Exercise[] = [
  {
    id: 'lunge-split-stance-shift', name: 'Split-stance weight shift', kind: 'lunge', ladder: 'lunge', step: 1,
    trains: 'Trust in a split stance: moving weight from leg to leg',
    unit: 'reps', loaded: false, startDose: reps(2, 10), topDose: reps(3, 15), minutes: 4,
    instructions: 'Stand with one foot a step in front of the other. Hold a counter if you like. Rock your weight onto the front foot. Then rock it onto the back foot. Keep your body upright. Swap feet halfway through.',
    cues: ['Stand tall', 'Small, smooth rocks', 'Hold on if you need to'],
  },
  {
    id: 'lunge-supported-split-squat', name: 'Split squat holding a chair', kind: 'lunge', ladder: 'lunge', step: 2,
    trains: 'Leg strength in a split stance, with support',
    unit: 'reps', loaded: false, startDose: reps(2, 6), topDose: reps(3, 12), minutes: 6,
    instructions: 'Stand in a long step with one foot in front. Hold the back of a chair. Bend both knees and lower your body straight down. Go only as low as feels fine. Push back up. Do all the reps on one side, then swap.',
    cues: ['Straight down, like an elevator', 'Front heel stays down', 'Use the chair for balance, not to pull'],
  },
  {
    id: 'lunge-step-up', name: 'Low step-up', kind: 'lunge', ladder: 'lunge', step: 3,
    trains: 'Stepping up: single-leg strength for stairs',
    unit: 'reps', loaded: false, startDose: reps(2, 8), topDose: reps(3, 15), minutes: 6,
    instructions: 'Stand in front of a low step or the bottom stair. Put one whole foot on it. Push through that foot to step up. Bring the other foot up beside it. Step down slowly with the same leg first. Do all the reps on one side, then swap.',
    cues: ['Push through the heel on the step', 'Knee over your toes', 'Hold a rail if you need it'],
  },
  {
    id: 'lunge-split-squat', name: 'Split squat', kind: 'lunge', ladder: 'lunge', step: 4,
    trains: 'Leg strength in a split stance without support',
    unit: 'reps', loaded: false, startDose: reps(2, 8), topDose: reps(3, 12), minutes: 7,
    instructions: 'Stand in a long step with one foot in front. Lower your back knee toward the floor. Keep your body upright. Push back up through your front foot. Do all the reps on one side, then swap.',
    cues: ['Back knee toward the floor', 'Body upright', 'Front knee over your foot'],
  },
  {
    id: 'lunge-reverse', name: 'Reverse lunge', kind: 'lunge', ladder: 'lunge', step: 5,
    trains: 'Stepping and lowering with control: balance and leg strength',
    unit: 'reps', loaded: true, startDose: reps(3, 8, 4), topDose: reps(3, 10, 24), minutes: 8,
    instructions: 'Stand tall, holding light weights at your sides. Step one foot back. Lower your back knee toward the floor. Push through your front foot to step back up. Swap legs each time. Start light.',
    cues: ['Step back, not to the side', 'Lower with control', 'Push through the front heel'],
  },
  {
    id: 'lunge-rear-foot-elevated', name: 'Rear-foot-raised split squat', kind: 'lunge', ladder: 'lunge', step: 6,
    trains: 'The hardest split squat: most load on the front leg',
    unit: 'reps', loaded: true, startDose: reps(3, 6, 4), topDose: reps(3, 10, 32), minutes: 10,
    instructions: 'Stand a long step in front of a bench. Rest the top of your back foot on it. Hold light weights at your sides. Lower straight down on your front leg. Push back up. Do all the reps on one side, then swap.',
    cues: ['Most of your weight on the front leg', 'Go straight down', 'Start light'],
  },
];
