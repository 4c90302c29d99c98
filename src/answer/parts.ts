import type { Language } from '../errors.js';
import { t } from '../i18n.js';
import type { PartRetrieval } from '../retrieval/parts.js';
import type { Retrieval, RetrievedSentence } from '../retrieval/retriever.js';
import type { AnswerPart, Citation } from './types.js';

/** What an answer to a question of several parts is made of: its text, its citations and each part's outcome. */
export interface PartsAnswer {
  text: string;
  citations: Citation[];
  parts: AnswerPart[];
}

/**
 * The extractive answer to a question of several parts: one line per part, its question and the
 * sentences that answer it (`answerSentences` of its own retrieval, made citations by `toCitations`),
 * or, for a part no article answers, that the article does not answer it (nothing else is asserted).
 * Citations are numbered across the parts; a sentence an earlier part quoted answers a later part only
 * when nothing else does, and is then named by its marker ("The sentence quoted above [1]"), not quoted again. A citation of another article than `articleId` carries that article (`otherArticle`).
 */
export function partsAnswer(
  parts: readonly PartRetrieval[],
  language: Language,
  articleId: string,
  answerSentences: (retrieval: Retrieval) => RetrievedSentence[],
  toCitations: (sentences: RetrievedSentence[]) => Citation[],
  otherArticle: (sentence: RetrievedSentence) => Citation['otherArticle'],
): PartsAnswer {
  const citations: Citation[] = [];
  const lines: string[] = [];
  const answerParts: AnswerPart[] = [];
  for (const { part, retrieval } of parts) {
    if (!retrieval.found) {
      lines.push(`${part.text} — ${t('partNotAnswered', language)}`);
      answerParts.push({ question: part.text, found: false, confidence: 'low', markers: [] });
      continue;
    }
    const sentences = answerSentences(retrieval);
    const markers: number[] = [];
    const quoted: string[] = [];
    // The same sentence (or a quotation holding it) already cited for an earlier part keeps its marker; it is
    // quoted again only as the part's only answer (a part searched with the first part's words finds its sentence too).
    const earlierOf = (own: Citation) => citations.find((c) => c.articleId === own.articleId && c.paragraph === own.paragraph && c.quote.includes(own.quote));
    const owns = toCitations(sentences);
    const fresh = owns.filter((own) => !earlierOf(own));
    for (const own of fresh.length > 0 ? fresh : owns.slice(0, 1)) {
      const earlier = earlierOf(own);
      const citation = earlier ?? { ...own, marker: citations.length + 1 };
      if (!earlier) {
        const sentence = sentences.find((s) => s.article.id === own.articleId && s.paragraph.number === own.paragraph);
        const other = own.articleId === articleId || !sentence ? undefined : otherArticle(sentence);
        citations.push(other ? { ...citation, otherArticle: other } : citation);
      }
      if (!markers.includes(citation.marker)) {
        markers.push(citation.marker);
        // Named, not quoted twice: a long sentence repeated line after line reads as noise.
        quoted.push(earlier ? `${t('quotedAbove', language)} [${citation.marker}]` : `${citation.quote} [${citation.marker}]`);
      }
    }
    const closest = retrieval.confidence === 'low' ? `${t('closestAnswer', language)} ` : '';
    lines.push(`${part.text} — ${closest}${quoted.join(' ')}`);
    answerParts.push({ question: part.text, found: true, confidence: retrieval.confidence, markers });
  }
  return { text: lines.join('\n'), citations, parts: answerParts };
}
