import pino, { type Logger, type DestinationStream } from 'pino';

/**
 * Paths whose values never reach a log line: the config's secrets (logged alone or inside an
 * object), and any `token`, `apiKey` or authorization header at the top level or one level down.
 */
const SECRET_PATHS = [
  'token',
  'apiKey',
  '*.token',
  '*.apiKey',
  'config.discord.token',
  'config.llm.apiKey',
  '*.config.discord.token',
  '*.config.llm.apiKey',
  'headers.authorization',
  'headers.Authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
  '*.authorization',
];

/** Paths of URL settings: logged, but through {@link redactUrls}. */
const URL_PATHS = ['baseUrl', 'apiBase', 'url', '*.baseUrl', '*.apiBase', '*.url', 'config.llm.baseUrl', 'config.discord.apiBase', '*.config.llm.baseUrl', '*.config.discord.apiBase'];

/** Secrets become `[redacted]`; URLs keep everything but what could be a secret. */
function censor(value: unknown, path: string[]): unknown {
  return typeof value === 'string' && /^(?:baseUrl|apiBase|url)$/.test(path.at(-1) ?? '') ? redactUrls(value) : '[redacted]';
}

/** Interaction and webhook URLs carry a token that lets anyone answer as the bot for 15 minutes. */
const URL_TOKEN = /(\/(?:webhooks|interactions)\/\d+\/)[^/?\s]+/g;
/** The `user:password@` of a URL. */
const URL_CREDENTIALS = /\b([a-z][\w+.-]*:\/\/)[^\s/?#@]+@/gi;
/** The query string of a URL: keys and signatures travel there (`?key=…`). */
const URL_QUERY = /(\b[a-z][\w+.-]*:\/\/[^\s?#]*)\?[^\s#"']*/gi;

/**
 * Every URL in `text` without what could be a secret: credentials become `[redacted]@`, a query
 * string `?[redacted]`, and interaction and webhook tokens `:token`.
 */
export function redactUrls(text: string): string {
  return text.replace(URL_CREDENTIALS, '$1[redacted]@').replace(URL_QUERY, '$1?[redacted]').replace(URL_TOKEN, '$1:token');
}

/**
 * Errors as pino logs them, minus what HTTP client errors (discord.js, OpenAI) carry about the
 * request: URLs are redacted wherever they appear (the message and stack of the error and its
 * causes, its `url`), and the request body (the user's text) is dropped.
 */
function serializeError(error: unknown): unknown {
  // Already serialised, without its stack (see withoutStack).
  if (!(error instanceof Error)) return error;
  const { requestBody: _requestBody, ...rest } = pino.stdSerializers.err(error) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, typeof value === 'string' ? redactUrls(value) : value]));
}

/** pino's level number of `error`: what is logged below it is an expected condition, not a bug. */
const ERROR_LEVEL = 50;

/**
 * An error logged for an expected condition (the model timed out, Discord said 429) without its
 * stack: the stack is for bugs, and this log line may be read on the operator's terminal.
 */
function withoutStack(fields: unknown): unknown {
  if (typeof fields !== 'object' || fields === null) return fields;
  const { err, error } = fields as { err?: unknown; error?: unknown };
  if (!(err instanceof Error) && !(error instanceof Error)) return fields;
  const stackless = (value: unknown) => {
    if (!(value instanceof Error)) return value;
    const { stack: _stack, ...rest } = serializeError(value) as Record<string, unknown>;
    return rest;
  };
  return { ...fields, ...(err !== undefined ? { err: stackless(err) } : {}), ...(error !== undefined ? { error: stackless(error) } : {}) };
}

/**
 * Structured JSON logs (pino), context object first: `logger.info({ command }, 'answered')`;
 * errors go under `err`, with their stack only at level error and above (bugs). Written to
 * stderr so that stdout stays clean for answers and `--json`.
 */
export function createLogger(level: string, destination: DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      level,
      redact: { paths: [...SECRET_PATHS, ...URL_PATHS], censor },
      serializers: { err: serializeError, error: serializeError },
      hooks: {
        logMethod(args, method, levelNumber) {
          if (levelNumber < ERROR_LEVEL) args[0] = withoutStack(args[0]);
          return method.apply(this, args);
        },
      },
    },
    destination,
  );
}

export type { Logger };
