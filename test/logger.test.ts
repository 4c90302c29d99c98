import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';

const TOKEN = 'discord-token-SECRET-456';
const KEY = 'sk-test-SECRET-123';

/** Logs one line with `fields` and returns what was written. */
function logged(fields: Record<string, unknown>): string {
  let written = '';
  createLogger('info', { write: (line: string) => void (written += line) }).info(fields, 'test');
  return written;
}

describe('createLogger', () => {
  const config = loadConfig({ ENV_FILE: '', DISCORD_TOKEN: TOKEN, OPENAI_API_KEY: KEY });

  it('never writes the Discord token or the OpenAI key of a logged config', () => {
    for (const fields of [{ config }, { context: { config } }, { discord: config.discord, llm: config.llm }]) {
      const line = logged(fields);
      expect(line).not.toContain(TOKEN);
      expect(line).not.toContain(KEY);
      expect(line).toContain('[redacted]');
    }
  });

  it('never writes an authorization header, whatever its case, or a top-level token or key', () => {
    const line = logged({
      token: TOKEN,
      apiKey: KEY,
      headers: { Authorization: `Bot ${TOKEN}` },
      request: { headers: { authorization: `Bearer ${KEY}` } },
      response: { headers: { Authorization: `Bearer ${KEY}` } },
    });
    expect(line).not.toContain(TOKEN);
    expect(line).not.toContain(KEY);
  });

  it('keeps the settings that are not secret', () => {
    expect(JSON.parse(logged({ config })).config.llm.chatModel).toBe('gpt-4o-mini');
  });

  it('logs an HTTP client error without its interaction token or request body', () => {
    const interactionToken = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OnNlY3JldA';
    const error = Object.assign(new Error('Unknown interaction'), {
      code: 10062,
      status: 404,
      method: 'POST',
      url: `http://127.0.0.1/api/v10/interactions/123456789012345678/${interactionToken}/callback?with_response=false`,
      requestBody: { json: { data: { content: 'what the user asked' } } },
    });
    const line = JSON.parse(logged({ err: error, command: 'ask' }));
    expect(JSON.stringify(line)).not.toContain(interactionToken);
    expect(JSON.stringify(line)).not.toContain('what the user asked');
    expect(line.err).toMatchObject({ message: 'Unknown interaction', code: 10062, status: 404 });
    expect(line.err.url).toContain('/interactions/123456789012345678/:token/callback');
  });
});

describe('URLs in logs', () => {
  it('redacts the credentials and query string of every URL in an error, its causes and its url', () => {
    const cause = new TypeError(`request to http://user:${KEY}@127.0.0.1:9/v1/chat/completions failed`);
    const error = Object.assign(new Error(`Connection error at https://${KEY}@api.example.com/v1`, { cause }), {
      url: `http://127.0.0.1:9/v1/models?api-key=${KEY}`,
    });
    let line = '';
    createLogger('info', { write: (text: string) => void (line += text) }).error({ err: error }, 'test');
    expect(line).not.toContain(KEY);
    const { err } = JSON.parse(line) as { err: { message: string; stack: string; url: string } };
    expect(err.message).toContain('http://[redacted]@127.0.0.1:9/v1/chat/completions failed');
    expect(err.stack).toContain('https://[redacted]@api.example.com/v1');
    expect(err.url).toBe('http://127.0.0.1:9/v1/models?[redacted]');
  });
});

describe('URL settings in logs', () => {
  it('logs a base URL without its query string', () => {
    const line = JSON.parse(logged({ baseUrl: `http://127.0.0.1:9/v1?key=${KEY}`, llm: { baseUrl: 'http://127.0.0.1:9/v1' } }));
    expect(line).toMatchObject({ baseUrl: 'http://127.0.0.1:9/v1?[redacted]', llm: { baseUrl: 'http://127.0.0.1:9/v1' } });
  });
});

describe('stacks in logs', () => {
  const error = Object.assign(new Error('Connection error.'), { status: 500 });
  const line = (level: 'warn' | 'error') => {
    let written = '';
    createLogger('info', { write: (text: string) => void (written += text) })[level]({ err: error, stage: 'answer' }, 'test');
    return JSON.parse(written) as { err: Record<string, unknown>; stage: string };
  };

  it('logs an error of an expected condition (warn and below) without its stack', () => {
    expect(line('warn')).toMatchObject({ err: { type: 'Error', message: 'Connection error.', status: 500 }, stage: 'answer' });
    expect(line('warn').err.stack).toBeUndefined();
  });

  it('keeps the stack of a bug (error and above)', () => {
    expect(line('error').err.stack).toMatch(/^Error: Connection error\.\n\s+at /);
  });
});
