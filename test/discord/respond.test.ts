import { MessageFlags, type APIEmbed, type Message, type RepliableInteraction } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { LIMITS, respond, splitText, toMessages, truncate, type Button } from '../../src/discord/respond.js';
import { expectWithinLimits } from './harness.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const sentence = (i: number) => `Sentence number ${i} says something about Vladivostok and Moscow.`;

describe('splitText', () => {
  it('keeps the [n] markers after a sentence with that sentence when it cuts there', () => {
    const text = `${'Fjalia e parë është e gjatë. [1] '.repeat(3)}Kjo është fjalia tjetër e gjatë mjaftueshëm. [2][3] Dhe një tjetër. [4]`;
    const pieces = splitText(text, 100);
    expect(pieces).toEqual([
      'Fjalia e parë është e gjatë. [1] Fjalia e parë është e gjatë. [1] Fjalia e parë është e gjatë. [1]',
      'Kjo është fjalia tjetër e gjatë mjaftueshëm. [2][3] Dhe një tjetër. [4]',
    ]);
    for (const piece of pieces) expect(piece).not.toMatch(/^\[\d/);
  });

  it('leaves text that fits alone', () => {
    expect(splitText('  short text  ', 2000)).toEqual(['short text']);
    expect(splitText('', 2000)).toEqual([]);
  });

  it('cuts at a blank line first, then at a sentence end, then at a space', () => {
    expect(splitText(`${'a'.repeat(60)}.\n\n${'b'.repeat(30)}. ${'c'.repeat(30)}`, 80)).toEqual([`${'a'.repeat(60)}.`, `${'b'.repeat(30)}. ${'c'.repeat(30)}`]);
    expect(splitText(`${'a'.repeat(50)}. ${'b'.repeat(20)} ${'c'.repeat(20)}`, 80)).toEqual([`${'a'.repeat(50)}.`, `${'b'.repeat(20)} ${'c'.repeat(20)}`]);
    expect(splitText(`${'a'.repeat(50)} ${'b'.repeat(50)}`, 80)).toEqual(['a'.repeat(50), 'b'.repeat(50)]);
  });

  it('never returns a piece over the limit and loses no word, for 20,000 characters of sentences', () => {
    const long = Array.from({ length: 400 }, (_, i) => sentence(i) + (i % 7 === 0 ? '\n\n' : ' ')).join('').slice(0, 20_000);
    const pieces = splitText(long, LIMITS.description);

    expect(pieces.length).toBeGreaterThanOrEqual(5);
    expect(pieces.every((p) => p.length <= LIMITS.description)).toBe(true);
    expect(pieces.slice(0, -1).every((p) => /[.]$/.test(p))).toBe(true);
    expect(words(pieces.join(' '))).toEqual(words(long));
  });

  it('cuts a word longer than the limit hard, without splitting an emoji', () => {
    const pieces = splitText(`${'x'.repeat(9)}😀${'y'.repeat(10)}`, 10);

    expect(pieces).toEqual(['x'.repeat(9), `😀${'y'.repeat(8)}`, 'yy']);
  });
});

describe('truncate', () => {
  it('shortens at a word boundary and marks the cut', () => {
    expect(truncate('Kim Jong Un do të udhëtojë', 15)).toBe('Kim Jong Un do…');
    expect(truncate('short', 15)).toBe('short');
  });
});

describe('toMessages', () => {
  const buttons = (n: number): Button[] => Array.from({ length: n }, (_, i) => ({ customId: `b${i}`, label: `Button ${i}` }));

  it('sets allowedMentions.parse to [] on every message', () => {
    for (const body of toMessages({ content: '@everyone <@&1> hello '.repeat(200), embeds: [{ description: 'x' }] })) {
      expect(body.allowedMentions).toEqual({ parse: [] });
    }
  });

  it('splits content over 2,000 characters into several messages, embeds and buttons after the text', () => {
    const bodies = toMessages({ content: sentence(1).repeat(100), embeds: [{ description: 'embed' }], buttons: buttons(2) });

    expect(bodies.map((b) => (b.content ?? '').length).every((n) => n <= LIMITS.content)).toBe(true);
    expect(bodies.length).toBe(4);
    expect(bodies.slice(0, -1).every((b) => b.embeds.length === 0 && b.components.length === 0)).toBe(true);
    expect(bodies.at(-1)!.embeds).toEqual([{ description: 'embed' }]);
    expect(bodies.at(-1)!.components).toHaveLength(1);
  });

  it('splits a 20,000-character embed into embeds and messages within every limit, title first and footer last', () => {
    const description = Array.from({ length: 400 }, (_, i) => sentence(i)).join(' ').slice(0, 20_000);
    const embed: APIEmbed = { color: 1, title: 'T'.repeat(300), description, footer: { text: 'F'.repeat(3000) } };

    const bodies = toMessages({ embeds: [embed], buttons: buttons(3) });
    const embeds = bodies.flatMap((b) => b.embeds);

    for (const body of bodies) expectWithinLimits(body);
    expect(embeds[0]!.title).toHaveLength(LIMITS.title);
    expect(embeds[0]!.title!.endsWith('…')).toBe(true);
    expect(embeds.slice(1).every((e) => e.title === undefined)).toBe(true);
    expect(embeds.at(-1)!.footer!.text).toHaveLength(LIMITS.footer);
    expect(embeds.slice(0, -1).every((e) => e.footer === undefined)).toBe(true);
    expect(embeds.every((e) => e.color === 1)).toBe(true);
    expect(words(embeds.map((e) => e.description).join(' '))).toEqual(words(description));
    expect(bodies.slice(0, -1).every((b) => b.components.length === 0)).toBe(true);
  });

  it('keeps fields within 1,024 characters and 6,000 per message', () => {
    const fields = Array.from({ length: 40 }, (_, i) => ({ name: `Field ${i}`, value: 'v'.repeat(1500) }));

    const bodies = toMessages({ embeds: [{ title: 'Fields', fields }] });

    for (const body of bodies) expectWithinLimits(body);
    expect(bodies.flatMap((b) => b.embeds).flatMap((e) => e.fields ?? [])).toHaveLength(40);
  });

  it('puts at most 25 fields in an embed: 30 tiny fields make embeds of 25 and 5', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ name: `F${i}`, value: 'v' }));

    const bodies = toMessages({ embeds: [{ title: 'Fields', fields }] });

    for (const body of bodies) expectWithinLimits(body);
    expect(bodies.flatMap((b) => b.embeds).map((e) => e.fields?.length)).toEqual([25, 5]);
  });

  it('lays out buttons in rows of five, at most five rows, with labels of at most 80 characters', () => {
    const many = [...buttons(29), { customId: 'long', label: 'L'.repeat(100) }];

    const [body] = toMessages({ content: 'x', buttons: many.reverse() });

    expect(body!.components.map((row) => row.components.length)).toEqual([5, 5, 5, 5, 5]);
    expect(body!.components[0]!.components[0]!.label).toHaveLength(80);
  });

  it('makes one message even for an empty reply, so buttons alone can be sent', () => {
    expect(toMessages({ buttons: buttons(1) })).toHaveLength(1);
  });
});

describe('respond to a deferred interaction', () => {
  /** An interaction deferred in public ("thinking…" shown to everyone) that records what is done with it. */
  function deferred(state: { replied?: boolean; deleteFails?: boolean } = {}) {
    const calls: string[] = [];
    const message = {} as Message;
    const interaction = {
      deferred: true,
      replied: state.replied ?? false,
      ephemeral: false,
      editReply: async (body: { content?: string }) => (calls.push(`edit: ${body.content}`), message),
      followUp: async (body: { content?: string; flags?: number }) => (calls.push(`follow-up (flags ${body.flags}): ${body.content}`), message),
      deleteReply: async () => {
        calls.push('delete');
        if (state.deleteFails) throw new Error('Discord said 500');
      },
    };
    return { interaction: interaction as unknown as RepliableInteraction, calls };
  }

  it('never turns a private reply public: the placeholder is deleted and the reply follows privately', async () => {
    const { interaction, calls } = deferred();

    await respond(interaction, { content: 'only for you', ephemeral: true });

    expect(calls).toEqual(['delete', `follow-up (flags ${MessageFlags.Ephemeral}): only for you`]);
  });

  it('replaces the placeholder with the reply when it cannot be deleted, so "thinking…" never stays', async () => {
    const { interaction, calls } = deferred({ deleteFails: true });

    await respond(interaction, { content: 'only for you', ephemeral: true });

    expect(calls).toEqual(['delete', 'edit: only for you']);
  });

  it('keeps what the deferred reply already shows and follows up privately', async () => {
    const { interaction, calls } = deferred({ replied: true });

    await respond(interaction, { content: 'only for you', ephemeral: true });

    expect(calls).toEqual([`follow-up (flags ${MessageFlags.Ephemeral}): only for you`]);
  });

  it('edits a public reply into the placeholder', async () => {
    const { interaction, calls } = deferred();

    await respond(interaction, { content: 'for everyone' });

    expect(calls).toEqual(['edit: for everyone']);
  });
});
