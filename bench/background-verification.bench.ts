/**
 * `npm run bench:verify [-- --events=200000 --seconds=5 --slice=1000]`: GET /health throughput while the log is
 * verified in the background at start, against the same server once the check has ended. The service
 * is started once beforehand so that its read models are at the head: the second start verifies only.
 */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../src/shared/event-store/sqlite-event-store.js';
import { AUDIT_KEY, type RunningService, startService } from './service.js';

const argument = (name: string, fallback: number) =>
  Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const EVENTS = argument('events', 200_000);
const SECONDS = argument('seconds', 5);
const SLICE = process.argv.find((arg) => arg.startsWith('--slice='))?.slice('--slice='.length);
const env: Record<string, string> = SLICE ? { INTEGRITY_SLICE_EVENTS: SLICE } : {};
const CONNECTIONS = 10;

interface Health {
  readonly integrity: string;
  readonly verification: { readonly checked: number | null; readonly of: number | null } | null;
  readonly projections: { readonly lag: number | null };
}

const health = async (base: string) => (await (await fetch(`${base}/health`)).json()) as Health;

async function writeLog(dataDir: string): Promise<void> {
  const store = new SqliteEventStore(join(dataDir, 'events.db'), undefined, { auditKey: AUDIT_KEY, anchorDir: `${dataDir}-anchors` });
  const metadata = { actor: 'bench', role: 'system', correlationId: 'history', causationId: 'history' };
  for (let from = 0; from < EVENTS; from += 1_000) {
    const events = Array.from({ length: Math.min(1_000, EVENTS - from) }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(from + i).padStart(12, '0')}`,
      type: 'HistoryNoted',
      schemaVersion: 1,
      data: { n: from + i, note: 'a history the verifier walks, as long as a real one' },
      metadata,
    }));
    await store.append(`history-${from}`, events, { expectedRevision: 'no-stream' });
  }
  await store.close();
}

async function until(base: string, done: (h: Health) => boolean): Promise<void> {
  while (!done(await health(base))) await new Promise((resolve) => setTimeout(resolve, 200));
}

async function healthLoad(base: string) {
  const { requests, latency } = await autocannon({ url: `${base}/health`, connections: CONNECTIONS, duration: SECONDS });
  return { perSecond: requests.average, p50: latency.p50, p99: latency.p99 };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'daeb-bench-verify-'));
  let service: RunningService | null = null;
  try {
    await writeLog(dataDir);
    service = await startService(dataDir);
    const first = service.base;
    await until(first, (h) => h.integrity !== 'verifying' && h.projections.lag === 0);
    await service.stop();

    const began = Date.now();
    service = await startService(dataDir, env);
    const listening = Date.now() - began;
    const before = await health(service.base);
    const during = await healthLoad(service.base);
    const after = await health(service.base);
    await until(service.base, (h) => h.integrity !== 'verifying');
    const verified = Date.now() - began;
    const quiet = await healthLoad(service.base);
    console.log(
      JSON.stringify(
        {
          at: new Date().toISOString(),
          events: EVENTS,
          sliceEvents: SLICE ?? 'default',
          listeningAfterMs: listening,
          verifiedAfterMs: verified,
          verificationDuringLoad: {
            before: before.verification,
            after: after.verification,
            stillVerifying: after.integrity === 'verifying',
          },
          connections: CONNECTIONS,
          healthWhileVerifying: during,
          healthAfter: quiet,
          ratio: Number((during.perSecond / quiet.perSecond).toFixed(2)),
        },
        null,
        2,
      ),
    );
  } finally {
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}-anchors`, { recursive: true, force: true });
  }
}

await main();
