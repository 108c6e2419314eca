import { describe, expect, it } from 'vitest';
import { caseFileSchema, type CaseFile, type CaseFileInput } from '../records/case-file.ts';
import { defaultSettings } from '../settings/settings.ts';
import { summarisePsychosocial } from './psychosocial.ts';

const asOf = '2026-04-01';
const makeCase = (over: Partial<CaseFileInput> = {}, regions: CaseFileInput['episode']['regions'] = ['low-back']): CaseFile =>
  caseFileSchema.parse({
    schemaVersion: 1,
    patient: { birthDate: '1970-01-01', sex: 'male' },
    episode: { startDate: '2026-03-02', regions },
    ...over,
  });
type MeasureInput = NonNullable<CaseFileInput['measures']>[number];
const measure = (instrument: MeasureInput['instrument'], score: number, date = '2026-03-02', extra: Partial<MeasureInput> = {}): MeasureInput =>
  ({ instrument, score, date, ...extra });

describe('summarisePsychosocial', () => {
  it('is unknown and quiet with no screens', () => {
    const summary = summarisePsychosocial(makeCase(), asOf, defaultSettings);
    expect(summary).toMatchObject({ risk: 'unknown', fearAvoidance: false, mood: false, sleep: false });
  });

  describe('STarT Back risk', () => {
    it('uses a recorded band', () => {
      const file = makeCase({ measures: [measure('start-back', 6, '2026-03-02', { band: 'High' })] });
      expect(summarisePsychosocial(file, asOf, defaultSettings).risk).toBe('high');
    });

    it('derives high from a distress subscale of 4 or more', () => {
      const file = makeCase({ measures: [measure('start-back', 5, '2026-03-02', { subscales: { distress: 4 } })] });
      expect(summarisePsychosocial(file, asOf, defaultSettings).risk).toBe('high');
    });

    it('derives medium from a total of 4 or more with a distress subscale of 3 or less', () => {
      const file = makeCase({ measures: [measure('start-back', 5, '2026-03-02', { subscales: { distress: 3 } })] });
      expect(summarisePsychosocial(file, asOf, defaultSettings).risk).toBe('medium');
    });

    it('derives low from a total of 3 or less', () => {
      expect(summarisePsychosocial(makeCase({ measures: [measure('start-back', 3)] }), asOf, defaultSettings).risk).toBe('low');
    });

    it('warns when the subscale is missing and the total is 4 or more', () => {
      const summary = summarisePsychosocial(makeCase({ measures: [measure('start-back', 6)] }), asOf, defaultSettings);
      expect(summary.risk).toBe('medium');
      expect(summary.reasons[0]?.text).toMatch(/rule out high/);
    });

    it('reads the latest screen known on the as-of day', () => {
      const file = makeCase({
        measures: [
          measure('start-back', 7, '2026-03-02', { band: 'high' }),
          measure('start-back', 2, '2026-03-20', { band: 'low' }),
          measure('start-back', 8, '2026-05-01', { band: 'high' }),
        ],
      });
      expect(summarisePsychosocial(file, asOf, defaultSettings).risk).toBe('low');
    });

    it('says the tool is validated for low back pain only when the episode is elsewhere', () => {
      const summary = summarisePsychosocial(makeCase({ measures: [measure('start-back', 2)] }, ['neck']), asOf, defaultSettings);
      expect(summary.reasons.some((r) => /low back pain only/.test(r.text))).toBe(true);
    });
  });

  describe('fear-avoidance', () => {
    it('is signalled by TSK-11 at the setting', () => {
      expect(summarisePsychosocial(makeCase({ measures: [measure('tsk-11', 36)] }), asOf, defaultSettings).fearAvoidance).toBe(true);
      expect(summarisePsychosocial(makeCase({ measures: [measure('tsk-11', 35)] }), asOf, defaultSettings).fearAvoidance).toBe(false);
    });

    it('is signalled by a FABQ physical-activity subscale above the setting', () => {
      const high = makeCase({ measures: [measure('fabq', 40, '2026-03-02', { subscales: { pa: 16 } })] });
      const atSetting = makeCase({ measures: [measure('fabq', 40, '2026-03-02', { subscales: { pa: 15 } })] });
      expect(summarisePsychosocial(high, asOf, defaultSettings).fearAvoidance).toBe(true);
      expect(summarisePsychosocial(atSetting, asOf, defaultSettings).fearAvoidance).toBe(false);
    });

    it('is signalled by an earlier active treatment that made things worse or flared, not by a passive one', () => {
      const worse = makeCase({ intake: { priorTreatments: [{ kind: 'exercise-program', outcome: 'made-worse' }] } });
      const flare = makeCase({ intake: { priorTreatments: [{ kind: 'graded-activity', outcome: 'flare', started: '2025-06-01' }] } });
      const passive = makeCase({ intake: { priorTreatments: [{ kind: 'massage', outcome: 'made-worse' }] } });
      const helped = makeCase({ intake: { priorTreatments: [{ kind: 'physiotherapy', outcome: 'helped' }] } });
      expect(summarisePsychosocial(worse, asOf, defaultSettings).fearAvoidance).toBe(true);
      expect(summarisePsychosocial(flare, asOf, defaultSettings).reasons.map((r) => r.rule)).toContain('fear-avoidance-prior-treatment');
      expect(summarisePsychosocial(passive, asOf, defaultSettings).fearAvoidance).toBe(false);
      expect(summarisePsychosocial(helped, asOf, defaultSettings).fearAvoidance).toBe(false);
    });
  });

  it('flags mood from a PHQ-2 or GAD-2 of 3 or more', () => {
    expect(summarisePsychosocial(makeCase({ measures: [measure('phq-2', 3)] }), asOf, defaultSettings).mood).toBe(true);
    expect(summarisePsychosocial(makeCase({ measures: [measure('gad-2', 4)] }), asOf, defaultSettings).mood).toBe(true);
    expect(summarisePsychosocial(makeCase({ measures: [measure('phq-2', 2), measure('gad-2', 2)] }), asOf, defaultSettings).mood).toBe(false);
  });

  it('flags sleep from an ISI in the clinical range', () => {
    expect(summarisePsychosocial(makeCase({ measures: [measure('isi', 15)] }), asOf, defaultSettings).sleep).toBe(true);
    expect(summarisePsychosocial(makeCase({ measures: [measure('isi', 14)] }), asOf, defaultSettings).sleep).toBe(false);
  });
});
