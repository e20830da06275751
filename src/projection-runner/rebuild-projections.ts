import type { Projection } from '../../projections/projection.js';
import type { EventStore } from '../shared/event-store/event-store.port.js';
import { collectionOf, type ReadStore } from '../shared/read-store/read-store.port.js';
import { ProjectionRunner } from './projection-runner.js';

/**
 * Drops the read models of the named projections (all when none are named) and replays the whole log
 * into them. For a stopped service: a running one keeps its runner's position in memory and would
 * write into the collection being rebuilt. The log is verified first: read models rebuilt from a
 * tampered log would make the tampering look like the truth, so a broken log needs `force`.
 */
export async function rebuildProjections(
  store: EventStore,
  readStore: ReadStore,
  all: readonly Projection[],
  names: readonly string[],
  progress: (message: string) => void = () => undefined,
  { force = false }: { force?: boolean } = {},
): Promise<readonly string[]> {
  const unknown = names.filter((name) => !all.some((p) => p.name === name));
  if (unknown.length > 0) throw new Error(`unknown projection(s) ${unknown.join(', ')}; known: ${all.map((p) => p.name).join(', ')}`);
  const integrity = await store.verifyIntegrity();
  if (integrity.status === 'broken' && !force)
    throw new Error(
      `refusing to rebuild from a broken event log: ${integrity.summary}. Restore the log, acknowledge the break, or pass --force`,
    );
  if (integrity.status !== 'intact') progress(`rebuilding from a log that is not intact: ${integrity.summary}`);
  const selected = names.length === 0 ? all : all.filter((p) => names.includes(p.name));
  for (const projection of selected) {
    const active = await readStore.activeVersion(projection.name);
    if (active !== null) await readStore.drop(collectionOf(projection.name, active));
    await readStore.drop(collectionOf(projection.name, projection.version));
    await readStore.setActiveVersion(projection.name, projection.version);
  }
  const head = await store.headPosition();
  const runner = new ProjectionRunner(store, readStore, selected);
  await runner.start();
  try {
    while (head !== null && !(await runner.waitFor(head, 5_000))) progress(`at position ${String(runner.position())} of ${String(head)}`);
  } finally {
    await runner.stop();
  }
  return selected.map((p) => p.name);
}
