import { describe, expect, it } from 'vitest';
import { abilityGoal, buildCase, checkIn, day, flare, session } from '../../../test/support/case-builder.ts';
import { knownOn } from './as-of.ts';
import { gradeOn, irritabilityGrades } from './irritability.ts';

describe('knownOn: records dated after the as-of day are not yet known', () => {
  it('keeps records of the as-of day and drops those of the day after', () => {
    const file = buildCase({
      goals: [abilityGoal('walk', 3, 8), abilityGoal('later', 1, 5, { setOn: day(11) })],
      sessions: [session('s1', day(10)), session('s2', day(11))],
      checkIns: [checkIn(`${day(10)}T23:30:00Z`), checkIn(day(11))],
      measures: [{ instrument: 'odi', date: day(10), score: 30 }, { instrument: 'odi', date: day(11), score: 20 }],
      checkpoints: [{ id: 'c1', date: day(10) }, { id: 'c2', date: day(11) }],
      referrals: [{ id: 'r1', date: day(11), to: { discipline: 'physician' }, reason: 'review' }],
      ongoingCare: { declaredOn: day(11), reason: 'maintenance', reviewOn: day(60) },
    });
    const known = knownOn(file, day(10));
    expect(known.goals.map((g) => g.id)).toEqual(['walk']);
    expect(known.sessions.map((s) => s.id)).toEqual(['s1']);
    expect(known.checkIns).toHaveLength(1);
    expect(known.measures.map((m) => m.score)).toEqual([30]);
    expect(known.checkpoints.map((c) => c.id)).toEqual(['c1']);
    expect(known.referrals).toEqual([]);
    expect(known.ongoingCare).toBeNull();
  });

  it('reads the calendar day written in a date-time, whatever its offset', () => {
    // 00:30 on day 11 in UTC+2 is still day 10 in UTC, but the patient wrote day 11.
    const file = buildCase({ checkIns: [checkIn(`${day(11)}T00:30:00+02:00`)] });
    expect(knownOn(file, day(10)).checkIns).toEqual([]);
    expect(knownOn(file, day(11)).checkIns).toHaveLength(1);
  });

  it('keeps a flare that ended later under way, and drops a later peak', () => {
    const file = buildCase({ flares: [flare('f1', day(9), day(12), { peak: day(11), peakPain: 7 })] });
    expect(knownOn(file, day(10)).flares[0]).toMatchObject({ id: 'f1', end: undefined, peak: undefined });
    expect(knownOn(file, day(12)).flares[0]).toMatchObject({ end: day(12), peak: day(11) });
  });

  it('forgets intake steps, grading and clearance dated later', () => {
    const file = buildCase({
      intake: {
        completedOn: day(2),
        irritability: { confirmed: 'low', confirmedOn: day(3) },
        redFlags: {
          date: day(0),
          answers: [{ item: 'suspected-malignancy', present: true }],
          clearance: { date: day(4), by: 'Dr A', reason: 'Reviewed: prior history, no current features.' },
        },
      },
    });
    const early = knownOn(file, day(1));
    expect(early.intake.completedOn).toBeUndefined();
    expect(early.intake.irritability.confirmed).toBeNull();
    expect(early.intake.redFlags?.clearance).toBeUndefined();
    const later = knownOn(file, day(4));
    expect(later.intake).toMatchObject({ completedOn: day(2), irritability: { confirmed: 'low' } });
    expect(later.intake.redFlags?.clearance?.by).toBe('Dr A');
  });

  it('drops a record from the day it was removed, and keeps it in a replay of the day before', () => {
    // A session and a flare entered in error are removed on day 8; a goal stays removed from day 6.
    const removed = (on: string) => ({ removed: { on, by: 'user-1', reason: 'entered on the wrong patient' } });
    const file = buildCase({
      goals: [abilityGoal('walk', 3, 8), abilityGoal('swim', 2, 6, removed(day(6)))],
      sessions: [session('s1', day(2)), { ...session('s2', day(5)), ...removed(day(8)) }],
      flares: [{ ...flare('f1', day(3), day(4)), ...removed(day(8)) }],
      measures: [{ instrument: 'odi', date: day(1), score: 30, ...removed(day(8)) }],
      checkpoints: [{ id: 'c1', date: day(7), ...removed(day(8)) }],
      referrals: [{ id: 'r1', date: day(4), to: { discipline: 'physician' }, reason: 'review', ...removed(day(8)) }],
      intake: { imaging: [{ id: 'mri', date: day(0), modality: 'mri', region: 'low-back', text: 'Mild disc bulge.', ...removed(day(8)) }] },
      irritabilityGrades: [{ id: 'g1', date: day(2), grade: 'moderate' }, { id: 'g2', date: day(5), grade: 'high', ...removed(day(8)) }],
    });
    const before = knownOn(file, day(7));
    // The grade in force: the wrong "high" until its removal day, then the "moderate" before it again.
    expect(gradeOn(irritabilityGrades(before), day(7))?.grade).toBe('high');
    expect(gradeOn(irritabilityGrades(knownOn(file, day(8))), day(8))?.grade).toBe('moderate');
    expect(before.sessions.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(before.flares.map((f) => f.id)).toEqual(['f1']);
    expect(before.measures).toHaveLength(1);
    expect(before.checkpoints.map((c) => c.id)).toEqual(['c1']);
    expect(before.referrals.map((r) => r.id)).toEqual(['r1']);
    expect(before.intake.imaging.map((r) => r.id)).toEqual(['mri']);
    expect(before.goals.map((g) => g.id)).toEqual(['walk']);
    const after = knownOn(file, day(8));
    expect(after.sessions.map((s) => s.id)).toEqual(['s1']);
    expect([after.flares, after.measures, after.checkpoints, after.referrals, after.intake.imaging]).toEqual([[], [], [], [], []]);
    expect(knownOn(file, day(5)).goals.map((g) => g.id).sort()).toEqual(['swim', 'walk']);
  });

  it('drops goal ratings dated after the as-of day', () => {
    const file = buildCase({ goals: [abilityGoal('walk', 3, 8, { ratings: [{ date: day(5), value: 5, source: 'checkpoint' }, { date: day(9), value: 7, source: 'checkpoint' }] })] });
    expect(knownOn(file, day(6)).goals[0]?.ratings.map((r) => r.value)).toEqual([5]);
  });
});

describe('knownOn: the order records arrive in does not matter', () => {
  it('sorts lists by instant, then by id', () => {
    const file = buildCase({
      sessions: [session('s3', day(7)), session('s2', `${day(3)}T09:00:00+02:00`), session('s1', `${day(3)}T08:30:00Z`), session('s0', day(7))],
      checkIns: [checkIn(day(5), { id: 'b' }), checkIn(day(2), { id: 'z' }), checkIn(day(5), { id: 'a' })],
    });
    const known = knownOn(file, day(30));
    // 09:00 at UTC+2 is 07:00 UTC, before 08:30 UTC; the two sessions on day 7 fall back to id order.
    expect(known.sessions.map((s) => s.id)).toEqual(['s2', 's1', 's0', 's3']);
    expect(known.checkIns.map((c) => c.id)).toEqual(['z', 'a', 'b']);
  });

  it('sorts nested lists too: modalities, findings, check-in goals, red-flag answers', () => {
    const file = buildCase({
      goals: [abilityGoal('a', 1, 5), abilityGoal('b', 1, 5)],
      sessions: [{
        id: 's1', date: day(1),
        modalities: [{ modality: 'massage', minutes: 10 }, { modality: 'dry-needling', minutes: 20 }],
        findings: [{ goalId: 'b', value: 2 }, { goalId: 'a', value: 3 }],
      }],
      checkIns: [checkIn(day(2), { goals: [{ goalId: 'b', value: 1 }, { goalId: 'a', value: 2 }] })],
      intake: { redFlags: { date: day(0), answers: [{ item: 'infection-signs', present: false }, { item: 'cauda-equina-bladder-bowel', present: false }] } },
    });
    const known = knownOn(file, day(30));
    expect(known.sessions[0]?.modalities.map((m) => m.modality)).toEqual(['dry-needling', 'massage']);
    expect(known.sessions[0]?.findings.map((f) => f.goalId)).toEqual(['a', 'b']);
    expect(known.checkIns[0]?.goals.map((g) => g.goalId)).toEqual(['a', 'b']);
    expect(known.intake.redFlags?.answers.map((a) => a.item)).toEqual(['cauda-equina-bladder-bowel', 'infection-signs']);
  });

  // Known bug, reported to the lead: measures may have no id, and two of one instrument on one day
  // with the same score tie on every sort key (date, instrument, score), so their input order
  // survives. Two STarT Back screens of one day, banded "high" and "low", then decide the
  // psychosocial risk (and the fear-avoidance flag) by the order they arrived in. When the sort
  // breaks ties on the whole record, change `it.fails` to `it`.
  it('sorts measures without ids that tie on date, instrument and score', () => {
    const high = { instrument: 'start-back' as const, date: day(0), score: 5, band: 'high' };
    const low = { instrument: 'start-back' as const, date: day(0), score: 5, band: 'low' };
    expect(knownOn(buildCase({ measures: [high, low] }), day(1)).measures).toEqual(knownOn(buildCase({ measures: [low, high] }), day(1)).measures);
  });

  // Known bug, reported to the lead: lists are sorted by instant, and a bare date counts as UTC
  // midnight, so a session on the evening of day 9 in UTC-5 (00:15 UTC on day 10) sorts after a
  // session entered as the bare date of day 10. The relief window between them is then -1 day
  // (next session one calendar day earlier). The rules read calendar days, so the sort should too.
  // When lists sort by calendar day first, change `it.fails` to `it`.
  it('sorts a date-time before a bare date of the next calendar day, whatever the zone', () => {
    const file = buildCase({ sessions: [session('s1', day(10)), session('s0', `${day(9)}T19:15:00-05:00`, { reliefDays: 0 })] });
    expect(knownOn(file, day(20)).sessions.map((s) => s.id)).toEqual(['s0', 's1']);
  });
});
