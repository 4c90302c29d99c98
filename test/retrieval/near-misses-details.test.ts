/**
 * Near misses of detail: the article tells the kind asked (a number, a name), but of another place
 * than the one the question asks it in, or of someone other than the company it asks for. Each rule
 * is checked on small articles of its own, next to the seed, with questions it still answers.
 */
import { describe, expect, it } from 'vitest';
import type { RefusalReason } from '../../src/retrieval/retriever.js';
import { useContextOver } from '../helpers/core.js';

const APPLES = '2025-10-mollet-korce';
const ROAD = '2025-09-rruga-memaliaj';
const BRIDGE = '2025-08-ura-osum';
const BOATS = '2025-06-peshkimi-butrint';

const suite = useContextOver({
  files: {
    [`${APPLES}.txt`]: [
      'date 2025-10',
      'Prodhimi i mollëve në Korçë arriti këtë vit në 90 mijë tonë, njoftoi Drejtoria e Bujqësisë.',
      'Në Pogradec u mbollën 120 hektarë të rinj me mollë. Pemëtarët atje presin çmime më të mira nga tregtarët. Edhe fermerët e Devollit kërkojnë mbështetje nga shteti për magazinat frigoriferike.',
      'Kamionët me mollë udhëtojnë 3 orë deri në portin e Durrësit. Ata nisen çdo mëngjes nga tregu i Korçës. Rruga e tyre kalon edhe nga Maliqi.',
    ].join('\n\n'),
    [`${ROAD}.txt`]: [
      'date 2025-09',
      'Rruga e re Tepelenë–Memaliaj u përurua të hënën nga ministri i Infrastrukturës, Blendi Gonxhja.',
      'Punimet zgjatën dy vjet dhe u financuan nga Fondi Shqiptar i Zhvillimit, me një kosto prej 20 milionë eurosh.',
    ].join('\n\n'),
    [`${BRIDGE}.txt`]: [
      'date 2025-08',
      'Ura e re mbi lumin Osum në Berat u hap për qarkullim të premten.',
      'Tenderin për urën e fitoi vitin e kaluar kompania Osumi Construction, me seli në Kuçovë.',
    ].join('\n\n'),
    [`${BOATS}.txt`]: [
      'date 2025-06',
      'Sezoni i peshkimit në lagunën e Butrintit nisi të hënën me 40 varka.',
      'Në Ksamil peshkatarët dalin 5 kilometra larg bregut. Ata kthehen në mëngjes me midhje dhe levrekë.',
    ].join('\n\n'),
  },
});

/** Asserts that the question is refused for `reason`, with a passage of `articleId` the closest. */
async function expectRefused(question: string, reason: RefusalReason, articleId: string): Promise<void> {
  const retrieval = await suite.ctx.retriever.retrieve(question);
  expect(retrieval.refusal).toBe(reason);
  expect(retrieval.passages[0]!.article.id).toBe(articleId);
}

/** Asserts that the question is answered, quoting ¶`paragraph` of the article first. */
async function expectAnswered(question: string, articleId: string, paragraph: number): Promise<void> {
  const answer = await suite.ctx.answerer.ask(question);
  expect(answer.found).toBe(true);
  expect(answer.citations[0]).toMatchObject({ articleId, paragraph });
}

describe('a number asked of a place needs that place beside it, unless the article’s lead names the place', () => {
  it.each(['Sa hektarë mollë u mbollën në Devoll?', 'How many hectares of apples were planted in Devoll?'])(
    'refuses "%s": the hectares are Pogradec’s, and Devoll is named two sentences on',
    (question) => expectRefused(question, 'told-of-other', APPLES),
  );

  it.each([
    ['Sa hektarë mollë u mbollën në Pogradec?', 2],
    ['How many hectares of apples were planted in Pogradec?', 2],
    ['Sa tonë mollë u prodhuan në Korçë?', 1],
    ['Sa orë udhëtojnë kamionët me mollë për në Maliq?', 3],
  ])('answers "%s": the number stands beside the place, or the lead names it, or the place is where one goes (“për në”)', (question, paragraph) =>
    expectAnswered(question, APPLES, paragraph),
  );
});

describe('a number asked of a place needs, beside that place, a number that may count what it asks', () => {
  it('refuses "How many fishing boats are there in Ksamil?": beside Ksamil stand kilometres, and the boats are the lagoon’s', () =>
    expectRefused('How many fishing boats are there in Ksamil?', 'told-of-other', BOATS),
  );

  it.each([
    ['How far from the shore do fishermen go in Ksamil?', 2],
    ['Sa kilometra larg bregut dalin peshkatarët në Ksamil?', 2],
    ['How many boats started the season in the Butrint lagoon?', 1],
  ])('answers "%s": the number beside the place is of the kind asked', (question, paragraph) => expectAnswered(question, BOATS, paragraph));
});

describe('a question asking which company needs a sentence that calls a name one', () => {
  it.each(['Which company built the new road to Memaliaj?', 'Which firm built the Tepelenë–Memaliaj road?'])(
    'refuses "%s": the passage names a minister and a fund, no company',
    (question) => expectRefused(question, 'unnamed-organisation', ROAD),
  );

  it.each(['Which company won the tender for the bridge over the Osum?', 'Cila kompani e fitoi tenderin për urën mbi Osum?'])(
    'answers "%s" from the sentence naming the company',
    (question) => expectAnswered(question, BRIDGE, 2),
  );
});
