import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { Document, type DocumentInterface } from '@langchain/core/documents';
import { VectorStore } from '@langchain/core/vectorstores';
import { hasExactSimilarity } from '../embeddings/local.js';
import { DENSE_CANDIDATES, HnswStore, type PassageMetadata } from './hnsw-store.js';

/**
 * LangChain `VectorStore` over {@link HnswStore}. Written here rather than taken from
 * `@langchain/community`, whose peer range clashes with `@langchain/core` 1.x; hnswlib-node is
 * used directly, so the store is the same one the fast query path reads.
 */
export class HnswVectorStore extends VectorStore {
  declare FilterType: (document: DocumentInterface<PassageMetadata>) => boolean;

  private store: HnswStore | undefined;
  private readonly capacity: number;

  /** `capacity`: how many passages the index is sized for when created (it grows when needed). */
  constructor(embeddings: EmbeddingsInterface, store?: HnswStore, options: { capacity?: number } = {}) {
    super(embeddings, {});
    this.store = store;
    this.capacity = options.capacity ?? 0;
  }

  override _vectorstoreType(): string {
    return 'hnswlib-node';
  }

  /** The underlying index; empty until documents are added. */
  get hnsw(): HnswStore | undefined {
    return this.store;
  }

  override async addDocuments(documents: DocumentInterface<PassageMetadata>[]): Promise<void> {
    const vectors = await this.embeddings.embedDocuments(documents.map((d) => d.pageContent));
    await this.addVectors(vectors, documents);
  }

  override async addVectors(vectors: number[][], documents: DocumentInterface<PassageMetadata>[]): Promise<void> {
    if (vectors.length === 0) return;
    this.store ??= HnswStore.create(vectors[0]!.length, Math.max(this.capacity, vectors.length));
    this.store.add(
      vectors,
      documents.map((d) => ({ pageContent: d.pageContent, metadata: d.metadata })),
    );
  }

  override async similaritySearchVectorWithScore(
    query: number[],
    k: number,
    filter?: this['FilterType'],
  ): Promise<[DocumentInterface<PassageMetadata>, number][]> {
    if (!this.store) return [];
    // Search everything when filtering: the passages that pass may rank anywhere.
    const hits = this.store.search(query, filter ? this.store.size : k);
    return hits
      .map(({ passage, similarity }) => [new Document<PassageMetadata>(passage), similarity] as [Document<PassageMetadata>, number])
      .filter(([document]) => !filter || filter(document))
      .slice(0, k);
  }

  /**
   * With an embedder that scores texts exactly (the local one), the {@link DENSE_CANDIDATES}
   * nearest passages are ordered by that score, which the graph's few dimensions only
   * approximate; the scores returned are then the exact similarities.
   */
  override async similaritySearchWithScore(query: string, k = 4, filter?: this['FilterType']): Promise<[DocumentInterface<PassageMetadata>, number][]> {
    const vector = await this.embeddings.embedQuery(query);
    if (!hasExactSimilarity(this.embeddings)) return this.similaritySearchVectorWithScore(vector, k, filter);
    const candidates = await this.similaritySearchVectorWithScore(vector, Math.max(k, DENSE_CANDIDATES), filter);
    const exact = this.embeddings.similarities(
      query,
      candidates.map(([document]) => document.pageContent),
    );
    return candidates
      .map(([document], i) => [document, exact[i]!] as [DocumentInterface<PassageMetadata>, number])
      .sort((a, b) => b[1] - a[1])
      .slice(0, k);
  }

  /** The `k` passages closest to `query`, in the order of {@link similaritySearchWithScore}. */
  override async similaritySearch(query: string, k = 4, filter?: this['FilterType']): Promise<DocumentInterface<PassageMetadata>[]> {
    return (await this.similaritySearchWithScore(query, k, filter)).map(([document]) => document);
  }

  /** Builds a store from documents in one call, as LangChain's `fromDocuments` convention expects. */
  static override async fromDocuments(
    documents: DocumentInterface<PassageMetadata>[],
    embeddings: EmbeddingsInterface,
  ): Promise<HnswVectorStore> {
    const store = new HnswVectorStore(embeddings);
    await store.addDocuments(documents);
    return store;
  }
}
