import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { callback, expectNoPings, slash, useBotSuite } from '../discord/harness.js';

const suite = useBotSuite();

describe('/about', () => {
  it('shows the title, date, paragraph count, index and answering mode, privately', async () => {
    const h = await suite.start();
    const { id } = slash(h.api, 'about');

    const reply = await callback(h.api, id);

    expect(reply.body.data!.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const embed = reply.body.data!.embeds![0]!;
    const { manifest } = suite.ctx.index;
    expect(embed.title).toBe(suite.ctx.article.title);
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
    const h = await suite.start();
    const { id } = slash(h.api, 'about', { language: 'sq' });

    const embed = (await callback(h.api, id)).body.data!.embeds![0]!;

    expect(embed.description).toContain('Paragrafë: 12');
    expect(embed.description).toContain('Përgjigjet: pa internet');
  });
});
