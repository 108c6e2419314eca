import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActivity } from './activity.ts';

describe('activity', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('remembers the most requests under way at once for a second or two, then forgets them', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const activity = createActivity();
    expect(activity.recentPeak()).toBe(0);
    const ends = [activity.begin(), activity.begin(), activity.begin()];
    expect(activity.recentPeak()).toBe(3);
    for (const end of ends) end();
    expect([activity.idle(), activity.recentPeak()]).toEqual([true, 3]);
    vi.advanceTimersByTime(1_500);
    expect(activity.recentPeak()).toBe(3);
    const one = activity.begin();
    vi.advanceTimersByTime(1_000);
    // The window of the three has gone; the one request is still under way.
    expect(activity.recentPeak()).toBe(1);
    one();
    vi.advanceTimersByTime(2_000);
    expect(activity.recentPeak()).toBe(0);
  });
});
