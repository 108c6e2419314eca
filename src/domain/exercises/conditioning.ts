// Conditioning: the graded walking programme and two other ways to build tolerance for steady
// activity. Walking time grows by about 10% a week from a baseline below tolerance, the same amount
// on good days and bad (time-contingent pacing, reference §7); the ladders are clinical convention
// (reference §12).
import type { Exercise } from '../records/active-phase.ts';
import { minutes } from './define.ts';

export const conditioningExercises: Exercise[] = [
  {
    id: 'walk-flat', name: 'Walk on flat ground', kind: 'conditioning', ladder: 'walking', step: 1,
    trains: 'Walking tolerance: the first step of the graded walking programme',
    unit: 'minutes', loaded: false, startDose: minutes(5), topDose: minutes(30), minutes: 5,
    instructions: 'Walk at an easy pace on flat ground for the time set. Walk the same time on good days and bad days. Do not try to do more on a good day. We add a little time each week.',
    cues: ['Same time every day', 'Easy pace: you can talk', 'Stop at the time, not at the pain'],
  },
  {
    id: 'walk-brisk', name: 'Brisk walk', kind: 'conditioning', ladder: 'walking', step: 2,
    trains: 'Walking faster: heart, lungs and legs',
    unit: 'minutes', loaded: false, startDose: minutes(10), topDose: minutes(40), minutes: 10,
    instructions: 'Walk a little faster than usual for the time set. You should be able to talk, but not sing. Start and end with two minutes at an easy pace.',
    cues: ['You can talk but not sing', 'Easy start and finish', 'Swing your arms'],
  },
  {
    id: 'walk-hills', name: 'Walk with hills or stairs', kind: 'conditioning', ladder: 'walking', step: 3,
    trains: 'Walking with climbs: more work for the hips and legs',
    unit: 'minutes', loaded: false, startDose: minutes(15), topDose: minutes(45), minutes: 15,
    instructions: 'Walk a route with a few gentle hills or some stairs. Take the climbs at a steady pace. Walk the flat parts at an easy pace. Keep to the time set.',
    cues: ['Shorter steps up hills', 'Steady, not fast', 'Use the rail on stairs'],
  },
  {
    id: 'walk-jog-intervals', name: 'Walk and jog', kind: 'conditioning', ladder: 'walking', step: 4,
    trains: 'Moving from walking toward jogging',
    unit: 'minutes', loaded: false, startDose: minutes(15), topDose: minutes(30), minutes: 15,
    instructions: 'Walk for four minutes, then jog slowly for one minute. Repeat for the time set. Jog at a pace where you can still talk. Walk the whole time on a day when jogging hurts more than a little.',
    cues: ['Slow jog', 'Land softly', 'Walk breaks are part of the plan'],
  },
  {
    id: 'walk-jog', name: 'Easy jog', kind: 'conditioning', ladder: 'walking', step: 5,
    trains: 'Steady jogging',
    unit: 'minutes', loaded: false, startDose: minutes(10), topDose: minutes(40), minutes: 10,
    instructions: 'Jog at an easy pace for the time set. You should be able to talk in short sentences. Walk for a few minutes before and after.',
    cues: ['Easy pace', 'Short, light steps', 'Warm up with a walk'],
  },
  {
    id: 'cycle-easy', name: 'Easy cycling', kind: 'conditioning', ladder: 'cycling', step: 1,
    trains: 'Steady activity with little load on the back and joints',
    unit: 'minutes', loaded: false, startDose: minutes(10), topDose: minutes(40), minutes: 10,
    instructions: 'Ride an exercise bike or a bike on flat ground at an easy pace for the time set. Set the seat so your knee is a little bent at the bottom.',
    cues: ['Easy pace', 'Seat at the right height', 'Sit tall'],
  },
  {
    id: 'cycle-moderate', name: 'Steady cycling', kind: 'conditioning', ladder: 'cycling', step: 2,
    trains: 'Longer and firmer cycling',
    unit: 'minutes', loaded: false, startDose: minutes(15), topDose: minutes(60), minutes: 15,
    instructions: 'Ride at a steady pace where you breathe faster but can still talk. Start and end with a few easy minutes.',
    cues: ['You can still talk', 'Easy start and finish', 'Relax your shoulders'],
  },
  {
    id: 'cycle-intervals', name: 'Cycling with harder bursts', kind: 'conditioning', ladder: 'cycling', step: 3,
    trains: 'Fitness: short harder bursts with rest between',
    unit: 'minutes', loaded: false, startDose: minutes(15), topDose: minutes(40), minutes: 15,
    instructions: 'Ride easy for five minutes. Then pedal harder for one minute and easy for two. Repeat until the time is up. End with five easy minutes.',
    cues: ['Hard, not all-out', 'Easy minutes between', 'Stop if pain builds'],
  },
  {
    id: 'water-walking', name: 'Walking in water', kind: 'conditioning', ladder: 'water', step: 1,
    trains: 'Walking with the water taking part of the body weight',
    unit: 'minutes', loaded: false, startDose: minutes(10), topDose: minutes(30), minutes: 10,
    instructions: 'In a pool, stand in water at waist or chest height. Walk forward, back and to the side. Keep a steady, easy pace for the time set.',
    cues: ['Stand tall', 'Swing your arms', 'Easy pace'],
  },
  {
    id: 'water-swim', name: 'Easy swimming', kind: 'conditioning', ladder: 'water', step: 2,
    trains: 'Whole-body steady activity in water',
    unit: 'minutes', loaded: false, startDose: minutes(10), topDose: minutes(40), minutes: 10,
    instructions: 'Swim at an easy pace with any stroke that feels good. Rest at the wall when you need to. Count only the time you spend moving.',
    cues: ['Any stroke that feels good', 'Rest at the wall', 'Easy breathing'],
  },
];
