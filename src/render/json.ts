import type { Answer } from '../answer/types.js';

/** The stable `npm run ask -- --json` line format (one object per question). */
export interface AnswerJson {
  question: string;
  found: boolean;
  language: 'sq' | 'en';
  answer: string;
  citations: { paragraph: number; quote: string }[];
  article: string;
  mode: 'llm' | 'extractive';
}

export function answerToJson(answer: Answer): AnswerJson {
  return {
    question: answer.question,
    found: answer.found,
    language: answer.language,
    answer: answer.notice ? `${answer.text}\n\n(${answer.notice})` : answer.text,
    citations: answer.citations.map((c) => ({ paragraph: c.paragraph, quote: c.quote })),
    article: answer.article.id,
    mode: answer.mode,
  };
}
