import { describe, expect, it } from 'vitest';
import type { Answer, Summary } from '../../src/answer/types.js';
import { articleKey } from '../../src/article/catalog.js';
import { answerReply, articlesReply, paragraphReply, partialReply, summaryReply } from '../../src/discord/embeds.js';
import { Catalog } from '../../src/article/catalog.js';
import type { Article } from '../../src/article/article.js';
import { toMessages } from '../../src/discord/respond.js';
import { expectWithinLimits } from './harness.js';

const article = { id: 'art', title: 'Kim to visit Putin', date: '2023-09' };
const citation = (marker: number, paragraph: number, quote: string, translation?: string) => ({ marker, articleId: 'art', paragraph, quote, translation });

function answer(overrides: Partial<Answer>): Answer {
  return { question: 'Who?', language: 'en', found: true, confidence: 'high', mode: 'llm', text: 'Kim [1].', citations: [citation(1, 2, 'Kim Jong Un do të udhëtojë.')], article, ...overrides };
}

describe('paragraphReply', () => {
  it('shows a paragraph of megabytes (a file without paragraph breaks) in three messages at most, cut at a word, saying how much it holds', () => {
    const text = 'bashkia qeveria projekti '.repeat(40_000).trim();
    const reply = paragraphReply({ article, paragraph: 1, paragraphCount: 1, text }, 'en');
    const messages = toMessages(reply);

    expect(messages.length).toBeLessThanOrEqual(3);
    const description = messages.flatMap((m) => m.embeds.map((e) => e.description)).join('\n\n');
    expect(description.startsWith('bashkia qeveria projekti bashkia')).toBe(true);
    expect(description).toContain(`*The paragraph goes on: these are the first 12000 of its ${text.length} characters.*`);
    expect(description).toMatch(/(?:bashkia|qeveria|projekti)…\n\n\*The paragraph goes on/);
    for (const message of messages) expectWithinLimits(message);
  });

  it('shows a paragraph of ordinary length whole, without a note', () => {
    const reply = paragraphReply({ article, paragraph: 2, paragraphCount: 3, text: 'Linja e re u hap sot.' }, 'sq');
    expect(reply.embeds![0]!.description).toBe('Linja e re u hap sot.');
  });
});

describe('answerReply', () => {
  it('shows a translation under its quote, marked as a translation', () => {
    const reply = answerReply(answer({ citations: [citation(1, 2, 'Kim Jong Un do të udhëtojë.', 'Kim Jong Un will travel.')] }));

    expect(reply.embeds![0]!.description).toBe(
      'Kim [1].\n\n**Sources**\n[1] ¶2 — «Kim Jong Un do të udhëtojë.»\n↳ *translation: Kim Jong Un will travel.*',
    );
  });

  it('escapes markdown in the answer, the quotes and the question, and shows a notice last', () => {
    const reply = answerReply(answer({ question: 'Who is *bold*?', text: 'A **claim** [1]', notice: 'Model was unavailable.', citations: [citation(1, 1, 'a_b_c')] }));
    const embed = reply.embeds![0]!;

    expect(embed.title).toBe('Who is \\*bold\\*?');
    expect(embed.description).toBe('A \\*\\*claim\\*\\* [1]\n\n**Sources**\n[1] ¶1 — «a\\_b\\_c»\n\n*Model was unavailable.*');
    expect(embed.footer).toEqual({ text: 'Kim to visit Putin · 2023-09' });
  });

  it('names the article of a closest passage that is not the answer’s own, escaped, next to its ¶', () => {
    const other = { ...citation(2, 10, 'Stadiumi do të presë dy ndeshje.'), articleId: 'stadium', otherArticle: { id: 'stadium', title: 'Korça ka *stadium*', date: '2025-05' } };
    const reply = answerReply(answer({ found: false, confidence: 'low', text: 'The article does not say. These are the closest passages:', citations: [citation(1, 2, 'Kim Jong Un do të udhëtojë.'), other] }));

    expect(reply.embeds![0]!.description).toBe(
      'The article does not say. These are the closest passages:\n\n[1] ¶2 — «Kim Jong Un do të udhëtojë.»\n[2] ¶10 (Korça ka \\*stadium\\* · 2025-05) — «Stadiumi do të presë dy ndeshje.»',
    );
    expect(reply.embeds![0]!.footer).toEqual({ text: 'Kim to visit Putin · 2023-09' });
  });

  it('cuts a long quote the answer already shows in full to its first ten words', () => {
    const quote = 'Kim Jong Un do të udhëtojë nga Pheniani me një tren të blinduar drejt Vladivostokut.';

    const reply = answerReply(answer({ text: `${quote} [1]`, citations: [citation(1, 2, quote)] }));

    expect(reply.embeds![0]!.description).toContain('[1] ¶2 — «Kim Jong Un do të udhëtojë nga Pheniani me një…»');
  });

  it('adds one "Show source" button per citation and a "New question" button, labelled in the answer’s language', () => {
    const reply = answerReply(answer({ language: 'sq', citations: [citation(1, 2, 'a'), citation(2, 2, 'b')] }));

    expect(reply.buttons!.map((b) => b.label)).toEqual(['Shfaq burimin [1]', 'Shfaq burimin [2]', 'Pyetje e re']);
    expect(reply.buttons!.map((b) => b.customId)).toEqual([`source:sq:1:2:${articleKey('art')}`, `source:sq:2:2:${articleKey('art')}`, 'new:sq']);
  });

  it('links the article when its front matter has a url, in the answer’s language', () => {
    const linked = answerReply(answer({ language: 'sq', article: { ...article, url: 'https://example.com/kim' } }));
    expect(linked.embeds![0]!.description!.endsWith('[Lexoni artikullin](https://example.com/kim)')).toBe(true);
    expect(linked.embeds![0]!.footer).toEqual({ text: 'Kim to visit Putin · 2023-09' });
    expect(answerReply(answer({})).embeds![0]!.description).not.toContain('](');
  });

  it('keeps "New question" with 30 citations: 24 source buttons, the other sources stay footnotes', () => {
    const citations = Array.from({ length: 30 }, (_, i) => citation(i + 1, 1 + (i % 12), `quote ${i + 1}`));

    const reply = answerReply(answer({ citations }));
    const [body] = toMessages(reply);

    expect(reply.buttons).toHaveLength(25);
    expect(reply.buttons!.at(-2)!.label).toBe('Show source [24]');
    expect(body!.components.flatMap((row) => row.components).at(-1)!.custom_id).toBe('new:en');
    expect(reply.embeds![0]!.description).toContain('[30] ¶6 — «quote 30»');
  });
});

describe('answerReply with feedback', () => {
  it('adds 👍 and 👎 before "New question", carrying the stored answer’s id', () => {
    const reply = answerReply(answer({ language: 'sq', citations: [citation(1, 2, 'a')] }), 'Ab-_0123456z');
    const [body] = toMessages(reply);

    expect(reply.buttons!.map((b) => b.customId)).toEqual([`source:sq:1:2:${articleKey('art')}`, 'vote:sq:up:Ab-_0123456z', 'vote:sq:down:Ab-_0123456z', 'new:sq']);
    expect(body!.components[0]!.components.slice(1, 3)).toEqual([
      expect.objectContaining({ emoji: { name: '👍' }, custom_id: 'vote:sq:up:Ab-_0123456z' }),
      expect.objectContaining({ emoji: { name: '👎' }, custom_id: 'vote:sq:down:Ab-_0123456z' }),
    ]);
    expect(body!.components[0]!.components[1]).not.toHaveProperty('label');
  });

  it('makes room for the vote buttons with 30 citations: 22 source buttons, 👍, 👎, "New question"', () => {
    const citations = Array.from({ length: 30 }, (_, i) => citation(i + 1, 1 + (i % 12), `quote ${i + 1}`));

    const reply = answerReply(answer({ citations }), 'Ab-_0123456z');

    expect(reply.buttons).toHaveLength(25);
    expect(reply.buttons!.map((b) => b.label ?? b.emoji).slice(-4)).toEqual(['Show source [22]', '👍', '👎', 'New question']);
  });
});

describe('partialReply', () => {
  it('shows the text written so far with a trailing ellipsis, within 2,000 characters', () => {
    expect(partialReply('Kim').content).toBe('Kim …');
    expect(partialReply('word '.repeat(1000)).content!.length).toBeLessThanOrEqual(2000);
  });
});

describe('summaryReply', () => {
  const summary: Summary = {
    length: 'bullets',
    language: 'en',
    mode: 'llm',
    points: [{ text: 'Kim travels', markers: [1] }, { text: 'Arms talks', markers: [2, 3] }],
    citations: [citation(1, 1, 'x'), citation(2, 5, 'y'), citation(3, 7, 'z')],
    article,
    suggestions: [],
  };

  it('lists bullet points with their markers and the ¶ of each source', () => {
    expect(summaryReply(summary).embeds![0]!.description).toBe('• Kim travels [1]\n• Arms talks [2][3]\n\n**Sources:** [1] ¶1 · [2] ¶5 · [3] ¶7');
  });

  it('offers a question suggested twice once, so no two buttons share a custom id', () => {
    const suggestions = ['Who is Patricia Lewis?', 'Who is Patricia Lewis?', 'What did John Kirby say?', 'What is Chatham House?'];

    const reply = summaryReply({ ...summary, suggestions });

    expect(reply.buttons!.map((b) => b.label)).toEqual(['Who is Patricia Lewis?', 'What did John Kirby say?', 'What is Chatham House?']);
    for (const body of toMessages(reply)) expectWithinLimits(body);
  });
});

describe('articlesReply', () => {
  const huge = (i: number): Article => ({
    id: `${'id'.repeat(120)}-${i}`,
    title: `*${'T'.repeat(3000)}`,
    date: `2024-01-0${i}`,
    source: 'S'.repeat(3000),
    url: `https://example.com/${'p'.repeat(3000)}`,
    language: 'sq',
    paragraphs: [{ number: 1, text: 'Tekst.', sentences: [{ index: 0, text: 'Tekst.' }] }],
    contentHash: String(i),
    path: `${i}.txt`,
  });

  it('fits a page of articles with huge titles, sources, links and ids in one message, with its buttons', () => {
    const catalog = new Catalog(Array.from({ length: 7 }, (_, i) => huge(i + 1)));
    const reply = articlesReply(catalog, 0, 'en');
    const messages = toMessages(reply);

    expect(messages).toHaveLength(1);
    expectWithinLimits(messages[0]!);
    expect(messages[0]!.components.flatMap((row) => row.components.map((b) => b.custom_id))).toEqual(['articles:en:1']);
    const text = messages[0]!.embeds.map((e) => e.description).join('');
    expect(text).toContain(`\`${articleKey(huge(7).id)}\``);
    expect(text).not.toContain('](https://');
    expect(text).toContain('\\*TTT');
  });
});
