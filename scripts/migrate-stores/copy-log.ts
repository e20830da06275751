import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { ANCHOR_STREAM, INTEGRITY_STREAM } from '../../src/shared/domain/log-events.js';
import type { EventStore, Position, StoredEvent } from '../../src/shared/event-store/event-store.port.js';

/**
 * The source store's own tamper evidence: its anchors and acknowledgements name positions of the
 * source log, which mean nothing in the target's. The target keeps a chain and anchors of its own.
 */
const EVIDENCE_STREAMS = new Set([ANCHOR_STREAM, INTEGRITY_STREAM]);
const PAGE = 500;

/** Where a migration stands, kept beside the target so that an interrupted copy resumes. */
export interface MigrationProgress {
  readonly startedAt: string;
  /** The last source position whose event is in the target (or was skipped). */
  readonly copiedUpTo: Position | null;
  readonly copied: number;
  readonly skipped: number;
}

export function readProgress(file: string): MigrationProgress | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as MigrationProgress) : null;
}

/** Written whole and renamed: a crash leaves the previous progress, never half of one. */
export function writeProgress(file: string, progress: MigrationProgress): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(progress, null, 2));
  renameSync(`${file}.tmp`, file);
}

/**
 * Copies the log in its order, one event at a time at its own revision, with its id, data, metadata
 * and schema version; `recordedAt(event)` is set as the target's clock before each append, so a
 * target that takes the time from its clock keeps the original one. Progress is written after each
 * page: an event appended after the last write is appended again on resume, and the store answers
 * that retry as done (same id), so nothing is copied twice.
 */
export async function copyLog(options: {
  readonly source: EventStore;
  readonly target: EventStore;
  readonly progress: MigrationProgress;
  readonly save: (progress: MigrationProgress) => void;
  readonly setClock: (recordedAt: string) => void;
  readonly stopAfter?: number;
  readonly report?: (message: string) => void;
}): Promise<MigrationProgress> {
  let progress = options.progress;
  for (;;) {
    const batch = await options.source.readAll({ after: progress.copiedUpTo, limit: PAGE });
    if (batch.events.length === 0) return progress;
    let { copied, skipped } = progress;
    for (const event of batch.events) {
      if (EVIDENCE_STREAMS.has(event.stream)) skipped += 1;
      else {
        await appendAsRecorded(options.target, event, options.setClock);
        copied += 1;
      }
      if (options.stopAfter !== undefined && copied >= options.stopAfter) {
        // Deliberately without saving the last page: the resume must re-append what this page copied.
        throw new Error(`stopped after ${copied} events (--stop-after, for testing a resume)`);
      }
    }
    progress = { ...progress, copiedUpTo: batch.last, copied, skipped };
    options.save(progress);
    options.report?.(`copied ${copied} events (${skipped} of the source's own evidence skipped)`);
  }
}

async function appendAsRecorded(target: EventStore, event: StoredEvent, setClock: (recordedAt: string) => void): Promise<void> {
  setClock(event.recordedAt);
  const { id, type, schemaVersion, data, metadata } = event;
  await target.append(event.stream, [{ id, type, schemaVersion, data, metadata }], {
    expectedRevision: event.revision === 0 ? 'no-stream' : event.revision - 1,
  });
}
