import jwt from 'jsonwebtoken';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * The built service as its own process, as production runs it (NODE_ENV=production, warnings only, no
 * rate limit: a benchmark is a bulk client), and what the benchmark needs to talk to it.
 */
const SECRET = 'benchmark-secret-that-is-at-least-32-characters';
export const AUDIT_KEY = 'benchmark-audit-key-at-least-32-bytes-long!';
export const MAIN = 'dist/src/main.js';
/** The Node flags `npm run start:prod` (and the Dockerfile) start the service with: its heap limit. */
const PRODUCTION_FLAGS = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['start:prod']
  .split(' ')
  .filter((word) => word.startsWith('--'));

export interface RunningService {
  readonly base: string;
  readonly child: ChildProcess;
  /** Peak resident memory of the service process so far (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

export async function startService(dataDir: string, env: Record<string, string> = {}): Promise<RunningService> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: npm run bench builds it first`);
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [...PRODUCTION_FLAGS, MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      ANCHOR_DIR: `${dataDir}-anchors`,
      JWT_SECRET: SECRET,
      AUDIT_KEY,
      DEMO_DATA: 'false',
      RATE_LIMIT_PER_MINUTE: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}: ${output}`);
    if (
      await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  let stopping = false;
  // A service that dies under load says why: its last output, instead of a bare connection reset in the bench.
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`service exited (${code ?? signal}) during the benchmark:\n${output.slice(-3000)}`);
  });
  return {
    base,
    child,
    peakRssMb: () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export const token = (role: string, org?: string) =>
  `Bearer ${jwt.sign({ sub: 'bench', role, ...(org ? { org } : {}) }, SECRET, { algorithm: 'HS256', expiresIn: '2h' })}`;

/** A JSON request that must answer `status`; the benchmark stops loudly on anything else. */
export async function call<T = Readonly<Record<string, string>>>(
  base: string,
  method: string,
  path: string,
  auth: string,
  body?: unknown,
  status = 201,
): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== status) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** The n-th valid enterprise number (modulo-97 check digits) of a series that starts at `from`. */
export function enterpriseNumber(n: number, from = 2_000_000): string {
  const digits = String(from + n).padStart(8, '0');
  const check = String(97 - (Number(digits) % 97)).padStart(2, '0');
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}${check}`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Until every read model has applied the log (GET /health says lag 0). */
export async function readModelsCaughtUp(service: RunningService): Promise<void> {
  for (let resets = 0; ;) {
    try {
      const health = (await (await fetch(`${service.base}/health`)).json()) as { projections: { lag: number | null } };
      if (health.projections.lag === 0) return;
    } catch (error) {
      // A pooled keep-alive connection the server closed after a long import (its idle timeout) reads as a
      // reset: ask again on a new one; a service that is gone fails every time.
      if ((resets += 1) > 20) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
