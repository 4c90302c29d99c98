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

describe('/about', () => {
  it('shows the title, date, paragraph count, index and answering mode, privately', async () => {
    h = await startHarness(article.ctx);
    const { id } = slash(h.api, 'about');

    const reply = await callback(h.api, id);

    expect(reply.body.data!.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const embed = reply.body.data!.embeds![0]!;
    const { manifest } = article.ctx.index;
    expect(embed.title).toBe(article.ctx.article.title);
    expect(embed.description).toBe(
      [
        'Date: 2023-09',
        'Paragraphs: 12',
        `Index: ${manifest.embedder.id}, ${manifest.embedder.dimensions} dimensions, built ${manifest.builtAt}`,
        'Answers: offline, verbatim sentences from the article',
      ].join('\n'),
    );
    expectNoPings(h.api);
  });

  it('answers in Albanian with language:sq', async () => {
    h = await startHarness(article.ctx);
    const { id } = slash(h.api, 'about', { language: 'sq' });

    const embed = (await callback(h.api, id)).body.data!.embeds![0]!;

    expect(embed.description).toContain('Paragrafë: 12');
    expect(embed.description).toContain('Përgjigjet: pa internet');
  });
});
