/**
 * English questions in everyday words — phrasal verbs, informal and British nouns, idioms of news
 * talk — on small articles of their own (none is in an eval set), next to the seed article: each is
 * answered from the passage that says it in plain Albanian, which only the lexicon's reading of the
 * everyday English reaches ("walk out" is going on strike, "lorries" are "kamionët", "on hold" is
 * "pezulluar").
 */
import { describe, expect, it } from 'vitest';
import { analyzeQuery, indexKey } from '../../src/retrieval/query.js';
import { expectFaithful, topPassage as top, useContextOver } from '../helpers/core.js';

const SCHOOLS = '2025-09-shkollat-elbasan';
const BORDER = '2025-10-kufiri-kakavije';
const BRIDGE = '2025-11-ura-vjose';

const suite = useContextOver({
  files: {
    [`${SCHOOLS}.txt`]: [
      'date 2025-09',
      'Mësuesit e Elbasanit u takuan me ministrin.',
      'Të hënën mësuesit e Elbasanit hynë në grevë dhe shumë shkolla të qytetit mbetën të mbyllura gjatë gjithë ditës.',
      'Koncerti i festës në sheshin e Elbasanit do të mbahet në mbrëmje, njoftoi bashkia.',
      'Për shkak të erës së fortë, bashkia anuloi koncertin e festës në sheshin e Elbasanit.',
    ].join('\n\n'),
    [`${BORDER}.txt`]: [
      'date 2025-10',
      'Makinat e pasagjerëve presin në Kakavijë rreth 20 minuta.',
      'Në pikën kufitare të Kakavijës, kamionët presin deri në gjashtë orë për kontrollin doganor.',
    ].join('\n\n'),
    [`${BRIDGE}.txt`]: [
      'date 2025-11',
      'Ura e re mbi Vjosë do të ketë dy korsi dhe një trotuar për këmbësorët.',
      'Ndërtimi i urës së re mbi Vjosë është pezulluar, pasi kontraktori nuk ka marrë pagesat.',
    ].join('\n\n'),
  },
});

async function retrieve(question: string) {
  return suite.ctx.retriever.retrieve(question);
}

describe('a phrasal verb of news English', () => {
  it('is read as the verb and its particle together, whatever form the verb takes ("walked out" is "walk out": going on strike)', async () => {
    for (const question of ['Did the teachers in Elbasan walk out?', 'Which day did the Elbasan teachers walk out?', 'Have the Elbasan teachers walked out?']) {
      const retrieval = await retrieve(question);
      expect(retrieval.refusal, question).toBeUndefined();
      expect(top(retrieval), question).toBe(`${SCHOOLS}¶2`);
    }
    const answer = await suite.ctx.answerer.ask('Did the teachers in Elbasan walk out?');
    expect(answer.found).toBe(true);
    expectFaithful(answer, suite.ctx.articles);
  });

  it('is read with the verb\'s object between its words ("call the concert off" is "call off": cancel)', async () => {
    const concepts = analyzeQuery('Did the town hall call the concert off?', 'en').concepts;
    const callOff = concepts.find((c) => c.source === 'call … off');
    expect(callOff?.keys).toContain(indexKey('anuloi'));
    expect(concepts.map((c) => c.source)).toContain('concert');
    const retrieval = await retrieve('Did the town hall call the concert off?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${SCHOOLS}¶4`);
  });

  it('is no phrasal verb where its particle is a preposition of what follows ("carry passengers on day one")', () => {
    const sources = analyzeQuery('How many passengers did the ferry carry on day one?', 'en').concepts.map((c) => c.source);
    expect(sources).toContain('carry');
    expect(sources.some((source) => source.startsWith('carry '))).toBe(false);
  });
});

describe('an everyday or British word of news talk', () => {
  it('finds the plain Albanian word ("lorries" are "kamionët")', async () => {
    const retrieval = await retrieve('How long do lorries wait at Kakavije?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${BORDER}¶2`);
  });
});

describe('an idiom of news talk', () => {
  it('finds the one Albanian word it means ("on hold" is "pezulluar")', async () => {
    const retrieval = await retrieve('Is the new bridge over the Vjosa on hold?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${BRIDGE}¶2`);
  });
});
