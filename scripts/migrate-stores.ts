import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type AppConfig, defaultAnchorDir, loadConfig } from '../src/config/config.js';
import type { EventStore } from '../src/shared/event-store/event-store.port.js';
import { EventStoreDbEventStore } from '../src/shared/event-store/eventstoredb/eventstoredb-event-store.js';
import { SqliteEventStore } from '../src/shared/event-store/sqlite-event-store.js';
import { copyLog, readProgress, writeProgress } from './migrate-stores/copy-log.js';
import { differences, indicatorsOf } from './migrate-stores/compare-indicators.js';
import { copyVault, vaultHoldsAnyone } from './migrate-stores/copy-vault.js';
import { copyVaultIntoMongo, mongoTargetHoldsAnything } from './migrate-stores/mongo-target.js';

const USAGE = `npm run migrate:stores -- --from sqlite --to sqlite|eventstoredb[,mongodb] --target-dir DIR [--years 2015-2027]
  Copies the log of DATA_DIR (in order, ids, times, metadata kept; resumable), the personal data and keys,
  rebuilds the read models in --target-dir and compares every indicator of every year with the source.`;

/** `npm run migrate:stores -- --from sqlite --to ...`: see USAGE and the README, "Production". */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      'target-dir': { type: 'string' },
      years: { type: 'string' },
      'stop-after': { type: 'string' },
    },
  });
  if (values.from !== 'sqlite') throw new Error(`--from must be sqlite (the embedded stores of DATA_DIR)\n${USAGE}`);
  const targets = new Set((values.to ?? '').split(',').filter(Boolean));
  const eventTarget = targets.has('eventstoredb') ? 'eventstoredb' : targets.has('sqlite') ? 'sqlite' : null;
  if (eventTarget === null) throw new Error(`--to must name sqlite or eventstoredb\n${USAGE}`);
  if (!values['target-dir']) throw new Error(`--target-dir is required: the target's DATA_DIR (read models, vault)\n${USAGE}`);

  const source = loadConfig();
  const targetDir = resolve(values['target-dir']);
  if (targetDir === source.dataDir) throw new Error('--target-dir must not be DATA_DIR');
  mkdirSync(targetDir, { recursive: true });
  const target: AppConfig = {
    ...source,
    dataDir: targetDir,
    anchorDir: defaultAnchorDir(targetDir),
    stores: {
      eventStore:
        eventTarget === 'eventstoredb' ? { kind: 'eventstoredb', url: requiredUrl('EVENTSTORE_URL', 'eventstoredb') } : { kind: 'sqlite' },
      readStore: targets.has('mongodb') ? { kind: 'mongodb', url: requiredUrl('MONGODB_URL', 'mongodb') } : { kind: 'sqlite' },
    },
  };
  const years = yearRange(values.years);
  const stopAfter = values['stop-after'] === undefined ? undefined : Number(values['stop-after']);

  const progressFile = join(targetDir, 'migration-progress.json');
  let recordedAt = new Date();
  const sourceStore = new SqliteEventStore(join(source.dataDir, 'events.db'), undefined, { auditKey: source.auditKey });
  const targetStore: EventStore =
    target.stores?.eventStore.kind === 'eventstoredb'
      ? EventStoreDbEventStore.fromConnectionString(target.stores.eventStore.url, {
          auditKey: target.auditKey,
          anchorDir: target.anchorDir,
        })
      : new SqliteEventStore(
          join(targetDir, 'events.db'),
          { now: () => recordedAt },
          { auditKey: target.auditKey, anchorDir: target.anchorDir },
        );
  try {
    let progress = readProgress(progressFile);
    if (progress === null) {
      const readTarget = target.stores?.readStore;
      const mongoHolds = readTarget?.kind === 'mongodb' && (await mongoTargetHoldsAnything(readTarget.url));
      if ((await targetStore.headPosition()) !== null || vaultHoldsAnyone(targetDir) || mongoHolds) {
        throw new Error(`the target is not empty (${eventTarget} log or ${targetDir}): migrate into empty stores only`);
      }
      progress = { startedAt: new Date().toISOString(), copiedUpTo: null, copied: 0, skipped: 0 };
      writeProgress(progressFile, progress);
    } else console.log(`resuming the migration started ${progress.startedAt} after ${progress.copied} events`);
    progress = await copyLog({
      source: sourceStore,
      target: targetStore,
      progress,
      save: (p) => writeProgress(progressFile, p),
      setClock: (at) => (recordedAt = new Date(at)),
      stopAfter,
      report: (message) => console.log(message),
    });
    console.log(`log copied: ${progress.copied} events, ${progress.skipped} of the source's own evidence skipped`);
  } finally {
    await sourceStore.close();
    await targetStore.close();
  }
  const readTarget = target.stores?.readStore;
  if (readTarget?.kind === 'mongodb') {
    const { copied, erased } = await copyVaultIntoMongo(source, readTarget.url);
    console.log(`personal data: ${copied} people sealed again in MongoDB, ${erased} erased ones left behind`);
  } else console.log(`personal data: ${await copyVault(source.dataDir, targetDir)} vault files copied`);

  const [before, after] = [await indicatorsOf(source, years), await indicatorsOf(target, years)];
  const differing = differences(before, after);
  if (differing.length > 0) {
    console.error(JSON.stringify(differing, null, 2));
    throw new Error(`the target's indicators differ from the source's for ${differing.map((d) => d.year).join(', ')}`);
  }
  console.log(`every indicator of ${years[0]}-${years[years.length - 1]} equals the source's: migration complete`);
}

function requiredUrl(variable: 'EVENTSTORE_URL' | 'MONGODB_URL', target: string): string {
  const url = process.env[variable];
  if (!url) throw new Error(`--to ${target} needs ${variable}`);
  return url;
}

function yearRange(text = `2015-${new Date().getUTCFullYear() + 1}`): number[] {
  const match = /^(\d{4})-(\d{4})$/.exec(text);
  if (!match || Number(match[1]) > Number(match[2])) throw new Error('--years must be FIRST-LAST, e.g. 2015-2027');
  return Array.from({ length: Number(match[2]) - Number(match[1]) + 1 }, (_, i) => Number(match[1]) + i);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
