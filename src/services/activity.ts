// How busy the server is: the requests under way. Background work (the summary refresher) runs in the
// gaps between requests, so that it never holds a request up for more than one small batch.
export interface Activity {
  /** A request has begun; call the function it returns when it has ended. */
  begin: () => () => void;
  /** No request under way. */
  idle: () => boolean;
  /** How many requests are under way. */
  inFlight: () => number;
  /** Resolves the next time no request is under way (at once when none is). */
  whenIdle: () => Promise<void>;
}

export function createActivity(): Activity {
  let inFlight = 0;
  let waiters: (() => void)[] = [];
  return {
    begin() {
      inFlight += 1;
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
    inFlight: () => inFlight,
    whenIdle: () => (inFlight === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
  };
}
