import { escapeMarkdown, MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { callback, expectNoPings, slash, useBotSuite, type Harness } from '../discord/harness.js';

const suite = useBotSuite();

const autocomplete = (api: Harness['api'], typed: string) =>
  api.interactionCreate({ kind: 'autocomplete', name: 'paragraph', options: [{ name: 'number', type: 4, value: typed, focused: true }] });

describe('/paragraph', () => {
  it('shows the paragraph in full, markdown-escaped, as an immediate reply', async () => {
    const h = await suite.start();
    const { id } = slash(h.api, 'paragraph', { number: 4 });

    const reply = await callback(h.api, id);

    expect(reply.body.type).toBe(4);
    const embed = reply.body.data!.embeds![0]!;
    expect(embed.title).toBe('Paragraph 4/12');
    expect(embed.description).toBe(escapeMarkdown(suite.ctx.article.paragraphs[3]!.text));
    expectNoPings(h.api);
  });

  it('is in Albanian with language:sq', async () => {
    const h = await suite.start();
    const { id } = slash(h.api, 'paragraph', { number: 4, language: 'sq' });

    expect((await callback(h.api, id)).body.data!.embeds![0]!.title).toBe('Paragrafi 4/12');
  });

  it('tells only the user which paragraphs exist when the number is out of range', async () => {
    const h = await suite.start();
    const { id } = slash(h.api, 'paragraph', { number: 13 });

    const reply = await callback(h.api, id);

    expect(reply.body.type).toBe(4);
    expect(reply.body.data!.content).toBe('There is no paragraph 13. The article has paragraphs 1 to 12.');
    expect(reply.body.data!.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('autocompletes every paragraph as "¶n — first words…" when nothing is typed', async () => {
    const h = await suite.start();
    const { id } = autocomplete(h.api, '');

    const reply = await callback(h.api, id);

    expect(reply.body.type).toBe(8);
    const choices = reply.body.data!.choices!;
    expect(choices.map((c) => c.value)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(choices[0]!.name).toMatch(/^¶1 — Kremlini tha sot se nuk kishte asnjë koment…$/);
    expect(choices.every((c) => c.name.length <= 100)).toBe(true);
  });

  it('autocompletes only the numbers that start with what was typed', async () => {
    const h = await suite.start();
    const { id } = autocomplete(h.api, '1');

    const reply = await callback(h.api, id);

    expect(reply.body.data!.choices!.map((c) => c.value)).toEqual([1, 10, 11, 12]);
  });
});
