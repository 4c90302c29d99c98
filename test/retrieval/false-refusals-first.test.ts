/**
 * Answerable questions refused for want of the kind of answer asked, where the passage ranked first
 * gives it but another names a rarer word of the question: each on a small article of its own (none
 * is in an eval set), next to the seed article.
 */
import { describe, expect, it } from 'vitest';
import { topPassage as top, useContextOver } from '../helpers/core.js';

const WATER = '2025-08-uji-ne-kavaje';
const RACE = '2025-04-gara-ne-durres';

const suite = useContextOver({
  files: {
    [`${WATER}.txt`]: [
      'date 2025-08',
      'Ujësjellësi i Kavajës ka vendosur racionimin e ujit për shkak të thatësirës. Në Kavajë uji vjen vetëm nga ora 5:00 deri në 11:00.',
      'Drejtori i ujësjellësit tha se shumë ujë humbet para se të arrijë te rubinetat e qytetarëve, sepse tubacionet janë të vjetra dhe duhen ndërruar me fonde të qeverisë dhe të donatorëve të huaj.',
      'Banorët e Kavajës ankohen se bashkia nuk i njoftoi për racionimin.',
      'Fermerët e Kavajës kërkojnë ujë për vaditje.',
    ].join('\n\n'),
    [`${RACE}.txt`]: [
      'date 2025-04',
      'Gara e vrapimit prej 21 km në Durrës u fitua nga Arben Hoxha me kohën 1:04:37. Fituesi u shpall në shesh.',
      'Tarifa e regjistrimit ishte 10 euro për garën dhe 5 euro për të rinjtë.',
      'Policia mbylli për makinat 3 km të bulevardit dhe 2 km të rrugës së plazhit.',
      'Shumë vrapues erdhën nga Tirana, që është 35 km larg.',
    ].join('\n\n'),
  },
});

describe('the passage ranked first answering the kind asked though another names a rarer word of the question', () => {
  it('answers from it when it names as much of the question and every name the other names ("What time…in Kavajë?": the hours, not the old taps)', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('What time does the tap water come on in Kavaje?');
    expect(top(retrieval)).toBe(`${WATER}¶1`);
    expect(retrieval.refusal).toBeUndefined();
  });

  it('still refuses when the other passage names a name of the question the first does not ("the winning time in the 10 km race": a winner\'s time of a 21 km race, beside the fee of 10 euros)', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('What was the winning time in the 10 km race?');
    expect(top(retrieval)).toBe(`${RACE}¶1`);
    expect(retrieval.refusal).toBe('missing-answer-kind');
  });
});
