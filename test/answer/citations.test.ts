/** What a quote holds: a sentence of a quotation of several sentences brings the whole quotation, with both its marks. */
import { describe, expect, it } from 'vitest';
import { toCitations } from '../../src/answer/extractive.js';
import { splitSentences, type Article, type Paragraph } from '../../src/article/article.js';

const article = { id: 'fshati' } as Article;
const TEXT =
  'Fermerët e Polisit protestuan të hënën. “Kemi 12 lopë. Qumështin ose e hedhim, ose bëjmë djathë”, tha Arben Hoxha, një fermer nga Polisi. Bashkia premtoi një pikë grumbullimi. Ai tha: “Do të vij nesër.”';

function paragraph(text: string, number = 4): Paragraph {
  return { number, text, sentences: splitSentences(text) };
}

const cite = (p: Paragraph, ...indexes: number[]) => toCitations(indexes.map((i) => ({ article, paragraph: p, sentence: p.sentences[i]! })));

describe('toCitations', () => {
  const p = paragraph(TEXT);

  it('quotes the whole quotation for any of its sentences, verbatim in the paragraph', () => {
    const whole = '“Kemi 12 lopë. Qumështin ose e hedhim, ose bëjmë djathë”, tha Arben Hoxha, një fermer nga Polisi.';
    expect(p.sentences.map((s) => s.text)).toContain('“Kemi 12 lopë.');
    for (const index of [1, 2]) expect(cite(p, index)).toEqual([{ marker: 1, articleId: 'fshati', paragraph: 4, quote: whole }]);
    expect(TEXT).toContain(whole);
  });

  it('gives two sentences of one quotation one citation, and numbers the next one after it', () => {
    expect(cite(p, 1, 2, 3).map((c) => [c.marker, c.quote.slice(0, 14)])).toEqual([
      [1, '“Kemi 12 lopë.'],
      [2, 'Bashkia premto'],
    ]);
  });

  it('quotes a sentence outside a quotation, or holding a whole one, as it is', () => {
    expect(cite(p, 0, 3, 4).map((c) => c.quote)).toEqual(['Fermerët e Polisit protestuan të hënën.', 'Bashkia premtoi një pikë grumbullimi.', 'Ai tha: “Do të vij nesër.”']);
  });

  it('quotes one sentence of a quotation too long to quote whole, or one whose marks never close', () => {
    const long = paragraph(`“${'Fjali e gjatë e një deklarate. '.repeat(14)}Fundi”, tha ai.`);
    expect(cite(long, 1)[0]!.quote).toBe('Fjali e gjatë e një deklarate.');
    const open = paragraph('“Kemi 12 lopë. Qumështin e hedhim.');
    expect(cite(open, 0)[0]!.quote).toBe('“Kemi 12 lopë.');
  });

  it('pairs the Albanian low opening mark „ with its closing “, in either sentence of the quotation', () => {
    const text = 'Fermerët protestuan. „Kemi 12 lopë. Qumështin e hedhim“, tha Arben Hoxha. Bashkia nuk foli.';
    const low = paragraph(text);
    const whole = '„Kemi 12 lopë. Qumështin e hedhim“, tha Arben Hoxha.';
    for (const index of [1, 2]) expect(cite(low, index)[0]!.quote).toBe(whole);
    expect(cite(low, 3)[0]!.quote).toBe('Bashkia nuk foli.');
  });
});
