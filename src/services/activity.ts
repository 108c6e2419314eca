// How busy the server is: the requests under way. Background work (the summary refresher) runs in the
// gaps between requests, so that it never holds a request up for more than one small batch.
export interface Activity {
  /** A request has begun; call the function it returns when it has ended. */
  begin: () => () => void;
  /** No request under way. */
  idle: () => boolean;
  /** The most requests that were under way at once over the last second or two. */
  recentPeak: () => number;
  /** Resolves the next time no request is under way (at once when none is). */
  whenIdle: () => Promise<void>;
}

/** The span of each of the two windows recentPeak() looks back over. */
const PEAK_WINDOW_MS = 1_000;

export function createActivity(): Activity {
  let inFlight = 0;
  let waiters: (() => void)[] = [];
  // The peak of the current window and of the one before it: a sliding look back of one to two windows.
  let windowStart = -Infinity;
  let peak = 0;
  let peakBefore = 0;
  const turnWindow = (): void => {
    const now = performance.now();
    if (now - windowStart < PEAK_WINDOW_MS) return;
    peakBefore = now - windowStart < 2 * PEAK_WINDOW_MS ? peak : 0;
    peak = inFlight;
    windowStart = now;
  };
  return {
    begin() {
      inFlight += 1;
      turnWindow();
      peak = Math.max(peak, inFlight);
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        inFlight -= 1;
        if (inFlight === 0) {
          const ready = waiters;
          waiters = [];
          for (const resolve of ready) resolve();
        }
      };
    },
    idle: () => inFlight === 0,
    recentPeak() {
      turnWindow();
      return Math.max(peak, peakBefore, inFlight);
    },
    whenIdle: () => (inFlight === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
  };
}
