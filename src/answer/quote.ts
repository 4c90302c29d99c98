import type { Article } from '../article/article.js';
import type { Language } from '../errors.js';
import { UserError } from '../errors.js';
import { localized } from '../i18n.js';
import { fold } from '../text/normalize.js';
import { byArticleOrder, type Retriever } from '../retrieval/retriever.js';
import { articleRef, closestCitations, relevantFirst, toCitations } from './extractive.js';
import { validateQuestion } from './question.js';
import type { ParagraphResult, QuoteResult } from './types.js';

const MAX_QUOTES = 3;
/** Discord's limits on autocomplete choices. */
const MAX_CHOICES = 25;
const MAX_CHOICE_NAME = 100;
const PREVIEW_WORDS = 8;

/**
 * The sentences most about a topic, verbatim with their ¶ numbers, in article order. Only
 * sentences that mention the topic are quoted; when the article is not about it, the closest
 * passages are shown instead (`found: false`).
 */
export async function findQuotes(retriever: Retriever, rawTopic: string, language: Language): Promise<QuoteResult> {
  if (rawTopic.trim() === '') throw new UserError(localized('emptyTopic'));
  const topic = validateQuestion(rawTopic);
  const retrieval = await retriever.retrieve(topic);
  const article = retrieval.passages[0]?.article ?? retriever.articles[0]!;
  const passages = retrieval.passages.filter((p) => p.article === article).slice(0, MAX_QUOTES);
  const citations = retrieval.found
    ? toCitations(relevantFirst(retriever.rankSentences(retrieval, passages)).slice(0, MAX_QUOTES).sort(byArticleOrder))
    : closestCitations(retriever, retrieval, article);
  return { topic, language, found: retrieval.found, citations, article: articleRef(article) };
}

/**
 * ¶n of the article in full. Accepts what a user types ("3", " 3 ", "¶3"); anything else, or a
 * number outside the article, is a {@link UserError} saying which numbers exist.
 */
export function getParagraph(article: Article, input: string | number): ParagraphResult {
  const count = article.paragraphs.length;
  const text = String(input).trim().replace(/^¶\s*/, '');
  if (!text) throw new UserError(localized('paragraphMissing', { count }));
  if (!/^[+-]?\d+$/.test(text)) throw new UserError(localized('paragraphNotNumber', { input: text.slice(0, 40), count }));
  const number = Number(text);
  const paragraph = article.paragraphs[number - 1];
  // Shown as typed: a number too big for a double would otherwise read "1e+23".
  if (!paragraph || number < 1) throw new UserError(localized('paragraphOutOfRange', { number: text.slice(0, 40), count }));
  return { article: articleRef(article), paragraph: number, paragraphCount: count, text: paragraph.text };
}

/**
 * Suggestions for a paragraph number while it is typed: digits match ¶ numbers that start with
 * them ("1" → ¶1, ¶10, ¶11…), anything else matches the paragraphs' text (ignoring case and
 * diacritics). Each is named "¶n — first words…"; at most 25, names of at most 100 characters.
 */
export function paragraphChoices(article: Article, typed: string): { name: string; value: number }[] {
  const query = fold(typed.trim().replace(/^¶\s*/, ''));
  const byNumber = /^\d+$/.test(query);
  return article.paragraphs
    .filter((p) => (byNumber ? String(p.number).startsWith(query) : fold(p.text).includes(query)))
    .slice(0, MAX_CHOICES)
    .map((p) => {
      const name = `¶${p.number} — ${p.text.split(/\s+/).slice(0, PREVIEW_WORDS).join(' ')}…`;
      return { name: name.length <= MAX_CHOICE_NAME ? name : `${name.slice(0, MAX_CHOICE_NAME - 1)}…`, value: p.number };
    });
}
