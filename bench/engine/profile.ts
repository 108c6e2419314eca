// A CPU profile of the engine, taken in this process with the inspector, and summed two ways:
// by engine file, counting a sample for every file whose code is anywhere on its stack (so a rule
// is charged for the helpers it calls), and by function, counting only the function on top (self
// time). Enough to say which rule dominates without opening a .cpuprofile in a browser.
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const shortName = (url: string): string => url.replace(/^file:\/\//, '').replace(/^.*\/src\//, 'src/').replace(/^.*node_modules\//, 'node_modules/');

function top(totals: Map<string, number>, all: number, count: number): string[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, micros]) => `    ${(micros / 1000).toFixed(0).padStart(7)} ms  ${((100 * micros) / all).toFixed(1).padStart(5)}%  ${name}`);
}

/** Profiles `iterations` calls of `run` and prints where the time went. */
export async function profileAssess(run: () => void, iterations: number): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (let i = 0; i < iterations; i++) run();
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  // Only samples with domain code on the stack count: the rest is the profiler's own work and the
  // garbage collector running between calls.
  const byFile = new Map<string, number>();
  const bySelf = new Map<string, number>();
  let all = 0;
  let sampled = 0;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    sampled += micros;
    const node = byId.get(id);
    if (!node) return;
    const files = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)?.callFrame.url ?? '';
      if (url.includes('/src/domain/')) files.add(shortName(url));
    }
    if (files.size === 0) return;
    all += micros;
    for (const file of files) byFile.set(file, (byFile.get(file) ?? 0) + micros);
    const frame = node.callFrame;
    const self = `${frame.functionName || '(anonymous)'}  ${shortName(frame.url) || '(native)'}`;
    bySelf.set(self, (bySelf.get(self) ?? 0) + micros);
  });

  console.log(`  CPU profile of ${iterations} assessments: ${(all / 1000).toFixed(0)} ms in engine code of ${(sampled / 1000).toFixed(0)} ms sampled; shares are of engine time`);
  console.log('  by engine file, time with the file on the stack:');
  console.log(top(byFile, all, 12).join('\n'));
  console.log('  by function, self time:');
  console.log(top(bySelf, all, 12).join('\n'));
}
