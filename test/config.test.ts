import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, offlineChildEnv } from '../src/config.js';
import { ConfigError } from '../src/errors.js';
import { makeTempDir, removeDir } from './helpers/core.js';

/** Every test passes its own env and `ENV_FILE: ''`, so a developer's `.env` never leaks in. */
const load = (env: Record<string, string> = {}) => loadConfig({ ENV_FILE: '', ...env });

function configError(env: Record<string, string>): ConfigError {
  try {
    load(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe('loadConfig defaults', () => {
  it('logs at info for the Discord bot and only warnings for the terminal chat, unless told otherwise', () => {
    expect(load({ DISCORD_TOKEN: 'x' }).logLevel).toBe('info');
    expect(load().logLevel).toBe('warn');
    expect(load({ LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
  });

  it('runs offline with extractive answers and local embeddings when nothing is set', () => {
    expect(load()).toEqual({
      articlesDir: 'articles',
      watchArticles: true,
      embeddingsDir: 'embeddings',
      dataDir: 'data',
      logLevel: 'warn',
      discord: {
        token: undefined,
        clientId: undefined,
        guildId: undefined,
        apiBase: undefined,
        allowedChannelIds: [],
        cooldownSeconds: 3,
        maxConcurrentAnswers: 64,
      },
      llm: {
        answerMode: 'extractive',
        apiKey: undefined,
        baseUrl: undefined,
        chatModel: 'gpt-4o-mini',
        embeddingsModel: 'text-embedding-3-small',
        embeddings: 'local',
        timeoutMs: 10_000,
        maxRetries: 2,
        answerDeadlineMs: 20_000,
        maxConcurrency: 4,
        maxQueue: 32,
      },
      ops: { sharding: { mode: 'single' }, metricsPort: undefined, metricsHost: '127.0.0.1', shutdownGraceMs: 10_000 },
    });
  });

  it('treats empty and whitespace-only values as unset', () => {
    expect(load({ ARTICLES_DIR: '  ', COOLDOWN_SECONDS: '', DISCORD_TOKEN: ' ', OPENAI_API_KEY: '', LOG_LEVEL: ' ' })).toEqual(load());
  });

  it('reads values, trimming spaces', () => {
    const config = load({
      ARTICLES_DIR: ' /data/articles ',
      EMBEDDINGS_DIR: '/tmp/idx',
      DATA_DIR: ' /var/lib/bot ',
      LOG_LEVEL: 'debug',
      DISCORD_TOKEN: 'abc.def',
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_GUILD_ID: '12345678901234567',
      DISCORD_API_BASE: 'http://127.0.0.1:5000/api',
      ALLOWED_CHANNEL_IDS: ' 123456789012345678 , 22345678901234567890 ,',
      COOLDOWN_SECONDS: '0',
      MAX_CONCURRENT_ANSWERS: '5',
    });
    expect(config.articlesDir).toBe('/data/articles');
    expect(config.embeddingsDir).toBe('/tmp/idx');
    expect(config.dataDir).toBe('/var/lib/bot');
    expect(config.logLevel).toBe('debug');
    expect(config.discord).toMatchObject({
      token: 'abc.def',
      clientId: '123456789012345678',
      guildId: '12345678901234567',
      allowedChannelIds: ['123456789012345678', '22345678901234567890'],
      cooldownSeconds: 0,
      maxConcurrentAnswers: 5,
    });
    expect(config.discord.apiBase).toMatch(/^http:\/\/127\.0\.0\.1:5000\/api\/?$/);
  });

  it('answers with the model when a key or a base URL is configured, unless extractive is forced', () => {
    expect(load({ OPENAI_API_KEY: 'sk-test' }).llm.answerMode).toBe('llm');
    expect(load({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' }).llm.answerMode).toBe('llm');
    expect(load({ OPENAI_API_KEY: 'sk-test', ANSWER_MODE: 'extractive' }).llm.answerMode).toBe('extractive');
    expect(load({ OPENAI_API_KEY: 'sk-test', ANSWER_MODE: 'llm', EMBEDDINGS: 'openai' }).llm).toMatchObject({ answerMode: 'llm', embeddings: 'openai' });
  });
});

describe('loadConfig errors name the variable to fix', () => {
  it.each([
    ['COOLDOWN_SECONDS', { COOLDOWN_SECONDS: 'abc' }],
    ['COOLDOWN_SECONDS', { COOLDOWN_SECONDS: '1.5' }],
    ['COOLDOWN_SECONDS', { COOLDOWN_SECONDS: '-1' }],
    ['COOLDOWN_SECONDS', { COOLDOWN_SECONDS: '999999' }],
    ['MAX_CONCURRENT_ANSWERS', { MAX_CONCURRENT_ANSWERS: '0' }],
    ['DISCORD_GUILD_ID', { DISCORD_GUILD_ID: '12' }],
    ['DISCORD_CLIENT_ID', { DISCORD_CLIENT_ID: 'my-bot' }],
    ['DISCORD_API_BASE', { DISCORD_API_BASE: 'nope' }],
    ['DISCORD_API_BASE', { DISCORD_API_BASE: 'ftp://example.com' }],
    ['OPENAI_BASE_URL', { OPENAI_BASE_URL: 'localhost:11434' }],
    ['ANSWER_MODE', { ANSWER_MODE: 'llm' }],
    ['ANSWER_MODE', { ANSWER_MODE: 'smart' }],
    ['EMBEDDINGS', { EMBEDDINGS: 'openai' }],
    ['EMBEDDINGS', { EMBEDDINGS: 'bert' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['ALLOWED_CHANNEL_IDS', { ALLOWED_CHANNEL_IDS: '123456789012345678,abc' }],
    ['OPENAI_TIMEOUT_MS', { OPENAI_TIMEOUT_MS: '10' }],
    ['WATCH_ARTICLES', { WATCH_ARTICLES: 'yes' }],
  ] as const)('names %s when it is %j', (name, env) => {
    const error = configError(env);
    expect(error.message).toMatch(new RegExp(`^Invalid setting ${name}\\b`));
    expect(error.message).not.toContain('\n');
  });

  it('fits OPENAI_TIMEOUT_MS inside ANSWER_DEADLINE_MS, and refuses a timeout longer than the deadline', () => {
    expect(load({ ANSWER_DEADLINE_MS: '5000' }).llm).toMatchObject({ answerDeadlineMs: 5_000, timeoutMs: 5_000 });
    expect(load({ ANSWER_DEADLINE_MS: '60000', OPENAI_TIMEOUT_MS: '45000' }).llm).toMatchObject({ answerDeadlineMs: 60_000, timeoutMs: 45_000 });
    expect(configError({ OPENAI_TIMEOUT_MS: '30000' }).message).toBe(
      'Invalid setting OPENAI_TIMEOUT_MS: 30000 is more than ANSWER_DEADLINE_MS (20000), the time an answer may take in all',
    );
    expect(configError({ ANSWER_DEADLINE_MS: '900000' }).message).toMatch(/^Invalid setting ANSWER_DEADLINE_MS: expected a whole number from 1000 to 840000/);
  });

  it('says that the LLM answer mode and OpenAI embeddings need a key or a base URL', () => {
    expect(configError({ ANSWER_MODE: 'llm' }).message).toMatch(/OPENAI_API_KEY|OPENAI_BASE_URL/);
    expect(configError({ EMBEDDINGS: 'openai' }).message).toMatch(/OPENAI_API_KEY|OPENAI_BASE_URL/);
  });

  it('quotes a short plain bad value so it can be found', () => {
    expect(configError({ LOG_LEVEL: 'loud' }).message).toBe('Invalid setting LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, got "loud"');
    expect(configError({ COOLDOWN_SECONDS: '1.5' }).message).toContain('"1.5"');
  });

  it('never echoes a secret in an error', () => {
    const error = configError({ OPENAI_API_KEY: 'sk-secret-value', DISCORD_TOKEN: 'discord-secret', LOG_LEVEL: 'loud' });
    expect(error.message).not.toMatch(/sk-secret-value|discord-secret/);
  });

  const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';
  it.each([
    ['DISCORD_CLIENT_ID', TOKEN, 'Invalid setting DISCORD_CLIENT_ID: expected a Discord id (17–20 digits)'],
    ['DISCORD_GUILD_ID', TOKEN, 'Invalid setting DISCORD_GUILD_ID: expected a Discord id (17–20 digits)'],
    ['ALLOWED_CHANNEL_IDS', `123456789012345678,${TOKEN}`, 'Invalid setting ALLOWED_CHANNEL_IDS: expected comma-separated Discord ids (17–20 digits); entry 2 is not one'],
    ['LOG_LEVEL', TOKEN, `Invalid setting LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, got a value of ${TOKEN.length} characters`],
    ['OPENAI_CHAT_MODEL', 'gpt-4o', undefined],
  ])('does not echo a token pasted into %s', (name, value, message) => {
    if (message === undefined) return void expect(load({ [name]: value })).toBeDefined();
    const error = configError({ [name]: value });
    expect(error.message).toBe(message);
    expect(error.message).not.toContain(TOKEN.slice(0, 10));
  });

  it.each([
    ['OPENAI_BASE_URL', 'http://user:sk-secret-KEY@127.0.0.1:11434/v1', 'OPENAI_API_KEY'],
    ['OPENAI_BASE_URL', 'https://sk-secret-KEY@api.example.com/v1', 'OPENAI_API_KEY'],
    ['DISCORD_API_BASE', 'http://proxy:sk-secret-KEY@127.0.0.1:5000/api', 'DISCORD_TOKEN'],
  ])('rejects a URL with credentials in %s, naming the variable but not the value', (name, value, instead) => {
    const error = configError({ [name]: value });
    expect(error.message).toBe(`Invalid setting ${name}: the URL must not contain a user name or password; put credentials in ${instead}`);
    expect(error.message).not.toMatch(/sk-secret|proxy:|user:|127\.0\.0\.1|example/);
  });

  it.each([
    ['OPENAI_BASE_URL', 'ftp://user:sk-secret@host'],
    ['DISCORD_API_BASE', 'ftp://sk-secret@host/api'],
    ['OPENAI_BASE_URL', 'user:sk-secret@localhost:11434'],
    ['OPENAI_BASE_URL', 'ftp://user:sk@secret@host'],
  ])('does not echo an invalid URL in %s (%s)', (name, value) => {
    expect(configError({ [name]: value }).message).toBe(`Invalid setting ${name}: expected an http(s) URL`);
  });
});

describe('ENV_FILE', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('qa-env-');
  });
  afterEach(() => removeDir(dir));

  it('fills in settings from the .env file it points at', () => {
    const path = join(dir, 'test.env');
    writeFileSync(path, 'COOLDOWN_SECONDS=7\nLOG_LEVEL=debug\n# a comment\nARTICLES_DIR="/srv/articles"\n');
    const config = loadConfig({ ENV_FILE: path });
    expect(config.discord.cooldownSeconds).toBe(7);
    expect(config.logLevel).toBe('debug');
    expect(config.articlesDir).toBe('/srv/articles');
  });

  it('lets variables already set win over the file', () => {
    const path = join(dir, 'test.env');
    writeFileSync(path, 'COOLDOWN_SECONDS=7\n');
    expect(loadConfig({ ENV_FILE: path, COOLDOWN_SECONDS: '9' }).discord.cooldownSeconds).toBe(9);
  });

  it('reports a bad value that comes from the file, naming the variable', () => {
    const path = join(dir, 'test.env');
    writeFileSync(path, 'LOG_LEVEL=loud\n');
    expect(() => loadConfig({ ENV_FILE: path })).toThrow(/^Invalid setting LOG_LEVEL/);
  });

  it("skips the file when ENV_FILE is ''", () => {
    const env: NodeJS.ProcessEnv = { ENV_FILE: '' };
    expect(loadConfig(env)).toEqual(load());
    expect(env).toEqual({ ENV_FILE: '' });
  });

  it('is not an error when the file does not exist', () => {
    expect(loadConfig({ ENV_FILE: join(dir, 'missing.env') })).toEqual(load());
  });
});

describe('offlineChildEnv', () => {
  const env = { PATH: '/usr/bin', HOME: '/home/me', OPENAI_API_KEY: 'sk-secret', DISCORD_TOKEN: 'discord-secret', ANSWER_MODE: 'llm', ENV_FILE: 'prod.env' };

  it('passes on PATH and HOME only, with settings for an offline run and no .env file', () => {
    expect(offlineChildEnv({}, env)).toEqual({ PATH: '/usr/bin', HOME: '/home/me', ENV_FILE: '', ANSWER_MODE: 'extractive', EMBEDDINGS: 'local' });
  });

  it('adds the given settings but never a token or key from the environment', () => {
    const child = offlineChildEnv({ EMBEDDINGS_DIR: '/tmp/idx', LOG_LEVEL: 'warn' }, env);
    expect(child).toMatchObject({ EMBEDDINGS_DIR: '/tmp/idx', LOG_LEVEL: 'warn' });
    expect(child).not.toHaveProperty('OPENAI_API_KEY');
    expect(child).not.toHaveProperty('DISCORD_TOKEN');
    expect(JSON.stringify(child)).not.toMatch(/secret/);
  });

  it('configures the extractive engine with local embeddings in the child', () => {
    expect(loadConfig(offlineChildEnv({}, env)).llm).toMatchObject({ answerMode: 'extractive', embeddings: 'local', apiKey: undefined });
  });
});

describe('running in production: sharding, metrics and shutdown settings', () => {
  it('runs a ShardingManager with DISCORD_SHARDS=auto or N, for all shards or only DISCORD_SHARD_IDS', () => {
    expect(load({ DISCORD_SHARDS: 'auto' }).ops.sharding).toEqual({ mode: 'manager', count: 'auto' });
    expect(load({ DISCORD_SHARDS: '4' }).ops.sharding).toEqual({ mode: 'manager', count: 4 });
    expect(load({ DISCORD_SHARDS: '4', DISCORD_SHARD_IDS: '3, 1,1' }).ops.sharding).toEqual({ mode: 'manager', count: 4, ids: [1, 3] });
  });

  it('runs only DISCORD_SHARD_IDS of DISCORD_SHARD_COUNT in this process, or all of them with the count alone', () => {
    expect(load({ DISCORD_SHARD_IDS: '0,1', DISCORD_SHARD_COUNT: '4' }).ops.sharding).toEqual({ mode: 'in-process', count: 4, ids: [0, 1] });
    expect(load({ DISCORD_SHARD_COUNT: '2' }).ops.sharding).toEqual({ mode: 'in-process', count: 2, ids: [0, 1] });
  });

  it('is a shard process, whatever DISCORD_SHARDS says, when discord.js\'s manager started it', () => {
    expect(load({ DISCORD_SHARDS: '2', SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' }).ops.sharding).toEqual({ mode: 'managed', ids: [1] });
  });

  it.each([
    [{ DISCORD_SHARDS: 'many' }, 'Invalid setting DISCORD_SHARDS: expected "auto" or a whole number from 1 to 4096, got "many"'],
    [{ DISCORD_SHARDS: '0' }, 'DISCORD_SHARDS'],
    [{ DISCORD_SHARD_IDS: '0,1' }, 'Invalid setting DISCORD_SHARD_IDS: needs DISCORD_SHARD_COUNT'],
    [{ DISCORD_SHARD_IDS: '0,a', DISCORD_SHARD_COUNT: '2' }, 'Invalid setting DISCORD_SHARD_IDS: expected comma-separated shard numbers'],
    [{ DISCORD_SHARD_IDS: '0,4', DISCORD_SHARD_COUNT: '4' }, 'shard 4 does not exist when DISCORD_SHARD_COUNT is 4'],
    [{ DISCORD_SHARDS: 'auto', DISCORD_SHARD_IDS: '0' }, '"auto" cannot be combined with DISCORD_SHARD_IDS'],
    [{ DISCORD_SHARDS: '2', DISCORD_SHARD_COUNT: '2' }, 'Invalid setting DISCORD_SHARD_COUNT'],
    [{ METRICS_PORT: '70000' }, 'Invalid setting METRICS_PORT'],
    [{ METRICS_HOST: 'http://x/' }, 'Invalid setting METRICS_HOST'],
    [{ SHUTDOWN_GRACE_MS: '-1' }, 'Invalid setting SHUTDOWN_GRACE_MS'],
  ])('names the bad setting in %j', (env, message) => {
    expect(configError(env).message).toContain(message);
  });

  it('serves metrics on METRICS_PORT (0 = any free port) bound to METRICS_HOST, loopback by default', () => {
    expect(load({ METRICS_PORT: '9464' }).ops).toMatchObject({ metricsPort: 9464, metricsHost: '127.0.0.1' });
    expect(load({ METRICS_PORT: '0', METRICS_HOST: '::' }).ops).toMatchObject({ metricsPort: 0, metricsHost: '::' });
    expect(load({ SHUTDOWN_GRACE_MS: '2500' }).ops.shutdownGraceMs).toBe(2_500);
  });
});
