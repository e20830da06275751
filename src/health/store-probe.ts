import { performance } from 'node:perf_hooks';

export interface StoreHealth {
  readonly kind: string;
  readonly state: 'up' | 'down';
  /** How long one small read took; null when it failed. */
  readonly latencyMs: number | null;
  readonly error: string | null;
}

/** Times one small read: a load balancer learns which store is slow or gone, not only that the service is. */
export async function probeStore(kind: string, read: () => Promise<unknown>): Promise<StoreHealth> {
  const started = performance.now();
  try {
    await read();
    return { kind, state: 'up', latencyMs: Math.round((performance.now() - started) * 10) / 10, error: null };
  } catch (error) {
    return { kind, state: 'down', latencyMs: null, error: error instanceof Error ? error.message : String(error) };
  }
}
