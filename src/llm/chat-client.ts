import type { BaseMessageLike } from '@langchain/core/messages';
import type { ChatOpenAI } from '@langchain/openai';
import type { Logger } from '../logger.js';
import type { ReplyFormat } from './output.js';

/** The model calls of one answer or summary, every one of them ended by the same signal: its deadline. */
export interface ChatCalls {
  json<T>(messages: BaseMessageLike[], format: ReplyFormat<T>, onText?: (textSoFar: string) => void): Promise<string>;
  text(messages: BaseMessageLike[]): Promise<string>;
}

/**
 * Talks to the chat model: every call streams, so a stalled stream can be detected and partial
 * text shown. Retries of failed requests (429 with `retry-after`, 5xx, timeouts) are done by the
 * LangChain client with `OPENAI_MAX_RETRIES`; each attempt is bounded by `OPENAI_TIMEOUT_MS`
 * until the response starts, and from then on by the same time without a new chunk. Calls made
 * through {@link ChatClient.within} also end when their signal aborts, retries and backoff included.
 */
export class ChatClient {
  /** Cleared when the server rejects `response_format`; the prompt asks for the JSON anyway. */
  private structuredOutput = true;

  constructor(
    private readonly model: ChatOpenAI,
    private readonly logger: Logger,
    private readonly idleTimeoutMs: number,
  ) {}

  /**
   * Asks for a reply in the given JSON shape and returns the reply text (to be parsed by the
   * caller). Uses JSON-schema structured output while the server accepts it: a request it
   * answers with 400 is sent again without it, and if that works, later ones are too (the
   * prompt describes the JSON either way).
   */
  async json<T>(messages: BaseMessageLike[], format: ReplyFormat<T>, onText?: (textSoFar: string) => void, deadline?: AbortSignal): Promise<string> {
    if (!this.structuredOutput) return this.stream(messages, undefined, onText, deadline);
    try {
      return await this.stream(messages, format, onText, deadline);
    } catch (error) {
      if ((error as { status?: unknown }).status !== 400) throw error;
      // A 400 for another reason (e.g. a prompt too long) fails again here and changes nothing.
      const text = await this.stream(messages, undefined, onText, deadline);
      this.structuredOutput = false;
      this.logger.warn({ err: error, format: format.name }, 'server rejected structured output; asking for JSON in the prompt only');
      return text;
    }
  }

  /** Asks for a plain-text reply. */
  text(messages: BaseMessageLike[], deadline?: AbortSignal): Promise<string> {
    return this.stream(messages, undefined, undefined, deadline);
  }

  /** This client's calls, each also ended when `deadline` aborts; once it has, none is sent at all. */
  within(deadline: AbortSignal): ChatCalls {
    return {
      json: (messages, format, onText) => this.json(messages, format, onText, deadline),
      text: (messages) => this.text(messages, deadline),
    };
  }

  private async stream<T>(
    messages: BaseMessageLike[],
    format: ReplyFormat<T> | undefined,
    onText?: (textSoFar: string) => void,
    deadline?: AbortSignal,
  ): Promise<string> {
    deadline?.throwIfAborted();
    const stalled = new AbortController();
    let watchdog: NodeJS.Timeout | undefined;
    // The client's timeout ends once headers arrive; a stream that then stops sending needs its own.
    const restartWatchdog = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => stalled.abort(new Error(`model stream stalled for ${this.idleTimeoutMs} ms`)), this.idleTimeoutMs);
    };
    let text = '';
    try {
      const stream = await this.model.stream(messages, {
        signal: deadline ? AbortSignal.any([stalled.signal, deadline]) : stalled.signal,
        ...(format ? { response_format: { type: 'json_schema', json_schema: { name: format.name, schema: format.schema } } } : {}),
      });
      for await (const chunk of stream) {
        restartWatchdog();
        if (!chunk.text) continue;
        text += chunk.text;
        onText?.(text);
      }
    } finally {
      clearTimeout(watchdog);
    }
    return text;
  }
}
