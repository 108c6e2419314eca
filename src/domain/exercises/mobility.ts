// Mobility: moving joints through their range, gently, in four short ladders (spine, hip, shoulder,
// neck) and the calf. Ladders are clinical convention (reference §12); a mobility dose is held
// seconds or easy repetitions, progressed by time or count.
import type { Exercise } from '../records/active-phase.ts';
import { reps, seconds } from './define.ts';

export const mobilityExercises: Exercise[] = [
  {
    id: 'spine-knee-to-chest', name: 'Knee to chest', kind: 'mobility', ladder: 'spine-mobility', step: 1,
    trains: 'Gentle bending of the lower back, lying down',
    unit: 'seconds', loaded: false, startDose: seconds(3, 20), topDose: seconds(3, 45), minutes: 4,
    instructions: 'Lie on your back with both knees bent. Hold one knee with both hands. Pull it gently toward your chest. Hold and breathe. Let go and swap legs.',
    cues: ['Gentle pull', 'Keep breathing', 'Relax your neck'],
  },
  {
    id: 'spine-knee-rolls', name: 'Knee rolls', kind: 'mobility', ladder: 'spine-mobility', step: 2,
    trains: 'Gentle turning of the lower back, lying down',
    unit: 'reps', loaded: false, startDose: reps(2, 10), topDose: reps(3, 20), minutes: 4,
    instructions: 'Lie on your back with your knees bent and together. Let your knees fall slowly to one side. Only go as far as is easy. Bring them back to the middle and go to the other side.',
    cues: ['Shoulders stay on the floor', 'Slow and easy', 'Small range is fine'],
  },
  {
    id: 'spine-cat-cow', name: 'Cat and cow', kind: 'mobility', ladder: 'spine-mobility', step: 3,
    trains: 'Bending and arching the whole spine on hands and knees',
    unit: 'reps', loaded: false, startDose: reps(2, 8), topDose: reps(3, 15), minutes: 4,
    instructions: 'Get on your hands and knees. Round your back up toward the ceiling and tuck your chin. Then let your stomach drop and lift your head a little. Move slowly between the two.',
    cues: ['Move one part of the spine at a time', 'Breathe with the movement', 'Stay in a comfortable range'],
  },
  {
    id: 'spine-child-pose', name: 'Kneeling reach back', kind: 'mobility', ladder: 'spine-mobility', step: 4,
    trains: 'Stretching the back and hips while kneeling',
    unit: 'seconds', loaded: false, startDose: seconds(3, 20), topDose: seconds(3, 60), minutes: 4,
    instructions: 'Start on your hands and knees. Sit your hips back toward your heels. Leave your hands where they are so your arms reach forward. Rest your head down if you can. Hold and breathe.',
    cues: ['Sit back slowly', 'Let your back relax', 'Put a cushion under your knees if needed'],
  },
  {
    id: 'spine-open-book', name: 'Open book', kind: 'mobility', ladder: 'spine-mobility', step: 5,
    trains: 'Turning of the upper back, lying on your side',
    unit: 'reps', loaded: false, startDose: reps(2, 8), topDose: reps(3, 12), minutes: 5,
    instructions: 'Lie on your side with your knees bent and your arms straight in front. Lift the top arm up and over to the other side. Let your chest turn with it. Watch your hand. Bring it back. Do all the reps, then swap sides.',
    cues: ['Knees stay together', 'Turn from your upper back', 'Breathe out as you open'],
  },
  {
    id: 'hip-flexor-stretch', name: 'Kneeling hip stretch', kind: 'mobility', ladder: 'hip-mobility', step: 1,
    trains: 'Length at the front of the hip',
    unit: 'seconds', loaded: false, startDose: seconds(2, 20), topDose: seconds(3, 45), minutes: 4,
    instructions: 'Kneel on one knee with the other foot flat in front. Tuck your tailbone under. Shift your weight forward a little until you feel a stretch at the front of the back hip. Hold and breathe. Swap sides.',
    cues: ['Tuck your tailbone', 'Small shift forward', 'Cushion under the knee'],
  },
  {
    id: 'hip-hamstring-towel', name: 'Hamstring stretch with a towel', kind: 'mobility', ladder: 'hip-mobility', step: 2,
    trains: 'Length at the back of the thigh',
    unit: 'seconds', loaded: false, startDose: seconds(2, 20), topDose: seconds(3, 45), minutes: 4,
    instructions: 'Lie on your back. Put a towel around one foot. Lift that leg with the knee almost straight. Pull gently until you feel a stretch at the back of the thigh. Hold and breathe. Swap legs.',
    cues: ['Stretch, not pain', 'Keep the other leg relaxed', 'Breathe slowly'],
  },
  {
    id: 'hip-figure-four', name: 'Figure-four stretch', kind: 'mobility', ladder: 'hip-mobility', step: 3,
    trains: 'Length in the buttock and the outside of the hip',
    unit: 'seconds', loaded: false, startDose: seconds(2, 20), topDose: seconds(3, 45), minutes: 4,
    instructions: 'Lie on your back with your knees bent. Cross one ankle over the other knee. Pull the lower leg gently toward you. Feel a stretch in the buttock. Hold and breathe. Swap sides.',
    cues: ['Gentle pull', 'Keep your head down', 'Flex the top foot'],
  },
  {
    id: 'shoulder-pendulum', name: 'Pendulum', kind: 'mobility', ladder: 'shoulder-mobility', step: 1,
    trains: 'Easy movement of a painful shoulder, with gravity doing the work',
    unit: 'seconds', loaded: false, startDose: seconds(2, 30), topDose: seconds(3, 60), minutes: 4,
    instructions: 'Lean forward with one hand on a table. Let the other arm hang down loose. Rock your body a little so the arm swings in small circles. Let it swing. Do not lift it with the shoulder.',
    cues: ['Arm hangs loose', 'Your body makes it swing', 'Small circles'],
  },
  {
    id: 'shoulder-table-slide', name: 'Table slide', kind: 'mobility', ladder: 'shoulder-mobility', step: 2,
    trains: 'Reaching forward and up with support',
    unit: 'reps', loaded: false, startDose: reps(2, 10), topDose: reps(3, 15), minutes: 4,
    instructions: 'Sit at a table. Put your hand on a towel on the table. Slide your hand forward as far as is easy by leaning your body forward. Slide back. Swap arms if both need it.',
    cues: ['Lean to reach, do not force', 'Relax your shoulder', 'Slow and smooth'],
  },
  {
    id: 'shoulder-doorway-stretch', name: 'Doorway chest stretch', kind: 'mobility', ladder: 'shoulder-mobility', step: 3,
    trains: 'Length across the front of the chest and shoulder',
    unit: 'seconds', loaded: false, startDose: seconds(2, 20), topDose: seconds(3, 45), minutes: 4,
    instructions: 'Stand in a doorway. Put your forearm on the door frame with your elbow at shoulder height. Step forward slowly until you feel a stretch across your chest. Hold and breathe. Swap sides.',
    cues: ['Elbow at shoulder height', 'Small step forward', 'Stretch, not pain'],
  },
  {
    id: 'neck-chin-tuck', name: 'Chin tuck', kind: 'mobility', ladder: 'neck-mobility', step: 1,
    trains: 'Control of the deep neck muscles and head position',
    unit: 'reps', loaded: false, startDose: reps(2, 8), topDose: reps(3, 12), minutes: 3,
    instructions: 'Sit tall and look straight ahead. Slide your chin straight back, as if making a double chin. Hold for three seconds. Relax. Keep your eyes level the whole time.',
    cues: ['Chin back, not down', 'Eyes level', 'Hold for three seconds'],
  },
  {
    id: 'neck-rotation', name: 'Neck turns', kind: 'mobility', ladder: 'neck-mobility', step: 2,
    trains: 'Turning the head, as when checking a blind spot',
    unit: 'reps', loaded: false, startDose: reps(2, 8), topDose: reps(3, 12), minutes: 3,
    instructions: 'Sit tall. Turn your head slowly to look over one shoulder. Go only as far as is easy. Come back to the middle and turn to the other side.',
    cues: ['Slow and smooth', 'Shoulders still', 'Easy range'],
  },
  {
    id: 'neck-side-stretch', name: 'Neck side stretch', kind: 'mobility', ladder: 'neck-mobility', step: 3,
    trains: 'Length at the side of the neck and top of the shoulder',
    unit: 'seconds', loaded: false, startDose: seconds(2, 20), topDose: seconds(3, 40), minutes: 3,
    instructions: 'Sit tall and hold the edge of the seat with one hand. Tip your head the other way, ear toward shoulder. Hold and breathe. Come back slowly and swap sides.',
    cues: ['Ear toward shoulder', 'Keep the other shoulder down', 'Gentle'],
  },
  {
    id: 'calf-wall-stretch', name: 'Calf stretch at a wall', kind: 'mobility', ladder: 'calf-mobility', step: 1,
    trains: 'Length in the calf and movement at the ankle',
    unit: 'seconds', loaded: false, startDose: seconds(2, 20), topDose: seconds(3, 45), minutes: 3,
    instructions: 'Stand facing a wall with your hands on it. Step one foot back. Keep that heel down and the knee straight. Lean toward the wall until you feel a stretch in the calf. Hold and breathe. Swap legs.',
    cues: ['Back heel down', 'Toes point forward', 'Lean with your whole body'],
  },
];
