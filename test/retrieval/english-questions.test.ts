/**
 * English questions the engine once refused or misread, by category of English wording, each on
 * small articles of their own (none is in an eval set), next to the seed article: the question is
 * answered from the passage that says it, and a question the articles do not answer is still refused.
 */
import { describe, expect, it } from 'vitest';
import { analyzeQuery, indexKey } from '../../src/retrieval/query.js';
import { expectFaithful, topPassage as top, useContextOver } from '../helpers/core.js';

const DRILL = '2025-05-stervitja-shkolla-lushnje';
const BRIDGE = '2025-06-ura-e-re-seman';
const HONEY = '2025-07-mjalti-tropoje';

const suite = useContextOver({
  files: {
    [`${DRILL}.txt`]: [
      'date 2025-05',
      'Shkolla “Naim Frashëri” në Lushnjë zhvilloi një stërvitje kundër zjarrit. Kur ra alarmi, nxënësit dolën me radhë në oborrin e shkollës, larg ndërtesës.',
      'Drejtoresha e shkollës tha se stërvitja do të përsëritet, por nuk tha se kur.',
    ].join('\n\n'),
    [`${BRIDGE}.txt`]: [
      'date 2025-06',
      'Ura e re mbi lumin Seman u hap për makinat e vogla. Kamionët e rëndë nuk lejohen ta kalojnë urën deri në fund të provave të ngarkesës.',
      'Spitali rajonal i Fierit hapi një urgjencë të re pediatrike, e cila punon gjatë gjithë natës me dy mjekë.',
      'Drejtori i spitalit tha se urgjenca ka marrë edhe 40 termometra dixhitalë nga një shoqatë e prindërve.',
      'Porti i Vlorës pret anije me tonazh deri në 30 mijë tonë, ndërsa ura mbi Seman mban vetëm makina deri në 3,5 tonë.',
    ].join('\n\n'),
    [`${HONEY}.txt`]: [
      'date 2025-07',
      'Bashkia e Tropojës premtoi se do të trajtojë problemin e rrugës për në fshatrat e bletarëve para dimrit.',
      'Kooperativa e bletarëve nënshkroi një marrëveshje me një kompani gjermane, e cila do të blejë dy tonë mjaltë gështenje në vit.',
    ].join('\n\n'),
  },
});

async function retrieve(question: string) {
  return suite.ctx.retriever.retrieve(question);
}

describe('a question word inside the question, after the one that opens it', () => {
  it('starts a clause and asks no kind of answer ("What did the pupils do when the alarm rang?" asks no time)', async () => {
    const retrieval = await retrieve('What did the pupils do when the alarm rang?');
    expect(retrieval.query.answerEvidence).toBeUndefined();
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${DRILL}¶1`);
    const answer = await suite.ctx.answerer.ask('What did the pupils do when the alarm rang?');
    expect(answer.found).toBe(true);
    expectFaithful(answer, suite.ctx.articles);
  });

  it('still asks a time when it opens the question, so an article that gives none does not answer ("When will the drill be repeated?")', async () => {
    const retrieval = await retrieve('When will the drill be repeated?');
    expect(retrieval.refusal).toBe('missing-answer-kind');
  });

  it('still asks when a conjunction joins a second question ("What did the pupils do, and when will the drill be repeated?"), in that part', async () => {
    const retrieval = await retrieve('What did the pupils do, and when will the drill be repeated?');
    const [did, when] = retrieval.parts ?? [];
    expect(did?.retrieval.query.answerEvidence).toBeUndefined();
    expect(when?.retrieval.query.answerEvidence?.source).toBe('time');
    expect(when?.retrieval.refusal).toBe('missing-answer-kind');
  });
});

describe('an English abbreviation that is a common noun, not a name', () => {
  it('is searched for what it stands for ("the ER" → "emergency room" → "urgjencë")', async () => {
    const retrieval = await retrieve('Is the children\'s ER in Fier open at night?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${BRIDGE}¶2`);
    expect(retrieval.query.concepts.find((c) => c.source === 'ER')?.isName).toBe(false);
  });

  it('counts things when plural, so its absence proves nothing ("Can HGVs cross the new bridge?")', async () => {
    const retrieval = await retrieve('Can HGVs cross the new bridge over the Seman?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${BRIDGE}¶1`);
    const answer = await suite.ctx.answerer.ask('Can HGVs cross the new bridge over the Seman?');
    expect(answer.found).toBe(true);
    expectFaithful(answer, suite.ctx.articles);
  });

  it('is no part of the name beside it ("the Roskovec ER": Roskovec is the name)', () => {
    const concepts = analyzeQuery('Is the Roskovec ER open at night?', 'en').concepts;
    expect(concepts.find((c) => c.source === 'Roskovec')?.isName).toBe(true);
    expect(concepts.find((c) => c.source === 'ER')?.isName).toBe(false);
  });

  it('still refuses an abbreviation of a name that no article mentions ("FBI", an organisation; "ARRSH", unknown to WordNet)', async () => {
    expect((await retrieve('Did the FBI inspect the new bridge over the Seman?')).refusal).toBe('missing-name');
    expect((await retrieve('Did the ARRSH inspect the new bridge over the Seman?')).refusal).toBe('missing-name');
  });
});

describe('a phrase of the lexicon', () => {
  const sources = (question: string) => analyzeQuery(question, 'en').concepts.map((c) => c.source);

  it('is none when it is a verb phrase standing in a noun phrase: after an article, or in an object ("a deal with", "admitted an arms deal with")', () => {
    expect(sources('Has the cooperative signed a deal with a German company?')).toContain('deal');
    expect(sources('Has the cooperative signed a deal with a German company?')).not.toContain('deal with');
    expect(sources('Has the town admitted an arms deal with Moscow?')).not.toContain('deal with');
  });

  it('is still one when the verb phrase follows a subject ("Did the mayor step down?", "How will the town deal with the road?")', () => {
    expect(sources('Did the mayor step down?')).toContain('step down');
    expect(sources('How will the town deal with the road?')).toContain('deal with');
  });

  it('searches for its translations, not for its own letters stemmed as Albanian ("cut off" is not "kut-" of "kutitë", the boxes)', () => {
    const cutOff = analyzeQuery('Which villages were cut off by the snow?', 'en').concepts.find((c) => c.source === 'cut off')!;
    expect(cutOff.keys).toContain(indexKey('shkëputur'));
    expect(cutOff.keys).not.toContain(indexKey('kutitë'));
  });

  it('ranks the passage about the deal first, not the one about dealing with something', async () => {
    const retrieval = await retrieve('Has the beekeepers\' cooperative signed a deal with a German company?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${HONEY}¶2`);
  });
});

describe('an English word the lexicon lacks, spelled as Albanian writes loanwords', () => {
  it('finds the articles\' form of it ("thermometers" → "termometra", "tonnage" → "tonazh")', async () => {
    const thermometers = await retrieve('Who gave the ER the digital thermometers?');
    expect(thermometers.refusal).toBeUndefined();
    expect(top(thermometers)).toBe(`${BRIDGE}¶3`);
    const tonnage = await retrieve('What tonnage can the port of Vlora take?');
    expect(tonnage.refusal).toBeUndefined();
    expect(top(tonnage)).toBe(`${BRIDGE}¶4`);
  });

  it('searches the key of the articles\' word, and stays a word whose absence proves nothing, not a name', async () => {
    const thermometers = (await retrieve('Who gave the ER the digital thermometers?')).query.concepts.find((c) => c.source === 'thermometers');
    expect(thermometers).toMatchObject({ isName: false, untranslated: true });
    expect(thermometers!.keys).toContain(indexKey('termometra'));
    const tonnage = (await retrieve('What tonnage can the port of Vlora take?')).query.concepts.find((c) => c.source === 'tonnage');
    expect(tonnage!.keys).toContain(indexKey('tonazh'));
  });
});

describe('the words that ask the kind of answer', () => {
  it('asks with its verb and the verb is still searched ("How will the pupils travel…?" is about travelling), but a noun that asks is not ("What is her job?")', () => {
    const travel = analyzeQuery('How will the pupils travel to Lushnjë?', 'en');
    expect(travel.answerType?.source).toBe('means');
    expect(travel.concepts.map((c) => c.source)).toContain('travel');
    const job = analyzeQuery('What is the headmistress\'s job?', 'en');
    expect(job.answerType?.source).toBe('role');
    expect(job.concepts.map((c) => c.source)).not.toContain('job');
  });
});
