import pino, { type Logger, type DestinationStream } from 'pino';

/** Paths whose values never reach a log line, wherever they appear in a logged object. */
const SECRET_PATHS = [
  'token',
  'apiKey',
  'config.discordToken',
  'config.openaiApiKey',
  '*.token',
  '*.apiKey',
  '*.authorization',
  '*.headers.authorization',
  'headers.authorization',
];

/**
 * Structured JSON logs (pino), context object first: `logger.info({ command }, 'answered')`.
 * Written to stderr so that stdout stays clean for answers and `--json` output.
 */
export function createLogger(level: string, destination: DestinationStream = pino.destination(2)): Logger {
  return pino({ level, redact: { paths: SECRET_PATHS, censor: '[redacted]' } }, destination);
}

export type { Logger };
