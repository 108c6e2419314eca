// The web app's pure parts, without a browser: the offline check-in queue (one key per check-in,
// kept across failures, sent once), caseload filtering and sorting, the timeline's data, and the
// clinic's day (dates and times written in the clinic's time zone).
// (vitest.config.ts leaves src/web out, so these live here.)
import { describe, expect, it } from 'vitest';
import { CheckInQueue, newIdempotencyKey, type KeyValueStorage, type QueuedCheckIn, type SendResult } from '../../src/web/offline/check-in-queue.ts';
import { filterCaseload, sortCaseload } from '../../src/web/pages/caseload-order.ts';
import { axisTicks, dataDays, dayNumber, describeTimeline, phasesShown, readoutFor, timelineData } from '../../src/web/charts/timeline-data.ts';
import type { Assessment, CaseFileResponse, CaseloadEntry } from '../../src/web/client/types.ts';
import { clinicNow, clinicToday, setClinicTimeZone, withClinicOffset } from '../../src/web/clinic-time.ts';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => { data.set(k, v); } };
}

const body = { date: '2026-03-10T08:00:00+01:00', painNow: 4, goals: [] };

describe('check-in queue', () => {
  it('makes keys the API accepts, different each time', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });

  it('keeps a check-in through failed attempts and sends it with the same key every time', async () => {
    const storage = memoryStorage();
    const queue = new CheckInQueue(storage);
    queue.add('ep-1', body, 'key-aaaaaaaa', '2026-03-10T07:00:00Z');
    const sentKeys: string[] = [];
    const offline = async (item: QueuedCheckIn): Promise<SendResult> => { sentKeys.push(item.key); return { outcome: 'retry-later', message: 'offline' }; };
    expect(await queue.flush(offline)).toBe(0);
    // A reload: a new queue over the same storage still has it.
    const reloaded = new CheckInQueue(storage);
    expect(reloaded.list()).toMatchObject([{ key: 'key-aaaaaaaa', attempts: 1, lastError: 'offline' }]);
    const online = async (item: QueuedCheckIn): Promise<SendResult> => { sentKeys.push(item.key); return { outcome: 'sent' }; };
    expect(await reloaded.flush(online)).toBe(1);
    expect(reloaded.list()).toEqual([]);
    expect(sentKeys).toEqual(['key-aaaaaaaa', 'key-aaaaaaaa']);
  });

  it('runs one flush at a time, so two triggers do not send the same check-in twice', async () => {
    const queue = new CheckInQueue(memoryStorage());
    queue.add('ep-1', body, 'key-bbbbbbbb', 'now');
    let sends = 0;
    const slow = async (): Promise<SendResult> => { sends += 1; await new Promise((r) => setTimeout(r, 10)); return { outcome: 'sent' }; };
    await Promise.all([queue.flush(slow), queue.flush(slow)]);
    expect(sends).toBe(1);
  });

  it('stops at the first connection failure and marks a rejected check-in as stuck', async () => {
    const queue = new CheckInQueue(memoryStorage());
    queue.add('ep-1', body, 'key-rejected', 'now');
    queue.add('ep-1', body, 'key-later-1', 'now');
    queue.add('ep-1', body, 'key-later-2', 'now');
    const calls: string[] = [];
    const send = async (item: QueuedCheckIn): Promise<SendResult> => {
      calls.push(item.key);
      return item.key === 'key-rejected' ? { outcome: 'rejected', message: 'bad' } : { outcome: 'retry-later', message: 'offline' };
    };
    await queue.flush(send);
    expect(calls).toEqual(['key-rejected', 'key-later-1']);
    expect(queue.list().find((i) => i.key === 'key-rejected')?.stuck).toBe(true);
    calls.length = 0;
    await queue.flush(send);
    expect(calls).toEqual(['key-later-1']);
  });
});

const entry = (name: string, flags: string[], phase = 'extending-window', next = '2026-04-01', unreadNotes = 0): CaseloadEntry => ({
  patientId: name, patientName: name, episodeId: `e-${name}`, status: 'active', startDate: '2026-01-01', checkpointOverdue: false,
  checkpointDueToday: false, readyToGraduate: false, activeCareLapse: null,
  summary: {
    asOf: '2026-03-10', phase, sideStatuses: [], flags, reliefWindowTrend: 'stable', nextCheckpoint: next, reliefWindows: [], goalProgress: null,
    flagReasons: [], lastActiveCareOn: null, unreadNotes, latestUnreadNote: null,
  },
});

describe('caseload order', () => {
  const rows = [entry('Cara', ['passive-only']), entry('Abe', []), entry('Bo', ['red-flag', 'no-goals'], 'screening', '2026-03-01')];
  it('filters by one flag, any flag or none, and by name', () => {
    expect(filterCaseload(rows, 'passive-only', '').map((r) => r.patientName)).toEqual(['Cara']);
    expect(filterCaseload(rows, 'any-flag', '').map((r) => r.patientName)).toEqual(['Cara', 'Bo']);
    expect(filterCaseload(rows, 'no-flag', '').map((r) => r.patientName)).toEqual(['Abe']);
    expect(filterCaseload(rows, 'all', 'ab').map((r) => r.patientName)).toEqual(['Abe']);
  });
  it('filters the rows with something for today, and ranks them after the flagged ones', () => {
    const withNote = [...rows, entry('Dee', [], 'blended', '2026-04-01', 2)];
    expect(filterCaseload(withNote, 'today', '').map((r) => r.patientName)).toEqual(['Dee']);
    expect(sortCaseload(withNote, 'urgency').map((r) => r.patientName)).toEqual(['Bo', 'Cara', 'Dee', 'Abe']);
  });
  it('sorts the most urgent flag first, then by name, phase or checkpoint', () => {
    expect(sortCaseload(rows, 'urgency').map((r) => r.patientName)).toEqual(['Bo', 'Cara', 'Abe']);
    expect(sortCaseload(rows, 'name').map((r) => r.patientName)).toEqual(['Abe', 'Bo', 'Cara']);
    expect(sortCaseload(rows, 'phase').map((r) => r.patientName)).toEqual(['Bo', 'Abe', 'Cara']);
    expect(sortCaseload(rows, 'next-checkpoint')[0]?.patientName).toBe('Bo');
  });
});

describe('timeline data', () => {
  const file = {
    episode: { startDate: '2026-03-01' },
    goals: [
      { id: 'walk', activity: 'walk', measure: { kind: 'ability' }, baseline: 3, target: 8, setOn: '2026-03-01', ratings: [], episodeId: 'e', version: 1 },
      { id: 'lift', activity: 'lift', measure: { kind: 'capacity', unit: 'kg' }, baseline: 4, target: 12, setOn: '2026-03-01', ratings: [], episodeId: 'e', version: 1 },
    ],
    sessions: [{ id: 's1', date: '2026-03-05', modalities: [], findings: [{ goalId: 'walk', value: 5 }] }],
    checkIns: [{ id: 'c1', date: '2026-03-06T08:00:00+01:00', painNow: 5, goals: [{ goalId: 'lift', value: 6 }], note: 'Carried the shopping.' }],
  } as unknown as CaseFileResponse;
  const assessment = {
    asOf: '2026-03-20',
    phaseHistory: [{ phase: 'screening', since: '2026-03-01', reasons: [] }, { phase: 'establishing-response', since: '2026-03-02', reasons: [] }],
    flares: [{ id: 'f', start: '2026-03-07', end: null, recorded: true, classification: 'open', reasons: [] }],
    reliefWindows: [{ sessionId: 's1', date: '2026-03-05', reliefDays: 2, heldToNextSession: false, ongoing: false, source: 'reported' }],
    passiveShare: [{ sessionId: 's1', date: '2026-03-05', passiveMinutes: 20, activeMinutes: 10, share: 0.67 }],
  } as unknown as Assessment;

  it('lays out phases, flares, relief, minutes, pain and goals on one day axis', () => {
    const data = timelineData(file, assessment);
    expect(data.from).toBe(dayNumber('2026-03-01'));
    expect(data.bands.map((b) => [b.phase, b.to - b.from])).toEqual([['screening', 1], ['establishing-response', 18]]);
    expect(data.flares[0]?.to).toBe(data.to); // an open flare runs to the as-of day
    expect(data.relief).toEqual([{ day: dayNumber('2026-03-05'), days: 2, held: false }]);
    expect(data.minutes[0]).toMatchObject({ passive: 20, active: 10 });
    expect(data.pain).toEqual([{ day: dayNumber('2026-03-06'), value: 5 }]);
    expect(data.goals[0]?.points.map((p) => p.value)).toEqual([3, 5]);
    // A capacity goal is drawn as a share of its target, 10 = target.
    expect(data.goals[1]?.points.map((p) => p.value)).toEqual([(4 / 12) * 10, (6 / 12) * 10]);
    expect(describeTimeline(data)).toContain('latest relief window 2 days');
  });

  it('ends the axis today with the year shown, reads out every value of a day, and lists each phase once', () => {
    const backAndForth = {
      ...assessment,
      phaseHistory: [
        { phase: 'blended', since: '2026-03-01', reasons: [] }, { phase: 'active-dominant', since: '2026-03-05', reasons: [] },
        { phase: 'blended', since: '2026-03-08', reasons: [] }, { phase: 'active-dominant', since: '2026-03-12', reasons: [] },
      ],
    } as unknown as Assessment;
    const data = timelineData(file, backAndForth);
    expect(data.to).toBe(dayNumber('2026-03-20'));
    expect(phasesShown(data)).toEqual(['blended', 'active-dominant']);
    const ticks = axisTicks(data, 4);
    expect(ticks[0]?.label).toBe('1 Mar 2026');
    expect(ticks.at(-1)).toEqual({ day: data.to, label: 'today' });
    expect(dataDays(data)).toEqual([dayNumber('2026-03-01'), dayNumber('2026-03-05'), dayNumber('2026-03-06')]);
    expect(readoutFor(data, dayNumber('2026-03-06'))).toEqual(['6 Mar 2026', 'Phase: active dominant', 'Pain: 5 of 10', 'lift: 6 kg', 'Note: “Carried the shopping.”']);
    expect(readoutFor(data, dayNumber('2026-03-05'))).toContain('Minutes: 20 passive, 10 active');
    // A new episode still shows a week, ending today.
    const fresh = timelineData({ ...file, episode: { startDate: '2026-03-18' } } as unknown as CaseFileResponse, assessment);
    expect([fresh.from, fresh.to]).toEqual([dayNumber('2026-03-13'), dayNumber('2026-03-20')]);
  });
});

describe('the clinic\'s day in the browser', () => {
  it('writes a wall-clock time typed in a form with the clinic\'s offset on that day', () => {
    // Los Angeles is on PST (UTC-8) until 2026-03-08 02:00, then on PDT (UTC-7).
    expect(withClinicOffset('2026-03-07T09:30', 'America/Los_Angeles')).toBe('2026-03-07T09:30:00-08:00');
    expect(withClinicOffset('2026-03-09T09:30', 'America/Los_Angeles')).toBe('2026-03-09T09:30:00-07:00');
    expect(withClinicOffset('2026-03-08T03:30', 'America/Los_Angeles')).toBe('2026-03-08T03:30:00-07:00');
    expect(withClinicOffset('2026-03-10T00:30', 'Pacific/Auckland')).toBe('2026-03-10T00:30:00+13:00');
    expect(withClinicOffset('2026-07-01T12:00', 'Asia/Kolkata')).toBe('2026-07-01T12:00:00+05:30');
    expect(withClinicOffset('2026-07-01T12:00', 'UTC')).toBe('2026-07-01T12:00:00+00:00');
  });

  it('gives today and now in the clinic\'s zone, not the browser\'s', () => {
    setClinicTimeZone('America/Los_Angeles');
    try {
      expect(clinicToday(new Date('2026-03-10T06:30:00Z'))).toBe('2026-03-09');
      expect(clinicNow(new Date('2026-03-10T06:30:00Z'))).toBe('2026-03-09T23:30');
      setClinicTimeZone('Pacific/Auckland');
      expect(clinicToday(new Date('2026-03-09T11:30:00Z'))).toBe('2026-03-10');
    } finally {
      setClinicTimeZone(null);
    }
  });
});
