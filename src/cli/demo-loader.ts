// Loading the demo clinic from the command line: shared by `threshold demo` and `threshold start`.
import type { Config } from '../config.ts';
import { serviceDeps } from '../server.ts';
import { loadDemoClinic, type LoadedDemo } from '../services/index.ts';
import { demoClinic, DEMO_PASSWORD } from '../sim/demo-clinic.ts';
import type { Store } from '../store/index.ts';
import type { CliIo } from './command.ts';

export async function databaseIsEmpty(store: Store): Promise<boolean> {
  return store.transaction((tx) => tx.global.isEmpty());
}

/** Loads the demo clinic with a progress line on stderr. */
export async function loadDemo(store: Store, config: Config, io: CliIo, options: { patients: number; seed: number }): Promise<LoadedDemo> {
  const plan = demoClinic(io.today(), options.seed, options.patients);
  const loaded = await loadDemoClinic(serviceDeps(config, store), plan, new Date(), (done, total) => {
    io.stderr(`\rLoading the demo clinic: ${done}/${total} patients`);
    if (done === total) io.stderr('\n');
  });
  return loaded;
}

export function describeSignIns(loaded: LoadedDemo, address: string): string {
  const first = (role: LoadedDemo['signIns'][number]['role']): string[] => loaded.signIns.filter((s) => s.role === role).map((s) => `    ${s.email}  (${s.name})`);
  const patients = first('patient');
  return [
    `Threshold is at ${address}`,
    `Demo sign-ins (password for everyone: ${DEMO_PASSWORD}):`,
    '  clinicians:', ...first('clinician'),
    '  admin:', ...first('admin'),
    `  patients (${patients.length}; the first three):`, ...patients.slice(0, 3),
    '',
  ].join('\n');
}
