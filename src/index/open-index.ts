import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Article } from '../article/article.js';
import type { Embedder } from '../embeddings/factory.js';
import { ConfigError } from '../errors.js';
import { HnswStore, type StoreFiles, writeAtomic } from './hnsw-store.js';

/** Bumped when the on-disk layout changes, so old indexes are rebuilt rather than misread. */
const FORMAT_VERSION = 1;

/** How articles are cut into indexed passages; part of the manifest. */
export const CHUNKING = { unit: 'paragraph', split: 'blank-line', version: 1 } as const;

const MANIFEST_FILE = 'manifest.json';

/** Describes what an index on disk was built from; the index is reused only if all of it matches. */
export interface IndexManifest {
  formatVersion: number;
  embedder: { id: string; dimensions: number };
  chunking: typeof CHUNKING;
  articles: { id: string; contentHash: string }[];
  files: StoreFiles;
  builtAt: string;
}


/** What {@link openIndex} indexes, with what, and where. */
export interface OpenIndexOptions {
  articles: readonly Article[];
  embedder: Embedder;
  dir: string;
  logger: Logger;
  /** Rebuild even if the saved index matches (`npm run index`). */
  forceRebuild?: boolean;
}

/** A ready index and the manifest that describes it. */
export interface OpenedIndex {
  store: HnswStore;
  manifest: IndexManifest;
  /** Why the index was (re)built, or undefined when it was loaded as saved. */
  rebuiltBecause?: string;
}

/**
 * Loads the saved index when its manifest matches the articles, the embedder and the chunking;
 * otherwise (or when a file is missing or corrupt) rebuilds it and saves it atomically. Throws a
 * {@link ConfigError} naming the folder when the index cannot be written there.
 */
export async function openIndex(options: OpenIndexOptions): Promise<OpenedIndex> {
  const { dir, logger } = options;
  const wanted = {
    formatVersion: FORMAT_VERSION,
    embedderId: options.embedder.id,
    articles: options.articles.map((a) => ({ id: a.id, contentHash: a.contentHash })),
  };

  let reason = options.forceRebuild ? 'rebuild requested' : undefined;
  if (!reason) {
    try {
      const manifest = readManifest(dir);
      reason = staleness(manifest, wanted);
      if (!reason) {
        const store = HnswStore.load(dir, manifest.files);
        logger.debug({ dir, embedder: manifest.embedder.id }, 'index loaded');
        return { store, manifest };
      }
    } catch (error) {
      reason = existsSync(join(dir, MANIFEST_FILE)) ? `unreadable index (${(error as Error).message})` : 'no index yet';
    }
  }

  logger.info({ dir, reason }, 'building the vector index');
  const { buildStore } = await import('./ingest.js');
  const store = await buildStore(options.articles, options.embedder.embeddings);
  const manifest = saveIndex(store, dir, wanted.articles, options.embedder.id, options.forceRebuild ? undefined : logger);
  return { store, manifest, rebuiltBecause: reason };
}

/** Why a folder refuses writes although it is one: permissions or a read-only mount. */
const READ_ONLY = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Writes the store, then its manifest; a file-system error becomes a one-line {@link ConfigError}.
 * Given a logger, a read-only folder is not an error: the index just built is served from memory,
 * with one warning (`npm run index` passes none: writing the index is its whole job).
 */
function saveIndex(store: HnswStore, dir: string, articles: IndexManifest['articles'], embedderId: string, logger?: Logger): IndexManifest {
  const embedder = { id: embedderId, dimensions: store.dimensions };
  const manifest: IndexManifest = { formatVersion: FORMAT_VERSION, embedder, chunking: CHUNKING, articles, files: { index: '', docstore: '' }, builtAt: new Date().toISOString() };
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

/** Why a saved manifest cannot serve the wanted index, or undefined if it can. */
function staleness(
  manifest: IndexManifest,
  wanted: { formatVersion: number; embedderId: string; articles: IndexManifest['articles'] },
): string | undefined {
  if (manifest.formatVersion !== wanted.formatVersion) return 'index format changed';
  if (manifest.embedder?.id !== wanted.embedderId) return 'embedder changed';
  if (JSON.stringify(manifest.chunking) !== JSON.stringify(CHUNKING)) return 'chunking settings changed';
  if (JSON.stringify(manifest.articles) !== JSON.stringify(wanted.articles)) return 'articles changed';
  return undefined;
}
