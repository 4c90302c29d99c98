/**
 * A name in a question matches only its own forms in the articles (the name and its case
 * endings), and an Albanian word with a short index key only the words spelled as it is, not
 * other words that the key also stands for. Checked on small articles of their own, without the
 * seed article (which names Kim Jong Un).
 */
import { describe, expect, it } from 'vitest';
import { keyOfTerm, TERM_SEPARATOR } from '../../src/retrieval/query.js';
import { useContextOver } from '../helpers/core.js';

const RACE = '2025-04-maratona-tiranes';
const LINES = '2025-03-linjat-e-autobusit';
const TRAIN = '2025-05-treni-durres';

const suite = useContextOver({
  seed: false,
  files: {
    [`${RACE}.txt`]: [
      'date 2025-04',
      'Atleti kenian Paul Kimoi fitoi maratonën e Tiranës të dielën, me një kohë prej dy orësh e nëntë minutash.',
      'Gara nisi nga sheshi Skënderbej dhe mori pjesë edhe një grup vrapuesish nga Vlora.',
    ].join('\n\n'),
    [`${LINES}.txt`]: [
      'date 2025-03',
      'Linja e re e autobusit nga Durrësi në Tiranë nis në mars, ndërsa linjat e vjetra mbyllen.',
      'Trajneri i dha Linit çmimin e golit më të bukur, një ditë para se të niste gara e fundit.',
    ].join('\n\n'),
    [`${TRAIN}.txt`]: [
      'date 2025-05',
      'Tre anije mbërritën në portin e Durrësit të hënën, ndërsa raporti i bashkisë citet shpesh nga gazetarët.',
      'Treni i ri do të lidhë stacionin e qytetit të Durrësit me aeroportin e Rinasit.',
    ].join('\n\n'),
  },
});

const wordsOf = (keys: readonly string[]) => keys.map((key) => key.slice(key.indexOf(TERM_SEPARATOR) + 1));

describe('a name matches only its own forms', () => {
  it('refuses a name that no article mentions, though a word of the articles shares its key ("Kim" is not "Kimoi")', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Çfarë fitoi Kim në Tiranë?');
    expect(retrieval.found).toBe(false);
    expect(retrieval.missingNames).toEqual(['Kim']);
  });

  it('still finds the longer name that shares those letters, and a name asked in its base form but written inflected', async () => {
    const kimoi = await suite.ctx.retriever.retrieve('Çfarë fitoi Kimoi në Tiranë?');
    expect(kimoi.found).toBe(true);
    expect(`${kimoi.passages[0]!.article.id}¶${kimoi.passages[0]!.paragraph.number}`).toBe(`${RACE}¶1`);
    const vlore = await suite.ctx.retriever.retrieve('Sa vrapues erdhën nga Vlorë në maratonë?');
    expect(vlore.missingNames).toEqual([]);
    expect(vlore.query.concepts.find((c) => c.source === 'Vlorë')!.nameParts![0]!.map(keyOfTerm).length).toBeGreaterThan(0);
  });

  it('searches the forms of a short name ("Lin": "Linit") and not the words its key joins ("linja", "linjat")', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Çfarë çmimi i dha trajneri Lin para se të nis gara?');
    const name = retrieval.query.concepts.find((c) => c.source === 'Lin')!;
    expect(wordsOf(name.keys)).toEqual(['linit']);
    expect(wordsOf(name.nameParts!.flat())).toEqual(['linit']);
    expect(`${retrieval.passages[0]!.article.id}¶${retrieval.passages[0]!.paragraph.number}`).toBe(`${LINES}¶2`);
  });
});

describe('an Albanian word with a short key matches only the words spelled as it is', () => {
  it('finds "treni" (the train) and not "tre" (three), though both are "tre"', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Ku do të shkojë treni nga Durrësi?');
    const train = retrieval.query.concepts.find((c) => c.source === 'treni')!;
    expect(wordsOf(train.keys)).toEqual(['treni']);
    expect(`${retrieval.passages[0]!.article.id}¶${retrieval.passages[0]!.paragraph.number}`).toBe(`${TRAIN}¶2`);
  });

  it('finds "qytetit" for "qytet" (city), not "citet" (cites), though cognate folding makes both "kit"', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Cili qytet ka port?');
    expect(wordsOf(retrieval.query.concepts.find((c) => c.source === 'qytet')!.keys)).toEqual(['qytetit']);
  });
});
