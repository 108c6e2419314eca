// The pull ladder: drawing toward you, from squeezing the shoulder blades to a band-assisted
// chin-up. Each step changes one thing (resistance, angle, load): reference §12.
import type { Exercise } from '../records/active-phase.ts';
import { reps } from './define.ts';

export const pullLadder: Exercise[] = [
  {
    id: 'pull-shoulder-blade-squeeze', name: 'Shoulder blade squeeze', kind: 'pull', ladder: 'pull', step: 1,
    trains: 'Control of the shoulder blades, the start of every pull',
    unit: 'reps', loaded: false, startDose: reps(2, 10), topDose: reps(3, 15), minutes: 3,
    instructions: 'Sit or stand tall with your arms by your sides. Squeeze your shoulder blades back and a little down. Hold for three seconds. Let go slowly.',
    cues: ['Back and down, not up to your ears', 'Hold for three seconds', 'Keep your neck relaxed'],
  },
  {
    id: 'pull-band-row', name: 'Band row', kind: 'pull', ladder: 'pull', step: 2,
    trains: 'Pulling strength in the upper back against a light band',
    unit: 'reps', loaded: false, startDose: reps(2, 10), topDose: reps(3, 15), minutes: 5,
    instructions: 'Tie an exercise band to a door handle. Hold one end in each hand with your arms straight. Step back until the band is tight. Pull your hands to your ribs. Squeeze your shoulder blades. Let your arms go forward slowly.',
    cues: ['Elbows close to your sides', 'Squeeze at the end', 'Slow on the way back'],
  },
  {
    id: 'pull-high-inverted-row', name: 'Leaning row at a table', kind: 'pull', ladder: 'pull', step: 3,
    trains: 'Pulling part of your body weight',
    unit: 'reps', loaded: false, startDose: reps(2, 6), topDose: reps(3, 12), minutes: 6,
    instructions: 'Hold the edge of a sturdy table or a fixed bar at waist height. Walk your feet forward and lean back with straight arms. Keep your body straight. Pull your chest toward your hands. Lower slowly.',
    cues: ['Body straight like a plank', 'Chest to your hands', 'The more upright, the easier'],
  },
  {
    id: 'pull-one-arm-row', name: 'One-arm dumbbell row', kind: 'pull', ladder: 'pull', step: 4,
    trains: 'Pulling a load with one arm while the trunk stays still',
    unit: 'reps', loaded: true, startDose: reps(3, 8, 4), topDose: reps(3, 10, 24), minutes: 8,
    instructions: 'Put one hand and one knee on a bench. Hold a dumbbell in the other hand with your arm straight. Keep your back flat. Pull the weight up to your hip. Lower it slowly. Do all the reps, then swap sides.',
    cues: ['Back flat like a table', 'Pull to your hip', 'Do not twist'],
  },
  {
    id: 'pull-low-inverted-row', name: 'Low bar row', kind: 'pull', ladder: 'pull', step: 5,
    trains: 'Pulling most of your body weight',
    unit: 'reps', loaded: false, startDose: reps(3, 5), topDose: reps(3, 12), minutes: 7,
    instructions: 'Lie under a fixed bar set at hip height. Hold it with your hands a little wider than your shoulders. Keep your body straight from heels to head. Pull your chest up to the bar. Lower slowly.',
    cues: ['Heels on the floor', 'Body straight', 'Chest to the bar'],
  },
  {
    id: 'pull-assisted-chin-up', name: 'Chin-up with a band', kind: 'pull', ladder: 'pull', step: 6,
    trains: 'Pulling your body up, with help from a band',
    unit: 'reps', loaded: false, startDose: reps(3, 3), topDose: reps(3, 8), minutes: 8,
    instructions: 'Loop a strong band over a chin-up bar. Put one knee or foot in the loop. Hold the bar with your palms toward you. Pull yourself up until your chin is over the bar. Lower slowly all the way.',
    cues: ['Start from straight arms', 'Chin over the bar', 'Lower slowly'],
  },
];
