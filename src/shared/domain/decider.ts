/**
 * An aggregate is a decider: decide(command, state) -> events, evolve(state, event) -> state.
 * Pure: no clock, no ids, no I/O. Time and ids arrive in the command.
 */
export interface DomainEvent<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
}

export interface Decider<C, S, E extends DomainEvent> {
  readonly decide: (command: C, state: S) => readonly E[];
  readonly evolve: (state: S, event: E) => S;
  readonly initialState: S;
}

/** A decider with the schema version each of its event types is written with today. */
export interface Aggregate<C, S, E extends DomainEvent> {
  readonly decider: Decider<C, S, E>;
  readonly schemaVersions: Readonly<Record<E['type'], number>>;
}

export function fold<S, E>(evolve: (state: S, event: E) => S, initial: S, events: readonly E[]): S {
  return events.reduce(evolve, initial);
}
