import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ChainWalk, ChainWalkInput } from './chain-verifier.js';

export interface ChainWalkJob extends Omit<ChainWalkInput, 'rows'> {
  /** The log's SQLite file, opened read-only by the worker. */
  readonly file: string;
  /** The head to walk up to: what is appended meanwhile is left to the tail check. */
  readonly head: number;
  readonly progressEvery: number;
}

const WORKER = new URL('./chain-walk.worker.js', import.meta.url);
/**
 * The walk holds a page of 5 000 rows at a time; left to V8's defaults its heap grew to ~60 MB beside
 * the rebuild it runs with, and was the service's peak RSS (200 000 events: 290-302 MB, 266-268 MB
 * with these limits). Should it ever run out, SqliteTamperEvidence walks on the main thread instead.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

/** False when the service runs from its TypeScript sources (the specs): there is no compiled worker to start. */
export const canWalkInThread = () => existsSync(fileURLToPath(WORKER));

/** The chain walked in a worker thread; rejects when the worker fails or the signal aborts (it is then ended). */
export function walkInThread(job: ChainWalkJob, onProgress: (checked: number) => void, signal: AbortSignal): Promise<ChainWalk> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: job, resourceLimits: WORKER_LIMITS });
    const abort = () => void worker.terminate().then(() => reject(new Error('the chain walk was stopped: the store is closing')));
    signal.addEventListener('abort', abort, { once: true });
    const settle = (then: () => void) => {
      signal.removeEventListener('abort', abort);
      then();
    };
    worker.on('message', (message: { checked: number } | { walk: ChainWalk }) => {
      if ('walk' in message) settle(() => resolve(message.walk));
      else onProgress(message.checked);
    });
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`the chain walk's worker exited with ${code} before it answered`))));
  });
}
