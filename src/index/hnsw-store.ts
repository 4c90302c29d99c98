import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
}

const INDEX_FILE = 'index.hnsw';
const DOCSTORE_FILE = 'docstore.json';

/** File names and checksums, recorded in the manifest so a corrupt or half-written file is detected. */
export interface StoreFiles {
  index: string;
  docstore: string;
}

/**
 * The persisted vector index: an HNSW graph (hnswlib) plus the passages it points to.
 * Kept free of LangChain imports so the query path starts fast; {@link HnswVectorStore}
 * wraps it as a LangChain `VectorStore` for ingestion and chains.
 */
export class HnswStore {
  private constructor(
    private readonly index: hnswlib.HierarchicalNSW,
    readonly passages: StoredPassage[],
    readonly dimensions: number,
  ) {}

  /** An empty index for vectors of the given size. */
  static create(dimensions: number, capacity: number): HnswStore {
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    // Fixed seed: the same article always yields the same graph.
    index.initIndex(Math.max(capacity, 1), 16, 200, 42);
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

  /** The `k` nearest passages to a query vector, closest first; only labels that pass `filter`, when given. */
  search(vector: readonly number[], k: number, filter?: (label: number) => boolean): VectorHit[] {
    const count = this.index.getCurrentCount();
    if (count === 0 || k <= 0) return [];
    const { neighbors, distances } = this.index.searchKnn([...vector], Math.min(k, count), filter);
    return neighbors.map((label, i) => ({ passage: this.passages[label]!, similarity: 1 - distances[i]! }));
  }

  /**
   * Writes both files under temporary names, then renames them into place, so a crash never
   * leaves a half-written file under a real name. Returns their checksums for the manifest.
   */
  save(dir: string): StoreFiles {
    mkdirSync(dir, { recursive: true });
    const docstore = JSON.stringify({ dimensions: this.dimensions, passages: this.passages });
    writeAtomic(join(dir, DOCSTORE_FILE), docstore);
    const indexSum = writeAtomicWith(join(dir, INDEX_FILE), (tmp) => {
      this.index.writeIndexSync(tmp);
      return sha256(readFileSync(tmp));
    });
    return { index: indexSum, docstore: sha256(docstore) };
  }

  /** Loads a saved index after checking both files against the manifest's checksums. */
  static load(dir: string, expected: StoreFiles): HnswStore {
    const indexPath = join(dir, INDEX_FILE);
    const docstoreRaw = readFileSync(join(dir, DOCSTORE_FILE));
    if (sha256(docstoreRaw) !== expected.docstore) throw new Error(`${DOCSTORE_FILE} does not match the manifest`);
    // Checked before hnswlib reads it: a truncated graph file can crash the native reader.
    if (sha256(readFileSync(indexPath)) !== expected.index) throw new Error(`${INDEX_FILE} does not match the manifest`);
    const { dimensions, passages } = JSON.parse(docstoreRaw.toString('utf8')) as {
      dimensions: number;
      passages: StoredPassage[];
    };
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    index.readIndexSync(indexPath);
    return new HnswStore(index, passages, dimensions);
  }
}

/** Writes a file under a temporary name and renames it into place (atomic on POSIX file systems). */
export function writeAtomic(path: string, content: string): void {
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

/** Hex SHA-256 of a file's content: the manifest's checksums and the articles' content hashes. */
export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
