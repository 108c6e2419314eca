// Motor control: steady control of the trunk and balance, in three ladders (trunk, side plank,
// balance). Ladders are clinical convention (reference §12): each step takes away support or adds
// a lever.
import type { Exercise } from '../records/active-phase.ts';
import { reps, seconds } from './define.ts';

export const motorControlExercises: Exercise[] = [
  {
    id: 'trunk-brace', name: 'Stomach brace lying down', kind: 'motor-control', ladder: 'trunk-control', step: 1,
    trains: 'Turning on the deep stomach muscles with easy breathing',
    unit: 'seconds', loaded: false, startDose: seconds(3, 10), topDose: seconds(3, 30), minutes: 4,
    instructions: 'Lie on your back with your knees bent. Breathe in. As you breathe out, tighten your stomach a little, as if getting ready for a light poke. Hold it while you keep breathing. Relax.',
    cues: ['Gentle, not hard', 'Keep breathing', 'Back stays still'],
  },
  {
    id: 'trunk-dead-bug', name: 'Dead bug', kind: 'motor-control', ladder: 'trunk-control', step: 2,
    trains: 'Keeping the trunk still while the arms and legs move',
    unit: 'reps', loaded: false, startDose: reps(2, 6), topDose: reps(3, 12), minutes: 5,
    instructions: 'Lie on your back. Lift your knees over your hips and your arms toward the ceiling. Keep your lower back gently on the floor. Slowly lower one heel to tap the floor. Bring it back. Swap legs.',
    cues: ['Lower back stays down', 'Move slowly', 'Breathe out as the leg goes down'],
  },
  {
    id: 'trunk-bird-dog', name: 'Bird dog', kind: 'motor-control', ladder: 'trunk-control', step: 3,
    trains: 'Trunk control on hands and knees while reaching',
    unit: 'reps', loaded: false, startDose: reps(2, 6), topDose: reps(3, 12), minutes: 5,
    instructions: 'Get on your hands and knees. Keep your back flat. Reach one arm forward and the other leg back. Hold for two seconds. Come back and swap sides. Do not let your hips tip.',
    cues: ['Back flat like a table', 'Reach long, not high', 'Hips stay level'],
  },
  {
    id: 'trunk-plank-knees', name: 'Plank on knees', kind: 'motor-control', ladder: 'trunk-control', step: 4,
    trains: 'Holding the trunk straight with part of the body weight',
    unit: 'seconds', loaded: false, startDose: seconds(3, 15), topDose: seconds(3, 40), minutes: 4,
    instructions: 'Lie face down. Prop yourself up on your forearms and knees. Lift your hips so your body is straight from knees to head. Hold and breathe. Lower down to rest.',
    cues: ['Straight from knees to head', 'Elbows under shoulders', 'Keep breathing'],
  },
  {
    id: 'trunk-plank', name: 'Plank', kind: 'motor-control', ladder: 'trunk-control', step: 5,
    trains: 'Holding the whole body straight',
    unit: 'seconds', loaded: false, startDose: seconds(3, 15), topDose: seconds(3, 60), minutes: 5,
    instructions: 'Prop yourself up on your forearms and toes. Keep your body in one straight line. Squeeze your buttocks and stomach. Hold and breathe. Lower your knees to rest.',
    cues: ['One straight line', 'Do not let your hips sag', 'Breathe steadily'],
  },
  {
    id: 'trunk-pallof-press', name: 'Band press and hold', kind: 'motor-control', ladder: 'trunk-control', step: 6,
    trains: 'Stopping the trunk from twisting',
    unit: 'reps', loaded: false, startDose: reps(2, 8), topDose: reps(3, 12), minutes: 6,
    instructions: 'Tie a band to a door handle at chest height. Stand side on to the door and hold the band at your chest. Step away until it pulls. Press your hands straight out. Do not let the band turn you. Bring them back. Swap sides.',
    cues: ['Do not twist', 'Press straight out', 'Stomach firm'],
  },
  {
    id: 'side-plank-knees', name: 'Side plank on knees', kind: 'motor-control', ladder: 'side-plank', step: 1,
    trains: 'Side trunk strength with part of the body weight',
    unit: 'seconds', loaded: false, startDose: seconds(2, 10), topDose: seconds(3, 30), minutes: 4,
    instructions: 'Lie on your side with your knees bent. Prop yourself up on your forearm. Lift your hips so your body is straight from knees to head. Hold and breathe. Swap sides.',
    cues: ['Elbow under shoulder', 'Hips up and forward', 'Keep breathing'],
  },
  {
    id: 'side-plank', name: 'Side plank', kind: 'motor-control', ladder: 'side-plank', step: 2,
    trains: 'Side trunk strength with the whole body',
    unit: 'seconds', loaded: false, startDose: seconds(2, 10), topDose: seconds(3, 45), minutes: 5,
    instructions: 'Lie on your side with your legs straight. Prop yourself up on your forearm. Lift your hips so your body is one straight line. Hold and breathe. Swap sides.',
    cues: ['One straight line', 'Do not roll forward', 'Start with short holds'],
  },
  {
    id: 'balance-tandem-stance', name: 'Heel-to-toe stand', kind: 'motor-control', ladder: 'balance', step: 1,
    trains: 'Balance on a narrow base',
    unit: 'seconds', loaded: false, startDose: seconds(2, 15), topDose: seconds(3, 45), minutes: 3,
    instructions: 'Stand near a counter. Put one foot right in front of the other, heel to toe. Let go of the counter if you can. Hold your balance. Swap feet.',
    cues: ['Stand near support', 'Eyes on a fixed point', 'Stand tall'],
  },
  {
    id: 'balance-single-leg', name: 'Stand on one leg', kind: 'motor-control', ladder: 'balance', step: 2,
    trains: 'Balance and hip control on one leg',
    unit: 'seconds', loaded: false, startDose: seconds(2, 10), topDose: seconds(3, 45), minutes: 3,
    instructions: 'Stand near a counter. Lift one foot off the floor. Keep your hips level. Hold your balance for the time set. Swap legs. Touch the counter when you need to.',
    cues: ['Hips level', 'Soft standing knee', 'Eyes on a fixed point'],
  },
  {
    id: 'balance-single-leg-reach', name: 'One-leg reach', kind: 'motor-control', ladder: 'balance', step: 3,
    trains: 'Balance while the body moves',
    unit: 'reps', loaded: false, startDose: reps(2, 5), topDose: reps(3, 10), minutes: 5,
    instructions: 'Stand on one leg near a counter. Reach the other foot forward to tap the floor lightly. Bring it back. Then tap to the side, then behind. That is one rep. Swap legs.',
    cues: ['Light taps', 'Standing knee soft', 'Stay tall'],
  },
  {
    id: 'balance-eyes-closed', name: 'Stand on one leg, eyes closed', kind: 'motor-control', ladder: 'balance', step: 4,
    trains: 'Balance without help from the eyes',
    unit: 'seconds', loaded: false, startDose: seconds(2, 5), topDose: seconds(3, 30), minutes: 3,
    instructions: 'Stand in a corner with a counter or wall close by. Lift one foot. Close your eyes. Hold your balance. Open your eyes or touch the wall when you need to. Swap legs.',
    cues: ['Only with support close by', 'Short holds first', 'Hips level'],
  },
];
