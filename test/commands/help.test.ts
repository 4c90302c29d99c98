import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { callback, expectNoPings, slash, useBotSuite } from '../discord/harness.js';

const suite = useBotSuite();

describe('/help', () => {
  it('lists every command privately, in English by default (Discord has no Albanian locale)', async () => {
    const h = await suite.start();
    const { id } = slash(h.api, 'help', {}, { locale: 'de' });

    const reply = await callback(h.api, id);

    expect(reply.body.data!.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const text = reply.body.data!.embeds![0]!.description!;
    expect(text).toContain(`I answer questions about the news articles I have (the newest: “${suite.ctx.article.title}”)`);
    for (const command of ['/ask', '/summary', '/quote', '/paragraph', '/articles', '/about', '/new', '/status', '/reindex', '/stats']) expect(text).toContain(`\`${command}\``);
    // The commands everyone has are one list; the admin commands come after it.
    const bullets = text.split('\n').map((line, i) => ({ line, i })).filter(({ line }) => line.startsWith('• '));
    expect(bullets.map(({ line }) => /`(\/\w+)`/.exec(line)![1])).toEqual(['/ask', '/summary', '/quote', '/paragraph', '/articles', '/about', '/new']);
    expect(bullets.every(({ i }, k) => k === 0 || i === bullets[k - 1]!.i + 1)).toBe(true);
    expectNoPings(h.api);
  });

  it('is in Albanian with language:sq', async () => {
    const h = await suite.start();
    const { id } = slash(h.api, 'help', { language: 'sq' });

    const text = (await callback(h.api, id)).body.data!.embeds![0]!.description!;

    expect(text).toContain('Përgjigjem për pyetje rreth artikujve');
    expect(text).toContain('Pyetni në shqip ose në anglisht.');
  });
});
