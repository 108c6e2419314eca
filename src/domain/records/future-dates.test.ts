// Dates after today: a fact cannot lie ahead, a plan can; a date-time counts as its instant.
import { describe, expect, it } from 'vitest';
import { datesAfterToday, factDates } from './future-dates.ts';
import { withoutRemovedRecords } from './standing.ts';
import { caseFileSchema } from './case-file.ts';

const today = { day: '2026-03-10', now: '2026-03-10T10:00:00Z' };

describe('dates after today', () => {
  it('finds each fact date after today and leaves plans alone', () => {
    expect(datesAfterToday(factDates.flare({ start: '2026-03-09', end: '2026-03-11' }), today).map((d) => d.path)).toEqual(['end']);
    expect(datesAfterToday(factDates.referral({ date: '2026-03-10' }), today)).toEqual([]);
    expect(datesAfterToday(factDates['ongoing-care']({ declaredOn: '2026-03-10' }), today)).toEqual([]);
    const intake = factDates.intake({ redFlags: { date: '2026-03-12' }, imaging: [{ date: '2026-03-01' }, { date: '2026-04-01' }] });
    expect(datesAfterToday(intake, today, 'intake.').map((d) => d.path)).toEqual(['intake.redFlags.date', 'intake.imaging[1].date']);
  });

  it('compares a date-time with the moment, whatever its zone', () => {
    // 08:00 on the 11th at UTC+10 is 22:00 on the 10th in UTC: past by 23:00 UTC, though its written day is the 11th.
    expect(datesAfterToday(factDates.session({ date: '2026-03-11T08:00:00+10:00' }), { ...today, now: '2026-03-10T23:00:00Z' })).toEqual([]);
    expect(datesAfterToday(factDates.session({ date: '2026-03-10T11:00:00Z' }), today)).toHaveLength(1);
    expect(datesAfterToday(factDates.session({ date: '2026-03-10T09:59:00Z' }), today)).toEqual([]);
  });

  it('says a time of today has not come yet, and a later day that it is after today', () => {
    const [later] = datesAfterToday(factDates.session({ date: '2026-03-10T11:00:00+00:00' }), today);
    expect(later?.message).toMatch(/^2026-03-10 11:00 has not come yet: record what has happened/);
    const [tomorrow] = datesAfterToday(factDates.session({ date: '2026-03-11T08:00:00+00:00' }), today);
    expect(tomorrow?.message).toMatch(/^2026-03-11 is after today \(2026-03-10\): record what has happened/);
  });
});

describe('withoutRemovedRecords', () => {
  it('leaves removed records out, the ratings of a removed goal, and the link of a grade to a removed session', () => {
    const removed = { on: '2026-03-05', by: 'u1', reason: 'wrong patient' };
    const file = caseFileSchema.parse({
      schemaVersion: 1, patient: { birthDate: '1970-01-01', sex: 'female' }, episode: { startDate: '2026-03-01', regions: ['knee'] },
      goals: [{ id: 'a', activity: 'walk', measure: { kind: 'ability' }, baseline: 2, target: 6, setOn: '2026-03-01' },
        { id: 'b', activity: 'swim', measure: { kind: 'ability' }, baseline: 1, target: 5, setOn: '2026-03-01', removed }],
      sessions: [{ id: 's1', date: '2026-03-02', findings: [{ goalId: 'a', value: 3 }, { goalId: 'b', value: 2 }] }, { id: 's2', date: '2026-03-03', removed }],
      checkIns: [{ id: 'c1', date: '2026-03-04', painNow: 4, goals: [{ goalId: 'b', value: 2 }] }],
      irritabilityGrades: [{ id: 'g1', date: '2026-03-02', grade: 'high', context: 'session', contextId: 's1' },
        { id: 'g2', date: '2026-03-03', grade: 'moderate', context: 'session', contextId: 's2' }, { id: 'g3', date: '2026-03-04', grade: 'low', removed }],
    });
    const standing = withoutRemovedRecords(file);
    expect(standing.goals.map((g) => g.id)).toEqual(['a']);
    expect(standing.sessions).toEqual([expect.objectContaining({ id: 's1', findings: [{ goalId: 'a', value: 3 }] })]);
    expect(standing.checkIns[0]?.goals).toEqual([]);
    expect(standing.irritabilityGrades.map(({ id, contextId }) => [id, contextId])).toEqual([['g1', 's1'], ['g2', undefined]]);
    expect(caseFileSchema.safeParse(standing).success).toBe(true);
  });
});
