/**
 * Graceful shutdown of a running bot (what SIGTERM does before exiting): no new work, answers in
 * flight finish, and no reply is left as a preview or "thinking…".
 */
import { MessageFlags } from 'discord.js';
import { describe, expect, it, vi } from 'vitest';
import type { Answerer, AskOptions } from '../../src/answer/answerer.js';
import type { Answer } from '../../src/answer/types.js';
import { t } from '../../src/i18n.js';
import { InFlight, unlessAborted } from '../../src/ops/shutdown.js';
import { callback, edits, embedText, finalEdit, slash, useBotSuite } from '../discord/harness.js';
import { get, parseMetrics, startWithOps, value } from './helpers.js';

const suite = useBotSuite();
const QUESTION = 'Çfarë tha John Kirby?';

/** An engine that shows a preview at once and then answers (extractively) when `finish` is called, or never. */
function slowAnswerer(): Answerer & { finish(): void; asked: Promise<void> } {
  let finish = () => undefined as void;
  let asked = () => undefined as void;
  const askedPromise = new Promise<void>((resolve) => (asked = resolve));
  return {
    mode: 'llm',
    asked: askedPromise,
    finish: () => finish(),
    async ask(question: string, options: AskOptions = {}): Promise<Answer> {
      options.onPartial?.('The model is still writing this');
      asked();
      await new Promise<void>((resolve) => (finish = resolve));
      return { ...(await suite.ctx.extractive.ask(question, options)), mode: 'llm' };
    },
    summarize: () => new Promise(() => undefined),
  };
}

describe('graceful shutdown', () => {
  it('lets an answer in flight finish, refuses new questions politely meanwhile, and says "shutting down" on /healthz', async () => {
    const answerer = slowAnswerer();
    const { h, base } = await startWithOps(suite, { answerer, ops: { shutdownGraceMs: 10_000 } });
    const { token } = slash(h.api, 'ask', { question: QUESTION });
    await answerer.asked;

    const stopping = h.bot.shutdown('test');
    expect((await get(base, '/healthz')).body).toBe('unavailable: shutting down\n');
    const late = slash(h.api, 'ask', { question: 'Who is John Kirby?' });
    const refusal = await callback(h.api, late.id);
    expect(refusal.body.data?.content).toBe(t('restarting', 'en'));
    expect(refusal.body.data?.flags).toBe(MessageFlags.Ephemeral);

    answerer.finish();
    await stopping;
    const final = await finalEdit(h.api, token);
    expect(embedText(final.body)).toContain('Kirby');
    expect(embedText(final.body)).not.toContain(t('shutdownFallback', 'sq'));
    expect(h.logs.some((line) => line.includes('"msg":"work in flight drained"') && line.includes('"finished":1'))).toBe(true);
  });

  it('replaces a streamed preview that is still unfinished after the grace period with the extractive answer and a notice', async () => {
    const answerer = slowAnswerer();
    const { h, metrics } = await startWithOps(suite, { answerer, ops: { shutdownGraceMs: 200 } });
    const { token } = slash(h.api, 'ask', { question: QUESTION });
    await answerer.asked;
    await vi.waitFor(() => expect(edits(h.api, token).some((edit) => JSON.stringify(edit.body).includes('still writing'))).toBe(true), { timeout: 5_000 });

    await h.bot.shutdown('test');

    const last = edits(h.api, token).at(-1)!;
    expect(embedText(last.body)).toContain('Kirby');
    expect(JSON.stringify(last.body)).toContain(t('shutdownFallback', 'sq'));
    expect(JSON.stringify(last.body)).not.toContain('still writing');
    const counted = parseMetrics(await metrics.text());
    expect(value(counted, 'qabot_llm_fallbacks_total', { reason: 'shutdown' })).toBe(1);
    expect(value(counted, 'qabot_answers_total', { mode: 'extractive', outcome: 'answered' })).toBe(1);
  });

  it('replaces a reply still "thinking…" (a summary the model never finishes) with a notice', async () => {
    const { h } = await startWithOps(suite, { answerer: slowAnswerer(), ops: { shutdownGraceMs: 100 } });
    const { id, token } = slash(h.api, 'summary', {});
    await callback(h.api, id);

    await h.bot.shutdown('test');

    const last = edits(h.api, token).at(-1)!;
    expect(last.body.content).toBe(t('shutdownNotice', 'en'));
  }, 15_000);
});

describe('InFlight', () => {
  it('reports what finished, what was abandoned and what got a notice', async () => {
    const inFlight = new InFlight();
    let noticed = 0;
    void inFlight.run(() => new Promise((resolve) => setTimeout(resolve, 20)));
    void inFlight.run(() => new Promise((resolve) => inFlight.signal.addEventListener('abort', resolve)));
    void inFlight.run(() => new Promise(() => undefined), async () => void noticed++);
    expect(inFlight.accepting).toBe(true);

    const result = await inFlight.drain(100, 50);

    expect(inFlight.accepting).toBe(false);
    expect(result).toEqual({ finished: 1, abandoned: 2, noticed: 1 });
    expect(noticed).toBe(1);
  });

  it('unlessAborted keeps the work\'s result unless the signal fires first', async () => {
    const controller = new AbortController();
    expect(await unlessAborted(Promise.resolve('model'), controller.signal, async () => 'fallback')).toBe('model');
    const pending = unlessAborted(new Promise<string>(() => undefined), controller.signal, async () => 'fallback');
    controller.abort();
    expect(await pending).toBe('fallback');
    expect(await unlessAborted(Promise.reject(new Error('late')), controller.signal, async () => 'fallback')).toBe('fallback');
  });
});
