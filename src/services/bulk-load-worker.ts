// A worker thread of a bulk load (bulk-load-cohort.ts starts it): builds each batch it is sent and
// posts it back encoded, handing over the bytes of its COPY text rather than copying them.
import { parentPort, workerData } from 'node:worker_threads';
import { batchBuilder, type BatchPlace, type BulkLoadSetup } from './bulk-load-batch.ts';

const port = parentPort;
if (!port) throw new Error('bulk-load-worker.ts runs as a worker thread');
const build = batchBuilder(workerData as BulkLoadSetup);
port.on('message', (place: BatchPlace) => {
  const batch = build(place);
  port.postMessage({ place, batch }, batch.tables.map((table) => table.data.buffer as ArrayBuffer));
});
