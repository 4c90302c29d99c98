import { describe, expect, it } from 'vitest';
import { percentile, recallCounts } from '../../src/eval/scale-bench.js';

describe('recallCounts', () => {
  // Exact top 3 by cosine similarity; label 4 is as close as label 3, the third.
  const exact = [
    { label: 1, similarity: 0.9 },
    { label: 2, similarity: 0.5 },
    { label: 3, similarity: 0.4 },
  ];

  it('counts every exact neighbour found, in any order', () => {
    const found = [exact[2]!, exact[0]!, exact[1]!];
    expect(recallCounts(exact, found, 3)).toEqual({ overlap: 3, withinEpsilon: 3 });
  });

  it('does not count a neighbour tied with the k-th as a miss the ann-benchmarks way, but does by set overlap', () => {
    const found = [exact[0]!, exact[1]!, { label: 4, similarity: 0.4 }];
    expect(recallCounts(exact, found, 3)).toEqual({ overlap: 2, withinEpsilon: 3 });
  });

  it('tolerates a neighbour farther than the k-th by less than epsilon, and not one farther than that', () => {
    const nearlyTied = [exact[0]!, exact[1]!, { label: 5, similarity: 0.4 - 0.0005 }];
    expect(recallCounts(exact, nearlyTied, 3, 1e-3).withinEpsilon).toBe(3);
    const farther = [exact[0]!, exact[1]!, { label: 6, similarity: 0.39 }];
    expect(recallCounts(exact, farther, 3, 1e-3)).toEqual({ overlap: 2, withinEpsilon: 2 });
  });

  it('reads only the first k found, and counts nothing for an empty answer', () => {
    const found = [{ label: 7, similarity: 0.1 }, ...exact];
    expect(recallCounts(exact, found, 3)).toEqual({ overlap: 2, withinEpsilon: 2 });
    expect(recallCounts(exact, [], 3)).toEqual({ overlap: 0, withinEpsilon: 0 });
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const samples = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(10);
    expect(percentile(samples, 95)).toBe(19);
    expect(percentile([], 95)).toBe(0);
  });
});
