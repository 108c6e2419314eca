// Outcome measures compared with their baseline (the first of the same instrument in the episode),
// each by its own minimal important change and direction (src/domain/measures, with sources).
import { changePoints } from '../measures/change.ts';
import { instruments } from '../measures/instruments/index.ts';
import type { CaseFile, Measure } from '../records/case-file.ts';
import type { Settings } from '../settings/catalogue.ts';
import type { Reason } from './assessment.ts';
import { fmt } from './statistics.ts';

export interface MeasureChange {
  instrument: Measure['instrument'];
  baseline: Measure;
  latest: Measure;
  /** Positive when the patient is better, in the instrument's points. */
  improvement: number;
  mic: number | null;
}

export function measureChanges(file: CaseFile, settings: Settings): MeasureChange[] {
  const byInstrument = new Map<Measure['instrument'], Measure[]>();
  for (const measure of file.measures) byInstrument.set(measure.instrument, [...(byInstrument.get(measure.instrument) ?? []), measure]);
  const changes: MeasureChange[] = [];
  for (const [instrument, list] of byInstrument) {
    const baseline = list[0];
    const latest = list[list.length - 1];
    if (!baseline || !latest || list.length < 2) continue;
    const definition = instruments[instrument];
    const delta = latest.score - baseline.score;
    changes.push({
      instrument,
      baseline,
      latest,
      improvement: definition.direction === 'higher-is-better' ? delta : -delta,
      mic: changePoints(definition.minimalImportantChange, settings),
    });
  }
  return changes;
}

export function measureDeterioration(file: CaseFile, settings: Settings): Reason[] {
  return measureChanges(file, settings)
    .filter((c) => c.mic !== null && -c.improvement >= c.mic)
    .map((c) => ({
      rule: 'deteriorating',
      text: `${instruments[c.instrument].name}: ${fmt(c.latest.score)} on ${c.latest.date} against a baseline of ${fmt(c.baseline.score)} on ${c.baseline.date}, worse by at least its minimal important change (${fmt(c.mic ?? 0)}).`,
    }));
}
