/**
 * Questions of two parts ("…, and how much did it cost?"): how they are cut, and that each part is
 * retrieved and assessed on its own, on small articles of this file's own.
 */
import { describe, expect, it } from 'vitest';
import { combineParts, splitQuestion, type PartRetrieval } from '../../src/retrieval/parts.js';
import type { Retrieval, RetrievedPassage } from '../../src/retrieval/retriever.js';
import { useContextOver } from '../helpers/core.js';
import { MUSEUM, PARTS_ARTICLES } from '../fixtures/parts-articles.js';

const texts = (question: string) => splitQuestion(question).map((p) => p.text);

describe('splitQuestion', () => {
  it('cuts at a conjunction or a comma followed by a question word, in both languages, with or without ë and ç', () => {
    expect(texts('How much is a ticket, and what are the opening hours?')).toEqual(['How much is a ticket?', 'What are the opening hours?']);
    expect(texts('Kush e financoi muzeun dhe sa kushtoi?')).toEqual(['Kush e financoi muzeun?', 'Sa kushtoi?']);
    expect(texts('Cfare ekspozohet ne muze dhe kur hapet?')).toEqual(['Cfare ekspozohet ne muze?', 'Kur hapet?']);
    expect(texts('Who runs the museum, how big is its collection?')).toEqual(['Who runs the museum?', 'How big is its collection?']);
    expect(texts("What's the film about, and how much did it cost?")).toEqual(["What's the film about?", 'How much did it cost?']);
  });

  it('cuts a question of three parts, and answers a longer enumeration as one question', () => {
    expect(texts('When did the museum open, how much is a ticket, and who built it?')).toEqual(['When did the museum open?', 'How much is a ticket?', 'Who built it?']);
    const four = 'When did the museum open, how much is a ticket, who built it, and why?';
    expect(splitQuestion(four)).toEqual([{ text: four, search: four }]);
  });

  it('cuts after a yes-or-no question, and before a preposition that opens the next question', () => {
    expect(texts('Is there a museum shop, and what does it sell?')).toEqual(['Is there a museum shop?', 'What does it sell?']);
    expect(texts('How many objects does the museum hold, and in which year did it open?')).toEqual(['How many objects does the museum hold?', 'In which year did it open?']);
  });

  it('shows a part written all in capitals in sentence case, and searches it as written', () => {
    expect(splitQuestion('WHEN DID THE MUSEUM OPEN AND HOW MUCH IS A TICKET?')).toEqual([
      { text: 'When did the museum open?', search: 'WHEN DID THE MUSEUM OPEN?' },
      expect.objectContaining({ text: 'How much is a ticket?' }),
    ]);
    expect(texts('KUR DHE KU U PËRURUA URA?')).toEqual(['Kur u përurua ura?', 'Ku u përurua ura?']);
    expect(texts('Who runs the NATO museum, and how big is its collection?')).toEqual(['Who runs the NATO museum?', 'How big is its collection?']);
  });

  it('asks one clause twice for two question words over it', () => {
    expect(texts('Kur dhe ku u përurua ura?')).toEqual(['Kur u përurua ura?', 'Ku u përurua ura?']);
    expect(texts('When and where was the bridge opened?')).toEqual(['When was the bridge opened?', 'Where was the bridge opened?']);
  });

  it('searches a part that names nothing of its own with the first part\'s words, and one that does with its own', () => {
    const [, cost] = splitQuestion('Kush e financoi muzeun e detit dhe sa kushtoi?');
    expect(cost!.search).toMatch(/^Sa kushtoi\? .*muzeun/);
    const [, where] = splitQuestion('Who is Arta Kola and where does she work?');
    expect(where!.search).toContain('Arta Kola');
    const [, hours] = splitQuestion('How much is a ticket, and what are the opening hours?');
    expect(hours!.search).toBe('What are the opening hours?');
    // One with a subject of its own but no name keeps the first part's names: it asks about the same place.
    const [, drought] = splitQuestion('How hot did it get in Tepelena, and how long did the drought last?');
    expect(drought!.search).toBe('How long did the drought last? Tepelena');
    // A pronoun refers back to the first part, whatever else the part names.
    const [, shoot] = splitQuestion("What's the winning film about, and how much did it cost to shoot?");
    expect(shoot!.search).toMatch(/^How much did it cost to shoot\? .*film/);
  });

  it.each([
    "What's the gap between what the ministry paid and what the builder asked?",
    'Sa është diferenca midis asaj që pagoi ministria dhe asaj që kërkoi ndërtuesi?',
    'Who won the elections in Bosnia and Herzegovina?',
    'Sa kushtuan muzeu si dhe ura?',
    'Kur hapet muzeu, si dhe biblioteka?',
    'Which towns, villages and cities were hit?',
    'My daughter visits Durrës next week, when is the museum open?',
    'A u hap muzeu edhe pse punimet nuk mbaruan?',
    'What were visitors told to do when the alarm sounded?',
    'Besides the ticket, what else do visitors pay for?',
    'Sa kushton bileta dhe parkimi?',
  ])('does not cut "%s"', (question) => {
    expect(splitQuestion(question)).toEqual([{ text: question, search: question }]);
  });
});

describe('retrieving a question of two parts', () => {
  const suite = useContextOver({ seed: false, files: PARTS_ARTICLES });

  it('assesses each part on its own: one part answered is enough, and the part the articles do not answer is refused on its own', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('How long did the Buna bridge take to build, and how many cars cross it each day?');
    expect(retrieval.found).toBe(true);
    expect(retrieval.confidence).toBe('low');
    expect(retrieval.parts?.map((p) => p.retrieval.found)).toEqual([true, false]);
  });

  it('answers a part whose answer kind is in another passage than the other part\'s ("how much" beside "when")', async () => {
    const question = 'Sa kushton bileta e muzeut dhe kur është i hapur?';
    const retrieval = await suite.ctx.retriever.retrieve(question);
    expect(retrieval.parts?.map((p) => p.retrieval.found)).toEqual([true, true]);
    expect(retrieval.passages[0]!.article.id).toBe(MUSEUM);
  });

  it('refuses the question as a question of one part when no part is answered', async () => {
    for (const question of ['Who designed the new Vlora airport, and when will it open?', 'Sa kushtoi stadiumi i Elbasanit dhe kush e ndërtoi?']) {
      const retrieval = await suite.ctx.retriever.retrieve(question);
      expect(retrieval.found, question).toBe(false);
      expect(retrieval.parts, question).toBeUndefined();
    }
  });
});

describe('combineParts', () => {
  const retrieval = (found: boolean, refusal?: Retrieval['refusal']) => ({ found, refusal, passages: [], confidence: 'low', missingNames: [] }) as unknown as Retrieval;
  const parts = (...found: boolean[]): PartRetrieval[] => found.map((f, i) => ({ part: { text: `Q${i}?`, search: `Q${i}?` }, retrieval: retrieval(f, f ? undefined : 'missing-answer-kind') }));

  it.each(['missing-name', 'names-apart'] as const)('answers the parts that are answered when the whole question is refused as %s (each part is assessed on its own names)', (refusal) => {
    const combined = combineParts(parts(true, false), retrieval(false, refusal));
    expect(combined.found).toBe(true);
    expect(combined.parts?.map((p) => p.retrieval.found)).toEqual([true, false]);
  });

  it('ranks first what the answered whole question ranks first, the parts\' rankings counting less; a refused whole question\'s not at all', () => {
    const [a, b, c] = [{ number: 1 }, { number: 2 }, { number: 3 }];
    const passage = (paragraph: object) => ({ paragraph }) as unknown as RetrievedPassage;
    const ranked = (found: boolean, ...paragraphs: object[]) => ({ ...retrieval(found, found ? undefined : 'missing-answer-kind'), passages: paragraphs.map(passage) });
    const answered = (...paragraphs: object[]) => ({ part: { text: 'Q?', search: 'Q?' }, retrieval: ranked(true, ...paragraphs) });
    const parts = [answered(a, b), answered(c, b)];
    expect(combineParts(parts, ranked(true, c)).passages.map((p) => p.paragraph)).toEqual([c, b, a]);
    expect(combineParts(parts, ranked(false, c)).passages.map((p) => p.paragraph)).toEqual([b, a, c]);
  });

  it('lists each paragraph once, though two refused parts rank it as passages of their own', () => {
    const [a, b, c] = [{ number: 1 }, { number: 2 }, { number: 3 }];
    const passage = (paragraph: object) => ({ paragraph }) as unknown as RetrievedPassage;
    const ranked = (found: boolean, ...paragraphs: object[]) => ({ ...retrieval(found, found ? undefined : 'missing-answer-kind'), passages: paragraphs.map(passage) });
    const combined = combineParts(
      [
        { part: { text: 'Q0?', search: 'Q0?' }, retrieval: ranked(true, a) },
        { part: { text: 'Q1?', search: 'Q1?' }, retrieval: ranked(false, b, c) },
        { part: { text: 'Q2?', search: 'Q2?' }, retrieval: ranked(false, c, b, a) },
      ],
      ranked(true, a),
    );
    expect(combined.passages.map((p) => p.paragraph)).toEqual([a, b, c]);
  });

  it('answers when a part is answered though the whole question is refused for what it asks', () => {
    const combined = combineParts(parts(false, true), retrieval(false, 'missing-answer-kind'));
    expect(combined.found).toBe(true);
    expect(combined.parts?.map((p) => p.retrieval.found)).toEqual([false, true]);
  });
});
