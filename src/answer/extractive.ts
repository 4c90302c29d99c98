import type { Article, Paragraph } from '../article/article.js';
import type { Language } from '../errors.js';
import { t } from '../i18n.js';
import { byArticleOrder, type Retrieval, type RetrievedSentence, type Retriever } from '../retrieval/retriever.js';
import { indexKeys } from '../retrieval/query.js';
import type { Answerer, AskOptions } from './answerer.js';
import { partsAnswer } from './parts.js';
import { validateQuestion } from './question.js';
import { readQuestion, withReading } from './reading.js';
import type { Answer, ArticleRef, Citation, Summary, SummaryLength } from './types.js';

/** How many top paragraphs an answer may quote from. */
const ANSWER_PASSAGES = 3;
/** At most this many sentences make an answer: enough to answer, short enough to read. */
const MAX_ANSWER_SENTENCES = 2;
/** A second sentence is quoted only if it scores at least this share of the best one. */
const SECOND_SENTENCE_RATIO = 0.6;
/** Paragraphs shown when the article does not answer. */
export const CLOSEST_PASSAGES = 2;
const SUMMARY_SIZES: Record<SummaryLength, number> = { short: 3, detailed: 7, bullets: 5 };

/**
 * Sentences that mention something the question asks about, or give its answer beside one that does
 * (see {@link RetrievedSentence.context}); all of them when none does. A sentence that only rides on
 * its paragraph's rank says nothing about the question.
 */
export function relevantFirst(ranked: RetrievedSentence[]): RetrievedSentence[] {
  const relevant = ranked.filter((s) => s.matchedConcepts > 0 || s.context);
  return relevant.length > 0 ? relevant : ranked;
}

/** The article a result is about, as shown to users. */
export function articleRef(article: Article): ArticleRef {
  // Normalised, with parentheses escaped, so it can stand in a markdown link as it is.
  const parsed = article.url && URL.canParse(article.url) ? new URL(article.url) : undefined;
  const url = parsed && /^https?:$/.test(parsed.protocol) ? parsed.href.replace(/[()]/g, (c) => encodeURIComponent(c)) : undefined;
  return { id: article.id, title: article.title, date: article.date, language: article.language, ...(url ? { url } : {}) };
}

/** Up to this length a quotation of several sentences is quoted whole rather than one sentence of it. */
const MAX_QUOTATION_LENGTH = 400;
/** Quotation marks of English and French style (“…”, «…»), and of Albanian and German style („…“), where “ closes. */
const QUOTE_STYLES = { high: { opening: /[“«]/g, closing: /[”»]/g }, low: { opening: /[„«]/g, closing: /[“”»]/g } };

/** Opening minus closing quotation marks of a text: > 0 while a quotation it opens is still open. */
function openQuotes(text: string, style: (typeof QUOTE_STYLES)['high']): number {
  return (text.match(style.opening)?.length ?? 0) - (text.match(style.closing)?.length ?? 0);
}

/**
 * The sentences (first and last index) to quote for sentence `index`: when it is part of a quotation
 * of several sentences (“Kemi 12 lopë. Qumështin e hedhim”, tha ai.), the whole quotation with its
 * marks, so the reader gets no quotation mark without its pair (a paragraph with „ pairs it with “);
 * the sentence alone when the quotation is longer than {@link MAX_QUOTATION_LENGTH} characters or its
 * marks never balance.
 */
function quotationSpan(paragraph: Paragraph, index: number): [number, number] {
  const sentences = paragraph.sentences;
  const text = (start: number, end: number) => sentences.slice(start, end + 1).map((s) => s.text).join(' ');
  const style = paragraph.text.includes('„') ? QUOTE_STYLES.low : QUOTE_STYLES.high;
  const open = (start: number, end: number) => openQuotes(text(start, end), style);
  let [start, end] = [index, index];
  while (open(start, end) > 0 && end + 1 < sentences.length) end++;
  while (open(start, end) < 0 && start > 0) start--;
  const whole = text(start, end);
  if (open(start, end) !== 0 || whole.length > MAX_QUOTATION_LENGTH || !paragraph.text.includes(whole)) return [index, index];
  return [start, end];
}

/**
 * Numbers quotes `[1]`, `[2]`… in the order given. A sentence of a quotation of several sentences
 * brings the rest of the quotation ({@link quotationSpan}); a sentence an earlier quote already
 * holds is left out.
 */
export function toCitations(sentences: readonly Pick<RetrievedSentence, 'article' | 'paragraph' | 'sentence'>[]): Citation[] {
  const quoted = new Set<string>();
  const citations: Citation[] = [];
  for (const { article, paragraph, sentence } of sentences) {
    const key = (i: number) => `${article.id}#${paragraph.number}#${i}`;
    if (quoted.has(key(sentence.index))) continue;
    let [start, end] = quotationSpan(paragraph, sentence.index);
    for (let i = start; i <= end; i++) if (quoted.has(key(i))) [start, end] = [sentence.index, sentence.index];
    for (let i = start; i <= end; i++) quoted.add(key(i));
    const quote = paragraph.sentences.slice(start, end + 1).map((s) => s.text).join(' ');
    citations.push({ marker: citations.length + 1, articleId: article.id, paragraph: paragraph.number, quote });
  }
  return citations;
}

/**
 * The passages closest to a question no article answers, as citations: those of another article
 * than `named` (the one the reply names) carry that article, so each ¶ is read in the right one.
 */
export function closestCitations(retriever: Retriever, retrieval: Retrieval, named: Article): Citation[] {
  const closest = retriever.closestSentences(retrieval, CLOSEST_PASSAGES);
  const articles = new Map(closest.map(({ article }) => [article.id, article]));
  return toCitations(closest).map((c) => (c.articleId === named.id ? c : { ...c, otherArticle: articleRef(articles.get(c.articleId)!) }));
}

/**
 * The offline answerer: every answer is made of verbatim article sentences with their ¶
 * citations, so it can never state what the article does not say.
 */
export class ExtractiveAnswerer implements Answerer {
  readonly mode = 'extractive' as const;

  constructor(private readonly retriever: Retriever) {}

  async ask(rawQuestion: string, options: AskOptions = {}): Promise<Answer> {
    const question = validateQuestion(rawQuestion);
    const reading = readQuestion(question, options.language);
    const retrieval = await this.retriever.retrieve(reading.search);
    options.onRetrieval?.(retrieval);
    const answer = withReading(this.answerFrom(retrieval, reading.language), question, reading);
    options.onPartial?.(answer.text);
    return answer;
  }

  /** Builds the extractive answer for a retrieval already made (also the LLM engine's fallback). */
  answerFrom(retrieval: Retrieval, language: Language): Answer {
    const article = retrieval.passages[0]?.article ?? this.retriever.articles[0]!;
    const base = { question: retrieval.query.text, language, mode: this.mode, article: articleRef(article) };
    if (!retrieval.found) {
      const citations = closestCitations(this.retriever, retrieval, article);
      return { ...base, found: false, confidence: 'low', text: t('notFound', language), citations };
    }
    if (retrieval.parts) {
      const ref = (s: RetrievedSentence) => articleRef(s.article);
      return { ...base, found: true, confidence: retrieval.confidence, ...partsAnswer(retrieval.parts, language, article.id, (r) => this.answerSentences(r), toCitations, ref) };
    }
    const citations = toCitations(this.answerSentences(retrieval));
    const quoted = citations.map((c) => `${c.quote} [${c.marker}]`).join(' ');
    // Unsure: say so, and never claim the article is silent about what it may answer.
    const text = retrieval.confidence === 'low' ? `${t('closestAnswer', language)} ${quoted}` : quoted;
    return { ...base, found: true, confidence: retrieval.confidence, text, citations };
  }

  /**
   * The best sentence of the top paragraphs, plus a second one when it is nearly as good and
   * mentions something of the question the first does not.
   */
  private answerSentences(retrieval: Retrieval): RetrievedSentence[] {
    // One article per answer: its title is the one shown above the citations.
    const article = retrieval.passages[0]?.article;
    const passages = retrieval.passages.filter((p) => p.article === article).slice(0, ANSWER_PASSAGES);
    const ranked = relevantFirst(this.retriever.rankSentences(retrieval, passages));
    const best = ranked[0];
    if (!best) return [];
    // The answer of the kind asked with the sentence naming what it is of.
    if (best.context) return [best.context, best].sort(byArticleOrder);
    const chosen = [best];
    const covered = new Set(this.retriever.conceptsIn(best.sentence.text, retrieval.query.concepts));
    for (const candidate of ranked.slice(1)) {
      if (chosen.length >= MAX_ANSWER_SENTENCES) break;
      // Sentences holding the answer's kind come first, whatever their score: the rest may still do.
      if (candidate.score < best.score * SECOND_SENTENCE_RATIO) continue;
      const adds = this.retriever.conceptsIn(candidate.sentence.text, retrieval.query.concepts).filter((c) => !covered.has(c));
      if (adds.length === 0) continue;
      adds.forEach((c) => covered.add(c));
      chosen.push(candidate);
    }
    return chosen.sort(byArticleOrder);
  }

  async summarize(length: SummaryLength, language: Language): Promise<Summary> {
    const article = this.retriever.articles[0]!;
    const picked = summarySentences(article, SUMMARY_SIZES[length]);
    const citations = toCitations(picked);
    return {
      length,
      language,
      mode: this.mode,
      points: citations.map((c) => ({ text: c.quote, markers: [c.marker] })),
      citations,
      article: articleRef(article),
      suggestions: [],
    };
  }
}

/**
 * Picks the sentences that best represent the article: weight of the words they share with the
 * whole article (a TF-IDF centroid), a lead bonus (news puts the essentials first) and a
 * redundancy penalty (maximal marginal relevance), returned in article order.
 */
export function summarySentences(article: Article, count: number) {
  const all = article.paragraphs.flatMap((paragraph) =>
    paragraph.sentences.map((sentence) => ({ article, paragraph, sentence, keys: new Set(indexKeys(sentence.text)) })),
  );
  const frequency = new Map<string, number>();
  const paragraphFrequency = new Map<string, number>();
  for (const p of article.paragraphs) {
    const keys = indexKeys(p.text);
    keys.forEach((k) => frequency.set(k, (frequency.get(k) ?? 0) + 1));
    new Set(keys).forEach((k) => paragraphFrequency.set(k, (paragraphFrequency.get(k) ?? 0) + 1));
  }
  const n = article.paragraphs.length;
  // Words in several paragraphs carry the story; a word in every paragraph carries nothing.
  const weight = (k: string) => Math.log(1 + (frequency.get(k) ?? 0)) * Math.log(1 + n / (paragraphFrequency.get(k) ?? 1));
  const centrality = (keys: Set<string>) => [...keys].reduce((sum, k) => sum + weight(k), 0) / Math.sqrt(keys.size || 1);

  const scored = all.map((s) => ({ ...s, base: centrality(s.keys) * (1 + 0.6 / s.paragraph.number) }));
  const chosen: typeof scored = [];
  while (chosen.length < Math.min(count, scored.length)) {
    let best: (typeof scored)[number] | undefined;
    let bestScore = -Infinity;
    for (const candidate of scored) {
      if (chosen.includes(candidate)) continue;
      const overlap = Math.max(0, ...chosen.map((c) => jaccard(c.keys, candidate.keys)));
      const score = candidate.base * (1 - overlap);
      if (score > bestScore) [best, bestScore] = [candidate, score];
    }
    chosen.push(best!);
  }
  return chosen.sort(byArticleOrder);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const k of a) if (b.has(k)) shared++;
  return shared / (a.size + b.size - shared || 1);
}
