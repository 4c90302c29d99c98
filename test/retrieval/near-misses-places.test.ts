/**
 * Near misses of place: the article tells the detail asked (a number, a time), but of another place
 * than the one the question asks it in ("në Devoll", "in Devoll"), which it names elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { useContextOver } from '../helpers/core.js';

const APPLES = '2025-10-mollet-korce';

const suite = useContextOver({
  files: {
    [`${APPLES}.txt`]: [
      'date 2025-10',
      'Prodhimi i mollëve në Korçë arriti këtë vit në 90 mijë tonë, njoftoi Drejtoria e Bujqësisë.',
      'Në Pogradec u mbollën 120 hektarë të rinj me mollë. Pemëtarët atje presin çmime më të mira nga tregtarët. Edhe fermerët e Devollit kërkojnë mbështetje nga shteti për magazinat frigoriferike.',
      'Kamionët me mollë udhëtojnë 3 orë deri në portin e Durrësit. Ata nisen çdo mëngjes nga tregu i Korçës. Rruga e tyre kalon edhe nga Maliqi.',
    ].join('\n\n'),
  },
});

describe('a number asked of a place needs that place beside it, unless the article’s lead names the place', () => {
  it.each(['Sa hektarë mollë u mbollën në Devoll?', 'How many hectares of apples were planted in Devoll?'])(
    'refuses "%s": the hectares are Pogradec’s, and Devoll is named two sentences on',
    async (question) => {
      const retrieval = await suite.ctx.retriever.retrieve(question);
      expect(retrieval.refusal).toBe('told-of-other');
      expect(retrieval.passages[0]!.article.id).toBe(APPLES);
    },
  );

  it.each([
    ['Sa hektarë mollë u mbollën në Pogradec?', 2],
    ['How many hectares of apples were planted in Pogradec?', 2],
    ['Sa tonë mollë u prodhuan në Korçë?', 1],
    ['Sa orë udhëtojnë kamionët me mollë për në Maliq?', 3],
  ])('answers "%s": the number stands beside the place, or the lead names it, or the place is where one goes (“për në”)', async (question, paragraph) => {
    const answer = await suite.ctx.answerer.ask(question);
    expect(answer.found).toBe(true);
    expect(answer.citations[0]).toMatchObject({ articleId: APPLES, paragraph });
  });
});
