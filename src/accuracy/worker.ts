// One worker of the accuracy run: simulates its share of the cohort (the same episodes the main
// thread planned: each is rebuilt from its archetype, seed and start date) and replays the engine
// along each, posting one result per episode (with its home programme's, where it has one).
import { parentPort, workerData } from 'node:worker_threads';
import { assess } from '../domain/engine/index.ts';
import { resolveSettings } from '../domain/settings/index.ts';
import { simulatePlanned, type PlannedEpisode } from '../sim/index.ts';
import { evaluateEpisode } from './evaluate.ts';
import { evaluateProgramme } from './programme.ts';

const { planned, overrides, programme } = workerData as { planned: PlannedEpisode[]; overrides: unknown; programme?: boolean };
const settings = resolveSettings(overrides);
for (const episode of planned) {
  const result = {
    ...evaluateEpisode(simulatePlanned(episode), (file, asOf) => assess(file, asOf, settings), settings),
    // The home programme, run again under the engine's advice and under a fixed +10% a week (spec §4b).
    programme: programme === true ? evaluateProgramme(episode, settings) : undefined,
  };
  parentPort?.postMessage({ index: episode.index, result });
}
