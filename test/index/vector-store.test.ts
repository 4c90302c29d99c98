import { Document } from '@langchain/core/documents';
import { SyntheticEmbeddings } from '@langchain/core/utils/testing';
import { VectorStore } from '@langchain/core/vectorstores';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArticle, loadArticles } from '../../src/article/article.js';
import { LocalEmbeddings } from '../../src/embeddings/local.js';
import { HnswStore, runShardJob, type PassageMetadata } from '../../src/index/hnsw-store.js';
import { buildStore, toDocuments, type BuildProgress } from '../../src/index/ingest.js';
import { HnswVectorStore } from '../../src/index/vector-store.js';
import { REPO_ROOT, SEED_ARTICLE, SEED_ID } from '../helpers/core.js';

const article = loadArticle(SEED_ARTICLE);
const embeddings = new LocalEmbeddings().fit(article.paragraphs.map((p) => p.text));

// LangChain runnables may trace to LangSmith when a developer has tracing on: keep them offline.
const TRACING_ENV = ['LANGCHAIN_TRACING_V2', 'LANGCHAIN_TRACING', 'LANGSMITH_TRACING', 'LANGSMITH_TRACING_V2'];
const saved = new Map<string, string | undefined>();
const realFetch = globalThis.fetch;
beforeAll(() => {
  for (const name of TRACING_ENV) {
    saved.set(name, process.env[name]);
    delete process.env[name];
  }
  globalThis.fetch = (input) => Promise.reject(new Error(`network access in a test: ${String(input)}`));
});
afterAll(() => {
  globalThis.fetch = realFetch;
  for (const [name, value] of saved) if (value !== undefined) process.env[name] = value;
});

describe('toDocuments', () => {
  it('makes one LangChain Document per paragraph, with metadata and a stable id', () => {
    const documents = toDocuments(article);
    expect(documents).toHaveLength(12);
    documents.forEach((document, i) => {
      expect(document).toBeInstanceOf(Document);
      expect(document.pageContent).toBe(article.paragraphs[i]!.text);
      expect(document.metadata).toEqual({ articleId: SEED_ID, paragraph: i + 1, title: article.title, date: '2023-09' });
      expect(document.id).toBe(`${SEED_ID}#${i + 1}`);
    });
  });
});

describe('HnswVectorStore', () => {
  let store: HnswVectorStore;
  beforeAll(async () => {
    store = await HnswVectorStore.fromDocuments(toDocuments(article), embeddings);
  });

  it('is a LangChain VectorStore backed by hnswlib', () => {
    expect(store).toBeInstanceOf(VectorStore);
    expect(store._vectorstoreType()).toBe('hnswlib-node');
    expect(store.hnsw?.passages).toHaveLength(12);
  });

  it('similaritySearch returns Documents with their ¶ metadata, closest first', async () => {
    const [best, ...rest] = await store.similaritySearch('tren i blinduar', 3);
    expect(rest).toHaveLength(2);
    expect(best).toBeInstanceOf(Document);
    expect(best!.metadata).toMatchObject({ articleId: SEED_ID, paragraph: 2, date: '2023-09' });
    expect(best!.pageContent).toBe(article.paragraphs[1]!.text);
  });

  it('similaritySearchWithScore returns cosine similarities, highest first', async () => {
    const results = await store.similaritySearchWithScore('John Kirby Shtëpia e Bardhë', 12);
    expect(results).toHaveLength(12);
    expect(results[0]![0].metadata.paragraph).toBe(4);
    const scores = results.map(([, score]) => score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const score of scores) {
      expect(score).toBeGreaterThanOrEqual(-1.0001);
      expect(score).toBeLessThanOrEqual(1.0001);
    }
  });

  it("orders the graph's nearest passages by the local embedder's exact similarity, and returns it as the score", async () => {
    // The graph's few projected dimensions rank ¶10 first for this query; the exact n-gram similarity ranks ¶2, the armoured train.
    const [vectorBest] = await store.similaritySearchVectorWithScore(await embeddings.embedQuery('tren i blinduar'), 1);
    expect(vectorBest![0].metadata.paragraph).not.toBe(2);
    const results = await store.similaritySearchWithScore('tren i blinduar', 3);
    expect(results[0]![0].metadata.paragraph).toBe(2);
    const exact = embeddings.similarities(
      'tren i blinduar',
      results.map(([document]) => document.pageContent),
    );
    expect(results.map(([, score]) => score)).toEqual(exact);
  });

  it('keeps the vector order and scores for an embedder without exact similarity', async () => {
    const plain = new SyntheticEmbeddings({ vectorSize: 16 });
    const fake = await HnswVectorStore.fromDocuments(toDocuments(article), plain);
    const query = await plain.embedQuery('tren i blinduar');
    expect(await fake.similaritySearchWithScore('tren i blinduar', 3)).toEqual(await fake.similaritySearchVectorWithScore(query, 3));
  });

  it('applies a filter over all passages, then returns at most k', async () => {
    const late = (d: { metadata: PassageMetadata }) => d.metadata.paragraph >= 10;
    const results = await store.similaritySearch('tren i blinduar', 2, late);
    expect(results).toHaveLength(2);
    for (const document of results) expect(document.metadata.paragraph).toBeGreaterThanOrEqual(10);
    expect(await store.similaritySearch('sanksione', 5, (d) => d.metadata.paragraph === 12)).toHaveLength(1);
    expect(await store.similaritySearch('sanksione', 5, () => false)).toEqual([]);
  });

  it('works as a LangChain retriever', async () => {
    const documents = await store.asRetriever({ k: 2 }).invoke('Patricia Lewis Chatham House');
    expect(documents).toHaveLength(2);
    expect(documents.map((d) => d.metadata.paragraph)).toContain(6);
  });

  it('grows past its first capacity when more documents are added', async () => {
    const growing = await HnswVectorStore.fromDocuments(toDocuments(article).slice(0, 2), embeddings);
    await growing.addDocuments([new Document<PassageMetadata>({ pageContent: 'Sanksione ndaj tre subjekteve.', metadata: { articleId: 'x', paragraph: 1, title: 'X' } })]);
    expect(growing.hnsw?.passages).toHaveLength(3);
    const [best] = await growing.similaritySearch('sanksione subjekteve', 1);
    expect(best!.metadata.articleId).toBe('x');
  });

  it('returns nothing from an empty store', async () => {
    const empty = new HnswVectorStore(embeddings);
    expect(empty.hnsw).toBeUndefined();
    expect(await empty.similaritySearch('anything', 3)).toEqual([]);
    await empty.addVectors([], []);
    expect(empty.hnsw).toBeUndefined();
  });
});

describe('HnswStore', () => {
  it('rejects a vector of the wrong size', () => {
    const store = HnswStore.create(8, 1);
    expect(() => store.add([[1, 2, 3]], [{ pageContent: 'x', metadata: { articleId: 'a', paragraph: 1, title: 't' } }])).toThrow(/dimensions/);
  });

  it('searches an empty index without error and caps k at the number of passages', async () => {
    const empty = HnswStore.create(embeddings.dimensions, 4);
    expect(empty.search(embeddings.embed('Putin'), 5)).toEqual([]);
    const built = await buildStore([article], embeddings);
    expect(built.search(embeddings.embed('Putin'), 100)).toHaveLength(12);
  });

  it('builds a sharded index on worker threads, reporting progress up to every article and paragraph', async () => {
    const articles = [article, ...loadArticles(join(REPO_ROOT, 'eval', 'dev-articles'))];
    const events: BuildProgress[] = [];
    const built = await buildStore(articles, embeddings, { shards: 2, onProgress: (p) => events.push(p) });
    const total = articles.reduce((sum, a) => sum + a.paragraphs.length, 0);
    expect(built.shardCount).toBe(2);
    expect(built.size).toBe(total);
    expect(events.at(-1)).toMatchObject({ articles: articles.length, articlesTotal: articles.length, paragraphs: total, paragraphsTotal: total });
    events.slice(1).forEach((event, i) => expect(event.paragraphs).toBeGreaterThanOrEqual(events[i]!.paragraphs));
  });

  it('refuses a sharded build whose vectors are not in shared memory or do not match the passages', async () => {
    const passage = { pageContent: 'x', metadata: { articleId: 'a', paragraph: 1, title: 't' } };
    await expect(HnswStore.buildSharded(new Float32Array(8), 4, [passage, passage], 2)).rejects.toThrow(/shared memory/);
    const shared = new Float32Array(new SharedArrayBuffer(8 * 4)).fill(0.5);
    await expect(HnswStore.buildSharded(shared, 4, [passage], 2)).rejects.toThrow(/1 passages for 2 vectors/);
  });

  it('fails a shard whose worker cannot write its graph, rather than reading a missing file', async () => {
    const vectors = new Float32Array(new SharedArrayBuffer(3 * 4 * 4)).fill(0.5);
    const job = { vectors: vectors.buffer as SharedArrayBuffer, dimensions: 4, from: 0, to: 3, m: 16, efConstruction: 40, seed: 1 };
    await expect(runShardJob({ ...job, file: join(REPO_ROOT, 'no-such-folder', 'shard.hnsw') }, () => undefined)).rejects.toThrow(/Could not write the graph shard/);
  });

  it('stops a shard when another fails, and fails a shard whose progress callback throws', async () => {
    const vectors = new Float32Array(new SharedArrayBuffer(3 * 4 * 4)).fill(0.5);
    const job = { vectors: vectors.buffer as SharedArrayBuffer, dimensions: 4, from: 0, to: 3, m: 16, efConstruction: 40, seed: 1, file: join(tmpdir(), `shard-${process.pid}.hnsw`) };
    const stop = new AbortController();
    const stopped = runShardJob(job, () => undefined, stop.signal);
    stop.abort();
    await expect(stopped).rejects.toThrow(/another shard failed/);
    await expect(
      runShardJob(job, () => {
        throw new Error('progress display failed');
      }),
    ).rejects.toThrow(/progress display failed/);
    rmSync(job.file, { force: true });
  });
});

