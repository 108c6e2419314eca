// Group commit: writes that arrive while an earlier one is on its way to the database wait for it
// and then go together, in one statement. Under load each statement carries many writes (the
// statement's fixed cost, its round trip and the database's per-statement work, is shared). A write
// that finds nothing under way waits one turn of the event loop (setImmediate, not a timer), so that
// the requests already read in that turn go with it: PGlite runs a statement on this very thread
// without the event loop turning, so without that turn no write ever found another under way and
// every check-in went alone (wrk's ten connections as in bench:api, on PGlite, without the summary
// refresher: one call per check-in and about 630 check-ins/s; with the turn about eight check-ins a
// call and 1,500/s). On PostgreSQL the turn made no difference beyond the noise.
// Each key (a clinic) has its own queue, so one clinic's group is one clinic's statement (what a
// Citus router call needs).
//
// Measured (bench/api, PostgreSQL): writing ten check-ins in one call cost the database about 190 us
// each against 450 us alone, and the server's thread 30 us against 140 us.

/** Write a group in one statement: one answer per item, in order; throwing fails every item of it. */
export type WriteGroup<I, O> = (key: string, items: I[]) => Promise<O[]>;

interface Waiting<I, O> { item: I; resolve: (answer: O) => void; reject: (error: unknown) => void }

export function groupedWrites<I, O>(write: WriteGroup<I, O>, maxGroup = 100): (key: string, item: I) => Promise<O> {
  /** Each key's writes not yet sent: a key is here from its first write's turn until its last statement has answered. */
  const queues = new Map<string, Waiting<I, O>[]>();

  /** A group that failed as a whole: each item alone, so only a faulty one fails (with its own error). */
  async function oneByOne(key: string, group: Waiting<I, O>[]): Promise<void> {
    for (const w of group) {
      try {
        const [answer] = await write(key, [w.item]);
        w.resolve(answer as O);
      } catch (error) {
        w.reject(error);
      }
    }
  }

  async function drain(key: string, waiting: Waiting<I, O>[]): Promise<void> {
    while (waiting.length > 0) {
      const group = waiting.splice(0, maxGroup);
      try {
        const answers = await write(key, group.map((w) => w.item));
        if (answers.length !== group.length) throw new Error(`a group of ${group.length} writes got ${answers.length} answers`);
        group.forEach((w, i) => w.resolve(answers[i] as O));
      } catch (error) {
        if (group.length === 1) group[0]?.reject(error);
        else await oneByOne(key, group);
      }
    }
    queues.delete(key);
  }

  return (key, item) => new Promise<O>((resolve, reject) => {
    const waiting = queues.get(key);
    if (waiting) {
      waiting.push({ item, resolve, reject });
      return;
    }
    const first = [{ item, resolve, reject }];
    queues.set(key, first);
    // One turn, for the writes whose requests were read in this one (above).
    setImmediate(() => void drain(key, first));
  });
}
