// The squat ladder: bending hips, knees and ankles together, from a held wall sit to a loaded
// front squat. Each step changes one thing (depth, support, load): reference §12.
import type { Exercise } from '../records/active-phase.ts';
import { reps, seconds } from './define.ts';

export const squatLadder: Exercise[] = [
  {
    id: 'squat-wall-sit', name: 'Shallow wall sit', kind: 'squat', ladder: 'squat', step: 1,
    trains: 'Thigh strength in a held position, with little movement',
    unit: 'seconds', loaded: false, startDose: seconds(3, 15), topDose: seconds(3, 45), minutes: 5,
    instructions: 'Stand with your back against a wall. Walk your feet out a little. Slide down until your knees are just a little bent. Hold still and breathe. Slide back up to stand. Only go as low as feels fine.',
    cues: ['Back flat on the wall', 'Knees over your feet', 'Keep breathing'],
  },
  {
    id: 'squat-sit-to-stand', name: 'Sit to stand from a high chair', kind: 'squat', ladder: 'squat', step: 2,
    trains: 'Getting up from a seat: leg strength through a short range',
    unit: 'reps', loaded: false, startDose: reps(2, 8), topDose: reps(3, 15), minutes: 5,
    instructions: 'Sit near the front of a firm, high chair. Put your feet flat and a little apart. Lean forward so your nose is over your toes. Stand up without using your hands. Sit back down slowly. Use your hands on your knees at first if you need to.',
    cues: ['Nose over toes', 'Push through your whole foot', 'Sit down slowly, do not drop'],
  },
  {
    id: 'squat-box', name: 'Squat to a chair', kind: 'squat', ladder: 'squat', step: 3,
    trains: 'The squat to a normal seat height, with a target to sit to',
    unit: 'reps', loaded: false, startDose: reps(2, 8), topDose: reps(3, 15), minutes: 6,
    instructions: 'Stand in front of a normal chair with your feet hip width apart. Reach your arms forward. Push your hips back and bend your knees. Touch the seat lightly with your buttocks. Do not sit down. Stand back up.',
    cues: ['Touch and go', 'Knees follow your toes', 'Chest stays up'],
  },
  {
    id: 'squat-bodyweight', name: 'Body-weight squat', kind: 'squat', ladder: 'squat', step: 4,
    trains: 'The full squat without support',
    unit: 'reps', loaded: false, startDose: reps(2, 10), topDose: reps(3, 20), minutes: 6,
    instructions: 'Stand with your feet a little wider than your hips. Push your hips back and bend your knees. Go as low as you can with your heels down. Keep your chest up. Push the floor away to stand.',
    cues: ['Heels stay down', 'Knees out over your toes', 'Breathe out as you stand'],
  },
  {
    id: 'squat-goblet', name: 'Goblet squat', kind: 'squat', ladder: 'squat', step: 5,
    trains: 'The squat with a load held in front',
    unit: 'reps', loaded: true, startDose: reps(3, 8, 6), topDose: reps(3, 10, 28), minutes: 8,
    instructions: 'Hold a weight at your chest with both hands, like a cup. Stand with feet a little wider than your hips. Squat down between your knees. Keep the weight close to your chest. Stand back up.',
    cues: ['Weight close to your chest', 'Elbows inside your knees at the bottom', 'Stand tall at the top'],
  },
  {
    id: 'squat-double-kettlebell', name: 'Front squat with two kettlebells', kind: 'squat', ladder: 'squat', step: 6,
    trains: 'A heavier squat with the load on both sides',
    unit: 'reps', loaded: true, startDose: reps(3, 6, 16), topDose: reps(4, 8, 48), minutes: 10,
    instructions: 'Hold a kettlebell in each hand at your shoulders. The weights rest on your forearms. Brace your stomach. Squat down with your chest up. Stand back up. The number is the total weight of both bells.',
    cues: ['Elbows point down', 'Brace before each rep', 'Keep your chest up'],
  },
];
