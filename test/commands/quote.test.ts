import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../helpers/core.js';
import { articleContext, callback, expectNoPings, finalEdit, slash, startHarness, type Harness } from '../discord/harness.js';

let article: TestContext;
let h: Harness | undefined;

beforeAll(async () => {
  article = await articleContext();
});
afterAll(() => article.cleanup());
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('/quote', () => {
  it('lists verbatim sentences about the topic with their ¶ numbers', async () => {
    h = await startHarness(article.ctx);
    const { id, token } = slash(h.api, 'quote', { topic: 'Patricia Lewis' });

    expect((await callback(h.api, id)).body.type).toBe(5);
    const embed = (await finalEdit(h.api, token)).body.embeds![0]!;

    expect(embed.title).toBe('Quotes about “Patricia Lewis”');
    const quotes = [...embed.description!.matchAll(/^¶(\d+) — «(.+)»$/gm)];
    expect(quotes.length).toBeGreaterThan(0);
    for (const [, paragraph, quote] of quotes) expect(article.ctx.article.paragraphs[Number(paragraph) - 1]!.text).toContain(quote);
    expect(embed.description).toContain('Lewis');
    expectNoPings(h.api);
  });

  it('says so in Albanian, with the closest passages, when no passage is about the topic', async () => {
    h = await startHarness(article.ctx);
    const { token } = slash(h.api, 'quote', { topic: 'futbolli në Brazil dhe Argjentinë' });

    const embed = (await finalEdit(h.api, token)).body.embeds![0]!;

    expect(embed.title).toBe('Asnjë pjesë e artikullit nuk flet për “futbolli në Brazil dhe Argjentinë”. Më të afërtat:');
    expect(embed.description).toMatch(/^¶\d+ — «/m);
  });

  it('is in Albanian with language:sq, though a name alone says nothing about the language', async () => {
    h = await startHarness(article.ctx);
    const { token } = slash(h.api, 'quote', { topic: 'Kirby', language: 'sq' });

    expect((await finalEdit(h.api, token)).body.embeds![0]!.title).toBe('Citime për “Kirby”');
  });
});
