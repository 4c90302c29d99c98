import type { Article } from '../article/article.js';
import type { Language } from '../errors.js';
import { UserError } from '../errors.js';
import { localized } from '../i18n.js';
import type { Retriever } from '../retrieval/retriever.js';
import { articleRef, toCitations } from './extractive.js';
import { validateQuestion } from './question.js';
import type { ParagraphResult, QuoteResult } from './types.js';

const MAX_QUOTES = 3;

/** The sentences most about a topic, verbatim with their ¶ numbers; the closest ones when none is. */
export async function findQuotes(retriever: Retriever, rawTopic: string, language: Language): Promise<QuoteResult> {
  const topic = validateQuestion(rawTopic);
  const retrieval = await retriever.retrieve(topic, language);
  const passages = retrieval.passages.slice(0, retrieval.found ? MAX_QUOTES : 2);
  const seen = new Set<string>();
  const sentences = retriever
    .rankSentences(retrieval, passages)
    .filter((s) => !seen.has(s.sentence.text) && seen.add(s.sentence.text))
    .slice(0, retrieval.found ? MAX_QUOTES : 2)
    .sort((a, b) => a.paragraph.number - b.paragraph.number || a.sentence.index - b.sentence.index);
  const article = passages[0]?.article ?? retriever.articles[0]!;
  return { topic, language, found: retrieval.found, citations: toCitations(sentences), article: articleRef(article) };
}

/**
 * ¶n of the article in full. Accepts what a user types ("3", " 3 ", "¶3"); anything else, or a
 * number outside the article, is a {@link UserError} saying which numbers exist.
 */
export function getParagraph(article: Article, input: string | number): ParagraphResult {
  const count = article.paragraphs.length;
  const text = String(input).trim().replace(/^¶\s*/, '');
  if (!/^[+-]?\d+$/.test(text)) throw new UserError(localized('paragraphNotNumber', { input: text.slice(0, 40), count }));
  const number = Number(text);
  const paragraph = article.paragraphs[number - 1];
  if (!paragraph || number < 1) throw new UserError(localized('paragraphOutOfRange', { number, count }));
  return { article: articleRef(article), paragraph: number, paragraphCount: count, text: paragraph.text };
}
