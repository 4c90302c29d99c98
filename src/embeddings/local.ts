import { Embeddings } from '@langchain/core/embeddings';
import { ANALYSIS_VERSION, cognateKey, isStopword } from '../text/analyze.js';
import { fold, words } from '../text/normalize.js';
import { alignedChunks, alignedReader, grow } from '../util/typed-arrays.js';

/** Settings of the local embedder; part of its id, so changing one rebuilds the index. */
export interface LocalEmbeddingsOptions {
  /** Size of the dense vector the hashed features are projected onto. */
  dimensions?: number;
  minGram?: number;
  maxGram?: number;
  /** Features the cache of scored texts holds (default 12 million, 72 MB); not part of the id, as it changes no score. */
  profileStoreSize?: number;
  /** Words whose n-gram features are remembered (default 200,000); not part of the id, as it changes no vector or score. */
  rememberedWords?: number;
}

/** log2 of the number of n-gram features IDF is learnt for, before projecting to `dimensions`. */
const FEATURE_BITS = 18;
const FEATURES = 1 << FEATURE_BITS;
/**
 * Dimensions of the dense vectors the index's graph holds, unless the caller asks for others.
 * The graph only has to find candidates: the retriever orders them by the exact similarity of
 * the unprojected n-gram features ({@link LocalEmbeddings.similarities}), so the eval sets'
 * answers are the same at 64 as at 256 dimensions. Measured at 100k generated paragraphs
 * (two shards, M 32, efConstruction 60, same queries): graph build CPU 71 s at 256, 55 s at
 * 192, 33 s at 128, 15 s at 64; recall@10 against exact search over the same vectors, `ef`
 * 400, 0.87, 0.89, 0.93, 0.99. What 64 costs: the projected neighbours hold fewer of the exact
 * n-gram nearest paragraphs (README, Scale), which the BM25 candidates make up for.
 */
export const DEFAULT_DIMENSIONS = 64;
/** Texts whose norms are remembered at most (a 100k-paragraph archive's): the cache is emptied when full. */
const MAX_CACHED_NORMS = 200_000;
/** Words whose n-gram features are remembered at most (as many as the memo of word analysis holds): forgotten when full. */
const REMEMBERED_WORDS = 200_000;
/**
 * Features the store of texts' feature counts holds ({@link LocalEmbeddings.profiles}), 6 bytes each
 * (72 MB: about 28,000 paragraphs and sentences, 430 features each; the dev and paraphrase questions
 * meet 12,480 at 100k ¶); emptied when full.
 */
const PROFILE_STORE_SIZE = 12_000_000;

/**
 * Offline, deterministic embedder: TF-IDF over hashed character n-grams (3–5) of each word's
 * cognate key, with sublinear term frequency, projected onto a small dense vector by signed
 * feature hashing, and L2-normalised.
 *
 * Why this technique: character n-grams match Albanian inflections ("Phenianit"/"Pheniani") and
 * English–Albanian cognates ("technology"/"teknologji") without a model download, and IDF fitted
 * on the articles' own paragraphs down-weights n-grams every paragraph shares. IDF is learnt per
 * n-gram in a 2^18-feature space (so it stays meaningful), and only then are the weighted
 * features summed into {@link DEFAULT_DIMENSIONS} dimensions with a hash-chosen sign each: a
 * sparse random projection that keeps cosine similarity unbiased (Weinberger et al., 2009) and
 * makes a 100k-paragraph HNSW index far smaller and faster to build than 4096 dense dimensions.
 * Measured on the eval sets, the answers are unchanged (README, "Scale").
 */
export class LocalEmbeddings extends Embeddings {
  readonly dimensions: number;
  private readonly minGram: number;
  private readonly maxGram: number;
  private idf: Float32Array;
  /** The corpus to fit on before the first embedding, unless weights are restored first. */
  private pendingCorpus: (() => readonly string[]) | undefined;
  /**
   * Feature ids of each word's n-grams, analysed once (words repeat): word `w`'s are the
   * `wordStore[wordAt(w)]` numbers after that place. One array and a map to numbers rather than a
   * map to a small array per word: a first-time answer looks up some 6,000 words, and reaching
   * each word's own array missed the CPU cache once more per word (at 100k ¶, a fifth of its n-gram counting).
   */
  private readonly wordAt = new Map<string, number>();
  private wordStore = new Uint32Array(1 << 16);
  private wordEnd = 0;
  /** How many times every word was forgotten. */
  private forgotten = 0;
  private readonly rememberedWords: number;
  /** Scratch space for {@link embed}: counts per feature, and which features were touched. */
  private readonly counts = new Uint16Array(FEATURES);
  /** Scratch space for {@link similarities}: the query's weight per feature. */
  private queryWeights: Float64Array | undefined;
  /**
   * The corpus of the last {@link fit} as word ids (`tokens[offsets[i] .. offsets[i + 1])` are
   * text `i`'s words), kept until {@link embedRows} embeds it, so it is cut into words once.
   */
  private fittedCorpus: (CutCorpus & { texts: readonly string[] }) | undefined;
  /** Scratch space for {@link similarities}: one bit per feature the query has. */
  private queryBits: Uint32Array | undefined;
  /**
   * The corpus {@link embedRows} embedded from the fit's words, with each text's squared norm, kept until
   * {@link passageWords} takes it (an index build), so that the texts are not cut into words a third time.
   */
  private embeddedCorpus: (CutCorpus & { texts: readonly string[]; norms: Float64Array }) | undefined;
  /** {@link weightsKey} of the current weights, computed on first use. */
  private weightsFingerprint: number | undefined;
  /**
   * Squared norms of texts {@link similarities} has scored, by text: answers keep meeting the
   * same paragraphs, and a known norm leaves only the query's n-grams to count.
   * Valid for the current weights only.
   */
  private readonly norms = new Map<string, number>();
  /**
   * Where each scored text's profile starts in {@link profileFeatures}: the number `n` of its
   * distinct n-gram features, then the features in the order {@link weigh} visits them, with their
   * counts at the same places of {@link profileCounts}. Scoring
   * a text met before then reads neither its words nor their features again: cutting words and
   * looking up their features was most of the exact re-rank's time, and answers keep meeting the
   * same paragraphs. Counts do not depend on the weights, so they stay valid when these change.
   * One store rather than an array per text: allocating thousands of small typed arrays per answer
   * cost more than the counting saved.
   */
  private readonly profiles = new Map<string, number>();
  private profileFeatures = new Uint32Array(0);
  private profileCounts = new Uint16Array(0);
  private profileEnd = 0;
  private readonly profileStoreSize: number;
  /** Scratch space for {@link cosineParts}; every key is -1 (empty) between calls. */
  private table: { keys: Int32Array; counts: Uint16Array; order: Uint32Array } | undefined;

  constructor(options: LocalEmbeddingsOptions = {}) {
    super({});
    this.dimensions = options.dimensions ?? DEFAULT_DIMENSIONS;
    this.minGram = options.minGram ?? 3;
    this.maxGram = options.maxGram ?? 5;
    this.profileStoreSize = options.profileStoreSize ?? PROFILE_STORE_SIZE;
    this.rememberedWords = Math.max(1, options.rememberedWords ?? REMEMBERED_WORDS);
    this.idf = new Float32Array(FEATURES).fill(1);
  }

  /** Where the word's features are in {@link wordStore}, analysed the first time; every word is forgotten when {@link rememberedWords} are held. */
  private wordRun(word: string): number {
    let at = this.wordAt.get(word);
    if (at !== undefined) return at;
    const features = this.featuresOfWord(word);
    if (this.wordAt.size >= this.rememberedWords) this.forgetWords();
    if (this.wordEnd + 1 + features.length > this.wordStore.length) {
      this.wordStore = grow(this.wordStore, new Uint32Array(Math.max(2 * this.wordStore.length, this.wordEnd + 1 + features.length)));
    }
    at = this.wordEnd;
    this.wordStore[at] = features.length;
    this.wordStore.set(features, at + 1);
    this.wordEnd += 1 + features.length;
    this.wordAt.set(word, at);
    return at;
  }

  /** Forgets every word analysed; a new store, so that the features handed out before stay as they were. */
  private forgetWords(): void {
    this.forgotten++;
    this.wordAt.clear();
    this.wordStore = new Uint32Array(this.wordStore.length);
    this.wordEnd = 0;
  }

  /** The word's features (a view of {@link wordStore} that later words do not change). */
  private wordFeatures(word: string): Uint32Array {
    const at = this.wordRun(word);
    return this.wordStore.subarray(at + 1, at + 1 + this.wordStore[at]!);
  }

  /** Identifies the technique and its settings in the index manifest. */
  get id(): string {
    return `local-char-ngram-tfidf-v2.${ANALYSIS_VERSION}:${this.minGram}-${this.maxGram}:h${FEATURE_BITS}`;
  }

  /**
   * Fits on `corpus` when the first text is embedded, unless {@link restore} comes first: a cold
   * start that loads saved weights never reads, let alone analyses, the whole corpus.
   */
  fitOnFirstUse(corpus: () => readonly string[]): this {
    this.pendingCorpus = corpus;
    return this;
  }

  /** Learns n-gram IDF from the corpus; must see the same texts at query time as at index time. */
  fit(corpus: readonly string[]): this {
    this.pendingCorpus = undefined;
    const documentFrequency = new Uint32Array(FEATURES);
    // The last document that counted each feature: counts a document once without a Set per text.
    const seenIn = new Int32Array(FEATURES).fill(-1);
    // The last document each word was met in: a word's second occurrence in a text adds no feature.
    let wordSeenIn = new Int32Array(1 << 16).fill(-1);
    const cut = this.cutCorpus(corpus, (id, doc, features) => {
      if (id >= wordSeenIn.length) wordSeenIn = grow(wordSeenIn, new Int32Array(id * 2).fill(-1));
      if (wordSeenIn[id] === doc) return;
      wordSeenIn[id] = doc;
      for (const feature of features) {
        if (seenIn[feature] === doc) continue;
        seenIn[feature] = doc;
        documentFrequency[feature]! += 1;
      }
    });
    const n = corpus.length;
    this.idf = Float32Array.from(documentFrequency, (df) => Math.log(1 + (n + 1) / (df + 1)));
    this.weightsFingerprint = undefined;
    this.fittedCorpus = { texts: corpus, ...cut };
    this.embeddedCorpus = undefined;
    this.norms.clear();
    return this;
  }

  /**
   * The texts as word ids (`tokens[offsets[i] .. offsets[i + 1])` are text `i`'s words), with each distinct
   * word's features by id; `visit` is called with each word as it is read.
   */
  private cutCorpus(texts: readonly string[], visit?: (id: number, doc: number, features: Uint32Array) => void): CutCorpus {
    const ids = new Map<string, number>();
    const features: Uint32Array[] = [];
    let tokens = new Uint32Array(1 << 16);
    let count = 0;
    const offsets = new Uint32Array(texts.length + 1);
    texts.forEach((text, doc) => {
      for (const word of words(text)) {
        let id = ids.get(word);
        if (id === undefined) {
          id = features.push(this.wordFeatures(word)) - 1;
          ids.set(word, id);
        }
        if (count === tokens.length) tokens = grow(tokens, new Uint32Array(count * 2));
        tokens[count++] = id;
        visit?.(id, doc, features[id]!);
      }
      offsets[doc + 1] = count;
    });
    return { tokens: tokens.subarray(0, count), offsets, features };
  }

  /**
   * Embeds texts into the rows of `rows` (`dimensions` floats each, row `i` for text `i`): the
   * vectors {@link embed} makes. When the texts are the corpus just fitted on, in order (an index
   * build), its words are not cut again: the fit kept them as word ids.
   */
  embedRows(texts: readonly string[], rows: Float32Array): void {
    this.fitIfPending();
    const corpus = this.fittedCorpus;
    this.fittedCorpus = undefined;
    const fitted = corpus !== undefined && sameTexts(corpus.texts, texts);
    const norms = fitted ? new Float64Array(texts.length) : undefined;
    texts.forEach((text, i) => {
      let vector: number[];
      if (fitted) {
        const touched: number[] = [];
        for (let t = corpus.offsets[i]!; t < corpus.offsets[i + 1]!; t++) this.count(corpus.features[corpus.tokens[t]!]!, touched);
        vector = this.project(touched, norms, i);
      } else {
        vector = this.embed(text);
      }
      rows.set(vector, i * this.dimensions);
    });
    if (fitted) this.embeddedCorpus = { ...corpus, norms: norms! };
  }

  /**
   * The texts cut into words once, with their squared norms under the current weights, for
   * {@link passageSimilarities}: the corpus {@link embedRows} just embedded when these are its texts (an
   * index build), else cut here.
   */
  passageWords(texts: readonly string[]): PassageWords {
    this.fitIfPending();
    const embedded = this.embeddedCorpus;
    this.embeddedCorpus = undefined;
    let corpus: CutCorpus;
    let norms: Float64Array;
    if (embedded && sameTexts(embedded.texts, texts)) {
      ({ norms } = embedded);
      corpus = embedded;
    } else {
      corpus = this.cutCorpus(texts);
      norms = new Float64Array(texts.length);
      texts.forEach((_, i) => {
        const touched: number[] = [];
        for (let t = corpus.offsets[i]!; t < corpus.offsets[i + 1]!; t++) this.count(corpus.features[corpus.tokens[t]!]!, touched);
        let norm = 0;
        this.weighCounted(touched, (_feature, weight) => (norm += weight * weight));
        norms[i] = norm;
      });
    }
    const featureStart = new Uint32Array(corpus.features.length + 1);
    corpus.features.forEach((list, id) => (featureStart[id + 1] = featureStart[id]! + list.length));
    const features = new Uint32Array(featureStart[corpus.features.length]!);
    corpus.features.forEach((list, id) => features.set(list, featureStart[id]!));
    return new PassageWords(this.id, this.weightsKey(), featureStart, features, corpus.offsets, corpus.tokens, norms);
  }

  /**
   * {@link similarities} of the query to texts `indices` of `passages`, the same numbers to the last bit,
   * without cutting their words or counting their features: only the query's are counted, and each
   * text's norm was computed when it was cut. Undefined when `passages` were cut by another embedder or
   * weighed with other weights (the caller then scores the texts).
   */
  passageSimilarities(query: string, passages: PassageWords, indices: readonly number[]): number[] | undefined {
    this.fitIfPending();
    if (passages.embedder !== this.id || passages.weights !== this.weightsKey()) return undefined;
    return this.withQuery(query, (queryWeights, inQuery, queryNorm, queryFeatures) => {
      const table = this.queryTable(queryFeatures);
      return indices.map((i) => {
        const norm = passages.norms[i]!;
        if (queryNorm === 0 || norm === 0) return 0;
        return this.passageDot(passages, i, queryWeights, inQuery, table) / Math.sqrt(norm * queryNorm);
      });
    });
  }

  /**
   * Text `i`'s dot product with the query, its query features counted in `table` in the order the text
   * first has them and summed in that order, as {@link cosineParts} sums them.
   */
  private passageDot(
    passages: PassageWords,
    i: number,
    queryWeights: Float64Array,
    inQuery: Uint32Array,
    { keys, counts, order }: { keys: Int32Array; counts: Uint16Array; order: Uint32Array },
  ): number {
    const { tokens, offsets, featureStart, features } = passages;
    let distinct = 0;
    for (let t = offsets[i]!, end = offsets[i + 1]!; t < end; t++) {
      const word = tokens[t]!;
      for (let j = featureStart[word]!, last = featureStart[word + 1]!; j < last; j++) {
        const feature = features[j]!;
        if ((inQuery[feature >>> 5]! & (1 << (feature & 31))) !== 0) distinct = countFeature(feature, keys, counts, order, distinct);
      }
    }
    let dot = 0;
    for (let k = 0; k < distinct; k++) {
      const slot = order[k]!;
      const feature = keys[slot]!;
      const weight = sublinear(counts[slot]!) * this.idf[feature]!;
      dot += weight * queryWeights[feature]!;
      keys[slot] = -1;
    }
    return dot;
  }

  /** An empty table for {@link passageDot}, at least twice as large as the query's features. */
  private queryTable(queryFeatures: readonly number[]): { keys: Int32Array; counts: Uint16Array; order: Uint32Array } {
    let size = 64;
    while (size < 2 * queryFeatures.length) size *= 2;
    return { keys: new Int32Array(size).fill(-1), counts: new Uint16Array(size), order: new Uint32Array(size) };
  }

  /** A fingerprint of the weights (FNV-1a of the IDF table's bits), which {@link PassageWords} norms are valid for. */
  private weightsKey(): number {
    if (this.weightsFingerprint === undefined) {
      const bits = new Uint32Array(this.idf.buffer, this.idf.byteOffset, this.idf.length);
      let h = 0x811c9dc5;
      for (let i = 0; i < bits.length; i++) h = Math.imul(h ^ bits[i]!, 0x01000193);
      this.weightsFingerprint = h >>> 0;
    }
    return this.weightsFingerprint;
  }

  /** The fitted weights, to persist with the index so a cold start need not refit. */
  saveWeights(): Buffer {
    this.fitIfPending();
    return Buffer.from(this.idf.buffer, this.idf.byteOffset, this.idf.byteLength);
  }

  /** Restores weights from {@link saveWeights}; throws on data of the wrong size. */
  restoreWeights(data: Buffer): this {
    if (data.length !== FEATURES * 4) throw new Error(`IDF table has ${data.length} bytes, expected ${FEATURES * 4}`);
    const idf = new Float32Array(FEATURES);
    new Uint8Array(idf.buffer).set(data);
    this.idf = idf;
    this.weightsFingerprint = undefined;
    this.norms.clear();
    this.pendingCorpus = undefined;
    return this;
  }

  private fitIfPending(): void {
    if (this.pendingCorpus) this.fit(this.pendingCorpus());
  }

  /** Synchronous core of {@link embedQuery}, for the hot path. */
  embed(text: string): number[] {
    this.fitIfPending();
    // Embedding text by text: the fitted corpus's words will not be asked for.
    this.fittedCorpus = undefined;
    this.embeddedCorpus = undefined;
    const touched: number[] = [];
    for (const word of words(text)) this.count(this.wordFeatures(word), touched);
    return this.project(touched);
  }

  /**
   * The dense vector of the counted features: their TF-IDF weights projected, L2-normalised. Given
   * `norms`, the squared norm of the weights themselves (what {@link cosineParts} computes) goes to `norms[at]`.
   */
  private project(touched: readonly number[], norms?: Float64Array, at = 0): number[] {
    const vector = new Array<number>(this.dimensions).fill(0);
    let exactNorm = 0;
    this.weighCounted(touched, (feature, weight) => {
      exactNorm += weight * weight;
      // A second hash of the feature (murmur3's finaliser) picks its dimension and sign.
      const mixed = fmix32(feature);
      vector[mixed % this.dimensions]! += mixed & 0x80000000 ? -weight : weight;
    });
    if (norms) norms[at] = exactNorm;
    let norm = 0;
    for (const x of vector) norm += x * x;
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let i = 0; i < vector.length; i++) vector[i]! *= scale;
    }
    return vector;
  }

  /**
   * Exact cosine similarities of the query to each text over the weighted n-gram features
   * themselves, before projection: what the dense dimensions approximate. The retriever orders
   * the index's nearest neighbours by it, so the projection's collisions cost speed, not quality.
   */
  similarities(query: string, texts: readonly string[]): number[] {
    this.fitIfPending();
    return this.withQuery(query, (queryWeights, inQuery, queryNorm) =>
      texts.map((text) => {
        if (queryNorm === 0) return 0;
        const { dot, norm } = this.cosineParts(text, queryWeights, inQuery);
        return norm === 0 ? 0 : dot / Math.sqrt(norm * queryNorm);
      }),
    );
  }

  /** Runs `score` with the query's weights and bits set in the scratch arrays, and clears them after. */
  private withQuery<T>(query: string, score: (queryWeights: Float64Array, inQuery: Uint32Array, queryNorm: number, queryFeatures: readonly number[]) => T): T {
    const queryWeights = (this.queryWeights ??= new Float64Array(FEATURES));
    const inQuery = (this.queryBits ??= new Uint32Array(FEATURES >>> 5));
    const queryFeatures: number[] = [];
    let queryNorm = 0;
    this.weigh(query, (feature, weight) => {
      queryWeights[feature] = weight;
      inQuery[feature >>> 5]! |= 1 << (feature & 31);
      queryFeatures.push(feature);
      queryNorm += weight * weight;
    });
    try {
      return score(queryWeights, inQuery, queryNorm, queryFeatures);
    } finally {
      for (const feature of queryFeatures) {
        queryWeights[feature] = 0;
        inQuery[feature >>> 5] = 0;
      }
    }
  }

  /**
   * A text's squared norm and its dot product with the query, summed in the order
   * {@link weigh} visits the features, so the numbers are the same to the last bit. With the
   * norm known, only the query's features are weighed.
   */
  private cosineParts(text: string, queryWeights: Float64Array, inQuery: Uint32Array): { dot: number; norm: number } {
    const start = this.profiles.get(text) ?? this.profile(text);
    const { profileFeatures: features, profileCounts: counts } = this;
    const known = this.norms.get(text);
    const end = start + 1 + features[start]!;
    let dot = 0;
    let norm = 0;
    for (let i = start + 1; i < end; i++) {
      const feature = features[i]!;
      // Adding the zero weight of a feature the query lacks would change nothing.
      const asked = (inQuery[feature >>> 5]! & (1 << (feature & 31))) !== 0;
      if (known !== undefined && !asked) continue;
      const weight = sublinear(counts[i]!) * this.idf[feature]!;
      norm += weight * weight;
      if (asked) dot += weight * queryWeights[feature]!;
    }
    if (known !== undefined) return { dot, norm: known };
    if (this.norms.size >= MAX_CACHED_NORMS) this.norms.clear();
    this.norms.set(text, norm);
    return { dot, norm };
  }

  /**
   * Counts a text's features and stores them (see {@link profiles}); returns where. They are counted in a small
   * open-addressing table that stays in the CPU cache: counting them in a table of every feature
   * missed the cache at nearly every n-gram and was most of a warm answer's time at 100k paragraphs.
   */
  private profile(text: string): number {
    const textWords = words(text);
    // Forgotten before, not while, its words are looked up: the places found must hold to the end.
    if (this.wordAt.size + textWords.length > this.rememberedWords) this.forgetWords();
    const forgotten = this.forgotten;
    let runs: number[] = [];
    let total = 0;
    for (const word of textWords) {
      const at = this.wordRun(word);
      const length = this.wordStore[at]!;
      if (length === 0) continue;
      runs.push(at);
      total += length;
    }
    let store: Uint32Array = this.wordStore;
    // A text of more words than are remembered at all forgets its first ones on the way: counted from their analysis instead.
    if (this.forgotten !== forgotten) ({ store, runs, total } = runsOf(textWords.map((word) => this.featuresOfWord(word))));
    const { keys, counts, order } = this.textTable(total);
    let distinct = 0;
    for (const at of runs) {
      for (let j = at + 1, end = at + 1 + store[at]!; j < end; j++) {
        distinct = countFeature(store[j]!, keys, counts, order, distinct);
      }
    }
    const size = 1 + distinct;
    if (this.profileEnd + size > this.profileFeatures.length) {
      // Emptied when full; grown by doubling up to its bound, so a small archive's cache stays small.
      if (this.profileEnd + size > this.profileStoreSize && this.profileEnd > 0) {
        this.profiles.clear();
        this.profileEnd = 0;
      }
      if (this.profileEnd + size > this.profileFeatures.length) {
        const doubled = Math.min(this.profileStoreSize, Math.max(2 * this.profileFeatures.length, 1 << 16));
        const length = Math.max(this.profileEnd + size, doubled);
        this.profileFeatures = grow(this.profileFeatures.subarray(0, this.profileEnd), new Uint32Array(length));
        this.profileCounts = grow(this.profileCounts.subarray(0, this.profileEnd), new Uint16Array(length));
      }
    }
    const start = this.profileEnd;
    this.profileFeatures[start] = distinct;
    for (let i = 0; i < distinct; i++) {
      const slot = order[i]!;
      this.profileFeatures[start + 1 + i] = keys[slot]!;
      this.profileCounts[start + 1 + i] = counts[slot]!;
      keys[slot] = -1;
    }
    this.profileEnd += size;
    this.profiles.set(text, start);
    return start;
  }

  /** The scratch table of {@link cosineParts}, empty and at least twice as large as `features`. */
  private textTable(features: number): { keys: Int32Array; counts: Uint16Array; order: Uint32Array } {
    let size = this.table?.keys.length ?? 4096;
    while (size < 2 * features) size *= 2;
    if (this.table?.keys.length !== size) {
      this.table = { keys: new Int32Array(size).fill(-1), counts: new Uint16Array(size), order: new Uint32Array(size) };
    }
    return this.table;
  }

  /** Calls `visit` with each n-gram feature of the text and its TF-IDF weight. */
  private weigh(text: string, visit: (feature: number, weight: number) => void): void {
    const touched: number[] = [];
    for (const word of words(text)) this.count(this.wordFeatures(word), touched);
    this.weighCounted(touched, visit);
  }

  /** Counts a word's features in the scratch counts; `touched` gets each feature the first time. */
  private count(features: Uint32Array, touched: number[]): void {
    for (const feature of features) {
      if (this.counts[feature] === 0) touched.push(feature);
      if (this.counts[feature]! < 0xffff) this.counts[feature]! += 1;
    }
  }

  /** Calls `visit` with each counted feature and its TF-IDF weight, and clears the counts. */
  private weighCounted(touched: readonly number[], visit: (feature: number, weight: number) => void): void {
    for (const feature of touched) {
      const weight = sublinear(this.counts[feature]!) * this.idf[feature]!;
      this.counts[feature] = 0;
      visit(feature, weight);
    }
  }

  override async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embed(t));
  }

  override async embedQuery(text: string): Promise<number[]> {
    return this.embed(text);
  }

  private featuresOfWord(word: string): Uint32Array {
    const folded = fold(word);
    if (folded.length < 2 || isStopword(folded)) return new Uint32Array(0);
    const padded = `^${cognateKey(folded)}$`;
    const features: number[] = [];
    for (let n = this.minGram; n <= this.maxGram; n++) {
      for (let i = 0; i + n <= padded.length; i++) features.push(this.hash(padded, i, n));
    }
    return Uint32Array.from(features);
  }

  /** FNV-1a of `text[start, start + length)`: fast, stable across runs and platforms. */
  private hash(text: string, start: number, length: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < start + length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0) & (FEATURES - 1);
  }
}

/**
 * Counts a feature in an open-addressing table of `keys` (a power of two long, -1 where empty) and `counts`,
 * saturating at 0xffff; a feature met for the first time gets the next place of `order`. Returns how many
 * distinct features the table holds after it.
 */
function countFeature(feature: number, keys: Int32Array, counts: Uint16Array, order: Uint32Array, distinct: number): number {
  const mask = keys.length - 1;
  for (let slot = feature & mask; ; slot = (slot + 1) & mask) {
    const key = keys[slot]!;
    if (key === feature) {
      if (counts[slot]! < 0xffff) counts[slot]! += 1;
      return distinct;
    }
    if (key === -1) {
      keys[slot] = feature;
      counts[slot] = 1;
      order[distinct] = slot;
      return distinct + 1;
    }
  }
}

/** Texts as word ids: `tokens[offsets[i] .. offsets[i + 1])` are text `i`'s words, `features[id]` each word's n-gram features. */
interface CutCorpus {
  tokens: Uint32Array;
  offsets: Uint32Array;
  features: Uint32Array[];
}

/** Are the two lists the same texts in the same order? */
function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((text, i) => text === b[i]);
}

const PASSAGE_WORDS_FORMAT = 'passage-words-v1';

/**
 * Texts (an index's paragraphs) cut into words once, by {@link LocalEmbeddings.passageWords}: each text's
 * words as ids, each word's n-gram features, and each text's squared norm under the weights named by
 * `weights`. Saved with the index, so that a question met paragraphs are scored without cutting their words,
 * looking each up, or counting all their features ({@link LocalEmbeddings.passageSimilarities}): that was a
 * quarter of a question's first answer at 100k paragraphs.
 */
export class PassageWords {
  constructor(
    /** Id of the embedder whose words and features these are. */
    readonly embedder: string,
    /** Fingerprint of the weights the norms were computed with. */
    readonly weights: number,
    /** Word `w`'s features are `features[featureStart[w] .. featureStart[w + 1])`. */
    readonly featureStart: Uint32Array,
    readonly features: Uint32Array,
    /** Text `i`'s words are `tokens[offsets[i] .. offsets[i + 1])`. */
    readonly offsets: Uint32Array,
    readonly tokens: Uint32Array,
    readonly norms: Float64Array,
  ) {}

  /** How many texts. */
  get size(): number {
    return this.norms.length;
  }

  /** One buffer: a JSON header, then the arrays, each 8-byte aligned. */
  serialize(): Buffer {
    const arrays = [this.norms, this.featureStart, this.features, this.offsets, this.tokens];
    const header = Buffer.from(
      JSON.stringify({
        format: PASSAGE_WORDS_FORMAT,
        embedder: this.embedder,
        weights: this.weights,
        lengths: arrays.map((array) => array.length),
      }),
    );
    const headerLength = Buffer.alloc(4);
    headerLength.writeUInt32LE(header.length);
    return Buffer.concat([headerLength, header, ...alignedChunks(arrays, 4 + header.length, 8)]);
  }

  /** Reads a buffer written by {@link serialize}; throws when it holds none or is damaged. */
  static deserialize(data: Buffer): PassageWords {
    const headerLength = data.readUInt32LE(0);
    const header = JSON.parse(data.toString('utf8', 4, 4 + headerLength)) as { format: string; embedder: string; weights: number; lengths: number[] };
    if (header.format !== PASSAGE_WORDS_FORMAT || header.lengths.length !== 5) throw new Error('Not passage words');
    const take = alignedReader(data, 4 + headerLength, 8, 'Passage words are truncated');
    const [texts, words, features, offsets, tokens] = header.lengths as [number, number, number, number, number];
    const norms = take((b) => new Float64Array(b), texts, 8);
    const featureStart = take((b) => new Uint32Array(b), words, 4);
    const featureList = take((b) => new Uint32Array(b), features, 4);
    const offsetList = take((b) => new Uint32Array(b), offsets, 4);
    const tokenList = take((b) => new Uint32Array(b), tokens, 4);
    if (offsets !== texts + 1 || offsetList[texts] !== tokens || featureStart[words - 1] !== features) {
      throw new Error('Passage words are damaged');
    }
    return new PassageWords(header.embedder, header.weights, featureStart, featureList, offsetList, tokenList, norms);
  }
}

/** Features of words laid out as {@link LocalEmbeddings}' word store is: each word's count, then its features, and where each word starts. */
function runsOf(lists: readonly Uint32Array[]): { store: Uint32Array; runs: number[]; total: number } {
  const total = lists.reduce((sum, list) => sum + list.length, 0);
  const store = new Uint32Array(lists.length + total);
  const runs: number[] = [];
  let at = 0;
  for (const list of lists) {
    runs.push(at);
    store[at] = list.length;
    store.set(list, at + 1);
    at += 1 + list.length;
  }
  return { store, runs, total };
}

/** `1 + ln(count)` of the counts most n-grams have in a text, looked up rather than computed. */
const SUBLINEAR = Float64Array.from({ length: 64 }, (_, count) => 1 + Math.log(count));

/** Sublinear term frequency, `1 + ln(count)`: the same number whether looked up or computed. */
function sublinear(count: number): number {
  return count < SUBLINEAR.length ? SUBLINEAR[count]! : 1 + Math.log(count);
}

/** MurmurHash3's 32-bit finaliser: spreads consecutive ids over all bits. */
function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** An embedder that can also score texts exactly against a query (see {@link LocalEmbeddings.similarities}). */
export interface ExactSimilarity {
  similarities(query: string, texts: readonly string[]): number[];
}

/** An embedder that scores texts cut into words once (see {@link LocalEmbeddings.passageSimilarities}). */
export interface PassageSimilarity {
  passageWords(texts: readonly string[]): PassageWords;
  passageSimilarities(query: string, passages: PassageWords, indices: readonly number[]): number[] | undefined;
}

/** Can the embedder cut texts into words once and score them from those ({@link PassageSimilarity})? */
export function hasPassageSimilarity(embeddings: object): embeddings is PassageSimilarity {
  return typeof (embeddings as Partial<PassageSimilarity>).passageSimilarities === 'function';
}

/** An embedder that embeds many texts into the rows of one typed array (see {@link LocalEmbeddings.embedRows}). */
export interface RowEmbedder {
  readonly dimensions: number;
  embedRows(texts: readonly string[], rows: Float32Array): void;
}

/** Can the embedder fill a typed matrix directly? */
export function embedsRows(embeddings: object): embeddings is RowEmbedder {
  return typeof (embeddings as Partial<RowEmbedder>).embedRows === 'function';
}

/** Does the embedder score exactly as well as embed? */
export function hasExactSimilarity(embeddings: object): embeddings is ExactSimilarity {
  return typeof (embeddings as Partial<ExactSimilarity>).similarities === 'function';
}
