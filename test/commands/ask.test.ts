import { escapeMarkdown, MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { UserError } from '../../src/errors.js';
import { localized } from '../../src/i18n.js';
import { DEFAULT_APPLICATION_ID } from '../fixtures/discord-api.js';
import {
  buttonIds,
  callback,
  edits,
  embedText,
  expectNoPings,
  expectWithinLimits,
  fakeAnswerer,
  finalEdit,
  followUp,
  followUps,
  messageOf,
  slash,
  statuses,
  useBotSuite,
} from '../discord/harness.js';

const suite = useBotSuite();

/** An answer in the shape the real engines return, with `text` as given and the first sentences of ¶1–3 as sources. */
function answerWith(text: string, question = 'q'): Answer {
  const { article: a } = suite.ctx;
  const citations = [1, 2, 3].map((n) => ({ marker: n, articleId: a.id, paragraph: n, quote: a.paragraphs[n - 1]!.sentences[0]!.text }));
  return { question, language: 'en', found: true, confidence: 'high', mode: 'llm', text, citations, article: { id: a.id, title: a.title, date: a.date } };
}

describe('/ask', () => {
  it('defers, then edits the reply into an Albanian embed with cited footnotes, one source button per citation, and no pings', async () => {
    const h = await suite.start();
    const { id, token } = slash(h.api, 'ask', { question: 'Në cilin qytet do të zhvillohet takimi?' });

    const deferred = await callback(h.api, id);
    const edit = await finalEdit(h.api, token);

    expect(deferred.body.type).toBe(5);
    expect((deferred.body.data?.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    expect(edit.path).toBe(`/webhooks/${DEFAULT_APPLICATION_ID}/${token}/messages/@original`);
    const embed = edit.body.embeds![0]!;
    expect(embed.title).toBe('Në cilin qytet do të zhvillohet takimi?');
    expect(embed.description).toMatch(/ \[1\]/);
    expect(embed.description).toContain('**Burimet**');
    const footnotes = [...embed.description!.matchAll(/^\[(\d+)\] ¶(\d+) — «([^»]+)»$/gm)];
    expect(footnotes.length).toBeGreaterThan(0);
    for (const [, , paragraph, quote] of footnotes) {
      // Quotes the answer already shows in full are cut to their opening words.
      expect(escapeMarkdown(suite.ctx.article.paragraphs[Number(paragraph) - 1]!.text)).toContain(quote!.replace(/…$/, ''));
    }
    expect(embed.footer?.text).toContain(suite.ctx.article.title);
    const ids = buttonIds(edit.body);
    expect(ids.filter((b) => b.startsWith('source:sq:'))).toHaveLength(footnotes.length);
    expect(edit.body.components![0]!.components[0]!.label).toBe('Shfaq burimin [1]');
    expect(ids.at(-1)).toBe('new:sq');
    expect(edit.body.content).toBe('');
    expectWithinLimits(edit.body);
    expectNoPings(h.api);
  });

  it('answers an English question in English: quoted-in-Albanian note, "Sources" heading and English button labels', async () => {
    const h = await suite.start();
    const { token } = slash(h.api, 'ask', { question: 'What did John Kirby say?' });

    const edit = await finalEdit(h.api, token);

    const description = edit.body.embeds![0]!.description!;
    expect(description).toContain('*From the article (quoted in Albanian):*');
    expect(description).toContain('Kirby');
    expect(description).toContain('**Sources**');
    expect(edit.body.components![0]!.components[0]!.label).toBe('Show source [1]');
    expect(buttonIds(edit.body).at(-1)).toBe('new:en');
    expectNoPings(h.api);
  });

  it('says the article does not say, and shows the closest passages, when it does not answer', async () => {
    const h = await suite.start();
    const { token } = slash(h.api, 'ask', { question: 'What is the population of Brazil?' });

    const edit = await finalEdit(h.api, token);

    const description = edit.body.embeds![0]!.description!;
    expect(description).toContain('The article does not say. These are the closest passages:');
    expect(description).toMatch(/^\[1\] ¶\d+ — «/m);
    expect(description).not.toContain('**Sources**');
  });

  it('shows the full cited paragraph, markdown-escaped and only to the clicker, when "Show source" is pressed', async () => {
    const h = await suite.start();
    const { token } = slash(h.api, 'ask', { question: 'Çfarë tha John Kirby?' });
    const answer = await finalEdit(h.api, token);
    const sourceId = buttonIds(answer.body).find((b) => b.startsWith('source:'))!;
    const paragraph = Number(sourceId.split(':')[3]);

    const click = h.api.interactionCreate({ kind: 'button', customId: sourceId });
    const reply = await callback(h.api, click.id);

    expect(reply.body.type).toBe(4);
    expect(reply.body.data!.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const embed = reply.body.data!.embeds![0]!;
    expect(embed.title).toBe(`Paragrafi ${paragraph}/${suite.ctx.article.paragraphs.length}`);
    expect(embed.description).toBe(escapeMarkdown(suite.ctx.article.paragraphs[paragraph - 1]!.text));
    expectNoPings(h.api);
  });

  it('replaces the "thinking…" placeholder with a private explanation when the question has no words', async () => {
    const h = await suite.start();
    const { token } = slash(h.api, 'ask', { question: '😀 🙂' });

    const notice = await followUp(h.api, token);

    expect(h.api.requestsMatching({ method: 'DELETE', path: `/webhooks/${DEFAULT_APPLICATION_ID}/${token}/messages/@original` })).toHaveLength(1);
    expect(notice.body.content).toBe('I could not find any words in that message. Please ask a question in Albanian or English.');
    expect(notice.body.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('splits a 20,000-character answer into messages within every Discord limit, with the buttons under the last', async () => {
    const sentence = 'Kremlini tha sot se nuk kishte asnjë koment lidhur me artikullin [1]. ';
    const paragraph = sentence.repeat(12).trim();
    const huge = Array.from({ length: 30 }, () => paragraph).join('\n\n').slice(0, 20_000);
    const h = await suite.start({ answerer: fakeAnswerer(suite.ctx.answerer, { ask: async (q) => answerWith(huge, q) }) });
    const { token } = slash(h.api, 'ask', { question: 'Everything, please?' });

    const first = await finalEdit(h.api, token);
    await h.api.waitForRequest((r) => r.method === 'POST' && r.path.includes(token) && buttonIds(messageOf(r)).length > 0);

    const parts = [first, ...followUps(h.api, token)];
    expect(parts.length).toBeGreaterThan(3);
    expect((await statuses(parts)).every((status) => status < 300)).toBe(true);
    for (const part of parts) expectWithinLimits(part.body);
    const words = (text: string) => text.match(/[\p{L}\d]+/gu) ?? [];
    const shown = parts.map((p) => (p.body.embeds ?? []).map((e) => e.description ?? '').join('\n')).join('\n');
    expect(words(shown).slice(0, words(huge).length)).toEqual(words(huge));
    expect(parts.slice(0, -1).every((p) => buttonIds(p.body).length === 0)).toBe(true);
    expect(buttonIds(parts.at(-1)!.body)).toHaveLength(6); // 3 sources, 👍, 👎, New question
    expect(parts[0]!.body.embeds![0]!.title).toBe('Everything, please?');
    expectNoPings(h.api);
  });

  it('shows a streamed answer while it is written, at most about once a second, and ends with the final embed', async () => {
    const steps = 140;
    const final = 'Kim Jong Un do të udhëtojë drejt Rusisë [1].';
    const streaming = fakeAnswerer(suite.ctx.answerer, {
      ask: async (q, options) => {
        for (let i = 1; i <= steps; i++) {
          options?.onPartial?.(`${final.slice(0, Math.ceil((final.length * i) / steps))}`);
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        return answerWith(final, q);
      },
    });
    const h = await suite.start({ answerer: streaming });
    const { token } = slash(h.api, 'ask', { question: 'Where is Kim going?' });

    await finalEdit(h.api, token, 15_000);

    const all = edits(h.api, token);
    const previews = all.filter((e) => !e.body.embeds?.length);
    expect(previews.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < previews.length; i++) expect(previews[i]!.at - previews[i - 1]!.at).toBeGreaterThanOrEqual(900);
    for (const preview of previews) expect(final.startsWith(preview.body.content!.replace(/ …$/, ''))).toBe(true);
    // The final edit comes last and replaces the preview text.
    expect(all.at(-1)!.body.embeds).toHaveLength(1);
    expect(all.at(-1)!.body.content).toBe('');
    expectNoPings(h.api);
  });

  it.each([
    ['refuses the question (a UserError)', new UserError(localized('noWords')), 'I could not find any words in that message. Please ask a question in Albanian or English.'],
    ['fails (an unexpected Error)', new Error('stream broke'), 'Sorry, something went wrong on my side. Please try again.'],
  ])('removes the public preview when the answerer %s mid-stream, and tells the user privately', async (_, error, text) => {
    const failing = fakeAnswerer(suite.ctx.answerer, {
      ask: async (_q, options) => {
        options?.onPartial?.('Kim Jong Un do të');
        await h.api.waitForRequest({ method: 'PATCH' }); // the preview is shown
        throw error;
      },
    });
    const h = await suite.start({ answerer: failing });
    const { token } = slash(h.api, 'ask', { question: 'Where is Kim going?' });

    const notice = await followUp(h.api, token);

    expect(edits(h.api, token).map((e) => e.body.content)).toEqual(['Kim Jong Un do të …']);
    const deleted = h.api.requestsMatching({ method: 'DELETE', path: `/webhooks/${DEFAULT_APPLICATION_ID}/${token}/messages/@original` });
    expect(await statuses(deleted)).toEqual([204]);
    expect(deleted[0]!.at).toBeLessThanOrEqual(notice.at);
    expect(notice.body.content).toBe(text);
    expect(notice.body.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('replaces "thinking…" with the explanation when Discord fails to delete it, rather than leave it', async () => {
    const h = await suite.start();
    const { token } = slash(h.api, 'ask', { question: '😀 🙂' });
    h.api.failNext({ method: 'DELETE' }, { status: 404, body: { message: 'Unknown Message', code: 10008 } });

    const edit = await h.api.waitForRequest<{ content: string }>({ method: 'PATCH', path: `/webhooks/${DEFAULT_APPLICATION_ID}/${token}/messages/@original` });

    expect(edit.body.content).toBe('I could not find any words in that message. Please ask a question in Albanian or English.');
    expect(await statuses([edit])).toEqual([200]);
  });

  it('makes no preview edit when the answer arrives at once (the extractive engine calls onPartial once)', async () => {
    const h = await suite.start();
    const { token } = slash(h.api, 'ask', { question: 'Çfarë tha Matsegora agjencisë TASS?' });

    await finalEdit(h.api, token);

    expect(edits(h.api, token)).toHaveLength(1);
    expect(embedText(edits(h.api, token)[0]!.body)).toContain('Matsegora');
  });
});
