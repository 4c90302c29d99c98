import { describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/article/article.js';
import { Bm25, RELATED_WEIGHT } from '../../src/retrieval/bm25.js';
import { analyzeQuery, indexKeys, termOf, type QueryConcept } from '../../src/retrieval/query.js';
import { SEED_ARTICLE } from '../helpers/core.js';

/** The textbook formula, scoring every document: what the inverted index must reproduce. */
function bruteForce(documents: readonly (readonly string[])[], concepts: readonly QueryConcept[]): number[] {
  const k1 = 1.0;
  const b = 0.75;
  const average = documents.reduce((sum, d) => sum + d.length, 0) / documents.length;
  return documents.map((doc) => {
    let total = 0;
    for (const concept of concepts) {
      const keys = [...new Set(concept.keys)];
      const related = [...new Set(concept.related ?? [])].filter((k) => !keys.includes(k));
      const df = documents.filter((d) => keys.some((k) => d.includes(k))).length;
      const idf = Math.log(1 + (documents.length - df + 0.5) / (df + 0.5)) * (concept.weight ?? 1);
      const count = (list: string[]) => list.reduce((sum, key) => sum + doc.filter((k) => k === key).length, 0);
      const f = count(keys) + RELATED_WEIGHT * count(related);
      if (f > 0) total += (idf * f * (k1 + 1)) / (f + k1 * (1 - b + (b * doc.length) / average));
    }
    return total;
  });
}

const article = loadArticle(SEED_ARTICLE);
const paragraphs = article.paragraphs.map((p) => indexKeys(p.text));
const sentences = article.paragraphs.flatMap((p) => p.sentences.map((s) => indexKeys(s.text)));
const concept = (keys: string[], extra: Partial<QueryConcept> = {}): QueryConcept => ({ source: keys[0]!, keys, forms: keys, isName: false, ...extra });

const QUESTIONS = [
  'Ku do të takohen Kim dhe Putin?',
  'What did John Kirby say about weapons?',
  'Çfarë teknologjie kërkon Koreja e Veriut nga Moska?',
  'Ndaj sa subjekteve vendosën sanksione Shtetet e Bashkuara?',
  'Who won the football match?',
];

describe('Bm25 (inverted index)', () => {
  it('saturates a word repeated in a passage: naming the subject twice does not outweigh a rarer word of the question once', () => {
    const fillers = [['subj', 'g0', 'h0', 'k0'], ...[1, 2, 3, 4, 5].map((i) => [`g${i}`, `h${i}`, `k${i}`])];
    const repeats = ['subj', 'subj', 'f1', 'f2'];
    const answers = ['rare', 'f3', 'f4', 'f5'];
    const [repeating, answering] = new Bm25([repeats, answers, ...fillers]).scoresOf([concept(['subj']), concept(['rare'])], [0, 1]);
    expect(answering).toBeGreaterThan(repeating!);
  });

  it('gives the same scores as brute-force BM25 over every document, for real questions', () => {
    for (const corpus of [paragraphs, sentences]) {
      const bm25 = new Bm25(corpus);
      for (const question of QUESTIONS) {
        const { concepts, answerType } = analyzeQuery(question);
        const query = answerType ? [...concepts, answerType] : concepts;
        const expected = bruteForce(corpus, query);
        const scores = bm25.scores(query);
        expect(scores).toHaveLength(corpus.length);
        scores.forEach((score, i) => expect(score).toBeCloseTo(expected[i]!, 10));
      }
    }
  });

  it('counts a concept with several keys once, summing their frequencies, and honours its weight', () => {
    const corpus = [['tren', 'tren', 'blind'], ['train'], ['tren', 'train'], ['putin']];
    const bm25 = new Bm25(corpus);
    const query = [concept(['tren', 'train', 'tren']), concept(['putin'], { weight: 0.5 })];
    bm25.scores(query).forEach((score, i) => expect(score).toBeCloseTo(bruteForce(corpus, query)[i]!, 10));
  });

  it('counts related words at a lower weight, and only the concept\'s own keys towards its document frequency', () => {
    const corpus = [['operator', 'tren'], ['operatoret'], ['tren'], ['putin'], ['operatoret', 'operatoret']];
    const bm25 = new Bm25(corpus);
    const query = [concept(['operator'], { related: ['operatoret', 'operator'] }), concept(['tren'])];
    const expected = bruteForce(corpus, query);
    bm25.scores(query).forEach((score, i) => expect(score).toBeCloseTo(expected[i]!, 10));
    expect(bm25.scoresOf(query, [1, 4])).toEqual([bm25.scores(query)[1], bm25.scores(query)[4]]);
    expect(bm25.scores(query)[1]).toBeGreaterThan(0);
    expect(bm25.matchedConcepts(1, query)).toEqual([query[0]]);
    // A related word alone still scores when no document has the word itself.
    expect(bm25.scores([concept(['absent'], { related: ['putin'] })])[3]).toBeGreaterThan(0);
  });

  it('returns candidates only for documents that contain a query key, with their full scores', () => {
    const bm25 = new Bm25(paragraphs);
    const query = analyzeQuery('Çfarë tha John Kirby?').concepts;
    const candidates = bm25.candidates(query);
    const all = bm25.scores(query);
    expect([...candidates.keys()].sort((a, b) => a - b)).toEqual(all.flatMap((s, i) => (s > 0 ? [i] : [])));
    for (const [doc, score] of candidates) expect(score).toBe(all[doc]);
    expect(bm25.candidates([concept(['nowhere-in-the-article'])]).size).toBe(0);
  });

  it('returns the best documents best first, ties in document order, cut at the count asked for', () => {
    const bm25 = new Bm25(sentences);
    for (const question of QUESTIONS) {
      const query = analyzeQuery(question).concepts;
      const ranked = [...bm25.candidates(query)].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      for (const count of [1, 5, 1000]) {
        const top = bm25.top(query, count);
        expect(top.docs).toEqual(ranked.slice(0, count).map(([doc]) => doc));
        expect(top.scores).toEqual(ranked.slice(0, count).map(([, score]) => score));
      }
    }
    const tied = new Bm25([['x'], ['y'], ['x'], ['x']]);
    expect(tied.top([concept(['x'])], 2).docs).toEqual([0, 2]);
  });

  it('scores chosen documents exactly as it scores all of them', () => {
    const bm25 = new Bm25(sentences);
    const query = analyzeQuery('Will Kim travel by armored train?').concepts;
    const all = bm25.scores(query);
    const chosen = [7, 0, 3, sentences.length - 1];
    bm25.scoresOf(query, chosen).forEach((score, i) => expect(score).toBeCloseTo(all[chosen[i]!]!, 12));
  });

  it('scores chosen documents the same whether the whole collection was scored for the concepts before or not', () => {
    // A concept of several keys, and bare keys whose words are several terms: their document frequency is a union.
    const documents = [['a', 'b'], ['b'], ['c'], [termOf('tren', 'treni')], [termOf('tren', 'trenit'), 'a'], ['d']];
    const query = [concept(['a', 'b', 'c']), concept(['tren']), concept(['d', 'zzz'])];
    const chosen = [0, 3, 4, 5];
    const fresh = new Bm25(documents).scoresOf(query, chosen);
    const scored = new Bm25(documents);
    const all = scored.scores(query);
    expect(scored.scoresOf(query, chosen)).toEqual(fresh);
    expect(fresh).toEqual(chosen.map((doc) => all[doc]));
    expect(new Bm25(documents).conceptIdf(query[0]!)).toBe(scored.conceptIdf(query[0]!));
  });

  it('tells which concepts a document contains; a name needs all of its words', () => {
    const bm25 = new Bm25([['john', 'kirby'], ['kirby'], ['tren']]);
    const name = concept(['john', 'kirby'], { isName: true, nameParts: [['john'], ['kirby']] });
    const train = concept(['tren', 'train']);
    expect(bm25.matchedConcepts(0, [name, train])).toEqual([name]);
    expect(bm25.matchedConcepts(1, [name, train])).toEqual([]);
    expect(bm25.matchedConcepts(2, [name, train])).toEqual([train]);
  });

  it('looks keys up exactly, not by prefix', () => {
    const bm25 = new Bm25([['phenian', 'phenianit'], ['phen', 'putin']]);
    expect(bm25.has('putin')).toBe(true);
    expect(bm25.has('puti')).toBe(false);
    expect(bm25.has('phenia')).toBe(false);
    expect(bm25.size).toBe(2);
  });

  it('finds every word under a bare key, and only its own word by a term (key and word)', () => {
    const bm25 = new Bm25([[termOf('kim', 'kimit')], [termOf('kim', 'kimoi'), termOf('kim', 'kimoi')], [termOf('kimi', 'kimia')]]);
    expect(bm25.has('kim')).toBe(true);
    expect(bm25.has(termOf('kim', 'kim'))).toBe(false);
    const scores = (keys: string[]) => bm25.scores([concept(keys)]).map((score) => score > 0);
    expect(scores(['kim'])).toEqual([true, true, false]);
    expect(scores([termOf('kim', 'kimit')])).toEqual([true, false, false]);
    expect(bm25.matchedConcepts(1, [concept([termOf('kim', 'kimit')]), concept(['kim'])]).map((c) => c.keys)).toEqual([['kim']]);
  });

  it('handles an empty collection and empty documents', () => {
    const empty = new Bm25([]);
    expect(empty.scores([concept(['x'])])).toEqual([]);
    const blanks = new Bm25([[], ['x'], []]);
    expect(blanks.scores([concept(['x'])])[1]).toBeGreaterThan(0);
    expect(Bm25.deserialize(blanks.serialize()).scores([concept(['x'])])).toEqual(blanks.scores([concept(['x'])]));
  });

  it('round-trips through its binary form with identical scores and vocabulary', () => {
    const bm25 = new Bm25(paragraphs);
    const copy = Bm25.deserialize(bm25.serialize());
    for (const key of paragraphs.flat()) expect(copy.has(key), key).toBe(true);
    expect(copy.has('not-a-key')).toBe(false);
    for (const question of QUESTIONS) {
      const { concepts } = analyzeQuery(question);
      expect(copy.scores(concepts)).toEqual(bm25.scores(concepts));
    }
    // From an unaligned offset, as a slice of a larger file may be.
    const shifted = Buffer.concat([Buffer.alloc(3), bm25.serialize()]).subarray(3);
    expect(Bm25.deserialize(shifted).scores(analyzeQuery('Kirby').concepts)).toEqual(bm25.scores(analyzeQuery('Kirby').concepts));
  });

  it('refuses a damaged binary form', () => {
    const data = new Bm25(paragraphs).serialize();
    expect(() => Bm25.deserialize(data.subarray(0, data.length - 10))).toThrow(/truncated/);
    const wrongFormat = Buffer.from(data);
    wrongFormat.write('v9', wrongFormat.indexOf('bm25-postings-v1') + 'bm25-postings-'.length);
    expect(() => Bm25.deserialize(wrongFormat)).toThrow(/format/);
  });
});
