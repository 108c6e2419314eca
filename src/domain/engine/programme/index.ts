// The active phase in the engine (spec §4b): one rule per file, composed by assess.ts, and the
// functions the other rule files call at their integration points (passive share, flares,
// adherence, graduation).
export { adviseProgramme, stepBackOf } from './advise.ts';
export { attributeLoadFlares, loadExposures } from './load-flares.ts';
export { withLoggedActiveMinutes, activeCareLogged } from './active-minutes.ts';
export { programmeAdherence, exerciseAdherence } from './adherence.ts';
export { selfManagement, gateGraduation } from './self-management.ts';
export { describeDose, stepUp, stepDown, doseMinutes } from './dose.ts';
export { versionOn, libraryOf, exercisesEverPrescribed } from './programme-history.ts';
