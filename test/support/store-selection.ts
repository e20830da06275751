import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runUntilExit } from './built-service.js';

export interface RefusedStart {
  readonly code: number | null;
  readonly output: string;
  readonly elapsedMs: number;
}

/**
 * Starts the built service in production with a store whose URL points at a closed loopback port:
 * the start must give up on its own, and how long it took is what the caller asserts.
 */
export async function startAgainstClosedPort(
  dataPrefix: string,
  storeEnv: (closedPort: number) => Record<string, string>,
): Promise<RefusedStart> {
  const closedPort = await freePort();
  const started = Date.now();
  const { code, output } = await runUntilExit({
    NODE_ENV: 'production',
    JWT_SECRET: 'e2e-jwt-secret-that-is-at-least-32-characters',
    DEMO_DATA: 'false',
    DATA_DIR: freshDataDir(dataPrefix),
    ...storeEnv(closedPort),
  });
  return { code, output, elapsedMs: Date.now() - started };
}

/** Starts the built service with only the store selection set, as a configuration that forgot the URL. */
export function startWithStoreOnly(dataPrefix: string, storeEnv: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return runUntilExit({ ...storeEnv, DATA_DIR: freshDataDir(dataPrefix) });
}

function freshDataDir(prefix: string): string {
  return join(mkdtempSync(join(tmpdir(), prefix)), 'data');
}
