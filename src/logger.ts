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

/** Interaction and webhook URLs carry a token that lets anyone answer as the bot for 15 minutes. */
const URL_TOKEN = /(\/(?:webhooks|interactions)\/\d+\/)[^/?]+/g;

/**
 * Errors as pino logs them, minus what HTTP client errors (discord.js, OpenAI) carry about the
 * request: the URL's token becomes `:token`, and the request body (the user's text) is dropped.
 */
function serializeError(error: Error): Record<string, unknown> {
  const { url, requestBody: _requestBody, ...rest } = pino.stdSerializers.err(error) as Record<string, unknown>;
  return typeof url === 'string' ? { ...rest, url: url.replace(URL_TOKEN, '$1:token') } : rest;
}

/**
 * Structured JSON logs (pino), context object first: `logger.info({ command }, 'answered')`;
 * errors go under `err`. Written to stderr so that stdout stays clean for answers and `--json`.
 */
export function createLogger(level: string, destination: DestinationStream = pino.destination(2)): Logger {
  return pino(
    { level, redact: { paths: SECRET_PATHS, censor: '[redacted]' }, serializers: { err: serializeError, error: serializeError } },
    destination,
  );
}

export type { Logger };
