import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Article, Paragraph, Sentence } from '../article/article.js';
import type { HnswStore } from '../index/hnsw-store.js';
import type { Bm25 } from './bm25.js';
import { LexicalIndex } from './lexical-index.js';
import { analyzeQuery, indexKeys, type AnalyzedQuery, type QueryConcept } from './query.js';

/** A paragraph found for a question. */
export interface RetrievedPassage {
  article: Article;
  paragraph: Paragraph;
  /** Fused rank score: higher is better; only comparable within one retrieval. */
  score: number;
  bm25: number;
  similarity: number;
}

/** A sentence found for a question, with the paragraph that contains it. */
export interface RetrievedSentence {
  article: Article;
  paragraph: Paragraph;
  sentence: Sentence;
  score: number;
  /** How many of the question's concepts the sentence itself mentions. */
  matchedConcepts: number;
}

/** The outcome of a search, including whether the article answers the question at all. */
export interface Retrieval {
  query: AnalyzedQuery;
  passages: RetrievedPassage[];
  /** False when the article does not address the question; `passages` are then only the closest. */
  found: boolean;
  /** Share of the question's concepts found together in the best of the top passages. */
  coverage: number;
  /** Names in the question that no article mentions (every word of the name is needed). */
  missingNames: string[];
}

/** Rank-fusion constant from Cormack et al. (2009); 60 is the standard, robust choice. */
const RRF_K = 60;
/**
 * The vector ranking counts half as much as BM25's: on short questions ("Ku do të takohen?")
 * character n-grams favour whichever short paragraph shares a word form, while BM25 weighs
 * every concept of the question. At half weight the vectors still break ties and rescue
 * spellings the stemmer misses (measured on the dev set and a set of paraphrases).
 */
const DENSE_WEIGHT = 0.5;
/**
 * More than half of what a question asks about must occur together in one of the top passages
 * for the article to answer it. "Together" matters: "What did China say about the visit?" has
 * China in one paragraph and the visit in another, and the article does not answer it.
 */
const MIN_COVERAGE = 0.5;
const ASSESSED_PASSAGES = 3;
/**
 * How deep each ranking is read before fusion: the nearest passages hnswlib returns, and the
 * best BM25 passages among those containing a question word. A passage ranked deeper would
 * add at most 1/(60 + 100) to its fused score, and reading every paragraph is what made a
 * 100k-paragraph archive slow; on the seed article both lists still hold every paragraph.
 */
const DENSE_CANDIDATES = 100;
const LEXICAL_CANDIDATES = 200;
/** A question word's stem may differ from the article's by a short ending the stemmer missed. */
const MAX_ENDING_GAP = 2;
/** ...but only past this many shared letters: shorter prefixes join unrelated words. */
const MIN_PREFIX = 4;

/** Sorts sentences as they appear in the article. */
export function byArticleOrder(a: Pick<RetrievedSentence, 'paragraph' | 'sentence'>, b: Pick<RetrievedSentence, 'paragraph' | 'sentence'>): number {
  return a.paragraph.number - b.paragraph.number || a.sentence.index - b.sentence.index;
}

/** What ranks passages: the question's concepts plus, softly, the kind of answer it asks for. */
function rankingConcepts(query: AnalyzedQuery): QueryConcept[] {
  return query.answerType ? [...query.concepts, query.answerType] : query.concepts;
}

/**
 * Hybrid retrieval: BM25 over stemmed words (with English→Albanian concept translation) fused by
 * reciprocal rank with the vector index's nearest neighbours. Scores of either alone are not
 * comparable across questions, ranks are; fusion keeps BM25's precision on names and the
 * embedder's tolerance to inflection and spelling.
 */
export class Retriever {
  private readonly paragraphs: { article: Article; paragraph: Paragraph }[];
  /** Position of each article's first paragraph in {@link paragraphs}. */
  private readonly articleStart = new Map<string, number>();
  private readonly paragraphBm25: Bm25;
  private readonly sentenceBm25: Bm25;

  /**
   * `lexical` must have been built from the same articles in the same order; it is built here
   * when not given (the index persists it, so a cold start passes it in).
   */
  constructor(
    readonly articles: readonly Article[],
    private readonly store: HnswStore,
    private readonly embeddings: EmbeddingsInterface,
    private readonly lexical: LexicalIndex = LexicalIndex.build(articles),
  ) {
    this.paragraphs = articles.flatMap((article) => article.paragraphs.map((paragraph) => ({ article, paragraph })));
    let start = 0;
    for (const article of articles) {
      this.articleStart.set(article.id, start);
      start += article.paragraphs.length;
    }
    if (lexical.paragraphs.size !== this.paragraphs.length) throw new Error('The lexical index was built from other articles');
    this.paragraphBm25 = lexical.paragraphs;
    this.sentenceBm25 = lexical.sentences;
  }

  /**
   * Ranks the candidate paragraphs for the question (the nearest neighbours and the best BM25
   * matches) and decides whether the articles answer it. The question's own language is
   * detected here, whatever language the answer is to be given in.
   */
  async retrieve(question: string): Promise<Retrieval> {
    const analyzed = analyzeQuery(question);
    const query = { ...analyzed, concepts: analyzed.concepts.map((c) => this.withInflections(c)) };
    const vector = await this.embeddings.embedQuery(query.searchText);
    const hits = this.store.search(vector, DENSE_CANDIDATES);
    const concepts = rankingConcepts(query);
    const lexicalTop = this.paragraphBm25.top(concepts, LEXICAL_CANDIDATES);
    const bm25 = new Map(lexicalTop.docs.map((doc, i) => [doc, lexicalTop.scores[i]!]));
    const positions = hits.flatMap(({ passage }) => this.positionOf(passage.metadata.articleId, passage.metadata.paragraph) ?? []);
    // The nearest neighbours' own BM25 scores, beyond the lexical top.
    const missing = positions.filter((position) => !bm25.has(position));
    this.paragraphBm25.scoresOf(concepts, missing).forEach((score, i) => bm25.set(missing[i]!, score));

    const candidates = new Map<number, RetrievedPassage>();
    const candidate = (position: number) => {
      let p = candidates.get(position);
      if (!p) {
        const { article, paragraph } = this.paragraphs[position]!;
        p = { article, paragraph, score: 0, bm25: bm25.get(position) ?? 0, similarity: 0 };
        candidates.set(position, p);
      }
      return p;
    };
    hits.forEach(({ passage, similarity }, rank) => {
      const position = this.positionOf(passage.metadata.articleId, passage.metadata.paragraph);
      if (position === undefined) return;
      const p = candidate(position);
      p.similarity = similarity;
      p.score += DENSE_WEIGHT / (RRF_K + rank + 1);
    });
    lexicalTop.docs.forEach((position, rank) => (candidate(position).score += 1 / (RRF_K + rank + 1)));

    // Ties keep the articles' order, as when every paragraph was ranked.
    const passages = [...candidates].sort(([i, a], [j, b]) => b.score - a.score || i - j).map(([, p]) => p);
    const { coverage, missingNames } = this.assess(query.concepts, passages.slice(0, ASSESSED_PASSAGES));
    const found = coverage > MIN_COVERAGE && missingNames.length === 0;
    return { query, passages, found, coverage, missingNames };
  }

  /**
   * Sentences of the given passages that best answer the query, best first. A sentence scores
   * by its own BM25 (scaled to [0, 1]) plus its paragraph's reciprocal rank, so a sentence that
   * repeats the question's words in a weak paragraph does not beat the right paragraph's answer.
   */
  rankSentences(retrieval: Retrieval, passages: readonly RetrievedPassage[]): RetrievedSentence[] {
    const candidates = passages
      .map((p, rank) => ({ ...p, rank, position: this.positionOf(p.article.id, p.paragraph.number) }))
      .filter((p): p is typeof p & { position: number } => p.position !== undefined)
      .sort((a, b) => a.position - b.position)
      .flatMap(({ article, paragraph, rank, position }) =>
        this.lexical.sentenceIds(position).flatMap((i, n) => {
          const sentence = paragraph.sentences[n];
          return sentence ? [{ article, paragraph, sentence, rank, i }] : [];
        }),
      );
    const lexical = this.sentenceBm25.scoresOf(
      rankingConcepts(retrieval.query),
      candidates.map((c) => c.i),
    );
    const maxLexical = Math.max(...lexical, 1e-9);
    return candidates
      .map(({ article, paragraph, sentence, rank, i }, n) => ({
        article,
        paragraph,
        sentence,
        score: lexical[n]! / maxLexical + 1 / (rank + 1),
        matchedConcepts: this.sentenceBm25.matchedConcepts(i, retrieval.query.concepts).length,
      }))
      .sort((a, b) => b.score - a.score);
  }

  /** The best sentence of each of the closest paragraphs, shown when the article does not answer. */
  closestSentences(retrieval: Retrieval, count: number): RetrievedSentence[] {
    return retrieval.passages.slice(0, count).flatMap((passage) => this.rankSentences(retrieval, [passage]).slice(0, 1));
  }

  /** Concepts of the query that a sentence mentions (to avoid quoting two sentences that add nothing). */
  conceptsIn(text: string, concepts: readonly QueryConcept[]): QueryConcept[] {
    const keys = new Set(indexKeys(text));
    return concepts.filter((c) => c.keys.some((k) => keys.has(k)));
  }

  /** Where a paragraph is in {@link paragraphs}, or undefined for one this retriever does not know. */
  private positionOf(articleId: string, paragraph: number): number | undefined {
    const start = this.articleStart.get(articleId);
    if (start === undefined) return undefined;
    const position = start + paragraph - 1;
    const entry = this.paragraphs[position];
    return entry?.article.id === articleId && entry.paragraph.number === paragraph ? position : undefined;
  }

  /**
   * Adds the article's own keys that differ from a concept's keys only by a short ending
   * ("kimi"/"kim", "shtetit"/"shtet"): light stemming misses some inflections, and the
   * article's vocabulary is small enough to compare against directly. Names are left exact.
   */
  private withInflections(concept: QueryConcept): QueryConcept {
    if (concept.isName) return concept;
    const keys = new Set(concept.keys);
    for (const key of concept.keys) {
      if (key.length < MIN_PREFIX) continue;
      for (const known of this.paragraphBm25.keysWithPrefix(key.slice(0, MIN_PREFIX))) {
        const [short, long] = key.length <= known.length ? [key, known] : [known, key];
        if (long.length - short.length <= MAX_ENDING_GAP && long.startsWith(short)) keys.add(known);
      }
    }
    return { ...concept, keys: [...keys] };
  }

  /**
   * How much of the question the best of the top passages covers, and which names in the
   * question no article mentions (a question about someone absent is not answered here).
   */
  private assess(concepts: readonly QueryConcept[], top: readonly RetrievedPassage[]): { coverage: number; missingNames: string[] } {
    if (concepts.length === 0) return { coverage: 0, missingNames: [] };
    const missingNames = concepts.filter((c) => c.nameParts && !c.nameParts.every((k) => this.paragraphBm25.has(k))).map((c) => c.source);
    const coverage = Math.max(
      0,
      ...top.map((p) => this.paragraphBm25.matchedConcepts(this.positionOf(p.article.id, p.paragraph.number)!, concepts).length / concepts.length),
    );
    return { coverage, missingNames };
  }
}

