import { setTimeout as sleep } from 'node:timers/promises';

/** After the grace period, how long answers get to show their extractive replacement. */
const SETTLE_MS = 3_000;

/** What {@link InFlight.drain} found. */
export interface DrainResult {
  /** Work that finished within the grace period. */
  finished: number;
  /** Work told to give up (answers then show the extractive answer). */
  abandoned: number;
  /** Work still running after that, whose reply got a notice instead. */
  noticed: number;
}

interface Task {
  done: Promise<unknown>;
  /** Replaces the task's unfinished reply with a notice. */
  notice?: () => Promise<unknown>;
}

/**
 * The work a bot process is doing (answers, summaries), so that a shutdown can stop taking new
 * work, let what runs finish, and leave no reply unfinished: after the grace period, {@link signal}
 * is aborted and answers switch to the extractive answer; work that still has not finished then
 * gets its reply replaced by a notice.
 */
export class InFlight {
  private readonly tasks = new Set<Task>();
  private readonly abandon = new AbortController();
  private draining = false;

  /** False once a shutdown has begun: new work is refused. */
  get accepting(): boolean {
    return !this.draining;
  }

  /** Work running now. */
  get size(): number {
    return this.tasks.size;
  }

  /** Aborted when the grace period is over: an answer still waiting for the model stops waiting. */
  get signal(): AbortSignal {
    return this.abandon.signal;
  }

  /** Runs `work`, tracked until it settles; `notice` replaces its reply if it is still running at the very end. */
  run<T>(work: () => Promise<T>, notice?: () => Promise<unknown>): Promise<T> {
    const done = work();
    const task: Task = { done, notice };
    this.tasks.add(task);
    void done.then(
      () => this.tasks.delete(task),
      () => this.tasks.delete(task),
    );
    return done;
  }

  /**
   * Stops taking work and waits up to `graceMs` for what runs; then aborts {@link signal} and
   * waits a little more for answers to show their replacement; then replaces the replies of what
   * is left with a notice. Resolves when that is done; the work itself is not awaited further.
   */
  async drain(graceMs: number, settleMs = SETTLE_MS): Promise<DrainResult> {
    this.draining = true;
    const total = this.tasks.size;
    const settled = () => Promise.allSettled([...this.tasks].map((task) => task.done));
    await Promise.race([settled(), sleep(graceMs)]);
    const abandoned = this.tasks.size;
    if (abandoned === 0) return { finished: total, abandoned: 0, noticed: 0 };
    this.abandon.abort();
    await Promise.race([settled(), sleep(settleMs)]);
    const left = [...this.tasks];
    await Promise.race([Promise.allSettled(left.map((task) => task.notice?.())), sleep(settleMs)]);
    return { finished: total - abandoned, abandoned, noticed: left.filter((task) => task.notice).length };
  }
}

/** Resolves with `fallback()` as soon as `signal` is aborted, unless `work` settles first. */
export async function unlessAborted<T>(work: Promise<T>, signal: AbortSignal, fallback: () => Promise<T>): Promise<T> {
  const abandon = () => {
    work.catch(() => undefined); // the abandoned work's own failure no longer matters
    return fallback();
  };
  if (signal.aborted) return abandon();
  const ABORTED = Symbol('aborted');
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<typeof ABORTED>((resolve) => {
    onAbort = () => resolve(ABORTED);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const first = await Promise.race([work, aborted]);
    if (first !== ABORTED) return first as T;
  } finally {
    signal.removeEventListener('abort', onAbort!);
  }
  return abandon();
}
