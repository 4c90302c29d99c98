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
    timeout: config.llm.timeoutMs,
    maxRetries: config.llm.maxRetries,
    configuration: config.llm.baseUrl ? { baseURL: config.llm.baseUrl } : {},
  };
}

export function createChatModel(config: Config, options: { streaming?: boolean } = {}): ChatOpenAI {
  return new ChatOpenAI({ ...clientOptions(config), model: config.llm.chatModel, temperature: 0, streaming: options.streaming ?? false });
}

export function createOpenAIEmbeddings(config: Config): OpenAIEmbeddings {
  return new OpenAIEmbeddings({ ...clientOptions(config), model: config.llm.embeddingsModel });
}
