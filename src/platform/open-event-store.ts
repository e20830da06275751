import { join } from 'node:path';
import type { AppConfig } from '../config/config.js';
import type { EventStore } from '../shared/event-store/event-store.port.js';
import { esdbLogEvidence } from '../shared/event-store/eventstoredb/esdb-log-evidence.js';
import { EventStoreDbEventStore } from '../shared/event-store/eventstoredb/eventstoredb-event-store.js';
import { SqliteEventStore } from '../shared/event-store/sqlite-event-store.js';
import type { LogEvidence } from '../shared/event-store/tamper-evidence/log-evidence.js';
import type { Clock } from '../shared/time/clock.js';

/** The server must answer well inside 10 s of the start, the process's own boot included: a hung start looks like a slow one to an orchestrator. */
export const EVENT_STORE_START_DEADLINE_MS = 5_000;

export interface OpenedEventStore {
  /** The adapter as stored (upcasting is laid over it by the caller). */
  readonly store: EventStore;
  readonly evidence: LogEvidence;
  readonly kind: 'sqlite' | 'eventstoredb';
  /** Resolves once the store answers; rejects with a message naming the variable to fix. */
  ready(): Promise<void>;
}

/** The adapter EVENT_STORE selects. Building the module stays synchronous; whether the server answers is told by `ready`. */
export function openEventStore(config: AppConfig, clock: Clock): OpenedEventStore {
  const selected = config.stores?.eventStore ?? { kind: 'sqlite' };
  if (selected.kind === 'eventstoredb') {
    const store = EventStoreDbEventStore.fromConnectionString(selected.url, { auditKey: config.auditKey, anchorDir: config.anchorDir });
    // Asked at once, while Nest builds the application: the answer is awaited in `ready`.
    const answered = reachable(store, selected.url).then(
      () => null,
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    );
    const ready = async () => {
      const error = await answered;
      if (error !== null) throw error;
    };
    return { store, evidence: esdbLogEvidence(store), kind: 'eventstoredb', ready };
  }
  const store = new SqliteEventStore(join(config.dataDir, 'events.db'), clock, { auditKey: config.auditKey, anchorDir: config.anchorDir });
  return { store, evidence: store, kind: 'sqlite', ready: async () => undefined };
}

/**
 * Asked by main.ts before the application is even loaded (loading it takes seconds on a busy machine),
 * so that an unreachable server stops the start within 10 s.
 */
export async function assertEventStoreAnswers(config: AppConfig): Promise<void> {
  const selected = config.stores?.eventStore;
  if (selected?.kind !== 'eventstoredb') return;
  const store = EventStoreDbEventStore.fromConnectionString(selected.url);
  try {
    await reachable(store, selected.url);
  } finally {
    await store.close().catch(() => undefined);
  }
}

async function reachable(store: EventStoreDbEventStore, url: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${EVENT_STORE_START_DEADLINE_MS / 1000} s`)),
      EVENT_STORE_START_DEADLINE_MS,
    );
  });
  try {
    await Promise.race([store.ping(EVENT_STORE_START_DEADLINE_MS), deadline]);
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new StoreUnreachable(
      `EVENTSTORE_URL ${withoutCredentials(url)} does not answer (${cause}): is EventStoreDB running and reachable?`,
    );
  } finally {
    clearTimeout(timer);
  }
}

/** A store that does not answer at start: the operator's to fix, so the message is all they need. */
export class StoreUnreachable extends Error {
  constructor(message: string) {
    super(`Cannot start: ${message}`);
    this.name = 'StoreUnreachable';
  }
}

/** A connection string may carry a password: the log and the console never show it. */
export function withoutCredentials(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

export const OPENED_EVENT_STORE = Symbol('OPENED_EVENT_STORE');
