/**
 * English questions whose words the lexicon lacks but builds from words it has (compounds,
 * derivations, British spellings), on an article of their own next to the seed: none of these
 * questions or articles is in an eval set.
 */
import { describe, expect, it } from 'vitest';
import { analyzeQuery, indexKeys } from '../../src/retrieval/query.js';
import { readEnglishAlbanianLexicon } from '../../src/text/word-lists.js';
import { useContextOver } from '../helpers/core.js';

const STORM = '2025-03-stuhia-lushnje';

const suite = useContextOver({
  files: {
    [`${STORM}.txt`]: [
      'date 2025-03',
      'Stuhia e së hënës solli shira të dendur në fushën e Lushnjës. Uji i shiut përmbyti rreth 800 hektarë me grurë në fshatrat Karbunarë dhe Bubullimë.',
      'Era e fortë rrëzoi pemë dhe shkuli çatitë e dy shkollave në Fier-Shegan. Mësimi u pezullua për tri ditë.',
      'Rrugët e fshatit Plug u mbuluan me baltë dhe autobusët nuk kaluan dot deri të mërkurën.',
      'Punëtorët e bashkisë që pastruan kanalet thanë se nuk janë paguar prej dy muajsh. Kryetari i bashkisë premtoi se pagat do të dalin javën e ardhshme.',
      'Në spitalin e qytetit, pavioni i pediatrisë priti 14 fëmijë me ftohje pas stuhisë.',
    ].join('\n\n'),
  },
});

describe('English words the lexicon lacks, found through words it has', () => {
  it.each([
    ['What did the rainwater damage?', 1, 'a compound of two keys (rain + water)'],
    ['What did the windy weather knock down?', 2, 'a derivation (windy → wind)'],
    ['What got muddy?', 3, 'a derivation (muddy → mud)'],
    ['Who says they are unpaid?', 4, 'a prefix (unpaid → paid)'],
    ['How many children did the paediatric ward take in?', 5, 'a British spelling (paediatric → pediatric)'],
  ])('answers "%s" from ¶%i: %s', async (question, paragraph) => {
    const retrieval = await suite.ctx.retriever.retrieve(question);
    expect(retrieval.refusal).toBeUndefined();
    const top = retrieval.passages[0]!;
    expect(`${top.article.id}¶${top.paragraph.number}`).toBe(`${STORM}¶${paragraph}`);
  });

  it('still refuses a question whose other words no article has ("beaches")', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Did the rainwater reach the beaches?');
    expect(retrieval.found).toBe(false);
  });
});

describe('how an analysed English word searches', () => {
  const concept = (question: string, source: string) => analyzeQuery(question, 'en').concepts.find((c) => c.source === source)!;
  /** The keys of an entry's one-word translations, which a word of the question searches for. */
  const keysOf = (english: string) => readEnglishAlbanianLexicon().get(english)!.forms.filter((form) => !form.includes(' ')).flatMap((form) => indexKeys(form));

  it("searches a compound's two parts as one concept, a guess whose absence proves nothing", () => {
    const rainwater = concept('Where did the rainwater go?', 'rainwater');
    expect(analyzeQuery('Where did the rainwater go?', 'en').concepts.filter((c) => c.source === 'rainwater')).toHaveLength(1);
    expect(rainwater.keys).toEqual(expect.arrayContaining([...keysOf('rain'), ...keysOf('water')]));
    expect(rainwater.untranslated).toBe(true);
    expect(rainwater.kind).toBe('noun');
  });

  it("gives a derived word its base's translations and the kind of word its suffix makes", () => {
    const windy = concept('Was it windy?', 'windy');
    expect(windy.keys).toEqual(expect.arrayContaining(keysOf('wind')));
    expect(windy.kind).toBe('adjective');
  });

  it('leaves a word that is a key as the lexicon has it ("sunny" is not "sun")', () => {
    const sunny = concept('Was it sunny?', 'sunny');
    expect(new Set(sunny.keys)).toEqual(new Set(keysOf('sunny')));
    expect(sunny.untranslated).toBeUndefined();
  });

  it('searches no contraction as a word of its own ("didn’t", "I\'m", "weren\'t")', () => {
    expect(analyzeQuery('Why didn’t the buses run?', 'en').concepts.map((c) => c.source)).toEqual(['buses', 'run']);
    expect(analyzeQuery("I'm asking why the schools weren't open", 'en').concepts.map((c) => c.source)).toEqual(['asking', 'schools', 'open']);
  });

  it('leaves a name a name, though its parts are keys ("Blackpool" is no black pool)', () => {
    const blackpool = concept('Did the storm reach Blackpool?', 'Blackpool');
    expect(blackpool.isName).toBe(true);
    expect(blackpool.keys).toEqual(indexKeys('Blackpool'));
  });

  it('matches the articles\' words in another spelling of a word it cannot translate ("oenologist" and "enologe")', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Who is the oenologist?');
    const oenologist = retrieval.query.concepts.find((c) => c.source === 'oenologist')!;
    expect(oenologist.forms).toContain('enologist');
  });
});
