/**
 * Passes on only the latest value, at most once per `intervalMs`, and never before `intervalMs`
 * has passed since creation (trailing edge). Used to show a streamed answer while it is written
 * without hitting Discord's edit rate limit; an answer that is ready within the first interval
 * (the extractive engine's) is shown once, final, with no preview edit at all.
 *
 * `run` must handle its own errors; runs never overlap.
 */
export function throttle<T>(intervalMs: number, run: (value: T) => Promise<void>) {
  let latest: { value: T } | undefined;
  let lastRun = Date.now();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const schedule = (): void => {
    if (timer || running || stopped || !latest) return;
    timer = setTimeout(fire, Math.max(0, lastRun + intervalMs - Date.now()));
  };
  const fire = (): void => {
    timer = undefined;
    const { value } = latest!;
    latest = undefined;
    lastRun = Date.now();
    running = run(value).finally(() => {
      running = undefined;
      schedule();
    });
  };

  return {
    /** Offers a new value; only the latest one pending is used. */
    push(value: T): void {
      latest = { value };
      schedule();
    },
    /** Drops any pending value and waits for a run in progress, so the caller's final update comes last. */
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
