/** Where an event sits in EventStoreDB's transaction log: the commit and prepare positions of its record. */
export interface LogPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

const TOKEN = /^(\d{1,20})-(\d{1,20})$/;
const MAX_POSITION = 2n ** 64n - 1n;

/** The opaque token the API hands out (`?consistentWith=`, `/health`): `"<commit>-<prepare>"` in decimal. */
export function positionToken(position: LogPosition): string {
  return `${position.commit}-${position.prepare}`;
}

/** Null for anything that is not a token this adapter wrote: a client may send back any text. */
export function parsePositionToken(token: string): LogPosition | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const [commit, prepare] = [BigInt(match[1]), BigInt(match[2])];
  return commit > MAX_POSITION || prepare > MAX_POSITION ? null : { commit, prepare };
}

/**
 * Orders two tokens by commit, then prepare, as bigints: the decimal strings are not zero-padded, so
 * comparing them as text would put "10-10" before "9-9".
 */
export function comparePositionTokens(a: string | number, b: string | number): number {
  const [left, right] = [logPositionOf(a), logPositionOf(b)];
  if (left.commit !== right.commit) return left.commit < right.commit ? -1 : 1;
  if (left.prepare !== right.prepare) return left.prepare < right.prepare ? -1 : 1;
  return 0;
}

function logPositionOf(token: string | number): LogPosition {
  const parsed = parsePositionToken(String(token));
  if (!parsed) throw new Error(`not an EventStoreDB position: ${String(token)}`);
  return parsed;
}
