import type { EventStore, StoredEvent } from '../shared/event-store/event-store.port.js';
import { LogGroup } from './log-group.js';
import type { Running } from './running-projection.js';

/**
 * The runner's log groups: which projections read the log together. A projection joins the group at
 * its position (or starts one); a group that reaches another's position hands its members over, so
 * that one read of the log serves them all; a group with no members left stops.
 */
export class LogGroups {
  private readonly groups = new Set<LogGroup<Running>>();
  /** While the runner takes its leases, groups wait, so that projections at one checkpoint read the log together. */
  private holding = false;

  constructor(
    private readonly store: EventStore,
    private readonly batchSize: number,
    private readonly apply: (group: LogGroup<Running>, members: readonly Running[], events: readonly StoredEvent[]) => Promise<void>,
  ) {}

  /** Groups made during `attach` start together once it is done. */
  async holdWhile(attach: () => Promise<void>): Promise<void> {
    this.holding = true;
    try {
      await attach();
    } finally {
      this.holding = false;
      for (const group of this.groups) group.start();
    }
  }

  join(entry: Running): void {
    let group = [...this.groups].find((g) => g.accepts(entry.position));
    if (!group) {
      // A failed batch is delivered again by the group's subscription (its documents and checkpoints
      // commit together or not at all); events already applied are skipped, so a retry never applies twice.
      group = new LogGroup<Running>(
        this.store,
        this.batchSize,
        entry.position,
        (g, members, events) => this.apply(g, members, events),
        (g, error) => {
          for (const member of g.members) member.error = error instanceof Error ? error.message : String(error);
        },
        (g) => this.merge(g),
      );
      this.groups.add(group);
      if (!this.holding) group.start();
    }
    group.members.add(entry);
    entry.group = group;
  }

  async leave(entry: Running): Promise<void> {
    const group = entry.group;
    entry.group = null;
    if (!group) return;
    group.members.delete(entry);
    if (group.members.size > 0) return;
    this.groups.delete(group);
    await group.stop();
  }

  /** A group that has reached another's position hands its projections over: one read of the log then serves all. */
  private merge(group: LogGroup<Running>): void {
    const other = [...this.groups].find((g) => g !== group && g.accepts(group.position));
    if (!other) return;
    for (const member of group.members) {
      other.members.add(member);
      member.group = other;
    }
    group.members.clear();
    this.groups.delete(group);
    // Not awaited: this runs inside the group's own batch, which its stop waits for.
    void group.stop();
  }
}
