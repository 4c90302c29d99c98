import pLimit, { type LimitFunction } from 'p-limit';

/**
 * Caps the model work in flight: at most `maxConcurrency` jobs run at once (each job makes its
 * model calls one after another, so this also caps concurrent model calls), up to `maxQueue`
 * more wait their turn, and beyond that a job is refused at once so the caller can answer
 * without the model instead of piling up requests a busy server would time out anyway.
 */
export class ModelGate {
  private readonly limit: LimitFunction;

  constructor(
    private readonly maxConcurrency: number,
    private readonly maxQueue: number,
  ) {
    this.limit = pLimit(maxConcurrency);
  }

  /** Jobs running now. */
  get active(): number {
    return this.limit.activeCount;
  }

  /** Jobs waiting for a free slot. */
  get queued(): number {
    return this.limit.pendingCount;
  }

  /** Runs the job when a slot is free; `undefined` (job not started) when the queue is full. */
  run<T>(job: () => Promise<T>): Promise<T> | undefined {
    if (this.active + this.queued >= this.maxConcurrency + this.maxQueue) return undefined;
    return this.limit(job);
  }
}
