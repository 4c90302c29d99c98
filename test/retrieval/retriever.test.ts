import { describe, expect, it } from 'vitest';
import { analyzeQuery, indexKey, indexKeys } from '../../src/retrieval/query.js';
import { useContextOver, useTestContext } from '../helpers/core.js';

const suite = useTestContext();

const top = async (question: string) => (await suite.ctx.retriever.retrieve(question)).passages[0]!.paragraph.number;

describe('Retriever.retrieve', () => {
  it('ranks every paragraph once, best first', async () => {
    const { passages } = await suite.ctx.retriever.retrieve('Ku do të takohen Kim dhe Putin?');
    expect(passages.map((p) => p.paragraph.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const scores = passages.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds the meeting place for an Albanian question', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Ku do të takohen?');
    expect(retrieval.found).toBe(true);
    expect([2, 5]).toContain(retrieval.passages[0]!.paragraph.number);
    expect(retrieval.query.language).toBe('sq');
  });

  it('finds the same paragraph for Albanian typed with and without ë/ç', async () => {
    expect(await top('Çfarë tha John Kirby?')).toBe(4);
    expect(await top('Cfare tha John Kirby?')).toBe(4);
    expect(await top('Çfarë i tha Matsegora agjencisë TASS?')).toBe(await top('Cfare i tha Matsegora agjencise TASS?'));
  });

  it('ignores zero-width characters inside words', async () => {
    expect(await top('Çfarë tha John Kir\u200Bby?')).toBe(4);
  });

  it('finds names for English questions', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Who is John Kirby?');
    expect(retrieval.query.language).toBe('en');
    expect(retrieval.found).toBe(true);
    expect(retrieval.passages[0]!.paragraph.number).toBe(4);
  });

  it('is deterministic: the same question ranks the same way twice', async () => {
    const a = await suite.ctx.retriever.retrieve('Nga cili institut është Patricia Lewis?');
    const b = await suite.ctx.retriever.retrieve('Nga cili institut është Patricia Lewis?');
    expect(b.passages.map((p) => [p.paragraph.number, p.score])).toEqual(a.passages.map((p) => [p.paragraph.number, p.score]));
  });

  it('reports a question about something the article does not cover as not found', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('What is the capital of Australia?');
    expect(retrieval.found).toBe(false);
    expect(retrieval.coverage).toBeLessThanOrEqual(0.5);
  });

  it('reports names the article never mentions', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('What did Xi Jinping say about the summit?');
    expect(retrieval.found).toBe(false);
    expect(retrieval.missingNames.join(' ')).toMatch(/Xi|Jinping/);
  });

  it('does not claim to find an answer to a question with no content words', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Çfarë?');
    expect(retrieval.query.concepts).toEqual([]);
    expect(retrieval.found).toBe(false);
  });

  it('reads each question in the language it is written in', async () => {
    expect((await suite.ctx.retriever.retrieve('Kush e vizitoi Phenianin?')).query.language).toBe('sq');
    expect((await suite.ctx.retriever.retrieve('Who visited Pyongyang?')).query.language).toBe('en');
  });

  it('requires every word of a name: a first name shared with someone in the article is not enough', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('What did Vladimir Zelensky say?');
    expect(retrieval.found).toBe(false);
    expect(retrieval.missingNames).toEqual(['Vladimir Zelensky']);
  });
});

describe('Retriever.rankSentences', () => {
  it('ranks only sentences of the given paragraphs, best first, with the answer on top', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Ndaj sa subjekteve vendosën sanksione Shtetet e Bashkuara?');
    const passages = retrieval.passages.slice(0, 3);
    const ranked = suite.ctx.retriever.rankSentences(retrieval, passages);
    const allowed = new Set(passages.map((p) => p.paragraph.number));
    for (const s of ranked) expect(allowed.has(s.paragraph.number)).toBe(true);
    expect(ranked.length).toBe(passages.reduce((n, p) => n + p.paragraph.sentences.length, 0));
    const scores = ranked.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(ranked[0]!.paragraph.number).toBe(12);
    expect(ranked[0]!.sentence.text).toContain('tre subjekteve');
  });
});

describe('Retriever.rankSentences over paragraphs of unequal rank', () => {
  const race = useContextOver({
    seed: false,
    files: {
      '2025-05-gara.txt': [
        'date 2025-05',
        'Gara e çiklizmit në Shkodër tërhoqi mijëra spektatorë këtë fundjavë. Garën e vitit të kaluar, në një ditë me shi dhe erë të fortë, e fitoi një italian nga Bari. Organizatorët falënderuan policinë.',
        'Garën e çiklizmit e fitoi sllovaku Martin Hudec, para dy italianëve.',
        'Bashkia pagoi 80 000 euro për organizimin, ndërsa rrugët u mbyllën për trafikun.',
      ].join('\n\n'),
    },
  });

  it("puts the second paragraph's sentence that says all the question asks above the first paragraph's that says part of it", async () => {
    const retrieval = await race.ctx.retriever.retrieve('Kush e fitoi garën e çiklizmit?');
    const paragraph = (n: number) => retrieval.passages.find((p) => p.paragraph.number === n)!;
    // The lead paragraph ranked first on purpose: its sentences name the race and the cycling, not the winner.
    const ranked = race.ctx.retriever.rankSentences(retrieval, [paragraph(1), paragraph(2)]);
    expect(ranked[0]!.sentence.text).toBe('Garën e çiklizmit e fitoi sllovaku Martin Hudec, para dy italianëve.');
    expect(ranked[1]!.paragraph.number).toBe(1);
  });
});

describe('query analysis', () => {
  it('maps inflected forms and folded spellings to one index key', () => {
    for (const forms of [['Moskës', 'Moska', 'Moskën'], ['Rusisë', 'Rusia', 'Rusinë'], ['armë', 'armët', 'armëve'], ['Vladivostokut', 'Vladivostok']]) {
      expect(new Set(forms.map((w) => indexKey(w))).size, forms.join('/')).toBe(1);
    }
    expect(indexKey('Çështjen')).toBe(indexKey('ceshtjen'));
  });

  it('keeps only the content words of a question, in either language', () => {
    const english = analyzeQuery('What is the capital of Australia?', 'en').concepts.map((c) => c.source);
    expect(english.join(' ')).toBe('capital Australia');
    const albanian = analyzeQuery('Çfarë do të thotë John Kirby?', 'sq').concepts.map((c) => c.source);
    expect(albanian.join(' ')).toContain('John Kirby');
    for (const source of albanian) expect(['Çfarë', 'do', 'të']).not.toContain(source);
  });

  it('translates British spellings through the lexicon entry of the American one', () => {
    for (const [british, american] of [['apologised', 'apologized'], ['organisation', 'organization'], ['analyse', 'analyze'], ['travelled', 'travel']]) {
      const [b] = analyzeQuery(`Who ${british} first?`, 'en').concepts;
      const [a] = analyzeQuery(`Who ${american} first?`, 'en').concepts;
      expect(b!.untranslated, british).toBeUndefined();
      expect(b!.keys, british).toEqual(a!.keys);
    }
  });

  it('reads no British spelling into a word that has none ("rolled" is not "role", "chilling" not Chile)', () => {
    expect(analyzeQuery('Who rolled out the plan?', 'en').concepts.find((c) => c.source === 'rolled')?.kind).not.toBe('noun');
    const chilling = analyzeQuery('Chilling footage of the port?', 'en');
    expect(chilling.concepts.find((c) => c.source === 'Chilling')?.isName).toBe(false);
  });

  it('reads what an English question asks for by English stems: "chose" is not "cost", "calling" is not "called"', () => {
    expect(analyzeQuery('Who chose the new route?', 'en').answerType?.source).not.toBe('quantity');
    expect(analyzeQuery('Who chose the new route?', 'en').concepts.map((c) => c.source)).toContain('chose');
    expect(analyzeQuery('What are the unions calling for?', 'en').answerIsName).toBeUndefined();
    expect(analyzeQuery('How much does the ticket cost?', 'en').answerType?.source).toBe('quantity');
    expect(analyzeQuery('What is the new bridge called?', 'en').answerIsName).toBe(true);
    expect(analyzeQuery('Sa kushton bileta?', 'sq').answerType?.source).toBe('quantity');
  });

  it('reads a case ending hyphenated onto an acronym or foreign word as part of it ("INSTAT-it" is INSTAT), in articles and questions', () => {
    expect(indexKeys('INSTAT-it njoftoi')).toEqual(indexKeys('INSTAT njoftoi'));
    expect(indexKeys('podcast-in e ri')).toEqual(indexKeys('podcast e ri'));
    expect(indexKeys('raketa anti-tank')).toContain(indexKey('tank'));
    expect(analyzeQuery('Çfarë tha drejtori i INSTAT-it?', 'sq').concepts.map((c) => c.source)).toEqual(['drejtori', 'INSTAT']);
  });

  it('keeps English words after a hyphen that are no Albanian case ending ("anti-war", "X-ray", "mother-in-law")', () => {
    expect(indexKeys('anti-war protest', 'en')).toContain(indexKey('war', 'en'));
    expect(indexKeys('an X-ray machine', 'en')).toContain(indexKey('ray', 'en'));
    expect(indexKeys('her mother-in-law', 'en')).toContain(indexKey('law', 'en'));
  });

  it('drops "t\'i" and "t’i" alike, whichever apostrophe the user types', () => {
    expect(indexKey("t'i")).toBeUndefined();
    expect(indexKey('t’i')).toBeUndefined();
  });

  it('drops Albanian pronouns, quantifiers and particles, which say nothing about what is asked', () => {
    const concepts = analyzeQuery('Përse disa peshkatarë protestuan sapo u njoftua ndalimi?', 'sq').concepts.map((c) => c.source);
    expect(concepts).toEqual(['peshkatarë', 'protestuan', 'njoftua', 'ndalimi']);
  });

  it('drops English prepositions and modals, which say nothing about what is asked', () => {
    const concepts = analyzeQuery('Within how many days must the ferry operators pay the fine?', 'en').concepts.map((c) => c.source);
    expect(concepts).not.toContain('Within');
    expect(concepts).not.toContain('must');
    expect(concepts).toEqual(expect.arrayContaining(['ferry', 'operators', 'fine']));
  });

  it('reads the unit a quantity is counted in, but not a rate\'s ("per day", "për një ditë")', () => {
    expect(analyzeQuery('How many hours did the repairs take?', 'en').answerUnits).toEqual(['hours']);
    expect(analyzeQuery('Sa ditë zgjati greva?', 'sq').answerUnits).toEqual(['ditë']);
    expect(analyzeQuery('How many workers are hired per day?', 'en').answerUnits).toBeUndefined();
    expect(analyzeQuery('Sa paguhet një shofer për një ditë?', 'sq').answerUnits).toBeUndefined();
    expect(analyzeQuery('When did the strike end?', 'en').answerUnits).toBeUndefined();
  });

  it('marks capitalised phrases and words with an inner capital as names ("Champions League", "iPhone")', () => {
    const concepts = analyzeQuery('Who won the Champions League with an iPhone ad?', 'en').concepts;
    expect(concepts.filter((c) => c.isName).map((c) => c.source)).toEqual(['Champions League', 'iPhone']);
    expect(analyzeQuery('What did the champions league say?', 'en').concepts.some((c) => c.isName)).toBe(false);
  });

  it('takes no names from the case of a question in capitals or capitalised word by word, but for places the lexicon knows', () => {
    const names = (q: string) => analyzeQuery(q, 'en').concepts.filter((c) => c.isName).map((c) => c.source);
    expect(names('Where will Kim and Putin meet in Russia?')).toEqual(['Kim', 'Putin', 'Russia']);
    expect(names('WHERE WILL KIM AND PUTIN MEET IN RUSSIA?')).toEqual(['RUSSIA']);
    expect(names('Where Will Kim And Putin Meet In Russia?')).toEqual(['Russia']);
    expect(names('Did Putin Visit Pyongyang?')).toEqual(['Pyongyang']);
    // "UN" is no organisation next to a word the lexicon cannot translate.
    expect(names('WHO IS KIM JONG UN?')).toEqual([]);
    expect(analyzeQuery('HOW MANY PEOPLE LIVE IN ALBANIA?', 'en').answerType?.source).toBe('quantity');
    expect(analyzeQuery('Sa Banorë Ka Shqipëria?', 'sq').answerType?.source).toBe('quantity');
  });

  it('takes the first word of each sentence of a question for a sentence start, not a name', () => {
    const query = analyzeQuery('Kim met Putin. When did they meet?', 'en');
    expect(query.answerType?.source).toBe('time');
    expect(query.concepts.filter((c) => c.isName).map((c) => c.source)).toEqual(['Putin']);
    const twice = analyzeQuery('Where will Kim and Putin meet? Where will Kim and Putin meet?', 'en');
    expect(twice.concepts.filter((c) => c.isName).map((c) => c.source)).toEqual(['Kim', 'Putin', 'Kim', 'Putin']);
  });

  it('still reads names from the case of a sentence that capitalises "I" or an acronym', () => {
    const names = (q: string) => analyzeQuery(q, 'en').concepts.filter((c) => c.isName).map((c) => c.source);
    expect(names('Can I pay Kim with my iPhone?')).toEqual(['Kim', 'iPhone']);
    expect(names('What did the US say about Zelensky?')).toContain('Zelensky');
  });

  it('reads the kind asked by the question word with the next ("How many") before a later one ("last year", "get")', () => {
    expect(analyzeQuery('How many nurses left the hospital last year?', 'en').answerType?.source).toBe('quantity');
    expect(analyzeQuery('How many hours a day do residents get water?', 'en').answerType?.source).toBe('quantity');
    expect(analyzeQuery('How will the minister get to Vlora?', 'en').answerType?.source).toBe('means');
    expect(analyzeQuery('Si do të udhëtojë ministri për në Vlorë?', 'sq').answerType?.source).toBe('means');
    expect(analyzeQuery('What was the price of olive oil last year?', 'en').answerType?.source).toBe('time');
  });

  it('reads an English question word in an Albanian question only as written: "data" asks a time, "datuan" is no "date", "Times" no "time", "kosit" no "cost"', () => {
    expect(analyzeQuery('Cila është data e provimit?', 'sq').answerType?.source).toBe('time');
    expect(analyzeQuery('Si e datuan arkeologët vilën?', 'sq').answerType).toBeUndefined();
    expect(analyzeQuery('Çfarë raportoi New York Times?', 'sq').answerType).toBeUndefined();
    expect(analyzeQuery('Si gatuhet tava e kosit?', 'sq').answerType).toBeUndefined();
    expect(analyzeQuery('Kur u zbulua mozaiku?', 'sq').answerType?.source).toBe('time');
    expect(analyzeQuery('When was the villa dated?', 'en').answerType?.source).toBe('time');
  });

  it('reads no question word into a name: "the New York Times" asks for no time', () => {
    const query = analyzeQuery('What did the New York Times report?', 'en');
    expect(query.answerType).toBeUndefined();
    expect(query.concepts.filter((c) => c.isName).map((c) => c.source)).toEqual(['New York', 'Times']);
    expect(analyzeQuery('What time did the New York ferry leave?', 'en').answerType?.source).toBe('time');
  });

  it('tells a question that asks two things at once by a conjunction before a question word', () => {
    expect(analyzeQuery('Kur hapet muzeu dhe sa kushton?', 'sq').asksSeveral).toBe(true);
    expect(analyzeQuery('When did the works start, and who pays?', 'en').asksSeveral).toBe(true);
    expect(analyzeQuery('Sa kushton bileta dhe karta?', 'sq').asksSeveral).toBeUndefined();
    expect(analyzeQuery('Who are Kim and Putin?', 'en').asksSeveral).toBeUndefined();
  });

  it('marks capitalised mid-sentence words as names', () => {
    const concepts = analyzeQuery('What did Xi Jinping say?', 'en').concepts;
    expect(concepts.filter((c) => c.isName).map((c) => c.source).join(' ')).toBe('Xi Jinping');
  });
});
