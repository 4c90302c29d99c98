import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import hnswlib from 'hnswlib-node';
import { PROJECT_ROOT } from '../paths.js';
import type { ShardJob, ShardMessage } from './shard-worker.js';

/** What each indexed passage carries besides its text. */
export interface PassageMetadata {
  articleId: string;
  /** 1-based ¶ number. */
  paragraph: number;
  title: string;
  date?: string;
}

/** A passage as stored in the docstore; the shape of a LangChain `Document`. */
export interface StoredPassage {
  pageContent: string;
  metadata: PassageMetadata;
}

/** A search hit: cosine similarity in [-1, 1], higher is closer. */
export interface VectorHit {
  passage: StoredPassage;
  similarity: number;
  /** The passage's position in {@link HnswStore.passages} (its hnswlib label). */
  label: number;
}

/** File names of the store in the index folder: the first graph shard's, then `index.1.hnsw`, … */
export const INDEX_FILE = 'index.hnsw';
export const DOCSTORE_FILE = 'docstore.json';

/** The file of graph shard `shard`. */
export function shardFile(shard: number): string {
  return shard === 0 ? INDEX_FILE : `index.${shard}.hnsw`;
}

/** File names and checksums, recorded in the manifest so a corrupt or half-written file is detected. */
export interface StoreFiles {
  /** The first graph shard's. */
  index: string;
  /** Graph shards after the first, in order (absent when there is one). */
  shards?: string[];
  docstore: string;
}

/** Each graph shard's file name and checksum. */
export function graphFiles(files: StoreFiles): { name: string; checksum: string }[] {
  return [files.index, ...(files.shards ?? [])].map((checksum, shard) => ({ name: shardFile(shard), checksum }));
}

/**
 * Graph settings, measured on generated archives (`npm run bench -- --corpus N`) with the local
 * embedder's 64 dimensions: at 100k paragraphs in two shards (see {@link SHARD_MIN}), over the
 * bench's queries and vectors, recall@10 at `ef` 400 was 0.969 with efConstruction 40 and
 * 0.989 with 60 (build CPU 12 and 15–18 s), 0.978 with M 24 and efConstruction 60, 0.949 with
 * M 16. 32 links per node and efConstruction 40 build the cheapest graph that keeps recall
 * above 0.95 at the `ef` the retriever searches with ({@link EF_SEARCH}).
 */
export const M = 32;
export const EF_CONSTRUCTION = 40;
const SEED = 42;

/**
 * From this many passages a full build makes two graph shards, built at once on two worker
 * threads (hnswlib-node inserts on one thread into one graph), and searches both. Below it one
 * graph on the main thread is faster than starting workers.
 */
export const SHARD_MIN = 8_192;

/**
 * Share of the search effort (`ef`) each of two or more graph shards gets: a search asks every
 * shard, so at the full `ef` two shards of 50k cost 40 % more than one graph of 100k. At three
 * quarters they cost the same (100k ¶, k 10 and 100: p95 6.3 and 5.7 ms against 5.5 and 6.6 ms
 * for the one graph) and still find more: recall@10 0.874 against 0.861 (0.915 at the full `ef`).
 */
export const SHARD_EF_SHARE = 0.75;

/** The first label of each of `shards` graphs over `rows` consecutive labels (near-equal parts). */
export function shardStarts(rows: number, shards: number): number[] {
  return Array.from({ length: shards }, (_, shard) => Math.floor((rows * shard) / shards));
}

/** One hnswlib graph of a sharded store: it holds the labels from `first` up to the next shard's. */
interface Shard {
  index: hnswlib.HierarchicalNSW;
  first: number;
}
/**
 * Nearest passages a text search reads from the graph before ordering them by the embedder's
 * exact similarity (the retriever's vector ranking, {@link HnswVectorStore}'s text search):
 * the graph's vectors only approximate it.
 */
export const DENSE_CANDIDATES = 100;

/**
 * Candidates kept while searching (hnswlib's `ef`), at least `k`. Recall grows with it and so
 * does latency. At 100k generated paragraphs (64 dimensions, two shards searched with three
 * quarters each) recall@10 was 0.924 at `ef` 250, 0.946 at 300 and 0.969 at 400, where a search
 * is still over 20× faster than exact search (`MemoryVectorStore`); `npm run bench -- --corpus N`
 * prints the curve.
 */
export const EF_SEARCH = 400;

/**
 * The docstore on disk: passages' metadata, compactly. Their texts are not stored twice: the
 * articles the manifest vouches for hold them (see {@link HnswStore.load}).
 */
interface DocstoreFile {
  dimensions: number;
  /** The first label of each graph shard. */
  shards: number[];
  articles: { articleId: string; title: string; date?: string }[];
  /** Flat pairs: index into `articles`, ¶ number; one pair per label. */
  passages: number[];
}

/**
 * The persisted vector index: an HNSW graph (hnswlib) plus the passages it points to.
 * Kept free of LangChain imports so the query path starts fast; {@link HnswVectorStore}
 * wraps it as a LangChain `VectorStore` for ingestion and chains.
 */
export class HnswStore {
  /** The passages once materialised; until then {@link lazy} makes the ones a search returns. */
  private all: StoredPassage[] | undefined;

  private constructor(
    /** Graph shards by first label; passages added later go to the last one. */
    private readonly shards: Shard[],
    passages: StoredPassage[] | undefined,
    readonly dimensions: number,
    private readonly lazy?: { count: number; at: (label: number) => StoredPassage },
  ) {
    this.all = passages;
  }

  /** Passages a search of a loaded store has made so far, by label: the same object each time. */
  private readonly made: StoredPassage[] = [];

  /** Every passage, by label. A loaded store builds this list on first use: a search does not need it. */
  get passages(): StoredPassage[] {
    this.all ??= Array.from({ length: this.lazy?.count ?? 0 }, (_, label) => this.passageAt(label));
    return this.all;
  }

  private passageAt(label: number): StoredPassage {
    if (this.all) return this.all[label]!;
    return (this.made[label] ??= this.lazy!.at(label));
  }

  /** Number of passages, without materialising them. */
  get size(): number {
    return this.all?.length ?? this.lazy?.count ?? 0;
  }

  /** Number of graph shards. */
  get shardCount(): number {
    return this.shards.length;
  }

  /** An empty index for vectors of the given size. */
  static create(dimensions: number, capacity: number): HnswStore {
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    // Fixed seed: the same articles always yield the same graph.
    index.initIndex(Math.max(capacity, 1), M, EF_CONSTRUCTION, SEED);
    return new HnswStore([{ index, first: 0 }], [], dimensions);
  }

  /**
   * An index of `passages` whose vectors are the rows of `vectors` (row `i` is label `i`), cut
   * into `shardCount` graphs of consecutive labels, each built on its own worker thread.
   * `onInserted` is called with the number of rows each shard inserted since the last call.
   */
  static async buildSharded(
    vectors: Float32Array,
    dimensions: number,
    passages: StoredPassage[],
    shardCount: number,
    onInserted?: (shard: number, inserted: number) => void,
  ): Promise<HnswStore> {
    if (!(vectors.buffer instanceof SharedArrayBuffer)) throw new Error('Sharded builds read the vectors from shared memory');
    const rows = vectors.length / dimensions;
    if (rows !== passages.length) throw new Error(`${passages.length} passages for ${rows} vectors of ${dimensions} dimensions`);
    const firsts = shardStarts(rows, shardCount);
    const scratch = mkdtempSync(join(tmpdir(), 'hnsw-shards-'));
    // When one shard fails, the others are stopped rather than left inserting into a removed folder.
    const stop = new AbortController();
    try {
      const files = await Promise.all(
        firsts.map(async (from, shard) => {
          const job: ShardJob = {
            vectors: vectors.buffer as SharedArrayBuffer,
            dimensions,
            from,
            to: firsts[shard + 1] ?? rows,
            m: M,
            efConstruction: EF_CONSTRUCTION,
            seed: SEED,
            file: join(scratch, shardFile(shard)),
          };
          try {
            return await runShardJob(job, (inserted) => onInserted?.(shard, inserted), stop.signal);
          } catch (error) {
            stop.abort();
            throw error;
          }
        }),
      );
      const shards = await Promise.all(
        files.map(async (file, shard) => {
          const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
          await index.readIndex(file);
          return { index, first: firsts[shard]! };
        }),
      );
      return new HnswStore(shards, passages, dimensions);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  /**
   * Adds passages with their vectors; grows the index when needed. Labels are positions in
   * {@link passages}, which only grows: returns the first new label.
   */
  add(vectors: readonly number[][], passages: readonly StoredPassage[]): number {
    const first = this.passages.length;
    // New labels are the highest: they go to the last shard.
    const { index } = this.shards[this.shards.length - 1]!;
    const needed = index.getCurrentCount() + passages.length;
    // Doubling keeps a long run of small additions (batches, live updates) from copying the graph each time.
    if (needed > index.getMaxElements()) index.resizeIndex(Math.max(needed, 2 * index.getMaxElements()));
    vectors.forEach((vector, i) => {
      if (vector.length !== this.dimensions) {
        throw new Error(`Vector has ${vector.length} dimensions, index expects ${this.dimensions}`);
      }
      index.addPoint(vector, this.passages.length);
      this.passages.push(passages[i]!);
    });
    return first;
  }

  /** Hides passages from every later search (hnswlib keeps the mark in the saved file). */
  markDeleted(labels: Iterable<number>): void {
    for (const label of labels) this.shardOf(label).markDelete(label);
  }

  /** The graph that holds a label. */
  private shardOf(label: number): hnswlib.HierarchicalNSW {
    let shard = this.shards.length - 1;
    while (shard > 0 && this.shards[shard]!.first > label) shard--;
    return this.shards[shard]!.index;
  }

  /**
   * The `k` nearest passages to a query vector, closest first; only labels that pass `filter`,
   * when given (approximate: hnswlib keeps `max(k, ef)` candidates while it walks the graph;
   * each of several shards {@link SHARD_EF_SHARE} of `ef`).
   */
  search(vector: readonly number[], k: number, filter?: (label: number) => boolean, ef = EF_SEARCH): VectorHit[] {
    if (k <= 0) return [];
    const query = [...vector];
    const found: { label: number; distance: number }[] = [];
    const effort = this.shards.length > 1 ? Math.ceil(ef * SHARD_EF_SHARE) : ef;
    for (const { index } of this.shards) {
      const count = index.getCurrentCount();
      if (count === 0) continue;
      const wanted = Math.min(k, count);
      index.setEf(Math.max(wanted, effort));
      const { neighbors, distances } = index.searchKnn(query, wanted, filter);
      neighbors.forEach((label, i) => found.push({ label, distance: distances[i]! }));
    }
    // Shards' hits merged by distance; ties by label, so the order does not depend on the shards.
    if (this.shards.length > 1) found.sort((a, b) => a.distance - b.distance || a.label - b.label);
    return found.slice(0, k).map(({ label, distance }) => ({ passage: this.passageAt(label), similarity: 1 - distance, label }));
  }

  /** The stored vector of a passage, by its position in {@link passages} (for exact-search baselines). */
  vector(label: number): number[] {
    return this.shardOf(label).getPoint(label);
  }

  /**
   * Writes the files under temporary names, then renames them into place, so a crash never
   * leaves a half-written file under a real name. Returns their checksums for the manifest.
   */
  save(dir: string): StoreFiles {
    mkdirSync(dir, { recursive: true });
    const articles: DocstoreFile['articles'] = [];
    const articleIndex = new Map<string, number>();
    const pairs: number[] = [];
    for (const { metadata } of this.passages) {
      let a = articleIndex.get(metadata.articleId);
      if (a === undefined) {
        a = articles.push({ articleId: metadata.articleId, title: metadata.title, date: metadata.date }) - 1;
        articleIndex.set(metadata.articleId, a);
      }
      pairs.push(a, metadata.paragraph);
    }
    const shards = this.shards.map((shard) => shard.first);
    const docstore = JSON.stringify({ dimensions: this.dimensions, shards, articles, passages: pairs } satisfies DocstoreFile);
    writeAtomic(join(dir, DOCSTORE_FILE), docstore);
    const [index, ...more] = this.shards.map(({ index }, shard) =>
      writeAtomicWith(join(dir, shardFile(shard)), (tmp) => {
        index.writeIndexSync(tmp);
        return sha256(readFileSync(tmp));
      }),
    );
    // Shards of an earlier build with more of them are no longer part of the index.
    for (const name of readdirSync(dir)) {
      const shard = /^index\.(\d+)\.hnsw$/.exec(name);
      if (shard && Number(shard[1]) >= this.shards.length) rmSync(join(dir, name), { force: true });
    }
    const files: StoreFiles = { index: index!, docstore: sha256(docstore) };
    if (more.length > 0) files.shards = more;
    return files;
  }

  /**
   * Loads a saved index after checking its files against the manifest's checksums (the graph's
   * is not re-hashed when `stamps` vouch for it, see {@link isVouched}). A passage's
   * text comes from `textOf` (the loaded articles) when first asked for: answering needs only
   * the metadata, and the archive's text is then neither stored twice nor parsed twice. The files
   * are checked at once; hnswlib then reads the graph on a worker thread, so the caller can load
   * the rest of the index meanwhile (two cores: a tenth off a cold start at 100k paragraphs).
   */
  static async load(dir: string, expected: StoreFiles, textOf: (metadata: PassageMetadata) => string | undefined, stamps?: FileStamps): Promise<HnswStore> {
    const docstoreRaw = readFileSync(join(dir, DOCSTORE_FILE));
    if (sha256(docstoreRaw) !== expected.docstore) throw new Error(`${DOCSTORE_FILE} does not match the manifest`);
    const graphs = graphFiles(expected);
    // Checked before hnswlib reads them: a truncated graph file can crash the native reader.
    for (const { name, checksum } of graphs) {
      const path = join(dir, name);
      if (!isVouched(path, checksum, stamps?.[name]) && sha256(readFileSync(path)) !== checksum) throw new Error(`${name} does not match the manifest`);
    }
    const { dimensions, shards: firsts, articles, passages: pairs } = JSON.parse(docstoreRaw.toString('utf8')) as DocstoreFile;
    if (firsts.length !== graphs.length) throw new Error(`${DOCSTORE_FILE} and the manifest disagree on the graph shards`);
    const at = (label: number) => {
      const article = articles[pairs[2 * label]!]!;
      const metadata: PassageMetadata = { articleId: article.articleId, paragraph: pairs[2 * label + 1]!, title: article.title };
      if (article.date !== undefined) metadata.date = article.date;
      return lazyPassage(metadata, () => textOf(metadata) ?? '');
    };
    const shards = await Promise.all(
      graphs.map(async ({ name }, shard) => {
        const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
        await index.readIndex(join(dir, name));
        return { index, first: firsts[shard]! };
      }),
    );
    return new HnswStore(shards, undefined, dimensions, { count: pairs.length / 2, at });
  }
}

/**
 * The compiled worker script: next to this module in `dist/`; from the TypeScript sources
 * (tests), the build's copy, since a worker thread cannot run TypeScript.
 */
function shardWorkerScript(): string {
  const beside = fileURLToPath(new URL('./shard-worker.js', import.meta.url));
  return existsSync(beside) ? beside : join(PROJECT_ROOT, 'dist', 'src', 'index', 'shard-worker.js');
}

/**
 * Runs one shard's build on a worker thread; resolves with the file it wrote, rejects if the
 * worker fails or `onInserted` throws. Aborting `signal` stops the worker.
 */
export function runShardJob(job: ShardJob, onInserted: (inserted: number) => void, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(shardWorkerScript(), { workerData: job });
    const fail = (error: unknown) => {
      reject(error);
      void worker.terminate();
    };
    signal?.addEventListener('abort', () => fail(new Error('Graph shard build stopped: another shard failed')), { once: true });
    let done = false;
    worker.on('message', (message: ShardMessage) => {
      try {
        onInserted(message.inserted);
      } catch (error) {
        fail(error);
      }
      done ||= message.done;
    });
    worker.on('error', fail);
    worker.on('exit', (code) => (done ? resolve(job.file) : reject(new Error(`Graph shard worker stopped (exit code ${code}) before writing its graph`))));
  });
}

/** A passage whose text is read when first asked for; it still spreads and serialises like a plain object. */
function lazyPassage(metadata: PassageMetadata, text: () => string): StoredPassage {
  let pageContent: string | undefined;
  return {
    get pageContent() {
      return (pageContent ??= text());
    },
    metadata,
  };
}

/** Writes a file under a temporary name and renames it into place (atomic on POSIX file systems). */
export function writeAtomic(path: string, content: string | Buffer): void {
  writeAtomicWith(path, (tmp) => writeFileSync(tmp, content));
}

/**
 * Lets `write` fill a temporary file (returning what it returns), then renames the file to
 * `path`; on failure the temporary file is removed.
 */
export function writeAtomicWith<T>(path: string, write: (tmp: string) => T): T {
  const tmp = `${path}.${randomUUID()}.tmp`;
  try {
    const result = write(tmp);
    renameSync(tmp, path);
    return result;
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * A file of the index as it was when written and hashed: while its size and modification time
 * are unchanged, its checksum still holds and the file need not be read to be trusted.
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  /** The checksum the file had then. */
  checksum: string;
}

/** Stamps of an index's files, by file name. */
export type FileStamps = Record<string, FileStamp>;

/** The stamp of a file just written with this checksum. */
export function stampOf(path: string, checksum: string): FileStamp {
  const { size, mtimeMs } = statSync(path);
  return { size, mtimeMs, checksum };
}

/**
 * Can the file be trusted to have `checksum` without hashing it? Yes when its stamp was taken
 * with that checksum and its size and modification time are unchanged: hashing the 130 MB graph
 * of a 100k-paragraph archive is a fifth of a cold start. Any write (a truncation, a same-size
 * overwrite, a plain copy) changes the modification time, and the file is then hashed in full.
 */
export function isVouched(path: string, checksum: string | undefined, stamp: FileStamp | undefined): boolean {
  if (!stamp || checksum === undefined || stamp.checksum !== checksum) return false;
  try {
    const { size, mtimeMs } = statSync(path);
    return size === stamp.size && mtimeMs === stamp.mtimeMs;
  } catch {
    return false;
  }
}

/** Hex SHA-256 of a file's content: the manifest's checksums and the articles' content hashes. */
export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
