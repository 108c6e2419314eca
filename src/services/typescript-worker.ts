// A worker thread that runs a TypeScript module. Node 20 does not pass tsx's `--import` hook on to
// worker threads, so the worker registers tsx itself before importing the module.
import { Worker } from 'node:worker_threads';

export function typescriptWorker(module: URL, workerData: unknown): Worker {
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
    .then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}
