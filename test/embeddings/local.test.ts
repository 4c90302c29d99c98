import { Embeddings } from '@langchain/core/embeddings';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadArticle, loadArticles } from '../../src/article/article.js';
import { createEmbedder } from '../../src/embeddings/factory.js';
import { DEFAULT_DIMENSIONS, LocalEmbeddings, PassageWords } from '../../src/embeddings/local.js';
import { REPO_ROOT, SEED_ARTICLE, testConfig } from '../helpers/core.js';
import { ANALYSIS_VERSION } from '../../src/text/analyze.js';

const article = loadArticle(SEED_ARTICLE);
const corpus = article.paragraphs.map((p) => p.text);
const fitted = () => new LocalEmbeddings().fit(corpus);

const norm = (v: readonly number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
const cosine = (a: readonly number[], b: readonly number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0) / (norm(a) * norm(b) || 1);

describe('LocalEmbeddings', () => {
  it("implements LangChain's Embeddings interface", async () => {
    const embeddings = fitted();
    expect(embeddings).toBeInstanceOf(Embeddings);
    const [doc] = await embeddings.embedDocuments(['Vladivostok']);
    expect(doc).toHaveLength(DEFAULT_DIMENSIONS);
    expect(await embeddings.embedQuery('Vladivostok')).toHaveLength(DEFAULT_DIMENSIONS);
  });

  it('embeds rows of a typed matrix exactly as text by text, from the words the fit kept and for other texts', () => {
    const texts = [...corpus, ...loadArticles(join(REPO_ROOT, 'eval', 'dev-articles')).flatMap((a) => a.paragraphs.map((p) => p.text))];
    const expected = new Float32Array(texts.length * DEFAULT_DIMENSIONS);
    const reference = new LocalEmbeddings().fit(texts);
    texts.forEach((text, i) => expected.set(reference.embed(text), i * DEFAULT_DIMENSIONS));

    const rows = new Float32Array(texts.length * DEFAULT_DIMENSIONS);
    new LocalEmbeddings().fit(texts).embedRows(texts, rows);
    expect(rows).toEqual(expected);

    // Other texts than the corpus fitted on (or the corpus a second time) are cut into words as usual.
    const other = new Float32Array(2 * DEFAULT_DIMENSIONS);
    const embeddings = new LocalEmbeddings().fit(texts);
    embeddings.embedRows(texts.slice(1, 3), other);
    expect(other).toEqual(expected.slice(DEFAULT_DIMENSIONS, 3 * DEFAULT_DIMENSIONS));
    embeddings.embedRows(texts.slice(0, 2), other);
    expect(other).toEqual(expected.slice(0, 2 * DEFAULT_DIMENSIONS));
  });

  it('gives identical vectors for the same text across separately fitted instances', () => {
    const text = 'Kim Jong Un do të udhëtojë me tren të blinduar drejt Vladivostokut.';
    expect(fitted().embed(text)).toEqual(fitted().embed(text));
    expect(fitted().embed(text)).toEqual(fitted().embed(text.slice(0)));
  });

  it('returns unit-length vectors', () => {
    const embeddings = fitted();
    for (const text of [...corpus, 'Who is John Kirby?', 'x1 y2']) expect(norm(embeddings.embed(text))).toBeCloseTo(1, 6);
  });

  it('returns an all-zero vector (no NaN) for text with no content words', () => {
    const embeddings = fitted();
    for (const text of ['', '   ', 'çfarë', '?!', 'the of and']) {
      const vector = embeddings.embed(text);
      expect(vector).toHaveLength(DEFAULT_DIMENSIONS);
      expect(vector.every((x) => x === 0)).toBe(true);
    }
  });

  it('agrees between embedDocuments and embedQuery', async () => {
    const embeddings = fitted();
    const texts = [corpus[3]!, 'Çfarë tha John Kirby?'];
    const documents = await embeddings.embedDocuments(texts);
    expect(documents).toEqual(await Promise.all(texts.map((t) => embeddings.embedQuery(t))));
    expect(documents[0]).toEqual(embeddings.embed(texts[0]!));
  });

  it('changes its weights when fitted: n-grams shared by every document count less than rare ones', () => {
    const unfitted = new LocalEmbeddings();
    const text = 'Rusia Kirby';
    expect(unfitted.embed(text)).not.toEqual(fitted().embed(text));

    // "Rusia" is in every document, "Kirby" in one: after fitting, the query leans towards Kirby.
    const embeddings = new LocalEmbeddings().fit(['Rusia Kirby', 'Rusia Moska', 'Rusia Kina', 'Rusia Phenian']);
    const query = embeddings.embed('Rusia Kirby');
    expect(cosine(query, embeddings.embed('Kirby'))).toBeGreaterThan(cosine(query, embeddings.embed('Rusia')));
    const flat = new LocalEmbeddings().embed('Rusia Kirby');
    expect(cosine(flat, new LocalEmbeddings().embed('Kirby'))).toBeCloseTo(cosine(flat, new LocalEmbeddings().embed('Rusia')), 1);
  });

  it('folds Albanian diacritics: text typed without ë/ç embeds the same as with them', () => {
    const embeddings = fitted();
    expect(cosine(embeddings.embed('Çfarë tha Shtëpia e Bardhë për çështjen?'), embeddings.embed('Cfare tha Shtepia e Bardhe per ceshtjen?'))).toBeCloseTo(1, 6);
    expect(cosine(embeddings.embed('çfarë teknologjie'), embeddings.embed('cfare teknologjie'))).toBeCloseTo(1, 6);
  });

  it('ignores invisible characters inside words', () => {
    const embeddings = fitted();
    expect(embeddings.embed('Vladi\u200Bvostok')).toEqual(embeddings.embed('Vladivostok'));
  });

  it('puts Albanian inflections and English cognates close together, unrelated words far apart', () => {
    const embeddings = fitted();
    expect(cosine(embeddings.embed('Phenianit'), embeddings.embed('Pheniani'))).toBeGreaterThan(0.5);
    expect(cosine(embeddings.embed('technology'), embeddings.embed('teknologjisë'))).toBeGreaterThan(0.5);
    expect(cosine(embeddings.embed('satellites'), embeddings.embed('satelitët'))).toBeGreaterThan(0.3);
    expect(cosine(embeddings.embed('technology'), embeddings.embed('sanksione'))).toBeLessThan(0.1);
  });

  it('names its technique and settings in its id, so a settings change is visible to the index', () => {
    expect(new LocalEmbeddings().id).toBe(`local-char-ngram-tfidf-v2.${ANALYSIS_VERSION}:3-5:h18`);
    expect(new LocalEmbeddings({ minGram: 2, maxGram: 4 }).id).not.toBe(new LocalEmbeddings().id);
    expect(new LocalEmbeddings({ dimensions: 512 }).embed('Putin')).toHaveLength(512);
  });
});

describe('LocalEmbeddings.similarities', () => {
  it('scores texts against a query by the unprojected n-gram features: 1 for the same text, 0 for nothing shared', () => {
    const embeddings = fitted();
    const [same, related, unrelated, empty] = embeddings.similarities(corpus[3]!, [corpus[3]!, 'John Kirby', 'xyzzy qwerty', '']);
    expect(same).toBeCloseTo(1, 6);
    expect(related).toBeGreaterThan(0);
    expect(unrelated).toBe(0);
    expect(empty).toBe(0);
    expect(embeddings.similarities('', [corpus[0]!])).toEqual([0]);
  });

  it('is what the projected vectors approximate, the closer the more dimensions they have', () => {
    const query = 'Kim Jong Un tren i blinduar Vladivostok';
    const error = (dimensions: number) => {
      const embeddings = new LocalEmbeddings({ dimensions }).fit(corpus);
      const exact = embeddings.similarities(query, corpus);
      const projected = corpus.map((text) => cosine(embeddings.embed(query), embeddings.embed(text)));
      return { exact, projected, mean: exact.reduce((sum, score, i) => sum + Math.abs(score - projected[i]!), 0) / corpus.length };
    };
    const wide = error(1024);
    const best = (scores: number[]) => scores.indexOf(Math.max(...scores));
    expect(best(wide.exact)).toBe(best(wide.projected));
    wide.exact.forEach((score, i) => expect(Math.abs(score - wide.projected[i]!)).toBeLessThan(0.1));
    // The same exact scores whatever the projection; its collisions grow as the dimensions shrink.
    expect(error(DEFAULT_DIMENSIONS).exact).toEqual(wide.exact);
    expect(error(DEFAULT_DIMENSIONS).mean).toBeGreaterThan(wide.mean);
  });

  it('scores a text longer than its scratch table, and the same texts alike whatever was scored before', () => {
    const embeddings = fitted();
    const long = Array.from({ length: 40 }, () => corpus.join(' ')).join(' ');
    const texts = [corpus[1]!, long, corpus[1]!, `${corpus[1]!} ${corpus[1]!}`];
    const [first, withLong, again, doubled] = embeddings.similarities(corpus[1]!, texts);
    expect(first).toBeCloseTo(1, 6);
    expect(again).toBe(first);
    // Sublinear term frequency: a paragraph repeated twice is not the paragraph itself.
    expect(doubled).toBeLessThan(1 - 1e-6);
    expect(withLong).toBeGreaterThan(0);
    expect(embeddings.similarities(long, [long])[0]).toBeCloseTo(1, 6);
  });

  it('scores a text again exactly as the first time, and by the new weights after a refit or a restore', () => {
    const embeddings = fitted();
    const query = 'Kim Jong Un tren i blinduar';
    const first = embeddings.similarities(query, corpus);
    expect(embeddings.similarities(query, corpus)).toEqual(first);
    expect(embeddings.similarities('Putin Vladivostok', corpus)).toEqual(fitted().similarities('Putin Vladivostok', corpus));

    const other = new LocalEmbeddings().fit(['Kim Kim Kim', 'tren tren', 'Vladivostok']);
    embeddings.fit(['Kim Kim Kim', 'tren tren', 'Vladivostok']);
    expect(embeddings.similarities(query, corpus)).toEqual(other.similarities(query, corpus));
    embeddings.restoreWeights(fitted().saveWeights());
    expect(embeddings.similarities(query, corpus)).toEqual(first);
  });

  it('scores alike whether its cache of scored texts holds them, overflows or is smaller than one text', () => {
    const long = Array.from({ length: 5 }, () => corpus.join(' ')).join(' ');
    const texts = [...corpus, long, `${corpus[0]!} ${corpus[2]!}`];
    const queries = ['Kim Jong Un tren i blinduar', 'Putin Vladivostok', corpus[2]!, long];
    const expected = queries.map((query) => fitted().similarities(query, texts));
    for (const profileStoreSize of [12_000_000, 400, 10]) {
      const embeddings = new LocalEmbeddings({ profileStoreSize }).fit(corpus);
      for (let round = 0; round < 3; round++) queries.forEach((query, i) => expect(embeddings.similarities(query, texts)).toEqual(expected[i]));
    }
  });

  it('embeds and scores alike whether the words it analysed are all remembered, forgotten as it goes, or forgotten within one text', () => {
    const long = Array.from({ length: 5 }, () => corpus.join(' ')).join(' ');
    const texts = [...corpus, long];
    const queries = ['Kim Jong Un tren i blinduar', 'Putin Vladivostok', long];
    const reference = fitted();
    const expected = queries.map((query) => reference.similarities(query, texts));
    const vectors = texts.map((text) => reference.embed(text));
    for (const rememberedWords of [7, 1]) {
      // Fitting forgets words too, while it keeps the features of every word it met.
      const embeddings = new LocalEmbeddings({ rememberedWords }).fit(corpus);
      expect(embeddings.saveWeights()).toEqual(reference.saveWeights());
      for (let round = 0; round < 2; round++) {
        queries.forEach((query, i) => expect(embeddings.similarities(query, texts)).toEqual(expected[i]));
        texts.forEach((text, i) => expect(embeddings.embed(text)).toEqual(vectors[i]));
      }
    }
  });
});

describe('LocalEmbeddings weights', () => {
  it('restores saved weights into a new instance, which then embeds exactly as the fitted one', () => {
    const original = fitted();
    const restored = new LocalEmbeddings().restoreWeights(original.saveWeights());
    for (const text of [corpus[0]!, 'Who is John Kirby?']) expect(restored.embed(text)).toEqual(original.embed(text));
  });

  it('rejects weights of the wrong size', () => {
    expect(() => new LocalEmbeddings().restoreWeights(Buffer.alloc(12))).toThrow(/IDF table/);
  });

  it('fits on first use from the corpus it was given, and not at all when weights are restored first', () => {
    let reads = 0;
    const lazy = new LocalEmbeddings().fitOnFirstUse(() => {
      reads++;
      return corpus;
    });
    expect(reads).toBe(0);
    expect(lazy.embed('Kirby')).toEqual(fitted().embed('Kirby'));
    lazy.embed('Putin');
    expect(reads).toBe(1);

    const restored = new LocalEmbeddings()
      .fitOnFirstUse(() => {
        throw new Error('must not read the corpus');
      })
      .restoreWeights(fitted().saveWeights());
    expect(restored.embed('Kirby')).toEqual(fitted().embed('Kirby'));
  });
});

describe('createEmbedder', () => {
  it('makes the local embedder by default, fitted on the articles, with the dimensions in its id', async () => {
    const embedder = await createEmbedder(testConfig('unused'), [article]);
    expect(embedder.id).toBe(`local-char-ngram-tfidf-v2.${ANALYSIS_VERSION}:3-5:h18:d${DEFAULT_DIMENSIONS}`);
    expect(await embedder.embeddings.embedQuery('Kirby')).toEqual(fitted().embed('Kirby'));
    // Buffer.equals: a deep comparison of a megabyte element by element takes seconds.
    expect(embedder.weights?.save().equals(fitted().saveWeights())).toBe(true);
  });

});

describe('LocalEmbeddings with paragraphs cut into words once (PassageWords)', () => {
  const texts = [...corpus, ...loadArticles(join(REPO_ROOT, 'eval', 'dev-articles')).flatMap((a) => a.paragraphs.map((p) => p.text))];
  const questions = ['Will Kim travel by armored train?', 'Çfarë tha John Kirby për armët?', 'Sa kushton treni i blinduar i Kimit?', 'dhe të', ''];
  const all = texts.map((_, i) => i);

  it('scores them exactly as their texts, cut by an index build, cut afterwards, or saved and read back', () => {
    const built = new LocalEmbeddings().fit(texts);
    built.embedRows(texts, new Float32Array(texts.length * DEFAULT_DIMENSIONS));
    const fromBuild = built.passageWords(texts);
    const cut = new LocalEmbeddings().fit(texts);
    const afterwards = cut.passageWords(texts);
    const reference = new LocalEmbeddings().fit(texts);
    expect([...fromBuild.norms]).toEqual([...afterwards.norms]);
    const saved = PassageWords.deserialize(fromBuild.serialize());
    const some = [5, 0, texts.length - 1, 3, 3];
    for (const question of questions) {
      const expected = reference.similarities(question, texts);
      expect(built.passageSimilarities(question, fromBuild, all)).toEqual(expected);
      expect(cut.passageSimilarities(question, afterwards, all)).toEqual(expected);
      expect(cut.passageSimilarities(question, saved, all)).toEqual(expected);
      expect(built.passageSimilarities(question, fromBuild, some)).toEqual(some.map((i) => expected[i]));
    }
    expect(reference.similarities(questions[0]!, texts).some((x) => x > 0)).toBe(true);
  });

  it('are not scored under other weights or by another embedder: the caller scores the texts', () => {
    const embeddings = new LocalEmbeddings().fit(texts);
    const passages = embeddings.passageWords(texts);
    const weights = embeddings.saveWeights();
    expect(embeddings.passageSimilarities(questions[0]!, passages, all)).toBeDefined();
    embeddings.fit(corpus);
    expect(embeddings.passageSimilarities(questions[0]!, passages, all)).toBeUndefined();
    embeddings.restoreWeights(weights);
    expect(embeddings.passageSimilarities(questions[0]!, passages, all)).toEqual(new LocalEmbeddings().fit(texts).similarities(questions[0]!, texts));
    const other = new LocalEmbeddings({ minGram: 2 });
    other.restoreWeights(weights);
    expect(other.passageSimilarities(questions[0]!, passages, all)).toBeUndefined();
  });

  it('refuses a truncated or foreign file', () => {
    const data = new LocalEmbeddings().fit(corpus).passageWords(corpus).serialize();
    expect(() => PassageWords.deserialize(data.subarray(0, data.length - 4))).toThrow(/truncated/);
    const foreign = Buffer.from(data);
    foreign.write('passage-words-v9', foreign.indexOf('passage-words-v1'));
    expect(() => PassageWords.deserialize(foreign)).toThrow(/Not passage words/);
  });
});
