/**
 * How long to wait before the next attempt after `attempts` failed ones: doubling from `baseMs`, capped
 * at an hour, so a mail server that is down for a while is not hammered and one that is back soon is
 * not waited for long.
 */
export function retryDelayMs(attempts: number, baseMs: number): number {
  const HOUR = 3_600_000;
  return Math.min(HOUR, baseMs * 2 ** Math.max(0, attempts - 1));
}

/** After this many attempts a notice stays "failed" for an operator: its feed entry is there regardless. */
export const MAX_ATTEMPTS = 12;
