import { describe, expect, it } from 'vitest';
import { articleKey } from '../../src/article/catalog.js';
import { decodeButton, encodeButton, pageButtons, sourceButton, suggestionButton, type ButtonAction } from '../../src/discord/custom-ids.js';

describe('button custom ids', () => {
  it.each<ButtonAction>([
    { kind: 'source', language: 'sq', marker: 2, paragraph: 11, articleKey: '0123456789' },
    { kind: 'articles', language: 'en', page: 3 },
    { kind: 'ask', language: 'en', question: 'What did TASS report: anything?' },
    { kind: 'new', language: 'sq' },
    { kind: 'vote', language: 'en', vote: 'down', answerId: 'Ab-_0123456z' },
  ])('round-trips %o', (action) => {
    expect(decodeButton(encodeButton(action))).toEqual(action);
  });

  it('ignores ids the bot did not make', () => {
    expect(decodeButton('more-sources')).toBeUndefined();
    expect(decodeButton('source:de:1:2:x')).toBeUndefined();
    expect(decodeButton('source:en:one:2:0')).toBeUndefined();
    expect(decodeButton('ask:en:')).toBeUndefined();
    expect(decodeButton('articles:en:')).toBeUndefined();
    expect(decodeButton('articles:en:-1')).toBeUndefined();
    expect(decodeButton('articles:en:1e3')).toBeUndefined();
    expect(decodeButton('articles:en:99999999999')).toBeUndefined();
  });

  it('ignores vote ids with another verdict, or an answer id that is not 12 URL-safe characters', () => {
    expect(decodeButton('vote:en:meh:Ab-_0123456z')).toBeUndefined();
    expect(decodeButton('vote:en:up:Ab-_0123456')).toBeUndefined();
    expect(decodeButton('vote:en:up:Ab-_0123456z:1')).toBeUndefined();
    expect(decodeButton('vote:en:up:Ab-_01234*6z')).toBeUndefined();
  });

  it('ignores source ids cut short, or naming their article by id or by list position as the bot once did', () => {
    expect(decodeButton('source:en:1:3:')).toBeUndefined();
    expect(decodeButton('source:en:1:3')).toBeUndefined();
    expect(decodeButton('source:en:1:3:2023-09-kim-jong-un-putin-vladivostok')).toBeUndefined();
    expect(decodeButton('source:en:1:3:0')).toBeUndefined();
    expect(decodeButton('source:en:1:3:0123456789a')).toBeUndefined();
  });

  it('names the article by a short key of its id, so a source id stays short whatever the id, and is unique per citation of the same paragraph', () => {
    const citation = { marker: 1, articleId: 'a'.repeat(200), paragraph: 3, quote: 'q' };

    const first = sourceButton(citation, 'en');
    const second = sourceButton({ ...citation, marker: 2 }, 'en');

    expect(first.customId).toBe(`source:en:1:3:${articleKey('a'.repeat(200))}`);
    expect(first.customId.length).toBeLessThan(30);
    expect(decodeButton(first.customId)).toEqual({ kind: 'source', language: 'en', marker: 1, paragraph: 3, articleKey: articleKey('a'.repeat(200)) });
    expect(first.customId).not.toBe(second.customId);
    expect(first.label).toBe('Show source [1]');
  });

  it('offers only the page buttons that lead somewhere', () => {
    expect(pageButtons(0, 1, 'en')).toEqual([]);
    expect(pageButtons(0, 3, 'en').map((b) => b.customId)).toEqual(['articles:en:1']);
    expect(pageButtons(1, 3, 'sq').map((b) => b.customId)).toEqual(['articles:sq:0', 'articles:sq:2']);
    expect(pageButtons(2, 3, 'en').map((b) => b.label)).toEqual(['◀ Newer']);
  });

  it('offers no button for a suggested question too long for a custom id', () => {
    expect(suggestionButton('Who is Patricia Lewis?', 'en')?.label).toBe('Who is Patricia Lewis?');
    expect(suggestionButton(`Why ${'really '.repeat(20)}?`, 'en')).toBeUndefined();
  });
});
