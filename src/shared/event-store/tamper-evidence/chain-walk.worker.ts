import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { pagedChainRows } from './chain-rows.js';
import type { ChainWalkJob } from './chain-walk-thread.js';
import { walkChainInSlices } from './chain-verifier.js';

// The walk on a read-only connection of its own: the service's event loop pays nothing for it.
const { file, head, progressEvery, ...input } = workerData as ChainWalkJob;
const db = new Database(file, { readonly: true, fileMustExist: true });
try {
  const walk = await walkChainInSlices(
    { ...input, rows: pagedChainRows(db, head, 5_000) },
    { sliceEvents: progressEvery, onProgress: (checked) => parentPort?.postMessage({ checked }) },
  );
  parentPort?.postMessage({ walk });
} finally {
  db.close();
}
