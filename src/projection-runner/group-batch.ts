import type { EventStore, StoredEvent } from '../shared/event-store/event-store.port.js';
import { LeaseLost } from '../shared/read-store/lease.js';
import type { ReadStore } from '../shared/read-store/read-store.port.js';
import { foldBatch } from './apply-batch.js';
import type { LogGroup } from './log-group.js';
import type { Running } from './running-projection.js';

/**
 * One batch of the log, folded into every member's collection (and running totals) and committed in
 * one transaction. A member that holds no lease, or has applied the batch already, is left out; one
 * whose lease another instance took is dropped from the commit, which goes on for the others.
 * Answers the members whose share was committed.
 */
export async function commitGroupBatch(
  store: EventStore,
  readStore: ReadStore,
  group: LogGroup<Running>,
  members: readonly Running[],
  events: readonly StoredEvent[],
): Promise<readonly Running[]> {
  const last = events[events.length - 1].position;
  const fenced = members.flatMap((entry) => {
    const fence = entry.group === group ? entry.lease.fence() : null;
    const behind = entry.position === null || store.comparePositions(last, entry.position) > 0;
    return fence !== null && behind ? [{ entry, fence }] : [];
  });
  let commits = (
    await Promise.all(
      fenced.map(({ entry, fence }) => foldBatch(readStore, entry.collection, entry.projection, after(store, entry, events), last, fence)),
    )
  ).flat();
  let applied = fenced.map(({ entry }) => entry);
  while (commits.length > 0) {
    try {
      await readStore.commitAll(commits);
      break;
    } catch (error) {
      const lost = error instanceof LeaseLost ? applied.find((entry) => entry.collection === error.fence.name) : undefined;
      if (!lost || !(error instanceof LeaseLost)) throw error;
      // Another instance took this projection over: the others' commit goes on without it.
      lost.error = error.message;
      lost.lease.surrender();
      // Its running totals go with it: they commit under the same fence.
      commits = commits.filter((commit) => commit.fence?.name !== lost.collection);
      applied = applied.filter((entry) => entry !== lost);
    }
  }
  return applied;
}

/** The batch's events this member has not applied yet (it may have joined the group mid-way). */
function after(store: EventStore, entry: Running, events: readonly StoredEvent[]): readonly StoredEvent[] {
  const from = entry.position;
  if (from === null || store.comparePositions(events[0].position, from) > 0) return events;
  return events.filter((event) => store.comparePositions(event.position, from) > 0);
}
