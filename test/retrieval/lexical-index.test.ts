import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadArticle, loadArticles } from '../../src/article/article.js';
import { Vocabulary } from '../../src/retrieval/vocabulary.js';
import { LexicalIndex } from '../../src/retrieval/lexical-index.js';
import { analyzeQuery, indexKeys } from '../../src/retrieval/query.js';
import { Bm25 } from '../../src/retrieval/bm25.js';
import { LocalEmbeddings } from '../../src/embeddings/local.js';
import { HnswStore } from '../../src/index/hnsw-store.js';
import { Retriever } from '../../src/retrieval/retriever.js';
import { REPO_ROOT, SEED_ARTICLE } from '../helpers/core.js';

const article = loadArticle(SEED_ARTICLE);

describe('LexicalIndex', () => {
  it('indexes every paragraph and every sentence of the articles, in order', () => {
    const index = LexicalIndex.build([article]);
    const query = analyzeQuery('Çfarë tha John Kirby?').concepts;
    expect(index.paragraphs.scores(query)).toEqual(new Bm25(article.paragraphs.map((p) => indexKeys(p.text))).scores(query));
    const sentences = article.paragraphs.flatMap((p) => p.sentences);
    expect(index.sentences.size).toBe(sentences.length);
    expect(index.sentences.scores(query)).toEqual(new Bm25(sentences.map((s) => indexKeys(s.text))).scores(query));
    article.paragraphs.forEach((p, position) => expect(index.sentenceIds(position)).toHaveLength(p.sentences.length));
    expect(index.sentenceIds(0)[0]).toBe(0);
    expect(index.sentenceIds(1)[0]).toBe(article.paragraphs[0]!.sentences.length);
  });

  it("has the vocabulary of the paragraphs' own words and their index keys (hyphenated endings too), though it cuts each sentence once", () => {
    const articles = [article, ...['dev-articles', 'dev4-articles'].flatMap((dir) => loadArticles(join(REPO_ROOT, 'eval', dir)))];
    expect(articles.some((a) => a.paragraphs.some((p) => /\p{L}-\p{Ll}{1,3}\b/u.test(p.text)))).toBe(true);
    const index = LexicalIndex.build(articles);
    const expected = new Vocabulary(articles.flatMap((a) => a.paragraphs.map((p) => p.text)));
    expect([...index.vocabulary.entries()]).toEqual([...expected.entries()]);
    const sentences = articles.flatMap((a) => a.paragraphs.flatMap((p) => p.sentences));
    const query = analyzeQuery('Çfarë tha INSTAT-i për popullsinë?').concepts;
    expect(index.sentences.scores(query)).toEqual(new Bm25(sentences.map((s) => indexKeys(s.text))).scores(query));
    expect([...expected.entries()].length).toBeGreaterThan(500);
  });

  it('says which articles it covers, by id and content, in any order', () => {
    const index = LexicalIndex.build([article]);
    expect(index.covers([article])).toBe(true);
    expect(index.covers([{ ...article, contentHash: 'f'.repeat(64) }])).toBe(false);
    expect(index.covers([article, { ...article, id: 'other' }])).toBe(false);
    expect(index.covers([])).toBe(false);
  });

  it('round-trips through its file form', () => {
    const index = LexicalIndex.build([article]);
    const copy = LexicalIndex.deserialize(index.serialize());
    expect(copy.serialize()).toEqual(index.serialize());
    const query = analyzeQuery('Will Kim travel by armored train?').concepts;
    expect(copy.paragraphs.scores(query)).toEqual(index.paragraphs.scores(query));
    expect(copy.sentences.scores(query)).toEqual(index.sentences.scores(query));
    expect([...copy.sentenceStart]).toEqual([...index.sentenceStart]);
    expect([...copy.vocabulary.entries()]).toEqual([...index.vocabulary.entries()]);
    expect(copy.vocabulary.matches('Vladivostokut')).toEqual(index.vocabulary.matches('Vladivostokut'));
    expect(index.vocabulary.matches('Vladivostokut').length).toBeGreaterThan(0);
  });

  it("keeps the embedder's words of its paragraphs, in its order, and reads them back", () => {
    const embeddings = new LocalEmbeddings().fit(article.paragraphs.map((p) => p.text));
    const index = LexicalIndex.build([article], embeddings);
    expect(LexicalIndex.build([article]).passageWords).toBeUndefined();
    const copy = LexicalIndex.deserialize(index.serialize());
    const texts = article.paragraphs.map((p) => p.text);
    const positions = texts.map((_, i) => i);
    const expected = embeddings.similarities('Çfarë tha John Kirby?', texts);
    expect(embeddings.passageSimilarities('Çfarë tha John Kirby?', index.passageWords!, positions)).toEqual(expected);
    expect(embeddings.passageSimilarities('Çfarë tha John Kirby?', copy.passageWords!, positions)).toEqual(expected);
  });

  it('refuses a truncated or foreign file', () => {
    const data = LexicalIndex.build([article]).serialize();
    expect(() => LexicalIndex.deserialize(data.subarray(0, data.length - 8))).toThrow();
    expect(() => LexicalIndex.deserialize(data.subarray(0, 40))).toThrow();
    const foreign = Buffer.from(data);
    foreign.write('lexical-v9', foreign.indexOf('lexical-v5'));
    expect(() => LexicalIndex.deserialize(foreign)).toThrow(/lexical index/);
  });
});

describe('Retriever with saved postings', () => {
  it('uses postings that cover its articles and builds its own for any other set, with the same answers', async () => {
    const embeddings = new LocalEmbeddings().fit(article.paragraphs.map((p) => p.text));
    const store = HnswStore.create(embeddings.dimensions, 12);
    store.add(
      article.paragraphs.map((p) => embeddings.embed(p.text)),
      article.paragraphs.map((p) => ({ pageContent: p.text, metadata: { articleId: article.id, paragraph: p.number, title: article.title } })),
    );
    const other = { ...article, id: 'elsewhere', contentHash: 'e'.repeat(64) };
    const foreign = LexicalIndex.build([other]);
    const withSaved = new Retriever([article], store, embeddings, LexicalIndex.build([article]));
    const withForeign = new Retriever([article], store, embeddings, foreign);
    const question = 'Çfarë tha John Kirby?';
    const top = async (r: Retriever) => (await r.retrieve(question)).passages.slice(0, 3).map((p) => p.paragraph.number);
    expect(await top(withForeign)).toEqual(await top(withSaved));
    expect((await withSaved.retrieve(question)).passages[0]!.paragraph.number).toBe(4);
  });
});
