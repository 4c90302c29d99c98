import type { Language } from '../errors.js';

/** A numbered source of an answer: a verbatim quote and the paragraph that contains it. */
export interface Citation {
  /** The `[n]` marker used in the answer text. */
  marker: number;
  articleId: string;
  /** 1-based ¶ number. */
  paragraph: number;
  /** Verbatim article text, always contained in the cited paragraph. */
  quote: string;
  /** A translation of the quote into the asker's language, shown marked as a translation. */
  translation?: string;
  /**
   * The quoted article, when it is not the one the answer names: a refusal's closest passages may
   * come from several articles, and each is shown with its own title so its ¶ is read in the right one.
   */
  otherArticle?: ArticleRef;
}

/**
 * How sure an answer is: `high` when the passage it quotes mentions everything the question asks
 * about, `low` when it is only the closest the articles come (and the answer says so).
 */
export type Confidence = 'high' | 'low';

/** Which engine wrote the text: a model (checked) or verbatim extraction. */
export type AnswerEngine = 'llm' | 'extractive';

/** The article an answer is about, as shown to users. */
export interface ArticleRef {
  id: string;
  title: string;
  date?: string;
  /** The article online (front matter `url`), when it is an http(s) link. */
  url?: string;
  /** ISO 639-1 code of the article's text (front matter `language`, default `sq`). */
  language?: string;
}

/** An answer to a question. */
export interface Answer {
  question: string;
  language: Language;
  /** False when the article does not answer; `citations` then list the closest passages. */
  found: boolean;
  /** Always `low` when not found. */
  confidence: Confidence;
  mode: AnswerEngine;
  /** The answer with `[n]` markers. */
  text: string;
  citations: Citation[];
  article: ArticleRef;
  /** A short note shown under the answer (e.g. the model was unavailable). */
  notice?: string;
  /** For a question of several parts ("…, and how much did it cost?"), how each part was answered. */
  parts?: AnswerPart[];
}

/** One part of a question of several parts, and how the answer answers it. */
export interface AnswerPart {
  /** The part as a question of its own. */
  question: string;
  /** False when no article answers this part (the answer says so). */
  found: boolean;
  confidence: Confidence;
  /** The `[n]` markers of the citations that answer it. */
  markers: number[];
}

/** Summary forms: about 3 sentences, about 7, or bullet points. */
export const SUMMARY_LENGTHS = ['short', 'detailed', 'bullets'] as const;
/** One of {@link SUMMARY_LENGTHS}. */
export type SummaryLength = (typeof SUMMARY_LENGTHS)[number];

/** A summary: each point is cited. */
export interface Summary {
  length: SummaryLength;
  language: Language;
  mode: AnswerEngine;
  points: { text: string; markers: number[] }[];
  citations: Citation[];
  article: ArticleRef;
  /** Follow-up questions a reader might ask (LLM mode). */
  suggestions: string[];
  notice?: string;
}

/** Verbatim passages on a topic. */
export interface QuoteResult {
  topic: string;
  language: Language;
  found: boolean;
  citations: Citation[];
  article: ArticleRef;
}

/** One paragraph in full. */
export interface ParagraphResult {
  article: ArticleRef;
  paragraph: number;
  paragraphCount: number;
  text: string;
}
