// The exercise library (spec §4b): built-in exercises as data, ladders, and a clinic's own additions.
export { builtInExercises, builtInLibrary, isBuiltInExercise, withClinicExercises, type ExerciseLibrary } from './library.ts';
