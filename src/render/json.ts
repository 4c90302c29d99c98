import type { Answer, AnswerEngine, Citation, Confidence } from '../answer/types.js';
import type { Language } from '../errors.js';

/** The stable `npm run ask -- --json` line format (one object per question). */
export interface AnswerJson {
  question: string;
  found: boolean;
  /** `low` when the answer is only the closest the article comes (always `low` when not found). */
  confidence: Confidence;
  language: Language;
  answer: string;
  /** `article` is the id of the article the quote is from: passages of several articles can be told apart. */
  citations: { article: string; paragraph: number; quote: string }[];
  article: string;
  mode: AnswerEngine;
  /** For a question of several parts, each part: its question, whether and how surely it is answered, and the citations that answer it. */
  parts?: { question: string; found: boolean; confidence: Confidence; citations: AnswerJson['citations'] }[];
}

/** The JSON line of an answer; a notice follows the answer text in parentheses. */
export function answerToJson(answer: Answer): AnswerJson {
  return {
    question: answer.question,
    found: answer.found,
    confidence: answer.confidence,
    language: answer.language,
    answer: answer.notice ? `${answer.text}\n\n(${answer.notice})` : answer.text,
    citations: answer.citations.map(citationJson),
    article: answer.article.id,
    mode: answer.mode,
    ...(answer.parts && {
      parts: answer.parts.map(({ question, found, confidence, markers }) => ({
        question,
        found,
        confidence,
        citations: answer.citations.filter((c) => markers.includes(c.marker)).map(citationJson),
      })),
    }),
  };
}

function citationJson(c: Citation): AnswerJson['citations'][number] {
  return { article: c.articleId, paragraph: c.paragraph, quote: c.quote };
}

/** What a rejected question (empty, too long, no words…) is answered with. */
export interface Rejection {
  /** The question as it was given. */
  question: string;
  language: Language;
  /** Why it was rejected, in `language`. */
  message: string;
  articleId: string;
  mode: AnswerEngine;
}

/** The JSON line of a rejected question: not found, no citations, the reason as the answer. */
export function rejectionToJson(rejection: Rejection): AnswerJson {
  const { question, language, message, articleId, mode } = rejection;
  return { question, found: false, confidence: 'low', language, answer: message, citations: [], article: articleId, mode };
}
