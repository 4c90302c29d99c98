import type { Answerer, Turn } from '../answer/answerer.js';
import type { Answer, ArticleRef, Citation, ParagraphResult, QuoteResult, Summary } from '../answer/types.js';
import type { Article } from '../article/article.js';
import { articleLabel } from '../article/catalog.js';
import { articleRef } from '../answer/extractive.js';
import type { Language } from '../errors.js';
import { t } from '../i18n.js';
import { citedParagraph, listedQuote, quotedHeading, shownParagraph } from './citations.js';

/** Renders answers and other results as plain text for the terminal chat and `npm run ask`. */

/** One line per source, with its translation (if any) marked as such underneath. */
function sourceLines(citations: readonly Citation[], language: Language, answerText = ''): string[] {
  return citations.flatMap((c) => {
    const line = `[${c.marker}] ${citedParagraph(c)} — «${listedQuote(c, answerText)}»`;
    return c.translation ? [line, `    (${t('translation', language)}: ${c.translation})`] : [line];
  });
}

/** An answer with its sources (and any notice) as terminal text. */
export function renderAnswer(answer: Answer): string {
  const heading = quotedHeading(answer);
  return [...(heading ? [heading] : []), answer.text, ...answerFooter(answer)].join('\n');
}

/** What follows an answer's text: its sources (headed when the article answers), any notice, then the article. */
function answerFooter(answer: Answer): string[] {
  const lines = answer.found ? ['', `${t('sources', answer.language)}:`] : [];
  lines.push(...sourceLines(answer.citations, answer.language, answer.text));
  if (answer.notice) lines.push('', `(${answer.notice})`);
  lines.push(articleLine(answer.article));
  return lines;
}

/** "— Title · date <url>": which article a result is from, and where to read it. */
function articleLine(article: ArticleRef): string {
  return `— ${articleLabel(article)}${article.url ? ` <${article.url}>` : ''}`;
}

/**
 * Asks a question and renders the answer for the terminal. With `write`, a model's answer text is
 * written piece by piece as it is generated, and `output` is what is left to print: its sources,
 * or the whole checked answer when it differs from what was streamed (the checker removed
 * something, or the extractive answer replaced the model's). Otherwise the whole rendered answer.
 */
export async function askAndRender(
  answerer: Answerer,
  question: string,
  options: { write?: (text: string) => void; history?: readonly Turn[] } = {},
): Promise<{ output: string; answer: Answer }> {
  const printer = options.write && answerer.mode === 'llm' ? new StreamedAnswerPrinter(options.write) : undefined;
  const answer = await answerer.ask(question, { onPartial: printer?.onPartial, history: options.history });
  return { output: printer ? printer.finish(answer) : renderAnswer(answer), answer };
}

/**
 * Prints an answer while it is written: pass `onPartial` to `ask`, and it writes each new piece
 * of the preview as it arrives; `finish` then gives what is left to print once the checked answer
 * is final.
 */
class StreamedAnswerPrinter {
  private shown = '';

  constructor(private readonly write: (text: string) => void) {}

  readonly onPartial = (textSoFar: string): void => {
    // A terminal cannot take text back: only growth is printed.
    if (!textSoFar.startsWith(this.shown)) return;
    this.write(textSoFar.slice(this.shown.length));
    this.shown = textSoFar;
  };

  finish(answer: Answer): string {
    if (this.shown === '') return renderAnswer(answer);
    if (this.shown === answer.text) return ['', ...answerFooter(answer)].join('\n');
    return `\n\n${renderAnswer(answer)}`;
  }
}

/** A summary: its points with `[n]` markers, the ¶ of each source, and any suggestions. */
export function renderSummary(summary: Summary): string {
  const bullet = summary.length === 'bullets';
  const body = summary.points.map((p) => `${bullet ? '• ' : ''}${p.text} ${p.markers.map((m) => `[${m}]`).join('')}`);
  const heading = quotedHeading(summary);
  const lines = [`${t('summaryTitle', summary.language)} — ${summary.article.title}`, '', ...(heading ? [heading] : [])];
  lines.push(bullet ? body.join('\n') : body.join(' '), '', `${t('sources', summary.language)}:`);
  lines.push(...summary.citations.map((c) => `[${c.marker}] ¶${c.paragraph}`));
  if (summary.suggestions.length > 0) lines.push('', ...summary.suggestions.map((s) => `? ${s}`));
  if (summary.notice) lines.push('', `(${summary.notice})`);
  lines.push('', articleLine(summary.article));
  return lines.join('\n');
}

/** Verbatim quotes on a topic, each with its ¶ number. */
export function renderQuotes(result: QuoteResult): string {
  const heading = result.found ? t('quotesTitle', result.language, { topic: result.topic }) : t('noQuotes', result.language, { topic: result.topic });
  return [heading, ...result.citations.map((c) => `${citedParagraph(c)} — «${c.quote}»`), articleLine(result.article)].join('\n');
}

/** One paragraph in full, headed with its number and the article's title. */
export function renderParagraph(result: ParagraphResult, language: Language): string {
  const { text, note } = shownParagraph(result.text, language);
  return `${t('paragraph', language)} ${result.paragraph}/${result.paragraphCount} ${articleLine(result.article)}\n\n${text}${note ? `\n\n(${note})` : ''}`;
}

/** The articles, newest first: id (what `/article` and `--article` take), title, date, ¶ count, source and link. */
export function renderArticles(articles: readonly Article[], language: Language): string {
  return articles
    .map((article) => {
      const { url } = articleRef(article);
      const facts = [article.date ?? t('undated', language), t('paragraphCount', language, { count: article.paragraphs.length })];
      if (article.source) facts.push(article.source);
      return `${article.id}\n  ${article.title}\n  ${facts.join(' · ')}${url ? `\n  ${url}` : ''}`;
    })
    .join('\n');
}
