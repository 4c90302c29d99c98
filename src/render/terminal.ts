import type { Answer, Citation, ParagraphResult, QuoteResult, Summary } from '../answer/types.js';
import type { Language } from '../errors.js';
import { t } from '../i18n.js';

/** Renders answers and other results as plain text for the terminal chat and `npm run ask`. */

function sourceLines(citations: readonly Citation[], language: Language): string[] {
  return citations.flatMap((c) => {
    const line = `[${c.marker}] ¶${c.paragraph} — «${c.quote}»`;
    return c.translation ? [line, `    (${t('translation', language)}: ${c.translation})`] : [line];
  });
}

export function renderAnswer(answer: Answer): string {
  const lines: string[] = [];
  if (answer.found) {
    if (answer.mode === 'extractive' && answer.language === 'en') lines.push(t('fromArticle', 'en'));
    lines.push(answer.text, '', `${t('sources', answer.language)}:`, ...sourceLines(answer.citations, answer.language));
  } else {
    lines.push(answer.text, ...sourceLines(answer.citations, answer.language));
  }
  if (answer.notice) lines.push('', `(${answer.notice})`);
  return lines.join('\n');
}

export function renderSummary(summary: Summary): string {
  const bullet = summary.length === 'bullets';
  const body = summary.points.map((p) => `${bullet ? '• ' : ''}${p.text} ${p.markers.map((m) => `[${m}]`).join('')}`);
  const lines = [`${t('summaryTitle', summary.language)} — ${summary.article.title}`, ''];
  lines.push(bullet ? body.join('\n') : body.join(' '), '', `${t('sources', summary.language)}:`);
  lines.push(...summary.citations.map((c) => `[${c.marker}] ¶${c.paragraph}`));
  if (summary.suggestions.length > 0) lines.push('', ...summary.suggestions.map((s) => `? ${s}`));
  if (summary.notice) lines.push('', `(${summary.notice})`);
  return lines.join('\n');
}

export function renderQuotes(result: QuoteResult): string {
  const heading = result.found ? t('quotesTitle', result.language, { topic: result.topic }) : t('noQuotes', result.language, { topic: result.topic });
  return [heading, ...result.citations.map((c) => `¶${c.paragraph} — «${c.quote}»`)].join('\n');
}

export function renderParagraph(result: ParagraphResult, language: Language): string {
  return `${t('paragraph', language)} ${result.paragraph}/${result.paragraphCount} — ${result.article.title}\n\n${result.text}`;
}
