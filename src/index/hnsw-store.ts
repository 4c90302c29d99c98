import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import hnswlib from 'hnswlib-node';

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

/** File names of the store in the index folder. */
export const INDEX_FILE = 'index.hnsw';
export const DOCSTORE_FILE = 'docstore.json';

/** File names and checksums, recorded in the manifest so a corrupt or half-written file is detected. */
export interface StoreFiles {
  index: string;
  docstore: string;
}

/**
 * Graph settings, measured on generated archives (`npm run bench -- --corpus N`): these hashed
 * n-gram vectors have many near-ties, and 32 links per node reach a recall 16 links need twice
 * the search effort for. efConstruction = 40 builds twice as fast as 100 and is as good at 12k
 * paragraphs, but at 100k its recall@10 fell to 0.74.
 */
const M = 32;
const EF_CONSTRUCTION = 100;
/**
 * Candidates kept while searching (hnswlib's `ef`), at least `k`. Recall grows with it and so
 * does latency. These vectors' nearest neighbours lie in a thin shell (at 100k paragraphs the
 * 10th and 11th are a few thousandths apart in cosine), and on the graph built with the
 * settings above recall@10 at 100k is 0.86 at `ef` 400, 0.95 at 800 and 0.97 at 1000 (0.99 at
 * 12k already with 400), but each step costs as much search time again: at 1000 hnswlib is
 * only 7× faster than exact search, and the answers at 100k were the same for 131 of 136
 * questions (the others: closest passages of unanswerable ones). Recall is for the graph to
 * buy (`efConstruction`); `npm run bench -- --corpus N` prints the curve.
 */
export const EF_SEARCH = 400;

/**
 * The docstore on disk: passages' metadata, compactly. Their texts are not stored twice: the
 * articles the manifest vouches for hold them (see {@link HnswStore.load}).
 */
interface DocstoreFile {
  dimensions: number;
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
    private readonly index: hnswlib.HierarchicalNSW,
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

  /** An empty index for vectors of the given size. */
  static create(dimensions: number, capacity: number): HnswStore {
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    // Fixed seed: the same articles always yield the same graph.
    index.initIndex(Math.max(capacity, 1), M, EF_CONSTRUCTION, 42);
    return new HnswStore(index, [], dimensions);
  }

  /**
   * Adds passages with their vectors; grows the index when needed. Labels are positions in
   * {@link passages}, which only grows: returns the first new label.
   */
  add(vectors: readonly number[][], passages: readonly StoredPassage[]): number {
    const first = this.passages.length;
    const needed = this.passages.length + passages.length;
    // Doubling keeps a long run of small additions (batches, live updates) from copying the graph each time.
    if (needed > this.index.getMaxElements()) this.index.resizeIndex(Math.max(needed, 2 * this.index.getMaxElements()));
    vectors.forEach((vector, i) => {
      if (vector.length !== this.dimensions) {
        throw new Error(`Vector has ${vector.length} dimensions, index expects ${this.dimensions}`);
      }
      this.index.addPoint(vector, this.passages.length);
      this.passages.push(passages[i]!);
    });
    return first;
  }

  /** Hides passages from every later search (hnswlib keeps the mark in the saved file). */
  markDeleted(labels: Iterable<number>): void {
    for (const label of labels) this.index.markDelete(label);
  }

  /**
   * The `k` nearest passages to a query vector, closest first; only labels that pass `filter`,
   * when given (approximate: hnswlib keeps `max(k, ef)` candidates while it walks the graph).
   */
  search(vector: readonly number[], k: number, filter?: (label: number) => boolean, ef = EF_SEARCH): VectorHit[] {
    const count = this.index.getCurrentCount();
    if (count === 0 || k <= 0) return [];
    const wanted = Math.min(k, count);
    this.index.setEf(Math.max(wanted, ef));
    const { neighbors, distances } = this.index.searchKnn([...vector], wanted, filter);
    return neighbors.map((label, i) => ({ passage: this.passageAt(label), similarity: 1 - distances[i]!, label }));
  }

  /** The stored vector of a passage, by its position in {@link passages} (for exact-search baselines). */
  vector(label: number): number[] {
    return this.index.getPoint(label);
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
    const docstore = JSON.stringify({ dimensions: this.dimensions, articles, passages: pairs } satisfies DocstoreFile);
    writeAtomic(join(dir, DOCSTORE_FILE), docstore);
    const indexSum = writeAtomicWith(join(dir, INDEX_FILE), (tmp) => {
      this.index.writeIndexSync(tmp);
      return sha256(readFileSync(tmp));
    });
    return { index: indexSum, docstore: sha256(docstore) };
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
    const indexPath = join(dir, INDEX_FILE);
    const docstoreRaw = readFileSync(join(dir, DOCSTORE_FILE));
    if (sha256(docstoreRaw) !== expected.docstore) throw new Error(`${DOCSTORE_FILE} does not match the manifest`);
    // Checked before hnswlib reads it: a truncated graph file can crash the native reader.
    if (!isVouched(indexPath, expected.index, stamps?.[INDEX_FILE]) && sha256(readFileSync(indexPath)) !== expected.index) {
      throw new Error(`${INDEX_FILE} does not match the manifest`);
    }
    const { dimensions, articles, passages: pairs } = JSON.parse(docstoreRaw.toString('utf8')) as DocstoreFile;
    const at = (label: number) => {
      const article = articles[pairs[2 * label]!]!;
      const metadata: PassageMetadata = { articleId: article.articleId, paragraph: pairs[2 * label + 1]!, title: article.title };
      if (article.date !== undefined) metadata.date = article.date;
      return lazyPassage(metadata, () => textOf(metadata) ?? '');
    };
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    await index.readIndex(indexPath);
    return new HnswStore(index, undefined, dimensions, { count: pairs.length / 2, at });
  }
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
function writeAtomicWith<T>(path: string, write: (tmp: string) => T): T {
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
