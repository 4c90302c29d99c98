import type { Article } from '../article/article.js';
import type { Answerer, AskOptions, Turn } from '../answer/answerer.js';
import { articleRef, type ExtractiveAnswerer } from '../answer/extractive.js';
import { validateQuestion } from '../answer/question.js';
import { readQuestion, withReading } from '../answer/reading.js';
import type { Answer, Summary, SummaryLength } from '../answer/types.js';
import type { Config } from '../config.js';
import type { Language } from '../errors.js';
import { t, type MessageKey } from '../i18n.js';
import type { Logger } from '../logger.js';
import { noTelemetry, type FallbackReason, type Telemetry } from '../ops/telemetry.js';
import type { Retrieval, Retriever } from '../retrieval/retriever.js';
import { ChatClient, type ChatCalls } from './chat-client.js';
import { checkDraft, previewText, repeatsInstructions, type SourceDocument } from './checker.js';
import { ModelGate } from './gate.js';
import { createChatModel } from './models.js';
import { ANSWER_FORMAT, parseReply, partialObject } from './output.js';
import { answerInstructions, answerMessages, condenseMessages } from './prompts.js';
import { summarizeArticle } from './summarizer.js';

/**
 * The time budget of one answer or summary: a signal that ends its model calls when it runs out,
 * and a check against the clock, which never lags behind the signal's timer (a question taken
 * from the queue in the same instant as its deadline must not be sent).
 */
class Deadline {
  readonly signal: AbortSignal;
  private readonly endsAt: number;

  constructor(ms: number) {
    this.signal = AbortSignal.timeout(ms);
    this.endsAt = Date.now() + ms;
  }

  get passed(): boolean {
    return this.signal.aborted || Date.now() >= this.endsAt;
  }

  /** Throws once the budget is spent, so that no model call starts after it. */
  check(): void {
    if (this.passed) throw new Error('answer deadline passed');
  }
}

/**
 * Paragraph text the model is shown for one answer, about 3,000 tokens. An article that fits is
 * shown whole, so the model sees the answer even when retrieval ranks it low; a longer one
 * contributes its best passages up to this size.
 */
const DOCUMENT_CHAR_BUDGET = 12_000;
/** Earlier turns given to the model to make a follow-up standalone, and how much of each. */
const HISTORY_TURNS = 3;
const HISTORY_TEXT_LENGTH = 600;

/** What the LLM engine is built from; `createContext` passes its own config, logger and engines. */
export interface LlmAnswererOptions {
  config: Config;
  logger: Logger;
  retriever: Retriever;
  /** Writes the answer whenever the model cannot, or its answer cannot be verified. */
  extractive: ExtractiveAnswerer;
  /** Articles longer than this (characters) are summarised by map-reduce; default 12 000. */
  summaryCharBudget?: number;
  /** Counts fallbacks to the extractive engine, and reads the model queue's depth. */
  telemetry?: Telemetry;
  /**
   * An answerer whose model client and queue this one shares: answerers over other articles or a
   * newer index then count against the same concurrency limit.
   */
  sharing?: LlmAnswerer;
  /** Paragraph text shown to the model for one answer (characters); default 12 000. */
  documentCharBudget?: number;
}

/**
 * The paragraphs the model is shown: the best-matching article whole when it fits the budget, in
 * article order, with the article of each answered part's best passage for a question of several parts
 * (each part is answered from its own); otherwise the best passages, best first, until the budget is spent (at least one).
 */
export function documentsFor(retrieval: Retrieval, charBudget: number): SourceDocument[] {
  // The article of the best passage, and of each answered part's of a question of several parts.
  const bests = [retrieval.passages[0], ...(retrieval.parts ?? []).filter((p) => p.retrieval.found).map((p) => p.retrieval.passages[0])];
  const articles = [...new Set(bests.flatMap((p) => (p ? [p.article] : [])))];
  const whole = articles.length === 0 ? Infinity : articles.reduce((sum, a) => sum + a.paragraphs.reduce((n, p) => n + p.text.length, 0), 0);
  const chosen =
    whole <= charBudget
      ? articles.flatMap((article) => article.paragraphs.map((paragraph) => ({ articleId: article.id, paragraph })))
      : withinBudget(retrieval.passages, charBudget).map((p) => ({ articleId: p.article.id, paragraph: p.paragraph }));
  return chosen.map((d, i) => ({ id: i + 1, ...d }));
}

function withinBudget<T extends { paragraph: { text: string } }>(passages: readonly T[], charBudget: number): T[] {
  const chosen: T[] = [];
  let used = 0;
  for (const passage of passages) {
    if (chosen.length > 0 && used + passage.paragraph.text.length > charBudget) break;
    chosen.push(passage);
    used += passage.paragraph.text.length;
  }
  return chosen;
}

/**
 * Answers with a language model, in the asker's language, from the retrieved paragraphs — and
 * shows nothing the checker could not tie to a verbatim quote of the article. Whatever goes
 * wrong with the model (errors, timeouts, unusable output, too many requests at once), the user
 * gets the extractive answer with a notice saying why. Each answer and summary has a time budget
 * (`ANSWER_DEADLINE_MS`) covering its wait in the queue, the model calls, their retries and the
 * streaming: when it runs out the extractive answer is shown, and a question whose budget ran
 * out while it was queued is never sent to the model.
 */
export class LlmAnswerer implements Answerer {
  readonly mode = 'llm' as const;
  private readonly logger: Logger;
  private readonly retriever: Retriever;
  private readonly extractive: ExtractiveAnswerer;
  private readonly client: ChatClient;
  private readonly gate: ModelGate;
  private readonly article: Article;
  private readonly summaryCharBudget?: number;
  private readonly telemetry: Telemetry;
  private readonly deadlineMs: number;
  private readonly documentCharBudget: number;

  constructor(options: LlmAnswererOptions) {
    const { config } = options;
    this.logger = options.logger;
    this.retriever = options.retriever;
    this.extractive = options.extractive;
    this.client = options.sharing?.client ?? new ChatClient(createChatModel(config), options.logger, config.llm.timeoutMs);
    this.gate = options.sharing?.gate ?? new ModelGate(config.llm.maxConcurrency, config.llm.maxQueue);
    this.article = options.retriever.articles[0]!;
    this.summaryCharBudget = options.summaryCharBudget;
    this.telemetry = options.telemetry ?? noTelemetry;
    // Answerers that share a queue report it once.
    if (!options.sharing) this.telemetry.observe('model_queue', () => this.gate.queued);
    this.deadlineMs = config.llm.answerDeadlineMs;
    this.documentCharBudget = options.documentCharBudget ?? DOCUMENT_CHAR_BUDGET;
  }

  /**
   * Answers a question: a follow-up is first made standalone from the history, then the
   * paragraphs it retrieves are given to the model, whose answer streams to `onPartial` as a
   * preview and is returned checked. A question naming someone the article never mentions gets
   * "not found" without asking the model. Retrieval reads the question in its own language;
   * `options.language` only sets the answer's. Invalid questions throw a `UserError`, as in offline mode.
   */
  async ask(rawQuestion: string, options: AskOptions = {}): Promise<Answer> {
    const question = validateQuestion(rawQuestion);
    const reading = readQuestion(question, options.language);
    const { language } = reading;
    const deadline = new Deadline(this.deadlineMs);
    const job = this.gate.run(() => (deadline.passed ? this.extractiveAnswer(question, options, language, 'llmTimeout') : this.answer(question, language, options, deadline)));
    return withReading(await (job ?? this.extractiveAnswer(question, options, language, 'llmBusy')), question, reading);
  }

  /** A model-written summary, every point checked; the extractive summary when that fails. */
  async summarize(length: SummaryLength, language: Language): Promise<Summary> {
    const deadline = new Deadline(this.deadlineMs);
    const job = this.gate.run(() => (deadline.passed ? this.extractiveSummary(length, language, 'llmTimeout') : this.summary(length, language, deadline)));
    return job ?? this.extractiveSummary(length, language, 'llmBusy');
  }

  /** The extractive answer when the model is not asked at all: its queue is full, or the question's budget ran out waiting. */
  private async extractiveAnswer(question: string, { onRetrieval }: AskOptions, language: Language, notice: 'llmBusy' | 'llmTimeout'): Promise<Answer> {
    this.telemetry.llmFallback(notice === 'llmBusy' ? 'queue_full' : 'deadline');
    this.logger.warn({ active: this.gate.active, queued: this.gate.queued, notice }, notice === 'llmBusy' ? 'model queue full; answering extractively' : 'answer deadline passed in the queue; answering extractively');
    return { ...(await this.extractive.ask(question, { language, onRetrieval })), notice: t(notice, language) };
  }

  private async extractiveSummary(length: SummaryLength, language: Language, notice: 'llmBusy' | 'llmTimeout'): Promise<Summary> {
    this.telemetry.llmFallback(notice === 'llmBusy' ? 'queue_full' : 'deadline');
    this.logger.warn({ active: this.gate.active, queued: this.gate.queued, notice }, notice === 'llmBusy' ? 'model queue full; summarising extractively' : 'summary deadline passed in the queue; summarising extractively');
    return { ...(await this.extractive.summarize(length, language)), notice: t(notice, language) };
  }

  private async answer(question: string, language: Language, options: AskOptions, deadline: Deadline): Promise<Answer> {
    const chat = this.client.within(deadline.signal);
    const standalone = options.history?.length ? await this.condense(chat, question, options.history) : question;
    // A question in another language is searched by its names and numbers; the model reads it whole.
    const retrieval = await this.retriever.retrieve(readQuestion(standalone).search);
    options.onRetrieval?.(retrieval);
    // A question about someone the article never mentions cannot be answered from it.
    if (retrieval.missingNames.length > 0) return this.notFound(question, retrieval, language);
    const documents = documentsFor(retrieval, this.documentCharBudget);
    const messages = answerMessages(
      standalone,
      language,
      documents.map((d) => ({ id: d.id, paragraph: d.paragraph.number, text: d.paragraph.text })),
    );

    let reply: string;
    try {
      deadline.check();
      reply = await chat.json(messages, ANSWER_FORMAT, options.onPartial && this.previewer(documents, options.onPartial));
    } catch (error) {
      if (deadline.passed) {
        this.logger.warn({ stage: 'answer', deadlineMs: this.deadlineMs }, 'answer deadline reached; answering extractively');
        return this.fallback(question, retrieval, language, 'llmTimeout', 'deadline');
      }
      this.logger.warn({ err: error, stage: 'answer' }, 'model call failed; answering extractively');
      return this.fallback(question, retrieval, language, 'llmFallback', 'model_error');
    }
    if (reply.trim() === '') {
      this.logger.warn({ stage: 'answer' }, 'model returned an empty reply; answering extractively');
      return this.fallback(question, retrieval, language, 'llmFallback', 'empty_reply');
    }
    const draft = parseReply(reply, ANSWER_FORMAT);
    if (!draft) {
      this.logger.warn({ stage: 'answer', replyLength: reply.length }, 'model reply is not the expected JSON; answering extractively');
      return this.fallback(question, retrieval, language, 'llmUnchecked', 'bad_format');
    }
    if (!draft.found) return this.notFound(question, retrieval, language);

    const article = retrieval.passages[0]?.article ?? this.article;
    const checked = checkDraft([draft.answer], draft.citations, { documents, keepTranslations: language !== article.language });
    const text = checked.texts[0] ?? '';
    if (checked.changes.length > 0) this.logger.info({ stage: 'answer', changes: checked.changes }, 'checker corrected the model answer');
    if (checked.citations.length === 0) {
      this.logger.warn({ stage: 'answer' }, 'model answer has no verifiable citation; answering extractively');
      return this.fallback(question, retrieval, language, 'llmUnchecked', 'unverified');
    }
    if (repeatsInstructions(text, answerInstructions(language))) {
      this.logger.warn({ stage: 'answer' }, 'model answer recites its instructions; answering extractively');
      return this.fallback(question, retrieval, language, 'llmUnchecked', 'unverified');
    }
    // The model read the passages and every citation it kept was checked: it answered, it did not guess.
    // A question of several parts may be answered from several articles: each quote is read in its own.
    const citations = checked.citations.map((c) => {
      const other = c.articleId === article.id ? undefined : this.retriever.articles.find((a) => a.id === c.articleId);
      return other ? { ...c, otherArticle: articleRef(other) } : c;
    });
    return { question, language, found: true, confidence: 'high', mode: this.mode, text, citations, article: articleRef(article) };
  }

  /**
   * Turns the streamed JSON into previews of the answer text for `onPartial`: only the `answer`
   * field, only once the model has said it found an answer, markers numbered as they will be.
   */
  private previewer(documents: readonly SourceDocument[], onPartial: (textSoFar: string) => void): (reply: string) => void {
    const ids = new Set(documents.map((d) => d.id));
    let shown = '';
    return (reply) => {
      const draft = partialObject(reply);
      if (draft?.found === false || typeof draft?.answer !== 'string') return;
      const answer = draft.answer;
      const preview = previewText(answer, ids);
      if (preview === shown) return;
      shown = preview;
      try {
        onPartial(preview);
      } catch (error) {
        // A failing display (e.g. a Discord edit) must not cost the user the answer.
        this.logger.warn({ err: error }, 'onPartial callback failed');
      }
    };
  }

  /** The follow-up rewritten to stand alone; the question as asked if the model cannot do it. */
  private async condense(chat: ChatCalls, question: string, history: readonly Turn[]): Promise<string> {
    const recent = history.slice(-HISTORY_TURNS).map((turn) => ({
      question: turn.question.slice(0, HISTORY_TEXT_LENGTH),
      answer: turn.answer.replace(/\s*\[\d+\]/g, '').slice(0, HISTORY_TEXT_LENGTH),
    }));
    try {
      const reply = await chat.text(condenseMessages(question, recent));
      const line = reply.split('\n').find((l) => l.trim() !== '') ?? '';
      const standalone = validateQuestion(line.trim().replace(/^["“«']+|["”»']+$/g, ''));
      this.logger.debug({ question, standalone }, 'follow-up condensed');
      return standalone;
    } catch (error) {
      this.logger.warn({ err: error, stage: 'condense' }, 'could not condense the follow-up; retrieving with it as asked');
      return question;
    }
  }

  private async summary(length: SummaryLength, language: Language, deadline: Deadline): Promise<Summary> {
    let notice: MessageKey = 'llmUnchecked';
    let reason: FallbackReason = 'unverified';
    try {
      const summary = await summarizeArticle(this.client.within(deadline.signal), this.article, length, language, this.summaryCharBudget);
      if (summary) return { length, language, mode: this.mode, ...summary, article: articleRef(this.article) };
      this.logger.warn({ stage: 'summary' }, 'model summary has no verifiable point; summarising extractively');
    } catch (error) {
      notice = deadline.passed ? 'llmTimeout' : 'llmFallback';
      reason = deadline.passed ? 'deadline' : 'model_error';
      if (deadline.passed) this.logger.warn({ stage: 'summary', deadlineMs: this.deadlineMs }, 'summary deadline reached; summarising extractively');
      else this.logger.warn({ err: error, stage: 'summary' }, 'model call failed; summarising extractively');
    }
    this.telemetry.llmFallback(reason);
    return { ...(await this.extractive.summarize(length, language)), notice: t(notice, language) };
  }

  /** "The article does not say", with the closest passages as the extractive engine shows them. */
  private notFound(question: string, retrieval: Retrieval, language: Language): Answer {
    return { ...this.extractive.answerFrom({ ...retrieval, found: false }, language), question, mode: this.mode };
  }

  /** The extractive answer for the same retrieval, with a notice saying why the model's is not shown. */
  private fallback(question: string, retrieval: Retrieval, language: Language, notice: MessageKey, reason: FallbackReason): Answer {
    this.telemetry.llmFallback(reason);
    return { ...this.extractive.answerFrom(retrieval, language), question, notice: t(notice, language) };
  }
}
