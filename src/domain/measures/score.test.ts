import { describe, expect, it } from 'vitest';
import { errorOf } from '../../../test/support/app-error.ts';
import { scoreInstrument } from './score.ts';

describe('ODI (Fairbank & Pynsent 2000 worked example, reference §3)', () => {
  it('scores 16 of 50 as 32%', () => {
    const r = scoreInstrument('odi', [2, 2, 2, 2, 2, 2, 1, 1, 1, 1]);
    expect(r).toEqual({ instrument: 'odi', score: 32, band: 'moderate', answered: 10, missing: 0 });
  });

  it('drops a missing section from the denominator: 16 of 45 is 35.6%', () => {
    const r = scoreInstrument('odi', [2, 2, 2, 2, 2, 2, 2, null, 1, 1]);
    expect(r.score).toBe(35.6);
    expect(r.answered).toBe(9);
    expect(r.missing).toBe(1);
  });

  it('bands by Fairbank & Pynsent: 20% minimal, 22% moderate, 100% extreme', () => {
    expect(scoreInstrument('odi', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]).band).toBe('minimal');
    expect(scoreInstrument('odi', [2, 1, 1, 1, 1, 1, 1, 1, 1, 1]).band).toBe('moderate');
    expect(scoreInstrument('odi', Array(10).fill(5)).band).toBe('extreme');
  });
});

describe('NDI missing-item rule (Vernon: add the mean of the answered items, reference §3)', () => {
  it('sums a complete response on the raw 0-50 scale', () => {
    expect(scoreInstrument('ndi', [1, 2, 1, 2, 1, 2, 1, 2, 1, 2])).toEqual({ instrument: 'ndi', score: 15, band: 'moderate', answered: 10, missing: 0 });
  });

  it('adds the mean of the nine answered items for the missing one', () => {
    // 9 answered items summing to 18 (mean 2): 18 + 2 = 20.
    expect(scoreInstrument('ndi', [2, 2, 2, 2, 2, 2, 2, null, 2, 2]).score).toBe(20);
    // 9 answered items summing to 13: 13 + 13/9 = 14.44, shown as 14.4, still in the mild band.
    const r = scoreInstrument('ndi', [1, 1, 1, 1, 2, 2, 2, null, 2, 1]);
    expect(r.score).toBe(14.4);
    expect(r.band).toBe('mild');
    expect(r.missing).toBe(1);
  });
});

describe('STarT Back (Keele scoring, reference §4)', () => {
  it('scores item 9 only for "very much" (3) or "extremely" (4)', () => {
    expect(scoreInstrument('start-back', [0, 0, 0, 0, 0, 0, 0, 0, 2]).score).toBe(0);
    expect(scoreInstrument('start-back', [0, 0, 0, 0, 0, 0, 0, 0, 3]).score).toBe(1);
    expect(scoreInstrument('start-back', [0, 0, 0, 0, 0, 0, 0, 0, 4]).subscales).toEqual({ distress: 1 });
  });

  it('is low risk at a total of 3', () => {
    expect(scoreInstrument('start-back', [1, 1, 1, 0, 0, 0, 0, 0, 0])).toEqual({
      instrument: 'start-back', score: 3, band: 'low', subscales: { distress: 0 }, answered: 9, missing: 0,
    });
  });

  it('is medium risk at a total of 4 with a distress subscale of 3 or less', () => {
    expect(scoreInstrument('start-back', [1, 1, 1, 1, 0, 0, 0, 0, 0]).band).toBe('medium');
    const r = scoreInstrument('start-back', [1, 1, 1, 1, 1, 1, 1, 0, 2]);
    expect(r.subscales).toEqual({ distress: 3 });
    expect(r.band).toBe('medium');
  });

  it('is high risk at a distress subscale of 4, whatever the other items', () => {
    const r = scoreInstrument('start-back', [0, 0, 0, 0, 1, 1, 1, 1, 0]);
    expect(r).toMatchObject({ score: 4, subscales: { distress: 4 }, band: 'high' });
  });

  it('is not scored with a blank item', () => {
    const error = errorOf(() => scoreInstrument('start-back', [1, 1, 1, 1, null, 0, 0, 0, 0]));
    expect(error.code).toBe('validation');
    expect(error.message).toContain('item 5');
  });
});

describe('FABQ subscales (Waddell 1993, reference §4)', () => {
  it('sums items 2-5 (PA) and 6, 7, 9, 10, 11, 12, 15 (W); other items are not scored', () => {
    // item:      1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16
    const answers = [6, 1, 2, 3, 4, 1, 1, 6, 1, 1, 1, 1, 6, 6, 1, 6];
    expect(scoreInstrument('fabq', answers)).toEqual({
      instrument: 'fabq', score: 10, subscales: { pa: 10, w: 7 }, answered: 16, missing: 0,
    });
  });

  it('reaches 24 and 42 at the top of each subscale', () => {
    expect(scoreInstrument('fabq', Array(16).fill(6)).subscales).toEqual({ pa: 24, w: 42 });
  });

  it('leaves out the work subscale when a work item is blank (a patient who is not working)', () => {
    const answers = [0, 3, 3, 3, 3, null, null, null, null, null, null, null, null, null, null, null];
    expect(scoreInstrument('fabq', answers)).toEqual({ instrument: 'fabq', score: 12, subscales: { pa: 12 }, answered: 5, missing: 11 });
  });

  it('cannot be scored when a physical-activity item is blank', () => {
    const answers = [0, 3, null, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    expect(errorOf(() => scoreInstrument('fabq', answers)).message).toContain('item 3');
  });
});

describe('ISI bands (Morin 2011, reference §4)', () => {
  const isiTotal = (total: number): (number | null)[] => {
    const answers = Array<number>(7).fill(0);
    for (let i = 0, left = total; left > 0; i++, left -= 4) answers[i] = Math.min(4, left);
    return answers;
  };
  it.each([
    [0, 'none'], [7, 'none'], [8, 'subthreshold'], [14, 'subthreshold'],
    [15, 'clinical-moderate'], [21, 'clinical-moderate'], [22, 'clinical-severe'], [28, 'clinical-severe'],
  ])('a total of %i is %s', (total, band) => {
    const r = scoreInstrument('isi', isiTotal(total));
    expect(r.score).toBe(total);
    expect(r.band).toBe(band);
  });
});

describe('PHQ-2 and GAD-2 (Kroenke 2003, 2007, reference §4)', () => {
  it('is positive at 3 and negative at 2', () => {
    expect(scoreInstrument('phq-2', [2, 1])).toEqual({ instrument: 'phq-2', score: 3, band: 'positive', answered: 2, missing: 0 });
    expect(scoreInstrument('phq-2', [1, 1]).band).toBe('negative');
    expect(scoreInstrument('gad-2', [3, 0]).band).toBe('positive');
    expect(scoreInstrument('gad-2', [0, 2]).band).toBe('negative');
  });

  it('is not scored with one item blank', () => {
    expect(errorOf(() => scoreInstrument('phq-2', [3, null])).code).toBe('validation');
  });
});

describe('PEG, PSFS and NPRS', () => {
  it('PEG is the mean of its three items, to one decimal', () => {
    expect(scoreInstrument('peg', [6, 5, 4])).toEqual({ instrument: 'peg', score: 5, answered: 3, missing: 0 });
    expect(scoreInstrument('peg', [7, 5, 5]).score).toBe(5.7);
    expect(scoreInstrument('peg', [7, null, 5])).toMatchObject({ score: 6, answered: 2, missing: 1 });
  });

  it('PSFS is the mean of the activities the patient rated (one to five)', () => {
    expect(scoreInstrument('psfs', [3, 5, 4]).score).toBe(4);
    expect(scoreInstrument('psfs', [2]).score).toBe(2);
    expect(scoreInstrument('psfs', [2, 3, 4, 5, 7]).score).toBe(4.2);
  });

  it('NPRS needs its one answer', () => {
    expect(scoreInstrument('nprs', [7])).toEqual({ instrument: 'nprs', score: 7, answered: 1, missing: 0 });
    expect(errorOf(() => scoreInstrument('nprs', [null])).code).toBe('validation');
  });
});

describe('TSK-11 (Woby 2005, range 11-44, reference §4)', () => {
  it('ranges from 11 to 44', () => {
    expect(scoreInstrument('tsk-11', Array(11).fill(1)).score).toBe(11);
    expect(scoreInstrument('tsk-11', Array(11).fill(4)).score).toBe(44);
  });

  it('rejects 0, which is below the 1-4 response scale', () => {
    const error = errorOf(() => scoreInstrument('tsk-11', [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
    expect(error.message).toContain('item 1');
    expect(error.message).toContain('from 1 to 4');
    expect(error.details[0]?.path).toBe('answers[0]');
  });
});

describe('impossible answers', () => {
  it('names the item and its range for an answer out of range', () => {
    const error = errorOf(() => scoreInstrument('odi', [2, 2, 7, 2, 2, 2, 2, 2, 2, 2]));
    expect(error.code).toBe('validation');
    expect(error.message).toContain('item 3 (Lifting)');
    expect(error.message).toContain('from 0 to 5');
  });

  it('rejects a fraction where whole numbers are required', () => {
    expect(errorOf(() => scoreInstrument('nprs', [4.5])).message).toContain('not a whole number');
  });

  it('rejects a value that is not a number at all', () => {
    expect(errorOf(() => scoreInstrument('nprs', [Number.NaN])).message).toContain('not a number');
  });

  it('rejects too many and too few answers', () => {
    expect(errorOf(() => scoreInstrument('phq-2', [1, 1, 1])).message).toContain('takes 2 answer(s)');
    expect(errorOf(() => scoreInstrument('odi', [1, 1])).message).toContain('got 2');
    expect(errorOf(() => scoreInstrument('psfs', [])).message).toContain('1 to 5');
    expect(errorOf(() => scoreInstrument('psfs', [1, 1, 1, 1, 1, 1])).message).toContain('1 to 5');
  });

  it('rejects an unknown instrument, listing the known ones', () => {
    const error = errorOf(() => scoreInstrument('oswestry', [1]));
    expect(error.code).toBe('validation');
    expect(error.message).toContain('unknown instrument "oswestry"');
    expect(error.message).toContain('odi');
  });

  it('reports every bad answer in the details', () => {
    const error = errorOf(() => scoreInstrument('gad-2', [4, -1]));
    expect(error.details.map((d) => d.path)).toEqual(['answers[0]', 'answers[1]']);
  });
});
