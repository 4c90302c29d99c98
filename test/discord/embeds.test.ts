import { describe, expect, it } from 'vitest';
import type { Answer, Summary } from '../../src/answer/types.js';
import { answerReply, partialReply, summaryReply } from '../../src/discord/embeds.js';

const article = { id: 'art', title: 'Kim to visit Putin', date: '2023-09' };
const citation = (marker: number, paragraph: number, quote: string, translation?: string) => ({ marker, articleId: 'art', paragraph, quote, translation });

function answer(overrides: Partial<Answer>): Answer {
  return { question: 'Who?', language: 'en', found: true, mode: 'llm', text: 'Kim [1].', citations: [citation(1, 2, 'Kim Jong Un do të udhëtojë.')], article, ...overrides };
}

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

  it('cuts a long quote the answer already shows in full to its first ten words', () => {
    const quote = 'Kim Jong Un do të udhëtojë nga Pheniani me një tren të blinduar drejt Vladivostokut.';

    const reply = answerReply(answer({ text: `${quote} [1]`, citations: [citation(1, 2, quote)] }));

    expect(reply.embeds![0]!.description).toContain('[1] ¶2 — «Kim Jong Un do të udhëtojë nga Pheniani me një…»');
  });

  it('adds one "Show source" button per citation and a "New question" button, labelled in the answer’s language', () => {
    const reply = answerReply(answer({ language: 'sq', citations: [citation(1, 2, 'a'), citation(2, 2, 'b')] }));

    expect(reply.buttons!.map((b) => b.label)).toEqual(['Shfaq burimin [1]', 'Shfaq burimin [2]', 'Pyetje e re']);
    expect(new Set(reply.buttons!.map((b) => b.customId)).size).toBe(3);
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
});
