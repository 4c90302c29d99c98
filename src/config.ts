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
  /** Running in production: sharding, the health/metrics endpoint, graceful shutdown. */
  ops: {
    sharding: Sharding;
    /** Port of `/healthz` and `/metrics` (0 = any free port, logged); unset = no endpoint. */
    metricsPort?: number;
    metricsHost: string;
    /** How long SIGTERM waits for answers in flight before replacing them with the extractive answer. */
    shutdownGraceMs: number;
  };
}

/**
 * How this process uses Discord's gateway shards:
 * - `single`: one process, one connection (Discord's shard [0, 1]), as for most bots;
 * - `manager`: discord.js's ShardingManager starts one process per shard (`ids`, default all of
 *   `count`) and respawns any that dies;
 * - `managed`: a shard process a manager started (discord.js reads its shard from the environment);
 * - `in-process`: this process connects the shards `ids` of `count`, so machines can split a bot.
 */
export type Sharding =
  | { mode: 'single' }
  | { mode: 'manager'; count: number | 'auto'; ids?: number[] }
  | { mode: 'managed'; ids: number[] }
  | { mode: 'in-process'; count: number; ids: number[] };

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

/** The most shards Discord would ask of a bot this size is in the hundreds; more is a typo. */
const MAX_SHARDS = 4_096;

function shardIds(env: Env, name: string): number[] | undefined {
  const value = text(env, name);
  if (value === undefined) return undefined;
  const ids = value.split(',').map((id) => id.trim());
  if (ids.some((id) => !/^\d{1,4}$/.test(id))) invalid(name, 'comma-separated shard numbers, e.g. 0,1', value);
  return [...new Set(ids.map(Number))].sort((a, b) => a - b);
}

/** DISCORD_SHARDS, DISCORD_SHARD_IDS and DISCORD_SHARD_COUNT, checked together. */
function sharding(env: Env): Sharding {
  // discord.js's ShardingManager marks the processes it starts; they take their shard from it.
  if (env.SHARDING_MANAGER === 'true') return { mode: 'managed', ids: (env.SHARDS ?? '').match(/\d+/g)?.map(Number) ?? [] };
  const shards = text(env, 'DISCORD_SHARDS');
  const ids = shardIds(env, 'DISCORD_SHARD_IDS');
  const count = text(env, 'DISCORD_SHARD_COUNT') === undefined ? undefined : integer(env, 'DISCORD_SHARD_COUNT', 1, 1, MAX_SHARDS);
  if (shards !== undefined) {
    if (shards !== 'auto' && !(/^\d+$/.test(shards) && Number(shards) >= 1 && Number(shards) <= MAX_SHARDS)) {
      invalid('DISCORD_SHARDS', `"auto" or a whole number from 1 to ${MAX_SHARDS}`, shards);
    }
    const total = shards === 'auto' ? 'auto' : Number(shards);
    if (count !== undefined) throw new ConfigError('Invalid setting DISCORD_SHARD_COUNT: with DISCORD_SHARDS, the shard count is DISCORD_SHARDS');
    if (ids === undefined) return { mode: 'manager', count: total };
    if (total === 'auto') throw new ConfigError('Invalid setting DISCORD_SHARDS: "auto" cannot be combined with DISCORD_SHARD_IDS; give the total number of shards');
    checkIds(ids, total, 'DISCORD_SHARDS');
    return { mode: 'manager', count: total, ids };
  }
  if (ids === undefined) return count === undefined ? { mode: 'single' } : { mode: 'in-process', count, ids: [...Array(count).keys()] };
  if (count === undefined) throw new ConfigError('Invalid setting DISCORD_SHARD_IDS: needs DISCORD_SHARD_COUNT, the total number of shards of the bot');
  checkIds(ids, count, 'DISCORD_SHARD_COUNT');
  return { mode: 'in-process', count, ids };
}

function checkIds(ids: readonly number[], count: number, countName: string): void {
  const outside = ids.find((id) => id >= count);
  if (outside !== undefined) throw new ConfigError(`Invalid setting DISCORD_SHARD_IDS: shard ${outside} does not exist when ${countName} is ${count} (shards are numbered from 0)`);
}

function host(env: Env, name: string, fallback: string): string {
  const value = text(env, name);
  if (value === undefined) return fallback;
  if (!/^(?:[\w.-]+|\[?[\da-f:.]+\]?)$/i.test(value)) invalid(name, 'a host name or IP address, e.g. 127.0.0.1', value);
  return value.replace(/^\[|\]$/g, '');
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
    ops: {
      sharding: sharding(env),
      metricsPort: text(env, 'METRICS_PORT') === undefined ? undefined : integer(env, 'METRICS_PORT', 0, 0, 65_535),
      metricsHost: host(env, 'METRICS_HOST', '127.0.0.1'),
      shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
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
