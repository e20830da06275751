/** What a step of the loop may use: a pause that `wake` or `stop` cuts short, and whether to go on. */
export interface LoopControl {
  readonly isStopped: () => boolean;
  readonly nap: (ms: number) => Promise<void>;
  readonly wake: () => void;
}

export interface RetryingLoop {
  /** Ends the current pause at once (an append was signalled, data arrived). */
  readonly wake: () => void;
  /** Ends the loop after its current step. */
  stop(): Promise<void>;
}

export interface Backoff {
  readonly firstPauseMs: number;
  readonly maxPauseMs: number;
}

/**
 * Runs `step` again and again until stopped. A failing step is told to `onError` and run again after
 * a pause that doubles with each failure in a row: a busy disk or a dropped server connection usually
 * passes, and a subscription that died would leave the read models silently behind.
 */
export function retryingLoop(
  step: (control: LoopControl) => Promise<void>,
  { firstPauseMs, maxPauseMs }: Backoff,
  onError?: (error: unknown) => void,
): RetryingLoop {
  let stopped = false;
  let wake: (() => void) | null = null;
  const control: LoopControl = {
    isStopped: () => stopped,
    wake: () => wake?.(),
    nap: (ms) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      }).finally(() => (wake = null)),
  };

  const loop = (async () => {
    let failures = 0;
    while (!stopped) {
      try {
        await step(control);
        failures = 0;
      } catch (error) {
        failures += 1;
        onError?.(error);
        await control.nap(Math.min(firstPauseMs * 2 ** failures, maxPauseMs));
      }
    }
  })();

  return {
    wake: control.wake,
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
