import type { Language } from '../errors.js';
import type { Retrieval } from '../retrieval/retriever.js';
import type { Answer, AnswerEngine, Summary, SummaryLength } from './types.js';

/** A previous question and answer in the same conversation (Discord thread). */
export interface Turn {
  question: string;
  answer: string;
}

/** How to answer one question. */
export interface AskOptions {
  /** Answer in this language instead of the question's detected one. */
  language?: Language;
  /** Earlier turns, for follow-up questions. */
  history?: readonly Turn[];
  /** Receives the answer text as it is generated (LLM mode streams; extractive calls it once). */
  onPartial?: (textSoFar: string) => void;
  /** Receives the retrieval the answer is made from (the eval scores its ranking without retrieving the question again). */
  onRetrieval?: (retrieval: Retrieval) => void;
}

/** Writes answers and summaries. Both engines return the same shapes, so renderers never care which ran. */
export interface Answerer {
  readonly mode: AnswerEngine;
  ask(question: string, options?: AskOptions): Promise<Answer>;
  summarize(length: SummaryLength, language: Language): Promise<Summary>;
}
