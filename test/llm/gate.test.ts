import { describe, expect, it } from 'vitest';
import { ModelGate } from '../../src/llm/gate.js';

/** A job that runs until released. */
function job(log: string[], name: string) {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { run: async () => (log.push(`start ${name}`), await done, name), release };
}

describe('ModelGate', () => {
  it('runs up to maxConcurrency jobs, queues up to maxQueue more and refuses the rest until a slot frees', async () => {
    const gate = new ModelGate(2, 1);
    const log: string[] = [];
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => job(log, name));

    const running = [gate.run(a!.run), gate.run(b!.run), gate.run(c!.run)];
    expect(gate.run(d!.run)).toBeUndefined();
    await Promise.resolve();
    expect([gate.active, gate.queued]).toEqual([2, 1]);
    expect(log).toEqual(['start a', 'start b']);

    a!.release();
    await running[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['start a', 'start b', 'start c']);
    const accepted = gate.run(d!.run);
    expect(accepted).toBeDefined();

    [b, c, d].forEach((j) => j!.release());
    expect(await Promise.all([...running, accepted])).toEqual(['a', 'b', 'c', 'd']);
    expect([gate.active, gate.queued]).toEqual([0, 0]);
  });
});
