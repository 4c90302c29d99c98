/**
 * English questions reach the words Albanian news articles use (data/lexicon/en-sq.tsv, checked from the
 * articles' side with scripts/lexicon-coverage.mjs), on small articles of their own (none is in an eval
 * set), next to the seed article. Each question is answered from the passage that says it in the plain
 * Albanian word, which only the entry reaches; the other passage holds what the English word would
 * otherwise be taken for.
 */
import { describe, expect, it } from 'vitest';
import { analyzeQuery, indexKey } from '../../src/retrieval/query.js';
import { expectRetrievedFrom, useContextOver } from '../helpers/core.js';

const TOWN_HALL = '2025-12-zyrat-lezhes';
const PORT = '2025-12-terminali-durresit';
const LAKE = '2025-12-liqeni-butrintit';
const FERRY = '2025-12-trageti-sarandes';
const HIRING = '2025-12-punesimet-elbasan';
const AIRPORT = '2025-12-aeroporti-rinasit';

const suite = useContextOver({
  files: {
    [`${TOWN_HALL}.txt`]: [
      'date 2025-12',
      'Zyrat e bashkisë së Lezhës u zhvendosën në godinën e re në mars.',
      'Oficerët e policisë së Lezhës u zhvendosën në godinën e re në prill.',
    ].join('\n\n'),
    [`${PORT}.txt`]: [
      'date 2025-12',
      'Terminali i ri i pasagjerëve në portin e Durrësit hapet në qershor.',
      'Punimet në portin e Durrësit përfundojnë në tetor.',
    ].join('\n\n'),
    [`${LAKE}.txt`]: [
      'date 2025-12',
      'Në liqenin e Butrintit, në korrik u kapën rreth 300 peshq.',
      'Në liqenin e Butrintit, në korrik ngordhën rreth 300 peshq.',
    ].join('\n\n'),
    [`${HIRING}.txt`]: [
      'date 2025-12',
      'Djali i kryetarit u punësua në bashkinë e Elbasanit në vitin 2023.',
      'Nipi i kryetarit u punësua në bashkinë e Elbasanit në vitin 2024.',
    ].join('\n\n'),
    [`${AIRPORT}.txt`]: [
      'date 2025-12',
      'Në aeroportin e Rinasit, pasagjerët prisnin autobusin për dy orë.',
      'Në aeroportin e Rinasit, pasagjerët prisnin valixhet për dy orë.',
    ].join('\n\n'),
    [`${FERRY}.txt`]: [
      'date 2025-12',
      'Trageti niset nga porti i Sarandës në orën 9.',
      'Trageti ankorohet në portin e Sarandës në orën 18.',
    ].join('\n\n'),
  },
});

/** Asserts that each question is answered (not refused) from the passage `article¶n` given with it. */
async function expectAnsweredFrom(cases: readonly (readonly [question: string, passage: string])[]): Promise<void> {
  await expectRetrievedFrom(suite.ctx, cases);
}

/** The keys the concept of an English question's word searches for. */
function keysOf(question: string, word: string): readonly string[] {
  return analyzeQuery(question, 'en').concepts.find((c) => c.source === word)?.keys ?? [];
}

describe('an English word reaches the Albanian word news articles write for it', () => {
  it('an adjective in -shëm is also searched in its feminine and plural -shme, which the stemmer keys apart', () => {
    expect(indexKey('përkohshme')).not.toBe(indexKey('përkohshëm'));
    expect(keysOf('Is the closure temporary?', 'temporary')).toContain(indexKey('përkohshme'));
    expect(keysOf('Is the weather ordinary?', 'ordinary')).toContain(indexKey('zakonshme'));
  });

  it('a word whose stem is another key\'s is a key of its own: an "office" is no "officer", a "terminal" nothing "terminated"', async () => {
    await expectAnsweredFrom([
      ['When did the Lezhë town hall offices move to the new building?', `${TOWN_HALL}¶1`],
      ['When did the Lezhë police officers move to the new building?', `${TOWN_HALL}¶2`],
      ['When does the new passenger terminal at the port of Durrës open?', `${PORT}¶1`],
    ]);
  });

  it('an inflected form of a key is read as that key, not also as another key its stem shares: "customers" are no customs, "minors" no minority', () => {
    expect(keysOf('Did customers complain?', 'customers')).toContain(indexKey('klientët'));
    expect(keysOf('Did customers complain?', 'customers')).not.toContain(indexKey('doganë'));
    expect(keysOf('Were minors hurt?', 'minors')).not.toContain(indexKey('pakicë'));
  });

  it('nature, farming and the sea: animals that die "ngordhin", a ship is moored ("ankorohet")', async () => {
    await expectAnsweredFrom([
      ['How many fish died in Lake Butrint in July?', `${LAKE}¶2`],
      ['When is the ferry moored at the port of Sarandë?', `${FERRY}¶2`],
    ]);
  });

  it('people, work and services: a "nephew" is a "nip", "luggage" the "valixhet", "relatives" "të afërmit"', async () => {
    expect(keysOf("Was the mayor's nephew hired?", 'nephew')).toContain(indexKey('nipi'));
    expect(keysOf('Where is the luggage?', 'luggage')).toContain(indexKey('valixhet'));
    expect(keysOf('Did relatives of the victim protest?', 'relatives')).toContain(indexKey('afërmit'));
    await expectAnsweredFrom([
      ["When was the mayor's nephew hired by the Elbasan town hall?", `${HIRING}¶2`],
      ['How long did passengers wait for their luggage at Rinas airport?', `${AIRPORT}¶2`],
    ]);
  });

  it('a noun or verb whose lexicon value carries its article ("të ardhura", "të shtënat") also searches the bare word: a one-word key drops its phrases', () => {
    expect(keysOf('How much revenue did the port make?', 'revenue')).toContain(indexKey('ardhurat'));
    expect(keysOf('Where did the shooting happen?', 'shooting')).toContain(indexKey('shtënat'));
    expect(keysOf('How many patients were admitted?', 'patients')).toContain(indexKey('sëmurë'));
  });

  it('words news articles use for common question words: permits that "expired" have "skaduar", shares that "make up" a total "përbëjnë" it', () => {
    expect(keysOf('When did the permits expire?', 'expire')).toContain(indexKey('skaduar'));
    expect(keysOf('What share of exports do olives make up?', 'make up')).toContain(indexKey('përbëjnë'));
    expect(keysOf('Did the budget show a surplus?', 'surplus')).toContain(indexKey('suficit'));
  });

  it('a second English word for an article word one key alone reached: a "direction" is a "drejtim", a "cubic" tank is "kub"', () => {
    expect(keysOf('In which direction is the wind blowing?', 'direction')).toContain(indexKey('drejtimin'));
    expect(keysOf('How big is the cubic tank?', 'cubic')).toContain(indexKey('kub'));
    expect(keysOf('What is on the seafront?', 'seafront')).toContain(indexKey('shëtitoren'));
  });

  it('an English word word analysis read as another word is a key of its own: a "reward" is no "ward", a "basement" no "base"', () => {
    expect(keysOf('Was a reward offered?', 'reward')).toContain(indexKey('shpërblim'));
    expect(keysOf('Was a reward offered?', 'reward')).not.toContain(indexKey('pavion'));
    expect(keysOf('Did the basement flood?', 'basement')).toContain(indexKey('bodrumi'));
  });
});
