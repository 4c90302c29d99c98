import { MessageFlags } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../helpers/core.js';
import { articleContext, callback, expectNoPings, slash, startHarness, type Harness } from '../discord/harness.js';

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

describe('/help', () => {
  it('lists every command privately, in English by default (Discord has no Albanian locale)', async () => {
    h = await startHarness(article.ctx);
    const { id } = slash(h.api, 'help', {}, { locale: 'de' });

    const reply = await callback(h.api, id);

    expect(reply.body.data!.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const text = reply.body.data!.embeds![0]!.description!;
    expect(text).toContain(`I answer questions about the article “${article.ctx.article.title}”`);
    for (const command of ['/ask', '/summary', '/quote', '/paragraph', '/about', '/new']) expect(text).toContain(`\`${command}\``);
    expectNoPings(h.api);
  });

  it('is in Albanian with language:sq', async () => {
    h = await startHarness(article.ctx);
    const { id } = slash(h.api, 'help', { language: 'sq' });

    const text = (await callback(h.api, id)).body.data!.embeds![0]!.description!;

    expect(text).toContain('Përgjigjem për pyetje rreth artikullit');
    expect(text).toContain('Pyetni në shqip ose në anglisht.');
  });
});
