import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/answer/types.js';
import { listedQuote, quotedHeading, shownParagraph } from '../../src/render/citations.js';
import { renderParagraph } from '../../src/render/terminal.js';

const LONG = 'Po të hënën, një zyrtar amerikan, i cili nuk ishte i autorizuar të trajtonte çështjen publikisht.';
const citation = (quote: string): Citation => ({ marker: 1, articleId: 'a', paragraph: 3, quote });

describe('listedQuote', () => {
  it('repeats only the opening words of a long quote the answer already shows, as a verbatim prefix', () => {
    const listed = listedQuote(citation(LONG), `${LONG} [1]`);
    expect(listed.endsWith('…')).toBe(true);
    expect(LONG.startsWith(listed.slice(0, -1))).toBe(true);
    expect(listed.split(' ')).toHaveLength(10);
  });

  it('sets the ellipsis apart when the ten words end a sentence of a longer quotation', () => {
    const quotation = '“Askush nuk do të mbetet pa ushqim, batanije dhe ngrohje. Kemi shpërndarë mbi 3 000 pako”, tha ai.';
    expect(listedQuote(citation(quotation), `${quotation} [1]`)).toBe('“Askush nuk do të mbetet pa ushqim, batanije dhe ngrohje. …');
  });

  it('lists the whole quote when the answer does not show it, or when it is short', () => {
    expect(listedQuote(citation(LONG), 'A model-written answer [1]')).toBe(LONG);
    expect(listedQuote(citation('Kim Jong Un do të udhëtojë.'), 'Kim Jong Un do të udhëtojë. [1]')).toBe('Kim Jong Un do të udhëtojë.');
  });
});

describe('quotedHeading', () => {
  const answer = (overrides: Partial<Answer>): Answer => ({
    question: 'q',
    language: 'en',
    found: true,
    confidence: 'high',
    mode: 'extractive',
    text: 't',
    citations: [],
    article: { id: 'a', title: 'T' },
    ...overrides,
  });

  it('heads offline answers to English questions, which are Albanian sentences', () => {
    expect(quotedHeading(answer({}))).toBe('From the article (quoted in Albanian):');
    expect(quotedHeading(answer({ article: { id: 'a', title: 'T', language: 'sq' } }))).toBe('From the article (quoted in Albanian):');
  });

  it('heads an offline answer from an English article to an Albanian question as quoted in English, and one to an English question not at all', () => {
    const english = { id: 'a', title: 'T', language: 'en' };
    expect(quotedHeading(answer({ language: 'sq', article: english }))).toBe('Nga artikulli (cituar në anglisht):');
    expect(quotedHeading(answer({ article: english }))).toBeUndefined();
  });

  it('does not head Albanian answers from Albanian articles, model answers or not-found answers', () => {
    expect(quotedHeading(answer({ language: 'sq' }))).toBeUndefined();
    expect(quotedHeading(answer({ mode: 'llm' }))).toBeUndefined();
    expect(quotedHeading(answer({ found: false }))).toBeUndefined();
  });
});

describe('shownParagraph', () => {
  it('shows an ordinary paragraph whole, and of one of megabytes its first 12,000 characters cut at a word, with a note', () => {
    expect(shownParagraph('Linja e re u hap sot.', 'en')).toEqual({ text: 'Linja e re u hap sot.' });
    const huge = 'bashkia qeveria projekti '.repeat(80_000).trim();
    const { text, note } = shownParagraph(huge, 'sq');
    expect(text.length).toBeLessThanOrEqual(12_000);
    expect(text).toMatch(/^bashkia .*(?:bashkia|qeveria|projekti)…$/);
    expect(huge.startsWith(text.slice(0, -1))).toBe(true);
    expect(note).toBe(`Paragrafi vazhdon: këto janë 12000 shkronjat e para nga ${huge.length}.`);
    expect(renderParagraph({ article: { id: 'a', title: 'T' }, paragraph: 1, paragraphCount: 1, text: huge }, 'sq').endsWith(`(${note})`)).toBe(true);
  });
});
