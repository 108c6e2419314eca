// Two push ladders: pushing away in front (wall push-up to a push-up with the feet raised) and
// pressing overhead (wall slide to a standing dumbbell press). Each step changes one thing
// (angle, range, load): reference §12.
import type { Exercise } from '../records/active-phase.ts';
import { reps } from './define.ts';

export const pushLadder: Exercise[] = [
  {
    id: 'push-wall', name: 'Wall push-up', kind: 'push', ladder: 'push', step: 1,
    trains: 'Pushing strength in the chest, shoulders and arms, with light load',
    unit: 'reps', loaded: false, startDose: reps(2, 8), topDose: reps(3, 15), minutes: 5,
    instructions: 'Stand an arm\'s length from a wall. Put your hands on it at shoulder height. Bend your elbows to bring your chest toward the wall. Keep your body straight. Push back out.',
    cues: ['Body in one straight line', 'Elbows at about 45 degrees', 'Push the wall away'],
  },
  {
    id: 'push-incline', name: 'Push-up on a counter', kind: 'push', ladder: 'push', step: 2,
    trains: 'Pushing with more of your body weight',
    unit: 'reps', loaded: false, startDose: reps(2, 8), topDose: reps(3, 15), minutes: 5,
    instructions: 'Put your hands on a kitchen counter or a sturdy table. Walk your feet back until your body is straight. Lower your chest to the edge. Push back up. Keep your stomach firm the whole time.',
    cues: ['Stomach firm', 'Chest to the edge', 'Do not let your hips sag'],
  },
  {
    id: 'push-kneeling', name: 'Kneeling push-up', kind: 'push', ladder: 'push', step: 3,
    trains: 'The push-up on the floor with part of the load',
    unit: 'reps', loaded: false, startDose: reps(2, 6), topDose: reps(3, 15), minutes: 6,
    instructions: 'Kneel on a mat and put your hands on the floor under your shoulders. Walk your hands forward so your body is straight from knees to head. Lower your chest toward the floor. Push back up.',
    cues: ['Straight line from knees to head', 'Hands under your shoulders', 'Lower slowly'],
  },
  {
    id: 'push-up', name: 'Push-up', kind: 'push', ladder: 'push', step: 4,
    trains: 'Full body-weight pushing with trunk control',
    unit: 'reps', loaded: false, startDose: reps(3, 5), topDose: reps(3, 15), minutes: 6,
    instructions: 'Start with your hands under your shoulders and your legs straight behind you. Your body is one straight line. Lower your chest toward the floor. Push back up. Keep your stomach and buttocks firm.',
    cues: ['One straight line', 'Chest leads, not your hips', 'Breathe out as you push'],
  },
  {
    id: 'push-feet-raised', name: 'Push-up with feet raised', kind: 'push', ladder: 'push', step: 5,
    trains: 'Harder pushing with more weight on the arms',
    unit: 'reps', loaded: false, startDose: reps(3, 5), topDose: reps(3, 15), minutes: 7,
    instructions: 'Put your feet on a low step or bench and your hands on the floor. Keep your body straight. Lower your chest toward the floor. Push back up.',
    cues: ['Start with a low step', 'Body stays straight', 'Hands a little wider than your shoulders'],
  },
];

export const overheadLadder: Exercise[] = [
  {
    id: 'overhead-wall-slide', name: 'Wall slide', kind: 'push', ladder: 'overhead', step: 1,
    trains: 'Raising the arms overhead with the shoulder blades moving well',
    unit: 'reps', loaded: false, startDose: reps(2, 8), topDose: reps(3, 15), minutes: 4,
    instructions: 'Stand facing a wall. Put your forearms on it, elbows at shoulder height. Slide your arms up the wall as far as is comfortable. Lift them off the wall a little at the top. Slide back down.',
    cues: ['Shoulders away from your ears', 'Slide slowly', 'Stop before it pinches'],
  },
  {
    id: 'overhead-band-press', name: 'Band press upward', kind: 'push', ladder: 'overhead', step: 2,
    trains: 'Pressing overhead against a light band',
    unit: 'reps', loaded: false, startDose: reps(2, 10), topDose: reps(3, 15), minutes: 5,
    instructions: 'Stand on the middle of a light exercise band. Hold one end in each hand at your shoulders. Press your hands up over your head. Lower them slowly back to your shoulders.',
    cues: ['Ribs down, do not arch your back', 'Press straight up', 'Use a light band'],
  },
  {
    id: 'overhead-seated-press', name: 'Seated dumbbell press', kind: 'push', ladder: 'overhead', step: 3,
    trains: 'Pressing a load overhead with the back supported',
    unit: 'reps', loaded: true, startDose: reps(3, 8, 2), topDose: reps(3, 10, 16), minutes: 7,
    instructions: 'Sit on a chair with a back. Hold a light dumbbell in each hand at your shoulders. Press them up over your head. Lower them slowly. The number is the total of both weights.',
    cues: ['Back against the chair', 'Press up, not forward', 'Lower slowly'],
  },
  {
    id: 'overhead-half-kneeling-press', name: 'Half-kneeling one-arm press', kind: 'push', ladder: 'overhead', step: 4,
    trains: 'Pressing overhead while the trunk keeps you steady',
    unit: 'reps', loaded: true, startDose: reps(3, 8, 2), topDose: reps(3, 10, 14), minutes: 8,
    instructions: 'Kneel on one knee with the other foot flat in front. Hold a dumbbell at your shoulder on the side of the knee that is down. Squeeze that buttock. Press the weight up. Lower it slowly. Do all the reps, then swap sides.',
    cues: ['Squeeze the buttock of the kneeling leg', 'Ribs down', 'Press straight up'],
  },
  {
    id: 'overhead-standing-press', name: 'Standing dumbbell press', kind: 'push', ladder: 'overhead', step: 5,
    trains: 'Full standing overhead press',
    unit: 'reps', loaded: true, startDose: reps(3, 8, 4), topDose: reps(3, 10, 24), minutes: 8,
    instructions: 'Stand with your feet hip width apart. Hold a dumbbell in each hand at your shoulders. Tighten your stomach. Press both up over your head. Lower them slowly. The number is the total of both weights.',
    cues: ['Stomach firm', 'Do not lean back', 'Weights end over your ears'],
  },
];
