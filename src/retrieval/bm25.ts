import type { QueryConcept } from './query.js';

const K1 = 1.2;
const B = 0.75;

/**
 * Okapi BM25 over index keys, scoring a question as a set of concepts: each concept counts once,
 * through its best-matching key. Summing over all translations instead would let a word with
 * many translations outweigh a rare name (structured-query BM25, as in cross-language IR).
 */
export class Bm25 {
  private readonly termFrequencies: Map<string, number>[];
  private readonly documentFrequency = new Map<string, number>();
  private readonly lengths: number[];
  private readonly averageLength: number;

  constructor(documents: readonly (readonly string[])[]) {
    this.termFrequencies = documents.map((keys) => {
      const tf = new Map<string, number>();
      for (const key of keys) tf.set(key, (tf.get(key) ?? 0) + 1);
      for (const key of tf.keys()) this.documentFrequency.set(key, (this.documentFrequency.get(key) ?? 0) + 1);
      return tf;
    });
    this.lengths = documents.map((d) => d.length);
    this.averageLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(documents.length, 1) || 1;
  }

  get size(): number {
    return this.termFrequencies.length;
  }

  /** Every key in the collection. */
  vocabulary(): IterableIterator<string> {
    return this.documentFrequency.keys();
  }

  /** Is the key anywhere in the collection? */
  has(key: string): boolean {
    return this.documentFrequency.has(key);
  }

  /** Inverse document frequency (BM25+ style, never negative). */
  idf(key: string): number {
    const df = this.documentFrequency.get(key) ?? 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** BM25 score of document `i` for the concepts. */
  score(i: number, concepts: readonly QueryConcept[]): number {
    const tf = this.termFrequencies[i]!;
    const norm = K1 * (1 - B + (B * this.lengths[i]!) / this.averageLength);
    let total = 0;
    for (const concept of concepts) {
      let best = 0;
      for (const key of concept.keys) {
        const f = tf.get(key);
        if (f) best = Math.max(best, (this.idf(key) * f * (K1 + 1)) / (f + norm));
      }
      total += best;
    }
    return total;
  }

  /** Keys of the concepts that document `i` contains. */
  matchedConcepts(i: number, concepts: readonly QueryConcept[]): QueryConcept[] {
    const tf = this.termFrequencies[i]!;
    return concepts.filter((c) => c.keys.some((k) => tf.has(k)));
  }
}
