import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { ConfigError } from './errors.js';

/** How answers are written: by a model (checked against the article) or from verbatim sentences. */
export type AnswerMode = 'llm' | 'extractive';

/** Every setting of the bot, validated once at start. */
export interface Config {
  articlesDir: string;
  embeddingsDir: string;
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
    answerMode: AnswerMode;
    apiKey?: string;
    baseUrl?: string;
    chatModel: string;
    embeddingsModel: string;
    embeddings: 'local' | 'openai';
    timeoutMs: number;
    maxRetries: number;
    maxConcurrency: number;
    maxQueue: number;
  };
}

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));
const snowflake = z.string().regex(/^\d{17,20}$/, 'expected a Discord id (17–20 digits)');
const optionalSnowflake = optionalText.pipe(snowflake.optional());
const url = optionalText.pipe(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional());
const integer = (fallback: number, min: number, max: number) =>
  optionalText
    .transform((v) => (v === undefined ? fallback : Number(v)))
    .pipe(
      z
        .number({ error: 'expected a number' })
        .int('expected a whole number')
        .min(min, `expected at least ${min}`)
        .max(max, `expected at most ${max}`),
    );

/** Keyed by the environment variable's name, so a validation error names the variable to fix. */
const schema = z.object({
  ARTICLES_DIR: optionalText.default('articles'),
  EMBEDDINGS_DIR: optionalText.default('embeddings'),
  LOG_LEVEL: optionalText.pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  DISCORD_TOKEN: optionalText,
  DISCORD_CLIENT_ID: optionalSnowflake,
  DISCORD_GUILD_ID: optionalSnowflake,
  DISCORD_API_BASE: url,
  ALLOWED_CHANNEL_IDS: optionalText.pipe(
    z
      .string()
      .optional()
      .transform((v) => (v ? v.split(',').map((id) => id.trim()).filter(Boolean) : []))
      .pipe(z.array(snowflake)),
  ),
  COOLDOWN_SECONDS: integer(3, 0, 3600),
  MAX_CONCURRENT_ANSWERS: integer(64, 1, 10_000),
  ANSWER_MODE: optionalText.pipe(z.enum(['auto', 'llm', 'extractive']).default('auto')),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: url,
  OPENAI_CHAT_MODEL: optionalText.default('gpt-4o-mini'),
  OPENAI_EMBEDDINGS_MODEL: optionalText.default('text-embedding-3-small'),
  EMBEDDINGS: optionalText.pipe(z.enum(['local', 'openai']).default('local')),
  OPENAI_TIMEOUT_MS: integer(30_000, 1_000, 600_000),
  OPENAI_MAX_RETRIES: integer(2, 0, 10),
  OPENAI_MAX_CONCURRENCY: integer(4, 1, 256),
  OPENAI_MAX_QUEUE: integer(32, 0, 10_000),
});

/**
 * Reads and validates the settings. This is the only module that reads the environment; a
 * `.env` file (path in `ENV_FILE`, default `.env`, empty to skip) fills in what is not set.
 * Throws a {@link ConfigError} naming the first bad variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const envFile = env.ENV_FILE ?? '.env';
  if (envFile) loadDotenv({ path: envFile, processEnv: env, quiet: true });

  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    throw new ConfigError(`Invalid setting ${name}: ${issue.message}`);
  }
  const s = parsed.data;
  const modelConfigured = Boolean(s.OPENAI_API_KEY || s.OPENAI_BASE_URL);
  if (s.ANSWER_MODE === 'llm' && !modelConfigured) {
    throw new ConfigError('Invalid setting ANSWER_MODE: "llm" needs OPENAI_API_KEY or OPENAI_BASE_URL');
  }
  if (s.EMBEDDINGS === 'openai' && !modelConfigured) {
    throw new ConfigError('Invalid setting EMBEDDINGS: "openai" needs OPENAI_API_KEY or OPENAI_BASE_URL');
  }

  return {
    articlesDir: s.ARTICLES_DIR,
    embeddingsDir: s.EMBEDDINGS_DIR,
    logLevel: s.LOG_LEVEL,
    discord: {
      token: s.DISCORD_TOKEN,
      clientId: s.DISCORD_CLIENT_ID,
      guildId: s.DISCORD_GUILD_ID,
      apiBase: s.DISCORD_API_BASE,
      allowedChannelIds: s.ALLOWED_CHANNEL_IDS,
      cooldownSeconds: s.COOLDOWN_SECONDS,
      maxConcurrentAnswers: s.MAX_CONCURRENT_ANSWERS,
    },
    llm: {
      answerMode: s.ANSWER_MODE === 'extractive' || (s.ANSWER_MODE === 'auto' && !modelConfigured) ? 'extractive' : 'llm',
      apiKey: s.OPENAI_API_KEY,
      baseUrl: s.OPENAI_BASE_URL,
      chatModel: s.OPENAI_CHAT_MODEL,
      embeddingsModel: s.OPENAI_EMBEDDINGS_MODEL,
      embeddings: s.EMBEDDINGS,
      timeoutMs: s.OPENAI_TIMEOUT_MS,
      maxRetries: s.OPENAI_MAX_RETRIES,
      maxConcurrency: s.OPENAI_MAX_CONCURRENCY,
      maxQueue: s.OPENAI_MAX_QUEUE,
    },
  };
}
