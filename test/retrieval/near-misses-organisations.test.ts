/**
 * Near misses of "which company": the passage about the work names someone (a minister, a fund), but
 * no company, bank or body of the kind asked.
 */
import { describe, expect, it } from 'vitest';
import { useContextOver } from '../helpers/core.js';

const ROAD = '2025-09-rruga-memaliaj';
const BRIDGE = '2025-08-ura-osum';

const suite = useContextOver({
  files: {
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
  },
});

describe('a question asking which company needs a sentence that calls a name one', () => {
  it.each(['Which company built the new road to Memaliaj?', 'Which firm built the Tepelenë–Memaliaj road?'])(
    'refuses "%s": the passage names a minister and a fund, no company',
    async (question) => {
      const retrieval = await suite.ctx.retriever.retrieve(question);
      expect(retrieval.refusal).toBe('unnamed-organisation');
      expect(retrieval.passages[0]!.article.id).toBe(ROAD);
    },
  );

  it.each(['Which company won the tender for the bridge over the Osum?', 'Cila kompani e fitoi tenderin për urën mbi Osum?'])('answers "%s" from the sentence naming the company', async (question) => {
    const answer = await suite.ctx.answerer.ask(question);
    expect(answer.found).toBe(true);
    expect(answer.citations[0]).toMatchObject({ articleId: BRIDGE, paragraph: 2 });
  });
});
