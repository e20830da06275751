/**
 * A stream's state as last folded by this process, at a known revision. Only ever read together with
 * the events after `revision`, fetched from the store on every write: the store stays the truth, and a
 * write appended by another process (or a restored backup) is folded in or detected by its revision.
 */
export interface FoldedStream<S> {
  /** The aggregate the state was folded with: two aggregates over one stream never share an entry. */
  readonly aggregate: object;
  state: S;
  /** Revision of the last event folded; -1 before the first. */
  revision: number;
  /**
   * Where each event id first occurs, by a 32-bit hash of the id: a keyed retry looks its first event up
   * here and reads from that revision on. A collision only makes that read longer, never wrong.
   */
  readonly firstRevisionByIdHash: Map<number, number>;
}

/** FNV-1a over the id's last 16 characters, where a uuid's randomness is: a shared prefix only lengthens a read. */
export function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = Math.max(0, id.length - 16); i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export function rememberId(entry: FoldedStream<unknown>, id: string, revision: number): void {
  const hash = idHash(id);
  if (!entry.firstRevisionByIdHash.has(hash)) entry.firstRevisionByIdHash.set(hash, revision);
}

/**
 * The folded states of the streams written lately, least recently used first out. The bound counts
 * events folded, not streams: one module of 100 000 participants weighs as much as 100 000 small ones.
 */
export class FoldedStreams {
  /** Each entry with the weight it was last put with; the map's order is the order of use. */
  private readonly entries = new Map<string, { readonly folded: FoldedStream<unknown>; readonly weight: number }>();
  private weight = 0;

  constructor(private readonly maxEvents: number) {}

  get<S>(stream: string, aggregate: object): FoldedStream<S> | undefined {
    const held = this.entries.get(stream);
    if (!held || held.folded.aggregate !== aggregate) return undefined;
    this.entries.delete(stream);
    this.entries.set(stream, held);
    return held.folded as FoldedStream<S>;
  }

  /** Put again after every fold: the entry's weight follows its revision. */
  put(stream: string, folded: FoldedStream<unknown>): void {
    this.drop(stream);
    const weight = folded.revision + 1;
    this.entries.set(stream, { folded, weight });
    this.weight += weight;
    for (const key of this.entries.keys()) {
      if (this.weight <= this.maxEvents || key === stream) break;
      this.drop(key);
    }
  }

  drop(stream: string): void {
    const held = this.entries.get(stream);
    if (!held) return;
    this.entries.delete(stream);
    this.weight -= held.weight;
  }
}
