import { describe, expect, it } from 'vitest';
import { formatScaleReport, percentile, recallCounts, type ScaleReport } from '../../src/eval/scale-bench.js';
import { EF_CONSTRUCTION, EF_SEARCH, M } from '../../src/index/hnsw-store.js';

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

describe('formatScaleReport', () => {
  const report: ScaleReport = {
    paragraphs: 100_008,
    articles: 8334,
    buildMs: 20_000,
    buildRate: 5000.4,
    buildCpuMs: 30_000,
    stages: { embedMs: 5000, graphMs: 12_000, postingsMs: 9000, saveMs: 600 },
    shards: 2,
    dimensions: 64,
    indexBytes: 100 * 1024 * 1024,
    peakRssBytes: 600 * 1024 * 1024,
    warm: { p50: 12, p95: 18, count: 408 },
    vectorSearch: { p50: 1.5, p95: 2 },
    memoryVectorStore: { p50: 80, p95: 100 },
    coldAskMs: 800,
    recallAt10: 0.969,
    recallAt10Epsilon: 0.978,
    recallByEf: [{ ef: 800, recall: 0.997, p95: 4 }],
    seed: { answerable: 20, fromSeed: 18, goldCited: 17, unanswerable: 4, refused: 4 },
    archive: { asked: 50, sourceCited: 45 },
  };

  it("names the graph's settings as the index builds and searches with them, and the archive questions' cited ¶", () => {
    const text = formatScaleReport(report, [1, 1, 1]);
    expect(text).toContain(`graph: 64 dimensions, M ${M}, efConstruction ${EF_CONSTRUCTION}, searched with ef ${EF_SEARCH}`);
    expect(text).toContain(`ANN recall@10 vs exact (ef ${EF_SEARCH}, ${Math.ceil(EF_SEARCH * 0.75)} per shard)`);
    expect(text).toContain('hnswlib 50× faster at p95');
    expect(text).toContain("its ¶ cited in 45/50 answers");
    expect(text).toContain('5000 ¶/s');
  });
});
