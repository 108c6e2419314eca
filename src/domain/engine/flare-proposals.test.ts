import { describe, expect, it } from 'vitest';
import { buildCase, checkIn, dailyCheckIns, day, flare, settingsWith, type CaseParts } from '../../../test/support/case-builder.ts';
import type { Settings } from '../settings/catalogue.ts';
import { defaultSettings } from '../settings/settings.ts';
import { endOfDay } from '../time.ts';
import { knownOn } from './as-of.ts';
import { proposeFlares, type ProposedFlare } from './flare-proposals.ts';

const AS_OF = day(30);

function proposals(parts: CaseParts, settings: Settings = defaultSettings): ProposedFlare[] {
  return proposeFlares(knownOn(buildCase(parts), AS_OF), settings, endOfDay(AS_OF));
}

/** Pain 2 on days 1-7, then the given pains from day 8 on. */
function painRun(...after: number[]): CaseParts {
  return { checkIns: [...dailyCheckIns(1, 7, () => ({ painNow: 2 })), ...after.map((pain, i) => checkIn(day(8 + i), { painNow: pain }))] };
}

describe('proposeFlares', () => {
  it('proposes a flare when pain rises 2 points above the baseline median, not 1', () => {
    expect(proposals(painRun(4, 2))).toMatchObject([{ id: `proposed-${day(8)}`, start: day(8), end: day(9), baselinePain: 2, peakPain: 4 }]);
    expect(proposals(painRun(3, 2))).toEqual([]);
  });

  it('takes the size of the rise from settings', () => {
    expect(proposals(painRun(3, 2), settingsWith({ flareDetectPainRise: 1 }))).toHaveLength(0); // 3/10 is under the 4/10 a proposal needs
    expect(proposals(painRun(3, 2), settingsWith({ flareDetectPainRise: 1, flareDetectMinPain: 3 }))).toHaveLength(1);
  });

  it('ends the run on the first check-in back below the line and keeps the highest pain as the peak', () => {
    expect(proposals(painRun(5, 8, 6, 3, 2))).toMatchObject([{ start: day(8), end: day(11), peakPain: 8 }]);
  });

  it('does not bridge more than two days without check-ins: raised days a week apart are two flares', () => {
    // Raised on day 8, nothing on days 9-14, raised again on day 15: two short flares, not one of a week.
    const checkIns = [...dailyCheckIns(1, 7, () => ({ painNow: 2 })), checkIn(day(8), { painNow: 6 }), checkIn(day(15), { painNow: 6 }), checkIn(day(16), { painNow: 2 })];
    expect(proposals({ checkIns }).map((p) => [p.start, p.end])).toEqual([[day(8), day(9)], [day(15), day(16)]]);
    // Two days without a check-in are bridged: days 8 and 11 raised are one flare.
    const bridged = [...dailyCheckIns(1, 7, () => ({ painNow: 2 })), checkIn(day(8), { painNow: 6 }), checkIn(day(10), { painNow: 6 }), checkIn(day(11), { painNow: 2 })];
    expect(proposals({ checkIns: bridged }).map((p) => [p.start, p.end])).toEqual([[day(8), day(11)]]);
  });

  it('reads a rise against days without relief, and a window closing after relief on every recent day as no flare', () => {
    // Days 1-3 without relief at pain 5, days 4-9 relieved at pain 2: pain 6 on day 10 is 1 above the
    // level without relief, not 4 above the relieved days.
    const relief = (n: number): boolean => n >= 4;
    const mixed = dailyCheckIns(1, 10, (n) => ({ painNow: n <= 3 ? 5 : n === 10 ? 6 : 2, reliefSinceLastSession: n === 10 ? false : relief(n) }));
    expect(proposals({ checkIns: mixed })).toEqual([]);
    // Relieved on every day of the last four weeks: the level without relief is unknown, so symptoms
    // returning on the day the relief ends are the window closing.
    const relievedOnly = dailyCheckIns(1, 10, (n) => ({ painNow: n === 10 ? 5 : 2, reliefSinceLastSession: n !== 10 }));
    expect(proposals({ checkIns: relievedOnly })).toEqual([]);
    // A rise while the patient still reports relief is a flare.
    const duringRelief = dailyCheckIns(1, 10, (n) => ({ painNow: n === 10 ? 5 : 2, reliefSinceLastSession: true }));
    expect(proposals({ checkIns: duringRelief }).map((p) => p.start)).toEqual([day(10)]);
  });

  it('leaves a run that has not come back down under way', () => {
    const [proposed] = proposals(painRun(5, 6));
    expect(proposed?.end).toBeUndefined();
    expect(proposed?.peakPain).toBe(6);
  });

  it('reads the baseline from the 7 days before: a check-in 7 days earlier counts, 8 days earlier does not', () => {
    expect(proposals({ checkIns: [checkIn(day(1), { painNow: 2 }), checkIn(day(8), { painNow: 6 })] })).toHaveLength(1);
    expect(proposals({ checkIns: [checkIn(day(0), { painNow: 2 }), checkIn(day(8), { painNow: 6 })] })).toEqual([]);
    const wider = settingsWith({ flareBaselineDays: 8 });
    expect(proposals({ checkIns: [checkIn(day(0), { painNow: 2 }), checkIn(day(8), { painNow: 6 })] }, wider)).toHaveLength(1);
  });

  it('uses the median of the baseline days, so one bad day does not lift it', () => {
    // Day 4 is a one-day spike (proposed itself); the mean of days 1-7 would be 3, the median stays 2,
    // so pain 4 on day 8 is still a rise of 2.
    const checkIns = dailyCheckIns(1, 8, (n) => ({ painNow: n === 4 ? 9 : n === 8 ? 4 : 2 }));
    expect(proposals({ checkIns }).map((p) => [p.start, p.baselinePain])).toEqual([[day(4), 2], [day(8), 2]]);
  });

  it('leaves days within a day of a recorded flare to the recorded flare', () => {
    // A recorded flare on days 9-10 covers days 8 to 11.
    expect(proposals({ ...painRun(5, 2), flares: [flare('f1', day(9), day(10))] })).toEqual([]);
    expect(proposals({ ...painRun(2, 2, 2, 2, 5, 2), flares: [flare('f1', day(9), day(10))] }).map((p) => p.start)).toEqual([day(12)]);
  });

  it('treats a recorded flare that is under way as covering every day to the as-of day', () => {
    expect(proposals({ ...painRun(2, 2, 2, 2, 5, 2), flares: [flare('f1', day(9))] })).toEqual([]);
  });

  it('proposes nothing from a single check-in (no baseline)', () => {
    expect(proposals({ checkIns: [checkIn(day(3), { painNow: 9 })] })).toEqual([]);
  });

  // Known bug, reported to the lead: when the run starts and ends on the same day (a bad morning,
  // a good evening), the peak is read from check-ins at or after the start and strictly before the
  // end day, which is none: the peak is -Infinity and the reason reads "pain -Infinity/10".
  // When the peak is kept while scanning the run, change `it.fails` to `it`.
  it('keeps the peak of a run that starts and ends on the same day', () => {
    const checkIns = [
      ...dailyCheckIns(1, 7, () => ({ painNow: 2 })),
      checkIn(`${day(8)}T08:00:00Z`, { id: 'morning', painNow: 8 }),
      checkIn(`${day(8)}T20:00:00Z`, { id: 'evening', painNow: 2 }),
    ];
    expect(proposals({ checkIns })).toMatchObject([{ start: day(8), end: day(8), peakPain: 8 }]);
  });
});
