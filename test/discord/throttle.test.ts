import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from '../../src/discord/throttle.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A throttle whose runs are recorded with the (fake) time they started at. */
function recorded(intervalMs: number, runMs = 0) {
  const runs: { value: string; at: number }[] = [];
  const throttled = throttle(intervalMs, async (value: string) => {
    runs.push({ value, at: Date.now() });
    await new Promise((resolve) => setTimeout(resolve, runMs));
  });
  return { runs, throttled };
}

describe('throttle', () => {
  it('never runs when stopped within the first interval (an answer ready at once shows no preview)', async () => {
    const { runs, throttled } = recorded(1000);

    throttled.push('whole answer');
    await vi.advanceTimersByTimeAsync(10);
    await throttled.stop();
    await vi.advanceTimersByTimeAsync(5000);

    expect(runs).toEqual([]);
  });

  it('runs with the latest value at most once per interval while values keep coming', async () => {
    const start = Date.now();
    const { runs, throttled } = recorded(1000, 200);

    for (let i = 1; i <= 70; i++) {
      throttled.push(`v${i}`);
      await vi.advanceTimersByTimeAsync(50);
    }
    const stopped = throttled.stop();
    await vi.advanceTimersByTimeAsync(200);
    await stopped;

    expect(runs.map((r) => r.value)).toEqual(['v20', 'v40', 'v60']);
    expect(runs.map((r) => r.at - start)).toEqual([1000, 2000, 3000]);
  });

  it('waits for a run in progress when stopped, and drops what was still pending', async () => {
    const { runs, throttled } = recorded(1000, 500);
    throttled.push('first');
    await vi.advanceTimersByTimeAsync(1100);
    throttled.push('pending');

    let stopped = false;
    const stopping = throttled.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(stopped).toBe(false);
    await vi.advanceTimersByTimeAsync(400);
    await stopping;
    await vi.advanceTimersByTimeAsync(5000);

    expect(runs.map((r) => r.value)).toEqual(['first']);
  });
});
