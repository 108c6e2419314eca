// One worker of the accuracy run: simulates its share of the cohort (the same episodes the main
// thread planned: each is rebuilt from its archetype, seed and start date) and replays the engine
// along each, posting one result per episode.
import { parentPort, workerData } from 'node:worker_threads';
import { assess } from '../domain/engine/index.ts';
import { resolveSettings } from '../domain/settings/index.ts';
import { simulatePlanned, type PlannedEpisode } from '../sim/index.ts';
import { evaluateEpisode } from './evaluate.ts';

const { planned, overrides } = workerData as { planned: PlannedEpisode[]; overrides: unknown };
const settings = resolveSettings(overrides);
for (const episode of planned) {
  const result = evaluateEpisode(simulatePlanned(episode), (file, asOf) => assess(file, asOf, settings), settings);
  parentPort?.postMessage({ index: episode.index, result });
}
