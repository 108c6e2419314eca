// The hinge ladder: bending at the hips with a long spine, from learning the movement with a dowel
// to a loaded single-leg deadlift. Ladders are clinical convention, not trial-derived: each step
// changes one thing (range, load, base of support), and a step back is a normal part of progress
// (reference §12). Doses are starting points the clinician sets per patient.
import type { Exercise } from '../records/active-phase.ts';
import { reps } from './define.ts';

export const hingeLadder: Exercise[] = [
  {
    id: 'hinge-dowel', name: 'Hip hinge with a stick', kind: 'hinge', ladder: 'hinge', step: 1,
    trains: 'The hinge movement: bending at the hips with a long, steady back',
    unit: 'reps', loaded: false, startDose: reps(2, 8), topDose: reps(3, 12), minutes: 5,
    instructions: 'Stand with your feet hip width apart. Hold a broom handle along your back. It should touch your head, upper back and tailbone. Push your hips back and lean forward. Keep all three points on the stick. Stop when you feel a stretch at the back of your legs. Push your hips forward to stand tall.',
    cues: ['Hips go back, not down', 'Keep the stick on your head, back and tailbone', 'Soft knees'],
  },
  {
    id: 'hinge-bridge', name: 'Bridge', kind: 'hinge', ladder: 'hinge', step: 2,
    trains: 'Hip extension strength in the buttocks, with the back at rest',
    unit: 'reps', loaded: false, startDose: reps(2, 10), topDose: reps(3, 15), minutes: 5,
    instructions: 'Lie on your back with your knees bent and feet flat. Squeeze your buttocks. Lift your hips until your body is in a line from knees to shoulders. Hold for two seconds. Lower slowly. Rest a moment and repeat.',
    cues: ['Squeeze your buttocks first', 'Push through your heels', 'Do not arch your lower back'],
  },
  {
    id: 'hinge-bodyweight-rdl', name: 'Body-weight Romanian deadlift', kind: 'hinge', ladder: 'hinge', step: 3,
    trains: 'The hinge through a longer range, with the hamstrings working as they lengthen',
    unit: 'reps', loaded: false, startDose: reps(2, 8), topDose: reps(3, 15), minutes: 6,
    instructions: 'Stand tall with your hands on the front of your thighs. Push your hips back. Slide your hands down to just below your knees. Keep your back long and your knees soft. Drive your hips forward to stand up. Go slowly on the way down.',
    cues: ['Slide your hands down your legs', 'Hips back as if closing a car door', 'Breathe out as you stand'],
  },
  {
    id: 'hinge-kettlebell-deadlift', name: 'Kettlebell deadlift', kind: 'hinge', ladder: 'hinge', step: 4,
    trains: 'Lifting a weight from the floor with the hips and legs',
    unit: 'reps', loaded: true, startDose: reps(3, 8, 8), topDose: reps(3, 8, 32), minutes: 8,
    instructions: 'Put a kettlebell on the floor between your feet. Push your hips back and bend your knees a little. Grip the handle with both hands. Tighten your stomach. Stand up by pushing the floor away. Lower the weight the same way, with your back long.',
    cues: ['Weight between your heels', 'Brace before you lift', 'Stand tall at the top, do not lean back'],
  },
  {
    id: 'hinge-single-leg-rdl', name: 'Single-leg Romanian deadlift', kind: 'hinge', ladder: 'hinge', step: 5,
    trains: 'The hinge on one leg: hip strength, balance and control',
    unit: 'reps', loaded: true, startDose: reps(3, 6, 4), topDose: reps(3, 10, 24), minutes: 10,
    instructions: 'Hold a weight in one hand. Stand on the leg on the other side. Lean forward from the hip as the free leg goes back. Keep your hips level, like two headlights facing the floor. Go as far as you can with control. Come back up and stand tall. Do all the reps, then swap sides.',
    cues: ['Hips stay level', 'Reach the free heel back', 'Use a wall for balance at first'],
  },
  {
    id: 'hinge-kettlebell-swing', name: 'Kettlebell swing', kind: 'hinge', ladder: 'hinge', step: 6,
    trains: 'A fast, strong hinge: power from the hips',
    unit: 'reps', loaded: true, startDose: reps(3, 10, 8), topDose: reps(5, 15, 24), minutes: 10,
    instructions: 'Stand with feet wider than your hips and a kettlebell in front of you. Hinge and grip it with both hands. Swing it back between your legs. Then snap your hips forward to swing it to chest height. Let it fall back and hinge again. Your arms guide it. Your hips do the work.',
    cues: ['The power comes from your hips', 'Stand tall and squeeze at the top', 'Arms relaxed like ropes'],
  },
];
