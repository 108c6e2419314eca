// Group commit (src/store/write-groups.ts): a write goes after one turn of the event loop, with those
// that arrived in that turn; writes that arrive while one is on its way go together next, in order,
// each getting its own answer; a group that fails is written one by one so only the faulty write
// fails; each key (clinic) is grouped apart.
import { describe, expect, it } from 'vitest';
import { groupedWrites } from '../../src/store/write-groups.ts';

/** A write function that records each call and finishes it when the test says so. */
function controlled(): {
  calls: { key: string; items: number[]; finish: (answers?: number[] | Error) => void }[];
  write: (key: string, items: number[]) => Promise<number[]>;
} {
  const calls: { key: string; items: number[]; finish: (answers?: number[] | Error) => void }[] = [];
  const write = (key: string, items: number[]): Promise<number[]> => new Promise((resolve, reject) => {
    calls.push({ key, items, finish: (answers) => (answers instanceof Error ? reject(answers) : resolve(answers ?? items.map((i) => i * 10))) });
  });
  return { calls, write };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('grouped writes', () => {
  it('sends a lone write after one turn, and the writes that arrive meanwhile together next', async () => {
    const { calls, write } = controlled();
    const grouped = groupedWrites(write);
    const first = grouped('clinic-a', 1);
    expect(calls).toHaveLength(0);
    await settle();
    expect(calls.map((c) => c.items)).toEqual([[1]]);
    const later = [grouped('clinic-a', 2), grouped('clinic-a', 3), grouped('clinic-a', 4)];
    expect(calls).toHaveLength(1);
    calls[0]?.finish();
    expect(await first).toBe(10);
    await settle();
    expect(calls.map((c) => c.items)).toEqual([[1], [2, 3, 4]]);
    calls[1]?.finish([20, 30, 40]);
    expect(await Promise.all(later)).toEqual([20, 30, 40]);
  });

  it('sends the writes that arrive in the same turn together, in one call', async () => {
    const { calls, write } = controlled();
    const grouped = groupedWrites(write);
    const both = [grouped('clinic-a', 1), grouped('clinic-a', 2)];
    await settle();
    expect(calls.map((c) => c.items)).toEqual([[1, 2]]);
    calls[0]?.finish();
    expect(await Promise.all(both)).toEqual([10, 20]);
  });

  it('groups each key apart', async () => {
    const { calls, write } = controlled();
    const grouped = groupedWrites(write);
    const a = grouped('clinic-a', 1);
    const b = grouped('clinic-b', 2);
    await settle();
    expect(calls.map((c) => [c.key, c.items])).toEqual([['clinic-a', [1]], ['clinic-b', [2]]]);
    for (const c of calls) c.finish();
    expect([await a, await b]).toEqual([10, 20]);
  });

  it('writes a failed group one by one, so only the faulty write fails', async () => {
    const { calls, write } = controlled();
    const grouped = groupedWrites(write);
    const first = grouped('clinic-a', 1);
    await settle();
    const group = [grouped('clinic-a', 2), grouped('clinic-a', 3), grouped('clinic-a', 4)].map((p) => p.then((v) => ({ v }), (e: Error) => ({ e: e.message })));
    calls[0]?.finish();
    await first;
    await settle();
    calls[1]?.finish(new Error('value 3 is bad'));
    for (const expected of [[2], [3], [4]]) {
      await settle();
      const call = calls.at(-1);
      expect(call?.items).toEqual(expected);
      call?.finish(expected[0] === 3 ? new Error('value 3 is bad') : undefined);
    }
    expect(await Promise.all(group)).toEqual([{ v: 20 }, { e: 'value 3 is bad' }, { v: 40 }]);
  });

  it('refuses answers that do not match the group, writing its items one by one', async () => {
    const { calls, write } = controlled();
    const grouped = groupedWrites(write);
    const first = grouped('clinic-a', 1);
    await settle();
    const pair = [grouped('clinic-a', 2), grouped('clinic-a', 3)];
    calls[0]?.finish();
    await first;
    await settle();
    calls[1]?.finish([20]);
    for (let i = 0; i < 2; i += 1) { await settle(); calls.at(-1)?.finish(); }
    expect(await Promise.all(pair)).toEqual([20, 30]);
    expect(calls.map((c) => c.items)).toEqual([[1], [2, 3], [2], [3]]);
  });

  it('caps a group at its size and sends the rest after it', async () => {
    const { calls, write } = controlled();
    const grouped = groupedWrites(write, 2);
    const all = [grouped('k', 1), grouped('k', 2), grouped('k', 3), grouped('k', 4), grouped('k', 5)];
    for (let i = 0; i < 3; i += 1) { await settle(); calls.at(-1)?.finish(); }
    expect(await Promise.all(all)).toEqual([10, 20, 30, 40, 50]);
    expect(calls.map((c) => c.items)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
