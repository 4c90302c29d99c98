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

/**
 * Structured JSON logs (pino), context object first: `logger.info({ command }, 'answered')`.
 * Written to stderr so that stdout stays clean for answers and `--json` output.
 */
export function createLogger(level: string, destination: DestinationStream = pino.destination(2)): Logger {
  return pino({ level, redact: { paths: SECRET_PATHS, censor: '[redacted]' } }, destination);
}

export type { Logger };
