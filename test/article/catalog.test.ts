import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/article.js';
import { articleKey, articleLabel, Catalog } from '../../src/article/catalog.js';

const article = (id: string, date?: string, title = `Title ${id}`): Article => ({
  id,
  title,
  date,
  language: 'sq',
  paragraphs: [{ number: 1, text: 'Tekst.', sentences: [{ index: 0, text: 'Tekst.' }] }],
  contentHash: id,
  path: `${id}.txt`,
});

describe('Catalog', () => {
  const catalog = new Catalog([article('b', '2023-09'), article('undated'), article('a', '2024-03-15'), article('c', '2023-09-20'), article('d', '2024-03-15')]);

  it('lists articles newest first: by date (a month before its days), undated last, ties by id', () => {
    expect(catalog.articles.map((a) => a.id)).toEqual(['a', 'd', 'c', 'b', 'undated']);
    expect(catalog.newest.id).toBe('a');
  });

  it('finds an article by id or by short key, and nothing for anything else', () => {
    expect(catalog.find('c')?.id).toBe('c');
    expect(catalog.find(' c ')?.id).toBe('c');
    expect(catalog.find(articleKey('c'))?.id).toBe('c');
    expect(articleKey('c')).toMatch(/^[0-9a-f]{10}$/);
    expect(catalog.find('nope')).toBeUndefined();
    expect(catalog.find('')).toBeUndefined();
  });

  it('pages the list, showing the nearest page that exists for a stale or forged number', () => {
    expect(catalog.page(0, 2)).toMatchObject({ page: 0, pages: 3, total: 5 });
    expect(catalog.page(1, 2).articles.map((a) => a.id)).toEqual(['c', 'b']);
    expect(catalog.page(99, 2)).toMatchObject({ page: 2, articles: [{ id: 'undated' }] });
    expect(catalog.page(-3, 2).page).toBe(0);
    expect(catalog.page(Number.NaN, 2).page).toBe(0);
  });

  it('suggests articles whose title, date or id contain every typed word, ignoring case and diacritics', () => {
    const news = new Catalog([article('tram', '2024-03-15', 'Tirana hap linjën e tramvajit'), article('kim', '2023-09', 'Kim takon Putinin')]);
    expect(news.choices('')).toEqual([
      { name: 'Tirana hap linjën e tramvajit · 2024-03-15', value: 'tram' },
      { name: 'Kim takon Putinin · 2023-09', value: 'kim' },
    ]);
    expect(news.choices('LINJEN tirana').map((c) => c.value)).toEqual(['tram']);
    expect(news.choices('2023').map((c) => c.value)).toEqual(['kim']);
    expect(news.choices('nothing like it')).toEqual([]);
  });

  it('resolves what was typed instead of picked: an id, a key, or words that only one article’s title or date contains', () => {
    const news = new Catalog([article('tram', '2024-03-15', 'Tirana hap linjën e tramvajit'), article('kim', '2023-09', 'Kim takon Putinin'), article('kim2', '2023-10', 'Kim kthehet')]);
    expect(news.resolve('tram')?.id).toBe('tram');
    expect(news.resolve(articleKey('kim'))?.id).toBe('kim');
    expect(news.resolve('tirana linjen')?.id).toBe('tram');
    expect(news.resolve('putinin')?.id).toBe('kim');
    expect(news.resolve('Kim')).toBeUndefined(); // two articles: ambiguous
    expect(news.resolve('2023')).toBeUndefined();
    expect(news.resolve('2023-10')?.id).toBe('kim2');
    expect(news.resolve('   ')).toBeUndefined();
    expect(news.resolve('nothing')).toBeUndefined();
  });

  it('keeps choices within Discord’s limits: 25 at most, names and values of 100 characters at most', () => {
    const many = new Catalog(Array.from({ length: 40 }, (_, i) => article(`${'x'.repeat(120)}${i}`, undefined, 'T'.repeat(150))));
    const choices = many.choices('');
    expect(choices).toHaveLength(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value).toMatch(/^[0-9a-f]{10}$/);
      expect(many.find(choice.value)).toBeDefined();
    }
  });

  it('labels an article with its title and date', () => {
    expect(articleLabel({ title: 'T', date: '2024-01' })).toBe('T · 2024-01');
    expect(articleLabel({ title: 'T' })).toBe('T');
  });
});
