import type { QueryConcept } from './query.js';

const K1 = 1.2;
const B = 0.75;
/** A derived word or cognate counts for this share of an occurrence of the word itself. */
export const RELATED_WEIGHT = 0.6;

/**
 * Okapi BM25 over index keys, scoring a question as a set of concepts: each concept counts once,
 * however many translations and inflections it has, so a word with many translations does not
 * outweigh a rare name (structured queries, as in cross-language retrieval).
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

  /**
   * BM25 scores of every document for the concepts. Each concept is one term whose frequency is
   * the sum over its keys and whose document frequency is that of any of its keys (Pirkola's
   * structured query): a rare inflection or translation does not get a rare word's weight.
   */
  scores(concepts: readonly QueryConcept[]): number[] {
    const weighted = concepts.map((concept) => ({
      keys: concept.keys,
      related: concept.related ?? [],
      weight: this.conceptIdf(concept) * (concept.weight ?? 1),
    }));
    return this.termFrequencies.map((tf, i) => {
      const norm = K1 * (1 - B + (B * this.lengths[i]!) / this.averageLength);
      let total = 0;
      for (const { keys, related, weight } of weighted) {
        const frequency = (list: readonly string[]) => list.reduce((sum, key) => sum + (tf.get(key) ?? 0), 0);
        const f = frequency(keys) + RELATED_WEIGHT * frequency(related);
        if (f > 0) total += (weight * f * (K1 + 1)) / (f + norm);
      }
      return total;
    });
  }

  /** Inverse document frequency of a concept (BM25+ style, never negative): how much finding it tells. */
  conceptIdf(concept: QueryConcept): number {
    const df = this.termFrequencies.filter((tf) => concept.keys.some((k) => tf.has(k))).length;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** The concepts that document `i` contains, by the word, a form or a related word; a name counts only with all of its words. */
  matchedConcepts(i: number, concepts: readonly QueryConcept[]): QueryConcept[] {
    const tf = this.termFrequencies[i]!;
    return concepts.filter((c) =>
      c.nameParts ? c.nameParts.every((part) => part.some((k) => tf.has(k))) : [...c.keys, ...(c.related ?? [])].some((k) => tf.has(k)),
    );
  }
}
