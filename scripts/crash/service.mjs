// The built service as a child process that can be killed at any moment and started again on its data.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import jwt from 'jsonwebtoken';

export const MAIN = 'dist/src/main.js';
export const SECRET = 'crash-test-secret-that-is-at-least-32-characters';
export const AUDIT_KEY = 'crash-test-audit-key-that-is-at-least-32-bytes';

/** HS256 with iat and an expiry within the service's 12-hour maximum lifetime. */
export function bearer(role, options = {}) {
  const claims = { sub: options.sub ?? `crash-${role}`, role, ...(options.org ? { org: options.org } : {}) };
  return `Bearer ${jwt.sign(claims, SECRET, { algorithm: 'HS256', expiresIn: '2h' })}`;
}

export const serviceEnv = (dataDir) => ({
  NODE_ENV: 'production',
  DATA_DIR: dataDir,
  JWT_SECRET: SECRET,
  AUDIT_KEY,
  DEMO_DATA: 'false',
  RATE_LIMIT_PER_MINUTE: '0',
  LOG_LEVEL: 'warn',
});

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts `node dist/src/main.js` and waits until /health answers (503 counts: the log is then reported broken). */
export async function startService(dataDir) {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first`);
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...serviceEnv(dataDir) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}: ${output}`);
    const health = await fetch(`${base}/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (health === 200 || health === 503) return { child, base, health, exited, output: () => output };
    await sleep(50);
  }
  child.kill('SIGKILL');
  throw new Error(`service did not answer /health within 30 s: ${output}`);
}

export async function kill(service, signal = 'SIGKILL') {
  if (service.child.exitCode === null) service.child.kill(signal);
  await service.exited;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
