import { describe, expect, it } from 'vitest';
import { callback, expectNoPings, finalEdit, slash, useBotSuite } from '../discord/harness.js';

const suite = useBotSuite();

describe('/quote', () => {
  it('lists verbatim sentences about the topic with their ¶ numbers', async () => {
    const h = await suite.start();
    const { id, token } = slash(h.api, 'quote', { topic: 'Patricia Lewis' });

    expect((await callback(h.api, id)).body.type).toBe(5);
    const embed = (await finalEdit(h.api, token)).body.embeds![0]!;

    expect(embed.title).toBe('Quotes about “Patricia Lewis”');
    const quotes = [...embed.description!.matchAll(/^¶(\d+) — «(.+)»$/gm)];
    expect(quotes.length).toBeGreaterThan(0);
    for (const [, paragraph, quote] of quotes) expect(suite.ctx.article.paragraphs[Number(paragraph) - 1]!.text).toContain(quote);
    expect(embed.description).toContain('Lewis');
    expectNoPings(h.api);
  });

  it('says so in Albanian, with the closest passages, when no passage is about the topic', async () => {
    const h = await suite.start();
    const { token } = slash(h.api, 'quote', { topic: 'futbolli në Brazil dhe Argjentinë' });

    const embed = (await finalEdit(h.api, token)).body.embeds![0]!;

    expect(embed.title).toBe('Asnjë pjesë e artikullit nuk flet për “futbolli në Brazil dhe Argjentinë”. Më të afërtat:');
    expect(embed.description).toMatch(/^¶\d+ — «/m);
  });

  it('is in Albanian with language:sq, though a name alone says nothing about the language', async () => {
    const h = await suite.start();
    const { token } = slash(h.api, 'quote', { topic: 'Kirby', language: 'sq' });

    expect((await finalEdit(h.api, token)).body.embeds![0]!.title).toBe('Citime për “Kirby”');
  });
});
