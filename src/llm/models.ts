import { ChatOpenAI, OpenAIEmbeddings } from '@langchain/openai';
import type { Config } from '../config.js';

/**
 * The one place model clients are made, from config: any OpenAI-compatible server (OpenAI,
 * Ollama, LM Studio, vLLM, llama.cpp) through `OPENAI_BASE_URL`, with or without a key.
 */
function clientOptions(config: Config) {
  return {
    // Local servers need no key, but the client refuses to start without one.
    apiKey: config.llm.apiKey ?? 'not-needed',
    // Per attempt, until the response starts; retries (429 honouring retry-after, 5xx, timeouts) are LangChain's.
    timeout: config.llm.timeoutMs,
    maxRetries: config.llm.maxRetries,
    configuration: config.llm.baseUrl ? { baseURL: config.llm.baseUrl } : {},
  };
}

/** The chat model that writes answers and summaries; temperature 0 so answers are repeatable. */
export function createChatModel(config: Config): ChatOpenAI {
  return new ChatOpenAI({ ...clientOptions(config), model: config.llm.chatModel, temperature: 0 });
}

/** The embeddings client used when `EMBEDDINGS=openai`. */
export function createOpenAIEmbeddings(config: Config): OpenAIEmbeddings {
  return new OpenAIEmbeddings({ ...clientOptions(config), model: config.llm.embeddingsModel });
}
