import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Article } from '../article/article.js';
import type { Embedder } from '../embeddings/factory.js';
import { ConfigError } from '../errors.js';
import { HnswStore, type StoreFiles, writeAtomic } from './hnsw-store.js';
import type { BuildProgress } from './ingest.js';
import { updateIndex } from './update-index.js';

/** Bumped when the on-disk layout changes, so old indexes are rebuilt rather than misread. */
const FORMAT_VERSION = 2;

/** How articles are cut into indexed passages; part of the manifest. */
export const CHUNKING = { unit: 'paragraph', split: 'blank-line', version: 1 } as const;

const MANIFEST_FILE = 'manifest.json';

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
  files: StoreFiles;
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
}

/** A ready index and the manifest that describes it. */
export interface OpenedIndex {
  store: HnswStore;
  manifest: IndexManifest;
  /** The embedder to query with: the one given, fitted on the corpus the index was built from. */
  embedder: Embedder;
  /** Why the index was (re)built, or undefined when it was loaded as saved. */
  rebuiltBecause?: string;
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
        const store = HnswStore.load(dir, manifest.files);
        const corpus = store.passages.slice(0, manifest.embedder.fittedPassages).map((p) => p.pageContent);
        loaded = { store, manifest, embedder: options.embedder.fitted?.(corpus) ?? options.embedder };
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
  const store = await buildStore(options.articles, embedder.embeddings, options.onProgress);
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
  const manifest = saveIndex(store, dir, description, options.forceRebuild ? undefined : logger);
  return { store, manifest, embedder, rebuiltBecause: reason };
}

/** Why a folder refuses writes although it is one: permissions or a read-only mount. */
const READ_ONLY = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Writes the store, then its manifest (with the files' checksums); a file-system error becomes a
 * one-line {@link ConfigError}. Given a logger, a read-only folder is not an error: the index just
 * built is served from memory, with one warning (`npm run index` passes none: writing the index is
 * its whole job).
 */
export function saveIndex(store: HnswStore, dir: string, description: Omit<IndexManifest, 'files'>, logger?: Logger): IndexManifest {
  const manifest: IndexManifest = { ...description, files: { index: '', docstore: '' } };
  try {
    manifest.files = store.save(dir);
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
