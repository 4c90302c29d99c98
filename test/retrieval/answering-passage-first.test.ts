/**
 * Which of the two best passages comes first (test/fixtures/ranking-articles-answer: a bridge whose
 * workers are talked about in one paragraph and counted in the next; schools open in Fier and
 * closed by snow in Dibër), next to the seed article; none of these questions or articles is in an eval set.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, topPassages, useContextOver } from '../helpers/core.js';

const BRIDGE = '2025-11-ura-e-re-mbi-drin';
const SNOW = '2025-12-bora-fshatrat-diber';
const MEASLES = '2025-12-fruthi-shkollat-fier';

const suite = useContextOver({ folders: [join(REPO_ROOT, 'test', 'fixtures', 'ranking-articles-answer')] });

describe('a passage giving the kind of answer asked', () => {
  it.each(['Sa punëtorë punuan në urë?', 'Sa punëtorë kishte ura?', 'How many workers built the bridge?', 'How many workers did the bridge have?'])(
    'comes before one naming as much of the question without it ("%s": the paragraph with the 140 workers)',
    async (question) => {
      const retrieval = await suite.ctx.retriever.retrieve(question);
      expect(retrieval.found).toBe(true);
      expect(topPassages(retrieval, 2)).toEqual([`${BRIDGE}¶3`, `${BRIDGE}¶2`]);
    },
  );

  it.each(['Sa punëtorë punonin me borë në dimër?', 'How many workers worked in the snow in winter?'])(
    'keeps its place behind one naming more of the question ("%s": the snow and the winter are only in the other)',
    async (question) => {
      expect(topPassages(await suite.ctx.retriever.retrieve(question), 2)).toEqual([`${BRIDGE}¶2`, `${BRIDGE}¶3`]);
    },
  );
});

describe('a passage of an article naming the place the question names', () => {
  it.each(['Are schools open in Diber on Tuesday?', 'A janë të hapura shkollat në Dibër të martën?'])(
    'comes before one that says more of the rest in an article never naming it ("%s")',
    async (question) => {
      expect(topPassages(await suite.ctx.retriever.retrieve(question), 2)).toEqual([`${SNOW}¶2`, `${MEASLES}¶2`]);
    },
  );
});
