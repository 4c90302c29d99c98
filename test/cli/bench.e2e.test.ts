/** `npm run bench -- --corpus N` as a user runs it, on a small archive so it stays quick. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../helpers/core.js';
import { childEnv, ensureBuilt, runNode } from '../helpers/dist.js';

const BENCH = 'dist/src/cli/bench.js';
let embeddingsDir: string;

beforeAll(async () => {
  await ensureBuilt();
  embeddingsDir = makeTempDir('qa-e2e-bench-');
}, 120_000);
afterAll(() => removeDir(embeddingsDir));

describe('bench --corpus N', () => {
  it('generates an archive and prints every figure in one run, with the seed questions answered from the seed article', async () => {
    // ~11 s alone (it spawns cold `npm run ask` runs too): a loaded 2-core machine needs several times that.
    const result = await runNode(BENCH, ['--corpus', '36'], childEnv(embeddingsDir), '', 100_000);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/^Scale benchmark: 36 paragraphs in 3 articles/);
    expect(out).toMatch(/build \(embed \+ HNSW \+ postings \+ save\)\s+[\d.]+ s, \d+ ¶\/s/);
    expect(out).toMatch(/stages: embed [\d.]+ s, HNSW [\d.]+ s \(1 shard\), postings [\d.]+ s, save [\d.]+ s; CPU [\d.]+ s \(all threads\)/);
    expect(out).toMatch(/index on disk\s+\d+ MB/);
    expect(out).toMatch(/peak RSS \(build \+ warm answers\)\s+\d+ MB/);
    expect(out).toMatch(/warm answer p50 \/ p95 \(\d+ asks\)\s+[\d.]+ ms \/ [\d.]+ ms/);
    expect(out).toMatch(/cold `npm run ask` \(median\)\s+[\d.]+ ms/);
    expect(out).toMatch(/ANN recall@10 vs exact \(ef \d+\)\s+1\.000/);
    expect(out).toMatch(/within the 10th distance \+ 0\.001 \(ann-benchmarks\)\s+1\.000/);
    expect(out).toMatch(/at other ef: ef 800 1\.000 \(p95 [\d.]+ ms\), ef 1000 1\.000/);
    expect(out).toMatch(/vector search p50 \/ p95, hnswlib\s+[\d.]+ ms \/ [\d.]+ ms/);
    expect(out).toMatch(/vector search p50 \/ p95, MemoryVectorStore [\d.]+ ms \/ [\d.]+ ms\s+hnswlib \d+× faster at p95/);
    expect(out).toMatch(/seed article's dev questions: 20\/20 answered from it \(gold ¶ cited \d+\/20\), 4\/4 unanswerable refused/);
  }, 110_000);

  it('rejects a corpus size that is not a positive whole number, in one line', async () => {
    for (const value of ['abc', '0', '-5', '1.5']) {
      const result = await runNode(BENCH, ['--corpus', value], childEnv(embeddingsDir));
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('Error: Usage: npm run bench [-- --corpus N] (N: paragraphs, 1 to 10,000,000)\n');
    }
    const missing = await runNode(BENCH, ['--corpus'], childEnv(embeddingsDir));
    expect(missing.code).toBe(1);
  });
});
