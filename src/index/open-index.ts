import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Article } from '../article/article.js';
import type { Embedder } from '../embeddings/factory.js';
import { ConfigError } from '../errors.js';
import { LexicalIndex } from '../retrieval/lexical-index.js';
import { DOCSTORE_FILE, type FileStamps, graphFiles, HnswStore, isVouched, sha256, stampOf, type StoreFiles, writeAtomic } from './hnsw-store.js';
import type { BuildProgress } from './ingest.js';
import { updateIndex } from './update-index.js';

/** Bumped when the on-disk layout changes, so old indexes are rebuilt rather than misread (4: graph shards; 5: sentences split after titles joined;
 * 6: a capital letter ends a sentence unless it follows what comes before a name, run-ons cut; 7: the paragraphs' words
 * saved with the postings). */
export const FORMAT_VERSION = 7;

/** How articles are cut into indexed passages; part of the manifest. */
export const CHUNKING = { unit: 'paragraph', split: 'blank-line', version: 1 } as const;

const MANIFEST_FILE = 'manifest.json';
const LEXICAL_FILE = 'lexical.bin';
const WEIGHTS_FILE = 'embedder-weights.bin';

/** Checksums of every file of an index: the vector store's, the lexical index's and the embedder's weights. */
export interface IndexFiles extends StoreFiles {
  lexical: string;
  /** Present when the embedder has weights learnt from the articles. */
  weights?: string;
}

/** An article in the index: its passages have the consecutive labels `firstLabel … firstLabel + paragraphs - 1`. */
export interface IndexedArticle {
  id: string;
  contentHash: string;
  firstLabel: number;
  paragraphs: number;
}

/** Describes what an index on disk was built from; the index is reused only if all of it matches. */
export interface IndexManifest {
  formatVersion: number;
  /** `fittedPassages`: the first passages of the docstore are the corpus the embedder was fitted on. */
  embedder: { id: string; dimensions: number; fittedPassages: number };
  chunking: typeof CHUNKING;
  articles: IndexedArticle[];
  files: IndexFiles;
  /** Size and modification time of each file when written, so a cold start need not re-hash unchanged files. */
  stamps?: FileStamps;
  /** When the index was last built in full, and how long that took. */
  builtAt: string;
  buildMs: number;
  /** When articles were last added, changed or removed in place (no full rebuild). */
  updatedAt?: string;
}

/** What {@link openIndex} indexes, with what, and where. */
export interface OpenIndexOptions {
  articles: readonly Article[];
  embedder: Embedder;
  dir: string;
  logger: Logger;
  /** Rebuild even if the saved index matches (`npm run index`). */
  forceRebuild?: boolean;
  /** Called as a full build embeds the paragraphs. */
  onProgress?: (progress: BuildProgress) => void;
  /** Graph shards of a full build; by default chosen by the archive's size (see {@link buildStore}). */
  shards?: number;
}

/** A ready index and the manifest that describes it. */
export interface OpenedIndex {
  store: HnswStore;
  /** BM25 postings and vocabulary of the articles the index holds (see {@link LexicalIndex.covers}). */
  lexical: LexicalIndex;
  manifest: IndexManifest;
  /** The embedder to query with: the one given, fitted on the corpus the index was built from. */
  embedder: Embedder;
  /** Why the index was (re)built, or undefined when it was loaded as saved. */
  rebuiltBecause?: string;
  /**
   * Where a full build's time went, in ms: embedding (with the embedder's fit), the graph, the
   * postings (on this thread, during the graph's build when it is sharded) and saving.
   */
  stages?: { embedMs: number; graphMs: number; postingsMs: number; saveMs: number };
}

/**
 * Loads the saved index when its manifest matches the embedder and the chunking, and brings it up
 * to date with the articles in place (see {@link updateIndex}); otherwise (or when a file is
 * missing or corrupt) builds it in full and saves it atomically. Throws a {@link ConfigError}
 * naming the folder when the index cannot be written there.
 */
export async function openIndex(options: OpenIndexOptions): Promise<OpenedIndex> {
  const { dir, logger } = options;
  let reason = options.forceRebuild ? 'rebuild requested' : undefined;
  let loaded: OpenedIndex | undefined;
  if (!reason) {
    try {
      const manifest = readManifest(dir);
      reason = staleness(manifest, options.embedder.id);
      if (!reason) {
        const articles = new Map(options.articles.map((a) => [a.id, a]));
        const { stamps } = manifest;
        const { embedder } = options;
        // The graph is read on a worker thread while the postings and the weights load here.
        const [store, lexical] = await Promise.all([
          HnswStore.load(dir, manifest.files, ({ articleId, paragraph }) => articles.get(articleId)?.paragraphs[paragraph - 1]?.text, stamps),
          (async () => {
            const postings = LexicalIndex.deserialize(readChecked(dir, LEXICAL_FILE, manifest.files.lexical, stamps));
            // The saved weights are those of the corpus the index was built from: nothing is refitted.
            if (embedder.weights) embedder.weights.restore(readChecked(dir, WEIGHTS_FILE, manifest.files.weights, stamps));
            return postings;
          })(),
        ]);
        loaded = { store, lexical, manifest, embedder };
        logger.debug({ dir, embedder: manifest.embedder.id }, 'index loaded');
      }
    } catch (error) {
      reason = existsSync(join(dir, MANIFEST_FILE)) ? `unreadable index (${(error as Error).message})` : 'no index yet';
    }
  }
  if (loaded) return (await updateIndex(loaded, options.articles, dir, logger)).index;

  logger.info({ dir, reason }, 'building the vector index');
  const started = performance.now();
  const embedder = options.embedder.fitted?.(options.articles.flatMap((a) => a.paragraphs.map((p) => p.text))) ?? options.embedder;
  // Loaded only to build: LangChain's documents and vector store cost start-up time the query path does not need.
  const { buildStore } = await import('./ingest.js');
  const timings = { embedMs: 0, graphMs: 0 };
  let lexical: LexicalIndex | undefined;
  let postingsMs = 0;
  const store = await buildStore(options.articles, embedder.embeddings, {
    onProgress: options.onProgress,
    shards: options.shards,
    timings,
    // The postings are built here while worker threads build the graph.
    alongside: () => {
      const t = performance.now();
      lexical = LexicalIndex.build(options.articles, embedder.embeddings);
      postingsMs = performance.now() - t;
    },
  });
  let firstLabel = 0;
  const articles = options.articles.map((a) => {
    const entry = { id: a.id, contentHash: a.contentHash, firstLabel, paragraphs: a.paragraphs.length };
    firstLabel += a.paragraphs.length;
    return entry;
  });
  const description = {
    formatVersion: FORMAT_VERSION,
    embedder: { id: embedder.id, dimensions: store.dimensions, fittedPassages: store.passages.length },
    chunking: CHUNKING,
    articles,
    builtAt: new Date().toISOString(),
    buildMs: Math.round(performance.now() - started),
  };
  lexical ??= LexicalIndex.build(options.articles, embedder.embeddings);
  const saving = performance.now();
  const manifest = saveIndex({ store, lexical, embedder }, dir, description, options.forceRebuild ? undefined : logger);
  const stages = { ...timings, postingsMs, saveMs: performance.now() - saving };
  logger.debug({ dir, stages }, 'index built');
  return { store, lexical, manifest, embedder, rebuiltBecause: reason, stages };
}

/** Why a folder refuses writes although it is one: permissions or a read-only mount. */
const READ_ONLY = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Writes the store, then its manifest (with the files' checksums); a file-system error becomes a
 * one-line {@link ConfigError}. Given a logger, a read-only folder is not an error: the index just
 * built is served from memory, with one warning (`npm run index` passes none: writing the index is
 * its whole job).
 */
export function saveIndex(
  { store, lexical, embedder }: Pick<OpenedIndex, 'store' | 'lexical' | 'embedder'>,
  dir: string,
  description: Omit<IndexManifest, 'files'>,
  logger?: Logger,
): IndexManifest {
  const files: IndexFiles = { index: '', docstore: '', lexical: '' };
  const manifest: IndexManifest = { ...description, files };
  delete manifest.stamps;
  try {
    Object.assign(files, store.save(dir));
    files.lexical = writeChecked(dir, LEXICAL_FILE, lexical.serialize());
    const weights = embedder.weights?.save();
    if (weights) files.weights = writeChecked(dir, WEIGHTS_FILE, weights);
    const stamps: FileStamps = {
      ...Object.fromEntries(graphFiles(files).map(({ name, checksum }) => [name, stampOf(join(dir, name), checksum)])),
      [DOCSTORE_FILE]: stampOf(join(dir, DOCSTORE_FILE), files.docstore),
      [LEXICAL_FILE]: stampOf(join(dir, LEXICAL_FILE), files.lexical),
    };
    if (files.weights) stamps[WEIGHTS_FILE] = stampOf(join(dir, WEIGHTS_FILE), files.weights);
    manifest.stamps = stamps;
    // Written last: until it is in place, the previous manifest's checksums reject the new files.
    writeAtomic(join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    return manifest;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw error;
    if (!logger || !READ_ONLY.has(code)) throw new ConfigError(`Cannot write the vector index to ${dir}: ${code}`);
    logger.warn({ dir, code }, 'the index folder is read-only: serving the index from memory (it is rebuilt at every start until the folder is writable)');
    return manifest;
  }
}

/** Writes one file atomically and returns its checksum. */
function writeChecked(dir: string, name: string, data: Buffer): string {
  writeAtomic(join(dir, name), data);
  return sha256(data);
}

/** Reads one file of the index, checking it against the manifest's checksum unless its stamp vouches for it. */
function readChecked(dir: string, name: string, checksum: string | undefined, stamps: FileStamps | undefined): Buffer {
  const path = join(dir, name);
  const vouched = isVouched(path, checksum, stamps?.[name]);
  const data = readFileSync(path);
  if (!vouched && sha256(data) !== checksum) throw new Error(`${name} does not match the manifest`);
  return data;
}

function readManifest(dir: string): IndexManifest {
  return JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as IndexManifest;
}

/** Why a saved manifest cannot serve the wanted index, or undefined if it can (articles are updated in place). */
function staleness(manifest: IndexManifest, embedderId: string): string | undefined {
  if (manifest.formatVersion !== FORMAT_VERSION) return 'index format changed';
  if (manifest.embedder?.id !== embedderId) return 'embedder changed';
  if (JSON.stringify(manifest.chunking) !== JSON.stringify(CHUNKING)) return 'chunking settings changed';
  if (!Array.isArray(manifest.articles)) return 'index format changed';
  return undefined;
}
