import { alignedChunks, alignedReader, grow } from '../util/typed-arrays.js';
import { TERM_SEPARATOR, type QueryConcept } from './query.js';

/**
 * How fast a word's repetitions saturate. Below the usual 1.2: a paragraph that names the
 * article's subject twice ("Butrinti… Butrintit") should not beat the one that answers with each
 * of the question's words once; measured on the development sets (hit@1 up on dev4 Albanian, no set down).
 */
const K1 = 1.0;
const B = 0.75;
/** Term frequencies are stored in 16 bits; a word repeated more often in one passage saturates. */
const MAX_TF = 0xffff;
/** A derived word or cognate counts for this share of an occurrence of the word itself. */
export const RELATED_WEIGHT = 0.6;
const FORMAT = 'bm25-postings-v1';
/** The character after {@link TERM_SEPARATOR}: a key's terms sort before the key followed by it. */
const AFTER_SEPARATOR = String.fromCharCode(TERM_SEPARATOR.charCodeAt(0) + 1);
/** Per-question look-ups (a key's terms, a concept's document count) are remembered up to this many, then forgotten. */
const MAX_REMEMBERED = 10_000;

interface Scratch {
  total: Float64Array;
  /** The documents a concept's postings reached, in first-seen order (the first `count` entries). */
  docs: Uint32Array;
  /** The documents any concept reached so far in one query, in first-seen order. */
  found: Uint32Array;
  /** Each document's {@link Bm25.lengthNorm}, computed once rather than per posting. */
  norms: Float64Array;
  frequency: Float64Array;
  /** Which query concept last wrote each document's `frequency` (a counter, never cleared). */
  stamp: Uint32Array;
  /** Which query concept last counted each document towards its document frequency. */
  counted: Uint32Array;
  round: number;
}

/** The arrays an index is made of, as persisted. */
export interface Bm25Parts {
  /** Every key, sorted (code-unit order), so lookups and prefix ranges are binary searches. */
  keys: string[];
  /** Postings of key `t` are `docs[offsets[t] .. offsets[t + 1])`, ascending document ids. */
  offsets: Uint32Array;
  docs: Uint32Array;
  tfs: Uint16Array;
  /** Number of keys of each document. */
  lengths: Uint32Array;
}

/** One term's BM25 score: its weight, its frequency in the document and the document's length norm. */
function termScore(weight: number, f: number, lengthNorm: number): number {
  return (weight * f * (K1 + 1)) / (f + lengthNorm);
}

/**
 * Okapi BM25 over index keys as an inverted index, scoring a question as a set of concepts: each
 * concept counts once, however many translations and inflections it has, so a word with many
 * translations does not outweigh a rare name (structured queries, as in cross-language retrieval).
 *
 * Scoring touches only the postings of the query's keys, so its cost follows how common the
 * question's words are, not the size of the archive. The postings are flat typed arrays, which
 * persist as one binary file and load without parsing ({@link serialize}, {@link deserialize}).
 */
export class Bm25 {
  private readonly keys: string[];
  private readonly offsets: Uint32Array;
  private readonly docs: Uint32Array;
  private readonly tfs: Uint16Array;
  private readonly lengths: Uint32Array;
  private readonly averageLength: number;
  private work: Scratch | undefined;
  private readonly unionSizes = new Map<string, number>();
  private readonly termRanges = new Map<string, readonly [number, number]>();
  /** One bit per document, all clear between calls: scratch space of {@link unionCount}. */
  private seen: Uint32Array | undefined;

  constructor(documents: readonly (readonly string[])[] | Bm25Parts) {
    let parts: Bm25Parts;
    if (Array.isArray(documents)) {
      const builder = new Bm25Builder();
      for (const keys of documents as readonly (readonly string[])[]) builder.add(keys);
      parts = builder.parts();
    } else {
      parts = documents as Bm25Parts;
    }
    ({ keys: this.keys, offsets: this.offsets, docs: this.docs, tfs: this.tfs, lengths: this.lengths } = parts);
    let total = 0;
    for (const length of this.lengths) total += length;
    this.averageLength = total / Math.max(this.lengths.length, 1) || 1;
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Is the key (a term, or any term of a bare key) anywhere in the collection? */
  has(key: string): boolean {
    const [start, end] = this.termRange(key);
    return start < end;
  }

  /**
   * BM25 scores of every document for the concepts (0 where none occurs). Prefer
   * {@link candidates} on large collections: this allocates one number per document.
   */
  scores(concepts: readonly QueryConcept[]): number[] {
    const scores = new Array<number>(this.size).fill(0);
    for (const [doc, score] of this.candidates(concepts)) scores[doc] = score;
    return scores;
  }

  /**
   * BM25 scores of the documents that contain at least one of the concepts, by document id.
   * Each concept is one term whose frequency is the sum over its keys and whose document
   * frequency is that of any of its keys (Pirkola's structured query): a rare inflection or
   * translation does not get a rare word's weight.
   */
  candidates(concepts: readonly QueryConcept[]): Map<number, number> {
    const { docs, scores } = this.accumulate(concepts);
    return new Map(Array.from(docs, (doc, i) => [doc, scores[i]!]));
  }

  /**
   * The `count` best-scoring documents, best first (ties by document id), with their scores:
   * {@link candidates} cut to its top without building a map of every matching document.
   */
  top(concepts: readonly QueryConcept[], count: number): { docs: number[]; scores: number[] } {
    const { docs, scores } = this.accumulate(concepts);
    const threshold = docs.length > count ? kthLargest(scores.slice(), count) : -Infinity;
    const kept: number[] = [];
    for (let i = 0; i < docs.length; i++) if (scores[i]! >= threshold && scores[i]! > 0) kept.push(i);
    kept.sort((a, b) => scores[b]! - scores[a]! || docs[a]! - docs[b]!);
    const best = kept.slice(0, count);
    return { docs: best.map((i) => docs[i]!), scores: best.map((i) => scores[i]!) };
  }

  /** Scores of every document that has a query key, as parallel arrays in first-seen order. */
  private accumulate(concepts: readonly QueryConcept[]): { docs: Uint32Array; scores: Float64Array } {
    const scratch = this.scratch();
    const { total, frequency, found, norms } = scratch;
    let touched = 0;
    for (const concept of concepts) {
      const { count, weight } = this.collect(concept);
      const { docs } = scratch;
      for (let i = 0; i < count; i++) {
        const doc = docs[i]!;
        if (total[doc] === 0) found[touched++] = doc;
        const f = frequency[doc]!;
        total[doc]! += termScore(weight, f, norms[doc]!);
      }
    }
    const docs = found.slice(0, touched);
    const scores = new Float64Array(touched);
    for (let i = 0; i < touched; i++) {
      const doc = docs[i]!;
      scores[i] = total[doc]!;
      total[doc] = 0;
    }
    return { docs, scores };
  }

  /**
   * BM25 scores of the given documents only, in their order: the same numbers as
   * {@link candidates} gives them, at the cost of a binary search per document and key (and,
   * for a concept of several keys, one pass over their postings to count its documents).
   */
  scoresOf(concepts: readonly QueryConcept[], documents: readonly number[]): number[] {
    const scores = documents.map(() => 0);
    for (const concept of concepts) {
      const weight = this.weightOf(concept, this.documentFrequency(concept));
      if (weight === 0) continue;
      const keys = [...new Set(concept.keys)];
      const related = [...new Set(concept.related ?? [])].filter((key) => !keys.includes(key));
      // Each key's terms looked up once per concept, not once per document.
      const ranges = (list: readonly string[]) => list.map((key) => this.termRange(key));
      const [own, other] = [ranges(keys), ranges(related)];
      const sum = (list: readonly (readonly [number, number])[], doc: number) => {
        let total = 0;
        for (const [first, last] of list) for (let term = first; term < last; term++) total += this.termFrequency(term, doc);
        return total;
      };
      documents.forEach((doc, i) => {
        const f = sum(own, doc) + RELATED_WEIGHT * sum(other, doc);
        if (f > 0) scores[i]! += this.termScoreIn(weight, f, doc);
      });
    }
    return scores;
  }

  /** Inverse document frequency of a concept (BM25+ style, never negative): how much finding it tells. */
  conceptIdf(concept: QueryConcept): number {
    return this.weightOf({ ...concept, weight: 1 }, this.documentFrequency(concept));
  }

  /** The concepts that document `i` contains, by the word, a form or a related word; a name counts only with all of its words. */
  matchedConcepts(i: number, concepts: readonly QueryConcept[]): QueryConcept[] {
    const contains = (key: string) => this.frequency(key, i) > 0;
    return concepts.filter((c) =>
      c.nameParts ? c.nameParts.every((part) => part.some(contains)) : [...c.keys, ...(c.related ?? [])].some(contains),
    );
  }

  /** The index as one buffer for {@link deserialize}: a JSON header, then the arrays, 4-byte aligned. */
  serialize(): Buffer {
    const keys = Buffer.from(this.keys.join('\n'), 'utf8');
    const arrays = [this.offsets, this.docs, this.lengths, this.tfs];
    const header = Buffer.from(
      JSON.stringify({
        format: FORMAT,
        keyBytes: keys.length,
        keyCount: this.keys.length,
        postings: this.docs.length,
        documents: this.lengths.length,
      }),
    );
    return Buffer.concat([u32(header.length), header, keys, ...alignedChunks(arrays, 4 + header.length + keys.length, 4)]);
  }

  /** Reads an index written by {@link serialize}; throws on a buffer that does not hold one. */
  static deserialize(data: Buffer): Bm25 {
    const headerLength = data.readUInt32LE(0);
    const header = JSON.parse(data.toString('utf8', 4, 4 + headerLength)) as {
      format: string;
      keyBytes: number;
      keyCount: number;
      postings: number;
      documents: number;
    };
    if (header.format !== FORMAT) throw new Error(`Unknown postings format ${String(header.format)}`);
    let position = 4 + headerLength;
    const keysText = data.toString('utf8', position, position + header.keyBytes);
    const keys = header.keyCount === 0 ? [] : keysText.split('\n');
    if (keys.length !== header.keyCount) throw new Error('Postings vocabulary is damaged');
    position += header.keyBytes;
    const take = alignedReader(data, position, 4, 'Postings file is truncated');
    const offsets = take((b) => new Uint32Array(b), header.keyCount + 1, 4);
    const docs = take((b) => new Uint32Array(b), header.postings, 4);
    const lengths = take((b) => new Uint32Array(b), header.documents, 4);
    const tfs = take((b) => new Uint16Array(b), header.postings, 2);
    if (offsets[header.keyCount] !== header.postings) throw new Error('Postings offsets are damaged');
    return new Bm25({ keys, offsets, docs, tfs, lengths });
  }

  /**
   * The documents that contain any of the concept's keys or related keys, with the concept's
   * frequency in each (related keys at {@link RELATED_WEIGHT}) left in the scratch `frequency`
   * array, and the concept's weight: its IDF, from the documents with one of its own keys,
   * times its share.
   */
  private collect(concept: QueryConcept): { count: number; weight: number } {
    const scratch = this.scratch();
    const round = ++scratch.round;
    const { stamp, frequency, counted, docs: found } = scratch;
    const { offsets, docs, tfs } = this;
    let count = 0;
    let df = 0;
    const visit = (keys: Iterable<string>, share: number, own: boolean) => {
      for (const key of keys) {
        const [first, last] = this.termRange(key);
        for (let p = offsets[first]!, end = offsets[last]!; p < end; p++) {
          const doc = docs[p]!;
          if (stamp[doc] !== round) {
            stamp[doc] = round;
            frequency[doc] = 0;
            found[count++] = doc;
          }
          frequency[doc]! += share * tfs[p]!;
          if (own && counted[doc] !== round) {
            counted[doc] = round;
            df++;
          }
        }
      }
    };
    const keys = new Set(concept.keys);
    visit(keys, 1, true);
    visit(new Set((concept.related ?? []).filter((key) => !keys.has(key))), RELATED_WEIGHT, false);
    // The count of its own keys' documents is the concept's document frequency: remembered, so that
    // scoring the same concept's candidates again ({@link scoresOf}) does not visit its postings twice.
    const union = this.unionId(concept);
    if (union !== undefined) this.rememberUnion(union, df);
    return { count, weight: this.weightOf(concept, df) };
  }

  /** A concept's IDF (BM25+ style, never negative) times its share. */
  private weightOf(concept: QueryConcept, df: number): number {
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5)) * (concept.weight ?? 1);
  }

  /**
   * How many documents have any of the concept's keys: a postings length for one key, a
   * counted union for several (remembered, since an answer scores the same concepts often).
   */
  private documentFrequency(concept: QueryConcept): number {
    const union = this.unionId(concept);
    if (union === undefined) {
      const [key] = concept.keys.filter((k) => this.has(k));
      if (key === undefined) return 0;
      const [first, last] = this.termRange(key);
      return this.offsets[last]! - this.offsets[first]!;
    }
    let df = this.unionSizes.get(union.id);
    if (df === undefined) {
      df = this.unionCount(union.keys);
      this.rememberUnion(union, df);
    }
    return df;
  }

  /**
   * The concept's keys that are in the collection, sorted, and their id in {@link unionSizes}; undefined
   * when its document frequency is one postings list's length (one term) or zero (no key).
   */
  private unionId(concept: QueryConcept): { id: string; keys: string[] } | undefined {
    const keys = [...new Set(concept.keys)].filter((key) => this.has(key));
    if (keys.length === 0) return undefined;
    if (keys.length === 1) {
      const [first, last] = this.termRange(keys[0]!);
      if (last - first === 1) return undefined;
    }
    keys.sort();
    return { id: keys.join(' '), keys };
  }

  private rememberUnion({ id }: { id: string }, df: number): void {
    if (this.unionSizes.size >= MAX_REMEMBERED) this.unionSizes.clear();
    this.unionSizes.set(id, df);
  }

  /**
   * How many documents hold any of the keys, counted in a bit set: a document frequency needs no
   * frequencies, and one bit per document stays in the CPU cache where the scoring arrays do not.
   */
  private unionCount(keys: readonly string[]): number {
    const seen = (this.seen ??= new Uint32Array((this.size + 31) >>> 5));
    const { offsets, docs } = this;
    let count = 0;
    for (const key of keys) {
      const [first, last] = this.termRange(key);
      for (let p = offsets[first]!, end = offsets[last]!; p < end; p++) {
        const doc = docs[p]!;
        const word = doc >>> 5;
        const bit = 1 << (doc & 31);
        if ((seen[word]! & bit) === 0) {
          seen[word]! |= bit;
          count++;
        }
      }
    }
    seen.fill(0);
    return count;
  }

  private termScoreIn(weight: number, f: number, doc: number): number {
    return termScore(weight, f, this.lengthNorm(doc));
  }

  /** BM25's length normalisation of a document, K1 · (1 − B + B · length / average). */
  private lengthNorm(doc: number): number {
    return K1 * (1 - B + (B * this.lengths[doc]!) / this.averageLength);
  }

  /** Per-document work arrays, reused by every query: allocating them per query would cost more than scoring. */
  private scratch(): Scratch {
    if (!this.work) {
      // A loop rather than `Float64Array.from` with a callback, a call per document (~30 ms over 100k ¶'s sentences).
      const norms = new Float64Array(this.size);
      for (let doc = 0; doc < this.size; doc++) norms[doc] = this.lengthNorm(doc);
      this.work = {
        total: new Float64Array(this.size),
        docs: new Uint32Array(this.size),
        found: new Uint32Array(this.size),
        norms,
        frequency: new Float64Array(this.size),
        stamp: new Uint32Array(this.size),
        counted: new Uint32Array(this.size),
        round: 0,
      };
    }
    if (this.work.round === 0xffffffff) {
      this.work.stamp.fill(0);
      this.work.counted.fill(0);
      this.work.round = 0;
    }
    return this.work;
  }

  /** How often `key` (a term, or every term of a bare key) occurs in document `doc`. */
  private frequency(key: string, doc: number): number {
    const [first, last] = this.termRange(key);
    let total = 0;
    for (let term = first; term < last; term++) total += this.termFrequency(term, doc);
    return total;
  }

  /** How often term number `term` occurs in document `doc` (binary search in its postings). */
  private termFrequency(term: number, doc: number): number {
    let low = this.offsets[term]!;
    let high = this.offsets[term + 1]!;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.docs[mid]! < doc) low = mid + 1;
      else high = mid;
    }
    return low < this.offsets[term + 1]! && this.docs[low] === doc ? this.tfs[low]! : 0;
  }

  /**
   * Term numbers `[start, end)` of a key: the term itself when it is one, else the bare key (in a
   * collection of bare keys) and every term of its words, which sort right after it.
   */
  private termRange(key: string): readonly [number, number] {
    let range = this.termRanges.get(key);
    if (range) return range;
    const start = lowerBound(this.keys, key);
    if (key.includes(TERM_SEPARATOR)) range = this.keys[start] === key ? [start, start + 1] : [start, start];
    else range = [start, lowerBound(this.keys, key + AFTER_SEPARATOR, start)];
    // Questions bring few keys, looked up per candidate document: remember them, within a bound.
    if (this.termRanges.size >= MAX_REMEMBERED) this.termRanges.clear();
    this.termRanges.set(key, range);
    return range;
  }
}

/** First index whose key is not less than `key` (code-unit order, as `Array.prototype.sort`). */
function lowerBound(keys: readonly string[], key: string, from = 0): number {
  let low = from;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keys[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The `k`-th largest value (1-based) by quickselect, in linear time on average; reorders
 * `values`. Sorting every candidate's score would cost more than scoring them.
 */
function kthLargest(values: Float64Array, k: number): number {
  const target = values.length - k;
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return values[target]!;
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value);
  return buffer;
}

/**
 * Builds postings in two passes over flat arrays: documents' (term, tf) pairs as they are
 * added, then a counting sort by term. Documents are added one at a time and nothing per
 * document or per term is kept, so 400k sentences invert in little memory and time.
 */
export class Bm25Builder {
  private readonly termIds = new Map<string, number>();
  private lengths = new Uint32Array(1024);
  private docEnds = new Uint32Array(1024);
  private documents = 0;
  private pairTerms = new Uint32Array(4096);
  private pairTfs = new Uint16Array(4096);
  private pairs = 0;
  /** Per term: the last document that had it, and where its pair is. */
  private lastDoc = new Int32Array(4096).fill(-1);
  private slot = new Uint32Array(4096);

  /** Adds the next document (its id is the number of documents added before it). */
  add(keys: readonly string[]): void {
    const doc = this.documents++;
    if (doc === this.lengths.length) {
      this.lengths = grow(this.lengths, new Uint32Array(doc * 2));
      this.docEnds = grow(this.docEnds, new Uint32Array(doc * 2));
    }
    this.lengths[doc] = keys.length;
    for (const key of keys) {
      let term = this.termIds.get(key);
      if (term === undefined) {
        term = this.termIds.size;
        this.termIds.set(key, term);
        if (term === this.lastDoc.length) {
          this.lastDoc = grow(this.lastDoc, new Int32Array(term * 2).fill(-1));
          this.slot = grow(this.slot, new Uint32Array(term * 2));
        }
      }
      if (this.lastDoc[term] === doc) {
        const at = this.slot[term]!;
        if (this.pairTfs[at]! < MAX_TF) this.pairTfs[at]! += 1;
        continue;
      }
      if (this.pairs === this.pairTerms.length) {
        this.pairTerms = grow(this.pairTerms, new Uint32Array(this.pairs * 2));
        this.pairTfs = grow(this.pairTfs, new Uint16Array(this.pairs * 2));
      }
      this.lastDoc[term] = doc;
      this.slot[term] = this.pairs;
      this.pairTerms[this.pairs] = term;
      this.pairTfs[this.pairs] = 1;
      this.pairs++;
    }
    this.docEnds[doc] = this.pairs;
  }

  /** The index of every document added. */
  build(): Bm25 {
    return new Bm25(this.parts());
  }

  /** The arrays of the index of every document added. */
  parts(): Bm25Parts {
    // Sorted key order, so that lookups are binary searches and prefixes are ranges.
    const keys = [...this.termIds.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const rank = new Uint32Array(keys.length);
    keys.forEach((key, i) => (rank[this.termIds.get(key)!] = i));

    const offsets = new Uint32Array(keys.length + 1);
    for (let p = 0; p < this.pairs; p++) offsets[rank[this.pairTerms[p]!]! + 1]! += 1;
    for (let t = 0; t < keys.length; t++) offsets[t + 1]! += offsets[t]!;
    const next = offsets.slice(0, keys.length);
    const docs = new Uint32Array(this.pairs);
    const tfs = new Uint16Array(this.pairs);
    let doc = 0;
    for (let p = 0; p < this.pairs; p++) {
      while (p >= this.docEnds[doc]!) doc++;
      const at = next[rank[this.pairTerms[p]!]!]!++;
      docs[at] = doc;
      tfs[at] = this.pairTfs[p]!;
    }
    return { keys, offsets, docs, tfs, lengths: this.lengths.slice(0, this.documents) };
  }
}
