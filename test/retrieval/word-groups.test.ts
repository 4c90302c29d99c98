import { describe, expect, it } from 'vitest';
import { indexKey, keyOfTerm } from '../../src/retrieval/query.js';
import { PrefixedWordGroups, WordGroups, albanianForms } from '../../src/retrieval/word-groups.js';
import { topPassage, useContextOver } from '../helpers/core.js';

const keysOf = (words: string[]) => words.map((w) => indexKey(w));

describe('WordGroups', () => {
  it('relates every form of a group to the others, by index key', () => {
    const groups = new WordGroups([['dorë', 'duar']]);
    expect(groups.relatedWords('dorën')).toEqual(['dorë', 'duar']);
    expect(groups.relatedWords('duar')).toEqual(['dorë']);
    expect(groups.relatedWords('këmbë')).toEqual([]);
  });
});

describe('PrefixedWordGroups (large generated groups, looked up by opening letters)', () => {
  const groups = new PrefixedWordGroups([
    '# a comment line',
    '',
    'socialistja | socialiste',
    'cisternë | cisternat',
    'hap | hapur',
  ]);

  it('finds the group of a word whose forms share five letters or more', () => {
    expect(groups.relatedWords('socialiste')).toEqual(['socialistja']);
    expect(groups.relatedWords('cisternat')).toEqual(['cisternë']);
  });

  it('finds the group of a short word, whose forms share only three letters', () => {
    expect(groups.relatedWords('hapur')).toEqual(['hap']);
  });

  it('folds the word before looking (typed without ë)', () => {
    expect(groups.relatedWords('cisterne')).toContain('cisternat');
  });

  it('relates nothing to a word in no group, and skips comments', () => {
    expect(groups.relatedWords('shtëpi')).toEqual([]);
    expect(groups.relatedWords('comment')).toEqual([]);
  });
});

describe('albanianForms: paradigms from the hunspell dictionary the stemmer splits', () => {
  it.each([
    ['cisternë', 'cisternat', 'a noun in -ë and its definite plural'],
    ['anekdotë', 'anekdotat', 'a noun in -ë and its definite plural'],
    ['autokolonë', 'autokolonat', 'a noun in -ë and its definite plural'],
    ['socialistja', 'socialiste', 'a feminine noun in -iste, definite and indefinite'],
    ['profesionistja', 'profesioniste', 'a feminine noun in -iste, definite and indefinite'],
  ])('relates "%s" to "%s" (%s)', (word, other) => {
    expect(indexKey(word)).not.toBe(indexKey(other));
    expect(keysOf(albanianForms().relatedWords(word))).toContain(indexKey(other));
    expect(keysOf(albanianForms().relatedWords(other))).toContain(indexKey(word));
  });

  it.each([
    ['qendrën', 'qëndrim', 'centre is not stance, though both fold to "qendr"'],
    ['ligjit', 'ligur', 'law is not the adjective "lig", though "gj" folds to "g"'],
  ])('never links homographs of different words ("%s" is not "%s": %s)', (word, other) => {
    expect(keysOf(albanianForms().relatedWords(word))).not.toContain(indexKey(other));
  });

  it('still relates the hand-written irregular forms (sq-forms.tsv)', () => {
    expect(albanianForms().relatedWords('erdhën')).toContain('vij');
  });
});

describe('a question finds an article that writes its word in another form of the paradigm', () => {
  const suite = useContextOver({
    seed: false,
    files: {
      '2025-07-uji-beratit.txt': [
        'date 2025-07',
        'Bashkia e Beratit nisi sot shpërndarjen e ujit të pijshëm në lagjet malore të qytetit.',
        'Dhjetë cisternat e bashkisë furnizojnë çdo ditë rreth katërqind familje.',
        'Banorët ankohen se uji i rrjetit mungon prej dy javësh.',
      ].join('\n\n'),
    },
  });

  it('matches "cisternë" to the article\'s "cisternat" as the same word and answers from that paragraph', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Sa familje furnizon një cisternë?');
    expect(retrieval.found).toBe(true);
    expect(retrieval.passages[0]!.paragraph.number).toBe(2);
    expect(retrieval.query.concepts.find((c) => c.source === 'cisternë')?.keys).toContain(indexKey('cisternat'));
  });
});

describe('a question finds the paragraph that names the same person or thing with a synonym (sq-synonyms.tsv)', () => {
  // ¶1 repeats the question's mother and "djali", ¶3 its "janë mashtruar në qarkun e Korçës"; only
  // ¶2 says where the son works, as "i biri", and only ¶4 how many pensioners, as "të moshuar".
  const SCAM = '2025-05-mashtrim-me-telefon-korce';
  const suite = useContextOver({
    seed: false,
    files: {
      [`${SCAM}.txt`]: [
        'date 2025-05',
        'Drita, 74 vjeç, nga Korça, mori në telefon një burrë që i tha se djali i saj kishte shkaktuar një aksident. Drita i dha burrit 300 mijë lekë për djalin.',
        'I biri i saj, Arben, punon si shofer në portin e Durrësit dhe e mori vesh mashtrimin vetëm në mbrëmje.',
        'Policia e Korçës tha se në qarkun e Korçës janë mashtruar me telefon edhe disa dyqane, dhe se mashtruesit telefononin gjithmonë në numrin fiks.',
        'Sipas policisë, këtë vit në qark janë mashtruar 18 të moshuar, shumica gra që jetojnë vetëm.',
        'Drita thotë se tani nuk e hap më telefonin kur nuk e njeh numrin.',
      ].join('\n\n'),
    },
  });

  it.each([
    ['Ku punon djali i Dritës?', 2, 'djali', 'biri'],
    ['Sa pensionistë janë mashtruar në qarkun e Korçës?', 4, 'pensionistë', 'moshuar'],
  ])('"%s" ranks ¶%i first: "%s" finds "%s"', async (question, right, word, synonym) => {
    const retrieval = await suite.ctx.retriever.retrieve(question);
    const concept = retrieval.query.concepts.find((c) => c.source === word);
    expect([...(concept?.keys ?? []), ...(concept?.related ?? [])].some((key) => keyOfTerm(key) === indexKey(synonym))).toBe(true);
    expect(topPassage(retrieval)).toBe(`${SCAM}¶${right}`);
  });
});

describe('a synonym group word finds the forms the stemmer cuts shorter than it', () => {
  // "raketat" (sq-synonyms.tsv, with "predhë") is keyed "raket", but the article's "raketave" is
  // keyed "rak": only ¶2 speaks of the shells; ¶1 and ¶3 repeat the question's other words.
  const suite = useContextOver({
    seed: false,
    files: {
      '2025-03-armet.txt': [
        'date 2025-03',
        'Moska kërkon nga Minsku më shumë drithëra këtë vit.',
        'Moska kërkon nga Minsku rritjen e prodhimit të raketave për frontin.',
        'Minsku kërkon nga Moska karburant dhe teknologji.',
      ].join('\n\n'),
    },
  });

  it('"Pse kërkon Moska predha nga Minsku?" ranks ¶2 first ("predha" finds "raketave")', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Pse kërkon Moska predha nga Minsku?');
    expect(retrieval.found).toBe(true);
    expect(retrieval.passages[0]!.paragraph.number).toBe(2);
  });
});
