import type { Logger } from 'pino';
import type { Article } from '../article/article.js';
import { ConfigError } from '../errors.js';
import { LexicalIndex } from '../retrieval/lexical-index.js';
import { saveIndex, type IndexedArticle, type IndexManifest, type OpenedIndex } from './open-index.js';

/** How the articles differ from what an index holds. */
export interface ArticleChanges {
  added: Article[];
  /** Same id, different content: the old passages are deleted and the new ones added. */
  changed: Article[];
  removed: IndexedArticle[];
}

/** True when the articles and the index differ. */
export function hasChanges(changes: ArticleChanges): boolean {
  return changes.added.length + changes.changed.length + changes.removed.length > 0;
}

/** Compares the articles with what the index holds, by id and content hash. */
export function diffArticles(indexed: readonly IndexedArticle[], articles: readonly Article[]): ArticleChanges {
  const held = new Map(indexed.map((entry) => [entry.id, entry]));
  const wanted = new Set(articles.map((a) => a.id));
  return {
    added: articles.filter((a) => !held.has(a.id)),
    changed: articles.filter((a) => held.has(a.id) && held.get(a.id)!.contentHash !== a.contentHash),
    removed: indexed.filter((entry) => !wanted.has(entry.id)),
  };
}

/** Labels of an article's passages. */
export function labelsOf(entry: IndexedArticle): number[] {
  return Array.from({ length: entry.paragraphs }, (_, i) => entry.firstLabel + i);
}

/**
 * Brings an index up to date with the articles without a full rebuild: only the paragraphs of
 * added and changed articles are embedded and inserted (`addPoint`, the graph grows as needed),
 * and the passages of changed and removed articles are marked deleted. Embedding comes first
 * and may fail without touching anything; the store is then changed in one synchronous step and
 * saved, manifest last. When the folder cannot be written, the update is served from memory
 * with a warning (the saved index stays as it was, consistent, and is brought up to date at the
 * next start). Returns the updated index (the same store) and what changed.
 */
export async function updateIndex(
  index: OpenedIndex,
  articles: readonly Article[],
  dir: string,
  logger: Logger,
): Promise<{ index: OpenedIndex; changes: ArticleChanges }> {
  const changes = diffArticles(index.manifest.articles, articles);
  if (!hasChanges(changes)) return { index, changes };

  const incoming = [...changes.changed, ...changes.added];
  const { toDocuments } = await import('./ingest.js');
  const embedded = await Promise.all(
    incoming.map(async (article) => {
      const documents = toDocuments(article);
      const vectors = await index.embedder.embeddings.embedDocuments(documents.map((d) => d.pageContent));
      return { article, documents, vectors };
    }),
  );

  // From here on nothing awaits: searches see the store before or after the whole update.
  const { store } = index;
  // Added before anything is deleted: a vector the index refuses leaves every current passage in place.
  const added = new Map(
    embedded.map(({ article, documents, vectors }) => {
      const firstLabel = store.add(vectors, documents.map((d) => ({ pageContent: d.pageContent, metadata: d.metadata })));
      return [article.id, { id: article.id, contentHash: article.contentHash, firstLabel, paragraphs: documents.length }];
    }),
  );
  const replaced = new Set([...changes.changed.map((a) => a.id), ...changes.removed.map((e) => e.id)]);
  for (const entry of index.manifest.articles) if (replaced.has(entry.id)) store.markDeleted(labelsOf(entry));
  const kept = index.manifest.articles.filter((entry) => !replaced.has(entry.id) || added.has(entry.id));
  const entries = [...kept.map((entry) => added.get(entry.id) ?? entry), ...changes.added.map((a) => added.get(a.id)!)];
  let manifest: IndexManifest = { ...index.manifest, articles: entries, updatedAt: new Date().toISOString() };
  // The postings are not incremental: they are rebuilt for the new set of articles, and the paragraphs'
  // words with them (a corrected paragraph is never scored from its old words).
  const lexical = LexicalIndex.build(articles, index.embedder.embeddings);
  try {
    manifest = saveIndex({ store, lexical, embedder: index.embedder }, dir, manifest);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    logger.warn({ dir, reason: error.message }, 'index updated in memory only: it could not be saved');
  }
  logger.info(
    { added: changes.added.map((a) => a.id), changed: changes.changed.map((a) => a.id), removed: changes.removed.map((e) => e.id) },
    'index updated in place',
  );
  return { index: { ...index, lexical, manifest, rebuiltBecause: undefined, stages: undefined }, changes };
}
