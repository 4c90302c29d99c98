import { config as loadDotenv } from 'dotenv';
import type { AnswerEngine } from './answer/types.js';
import { ConfigError } from './errors.js';

/** Every setting of the bot, validated once at start. */
export interface Config {
  articlesDir: string;
  /** Watch `articlesDir` while the bot or chat runs, and update the index in place. */
  watchArticles: boolean;
  embeddingsDir: string;
  /** Where the bot keeps its SQLite database (reader feedback, conversation history). */
  dataDir: string;
  logLevel: string;
  discord: {
    token?: string;
    clientId?: string;
    guildId?: string;
    /** REST base URL handed to discord.js as `rest.api` (proxies, tests). */
    apiBase?: string;
    /** When non-empty, the bot only answers in these channels (and in DMs). */
    allowedChannelIds: string[];
    cooldownSeconds: number;
    /** Answers being worked on at once across all users; more get "busy, try again". */
    maxConcurrentAnswers: number;
  };
  llm: {
    /** The mode that answers: `llm` when a model is configured (or forced), else `extractive`. */
    answerMode: AnswerEngine;
    apiKey?: string;
    baseUrl?: string;
    chatModel: string;
    embeddingsModel: string;
    embeddings: 'local' | 'openai';
    /** Per model request: until its response starts, and then between two chunks. At most {@link answerDeadlineMs}. */
    timeoutMs: number;
    maxRetries: number;
    /** Time budget of one answer or summary: queueing, model calls, retries and streaming. */
    answerDeadlineMs: number;
    maxConcurrency: number;
    maxQueue: number;
  };
}

/*
 * Validation is a few small parsers rather than a schema library: zod alone costs ~100 ms of
 * start-up (measured), a sixth of the budget for a cold `npm run ask`.
 */
type Env = NodeJS.ProcessEnv;

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** Values short and plain enough to be a typo rather than a pasted secret (tokens and keys are 40+ characters). */
const ECHOABLE = /^[\w.+-]{1,12}$/;

/**
 * Fails naming the variable. The value is quoted only when it is short and plain (`"loud"`, `"1.5"`):
 * anything longer may be a token or key pasted into the wrong line, so only its length is told.
 */
function invalid(name: string, expected: string, value: string): never {
  const shown = ECHOABLE.test(value) ? `"${value}"` : `a value of ${value.length} characters`;
  throw new ConfigError(`Invalid setting ${name}: expected ${expected}, got ${shown}`);
}

/** Fails naming the variable, and never the value: ids and URLs are where tokens get pasted by mistake. */
function invalidUnquoted(name: string, problem: string): never {
  throw new ConfigError(`Invalid setting ${name}: ${problem}`);
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = text(env, name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) invalid(name, `a whole number from ${min} to ${max}`, value);
  return n;
}

function oneOf<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T): T {
  const value = text(env, name);
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) invalid(name, `one of ${choices.join(', ')}`, value);
  return value as T;
}

const SNOWFLAKE = /^\d{17,20}$/;

function snowflake(env: Env, name: string): string | undefined {
  const value = text(env, name);
  if (value !== undefined && !SNOWFLAKE.test(value)) invalidUnquoted(name, 'expected a Discord id (17–20 digits)');
  return value;
}

function snowflakes(env: Env, name: string): string[] {
  const ids = (text(env, name) ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  ids.forEach((id, i) => {
    if (!SNOWFLAKE.test(id)) invalidUnquoted(name, `expected comma-separated Discord ids (17–20 digits); entry ${i + 1} is not one`);
  });
  return ids;
}

/**
 * An http(s) URL without credentials: a key in `user:key@host` would be sent to every host the
 * client is redirected to and written wherever the URL is shown, so it belongs in its own setting.
 */
function httpUrl(env: Env, name: string, credentialsGoIn: string): string | undefined {
  const value = text(env, name);
  if (value === undefined) return undefined;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !/^https?:$/.test(url.protocol)) invalidUnquoted(name, 'expected an http(s) URL');
  if (url.username || url.password) invalidUnquoted(name, `the URL must not contain a user name or password; put credentials in ${credentialsGoIn}`);
  return value.replace(/\/+$/, '');
}

/** Discord lets a bot answer an interaction for 15 minutes: an answer must be ready before that. */
const MAX_DEADLINE_MS = 14 * 60_000;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Reads and validates the settings. This is the only module that reads the environment; a
 * `.env` file (path in `ENV_FILE`, default `.env`, empty to skip) fills in what is not set.
 * Throws a {@link ConfigError} naming the first bad variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const envFile = env.ENV_FILE ?? '.env';
  if (envFile) loadDotenv({ path: envFile, processEnv: env, quiet: true });

  const answerMode = oneOf(env, 'ANSWER_MODE', ['auto', 'llm', 'extractive'], 'auto');
  const embeddings = oneOf(env, 'EMBEDDINGS', ['local', 'openai'], 'local');
  const apiKey = text(env, 'OPENAI_API_KEY');
  const baseUrl = httpUrl(env, 'OPENAI_BASE_URL', 'OPENAI_API_KEY');
  const modelConfigured = Boolean(apiKey || baseUrl);
  if (answerMode === 'llm' && !modelConfigured) {
    throw new ConfigError('Invalid setting ANSWER_MODE: "llm" needs OPENAI_API_KEY or OPENAI_BASE_URL');
  }
  if (embeddings === 'openai' && !modelConfigured) {
    throw new ConfigError('Invalid setting EMBEDDINGS: "openai" needs OPENAI_API_KEY or OPENAI_BASE_URL');
  }

  const answerDeadlineMs = integer(env, 'ANSWER_DEADLINE_MS', 20_000, 1_000, MAX_DEADLINE_MS);
  const timeoutMs = integer(env, 'OPENAI_TIMEOUT_MS', Math.min(10_000, answerDeadlineMs), 1_000, 600_000);
  if (timeoutMs > answerDeadlineMs) {
    throw new ConfigError(`Invalid setting OPENAI_TIMEOUT_MS: ${timeoutMs} is more than ANSWER_DEADLINE_MS (${answerDeadlineMs}), the time an answer may take in all`);
  }

  return {
    articlesDir: text(env, 'ARTICLES_DIR') ?? 'articles',
    watchArticles: oneOf(env, 'WATCH_ARTICLES', ['true', 'false'], 'true') === 'true',
    embeddingsDir: text(env, 'EMBEDDINGS_DIR') ?? 'embeddings',
    dataDir: text(env, 'DATA_DIR') ?? 'data',
    // The terminal chat shares its screen with the logs: only problems are worth showing there.
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, text(env, 'DISCORD_TOKEN') ? 'info' : 'warn'),
    discord: {
      token: text(env, 'DISCORD_TOKEN'),
      clientId: snowflake(env, 'DISCORD_CLIENT_ID'),
      guildId: snowflake(env, 'DISCORD_GUILD_ID'),
      apiBase: httpUrl(env, 'DISCORD_API_BASE', 'DISCORD_TOKEN'),
      allowedChannelIds: snowflakes(env, 'ALLOWED_CHANNEL_IDS'),
      cooldownSeconds: integer(env, 'COOLDOWN_SECONDS', 3, 0, 3600),
      maxConcurrentAnswers: integer(env, 'MAX_CONCURRENT_ANSWERS', 64, 1, 10_000),
    },
    llm: {
      answerMode: answerMode === 'extractive' || (answerMode === 'auto' && !modelConfigured) ? 'extractive' : 'llm',
      apiKey,
      baseUrl,
      chatModel: text(env, 'OPENAI_CHAT_MODEL') ?? 'gpt-4o-mini',
      embeddingsModel: text(env, 'OPENAI_EMBEDDINGS_MODEL') ?? 'text-embedding-3-small',
      embeddings,
      timeoutMs,
      maxRetries: integer(env, 'OPENAI_MAX_RETRIES', 2, 0, 10),
      answerDeadlineMs,
      maxConcurrency: integer(env, 'OPENAI_MAX_CONCURRENCY', 4, 1, 256),
      maxQueue: integer(env, 'OPENAI_MAX_QUEUE', 32, 0, 10_000),
    },
  };
}

/**
 * The whole environment of a child process that must run offline (`npm run bench`'s cold runs):
 * `PATH` and `HOME` from `env`, then `overrides`, then settings that select no `.env` file, the
 * extractive engine and local embeddings — no token, key or other inherited variable.
 */
export function offlineChildEnv(overrides: Record<string, string> = {}, env: Env = process.env): Record<string, string> {
  const inherited: Record<string, string> = {};
  for (const name of ['PATH', 'HOME']) {
    const value = env[name];
    if (value) inherited[name] = value;
  }
  return { ...inherited, ...overrides, ENV_FILE: '', ANSWER_MODE: 'extractive', EMBEDDINGS: 'local' };
}
