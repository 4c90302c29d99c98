/**
 * The categories of failure the engine was fixed for, on articles and questions of their own
 * (test/fixtures/articles: a port in Vlorë, a hospital ward in Shkodër), next to the seed
 * article: none of these questions or articles is in an eval set.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n.js';
import { readEnglishAlbanianLexicon } from '../../src/text/word-lists.js';
import { REPO_ROOT, expectFaithful, useContextOver } from '../helpers/core.js';

const PORT = '2025-04-porti-vlores';
const HOSPITAL = '2025-02-spitali-shkodres';

const suite = useContextOver({ folders: [join(REPO_ROOT, 'test', 'fixtures', 'articles')] });

async function best(question: string) {
  const retrieval = await suite.ctx.retriever.retrieve(question);
  const top = retrieval.passages[0]!;
  return { retrieval, top: `${top.article.id}¶${top.paragraph.number}` };
}

describe('names as Albanian inflects them', () => {
  it.each([
    ['Kur nis rikonstruksioni i portit në Vlorë?', `${PORT}¶1`],
    ['Sa shtretër ka reparti i ri në Shkodër?', `${HOSPITAL}¶1`],
    ['How long will the port works in Vlora take?', `${PORT}¶1`],
    ['Who runs the hospital in Shkodra?', `${HOSPITAL}¶1`],
  ])('finds "%s" (base form asked, inflected form written) in %s', async (question, passage) => {
    const { retrieval, top } = await best(question);
    expect(retrieval.found).toBe(true);
    expect(top).toBe(passage);
  });
});

describe('names the articles write another way', () => {
  it('finds an acronym the article spells out, Albanian digraphs counting as one letter ("BERZH")', async () => {
    const { retrieval, top } = await best('Sa para jep BERZH për projektin?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top).toBe(`${PORT}¶2`);
  });

  it('still refuses an acronym that no article spells out', async () => {
    const { retrieval } = await best('Sa para jep OSBE për projektin?');
    expect(retrieval.refusal).toBe('missing-name');
    expect(retrieval.missingNames).toEqual(['OSBE']);
  });

  it('counts an Albanian capital as its country, as the English one is ("Uashingtoni" answered by "Shtetet e Bashkuara")', async () => {
    const { retrieval, top } = await best('Ndaj kujt vendosi sanksione Uashingtoni?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top.startsWith('2023-09-kim-jong-un-putin-vladivostok¶')).toBe(true);
  });

  it('does not count an organisation as mentioned through its common words ("OKB": Kombet e Bashkuara, not "Bashkia")', async () => {
    const { retrieval } = await best('Çfarë tha OKB për portin e Vlorës?');
    expect(retrieval.refusal).toBe('missing-name');
  });

  it('counts an English place or organisation as mentioned only through its own names, in one word or two ("United Nations" is not "Bashkia")', async () => {
    for (const question of ['What did the United Nations say about the port of Vlora?', 'What did the EU say about the port of Vlora?']) {
      const { retrieval } = await best(question);
      expect(retrieval.refusal, question).toBe('missing-name');
    }
    const { retrieval } = await best('What sanctions did Washington impose?');
    expect(retrieval.refusal).toBeUndefined();
  });

  it('reads no two-letter acronym into a person\'s initials ("ID" is not "Ilir Deda")', async () => {
    const { retrieval } = await best('Çfarë tha ID për projektin?');
    expect(retrieval.refusal).toBe('missing-name');
  });

  it('refuses an Albanian capital whose country no article mentions ("Parisi")', async () => {
    const { retrieval } = await best('Çfarë tha Parisi për portin e Vlorës?');
    expect(retrieval.refusal).toBe('missing-name');
  });
});

describe('words the lexicon lacks', () => {
  it('matches an English cognate to the derived Albanian word ("anchoring" → "ankorimi")', async () => {
    expect(readEnglishAlbanianLexicon().has('anchor'), 'the test needs a word the lexicon lacks').toBe(false);
    const { retrieval, top } = await best('Where can the fishermen do their anchoring during the works?');
    expect(top).toBe(`${PORT}¶5`);
    const concept = retrieval.query.concepts.find((c) => c.source === 'anchoring')!;
    expect(concept.untranslated).toBe(true);
    expect(concept.related).toContain('ankor');
  });

  it('reads an English -men plural as its singular ("fishermen" → "peshkatarë")', async () => {
    const { retrieval, top } = await best('What are the fishermen grumbling about?');
    expect(retrieval.found).toBe(true);
    expect(top.startsWith(`${PORT}¶`)).toBe(true);
  });
});

describe('questions written all in capitals or capitalised word by word', () => {
  it.each([
    'Where will Kim and Putin meet?',
    'How long will the port works in Vlora take?',
    'Who runs the hospital in Shkodra?',
    // Words the lexicon cannot translate, which look like names when capitalised.
    'Will the cruise liners and yachts be welcomed?',
    'Kur nis rikonstruksioni i portit në Vlorë?',
    'Sa shtretër ka reparti i ri në Shkodër?',
  ])('answers "%s" the same way in capitals and in Title Case', async (question) => {
    const asked = await best(question);
    expect(asked.retrieval.found).toBe(true);
    const titled = question.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1));
    for (const variant of [question.toUpperCase(), titled]) {
      const { retrieval, top } = await best(variant);
      expect(retrieval.refusal, variant).toBeUndefined();
      expect(top, variant).toBe(asked.top);
    }
  });

  it('still refuses a place in no article when the question shouts it', async () => {
    const { retrieval } = await best('WHAT DID JAPAN SAY ABOUT THE PORT OF VLORA?');
    expect(retrieval.found).toBe(false);
  });
});

describe('courtesies around a question', () => {
  it.each(['Who is Mira Kola? Thanks', 'Hi, who is Mira Kola, pls?', 'Kush është Mira Kola, ju lutem? Faleminderit', 'Please explain who Mira Kola is', 'I was wondering, who is Mira Kola?', 'Më shpjego kush është Mira Kola', 'Na thoni, kush është Mira Kola?', 'Hey bot, who is Mira Kola?', 'Hej bot, kush është Mira Kola?'])(
    'is not refused for the courtesies around it: "%s"',
    async (question) => {
      const { retrieval, top } = await best(question);
      expect(retrieval.refusal).toBeUndefined();
      expect(top).toBe(`${HOSPITAL}¶1`);
    },
  );
});

describe('refusing on evidence of absence', () => {
  it.each([
    ['Kur do të rikonstruktohet porti i Durrësit?', 'missing-name'],
    ['What happened in Korçë?', 'missing-name'],
    ['What did the port cost in 2019?', 'missing-name'],
    // An age is asked by "Sa vjeç", so what it asks about is the name alone: the passage about him gives no age.
    ['Sa vjeç është Ilir Deda?', 'missing-answer-kind'],
    // Two names, but never in one passage: nothing relates them.
    ['Is Ilir Deda popular in Vlora?', 'only-names'],
    // Names the asker capitalises, though the lexicon knows their words or cannot read them.
    ['Who won the Champions League in Vlora?', 'missing-name'],
    ['Can I pay for the ferry with my iPhone?', 'missing-name'],
    ['Çfarë thanë peshkatarët për ambulancat e Kimit?', 'not-together'],
    // No name, but a word in no article ("grip") besides words that never meet.
    ['Çfarë u premtua për anijet e peshkatarëve me grip?', 'not-together'],
    ['Sa peshkatarë protestuan?', 'missing-answer-kind'],
    // Its passage has a number ("dy vjet"), but no sentence of it counts hours.
    ['Sa orë zgjat rikonstruksioni i portit?', 'missing-answer-kind'],
    ['How many hours will the port works last?', 'missing-answer-kind'],
    ['Why are the zorblaxes flimflamming?', 'nothing-found'],
    // Its verb ("promised", "premtoi") is in an article, none of the things it is about.
    ['Who promised a cheaper podcast subscription?', 'nothing-found'],
    // Two of its three words are in no article, and it names nothing they mention.
    ['Si gatuhet fërgesa për fëmijët?', 'nothing-found'],
  ])('refuses "%s" (%s)', async (question, reason) => {
    const { retrieval } = await best(question);
    expect(retrieval.found).toBe(false);
    expect(retrieval.refusal).toBe(reason);
  });

  it('does not take words the lexicon cannot translate as proof that nothing asked about is there', async () => {
    const { retrieval } = await best('Will the cruise liners and yachts be welcomed?');
    expect(retrieval.refusal).toBeUndefined();
  });

  it('answers a question about two names that one passage mentions together, though its other words are in no article', async () => {
    const { retrieval, top } = await best('Is Mira Kola popular in Shkodra?');
    expect(retrieval.found).toBe(true);
    expect(retrieval.confidence).toBe('low');
    expect(top).toBe(`${HOSPITAL}¶1`);
    const { retrieval: one } = await best('Is Mira Kola popular?');
    expect(one.refusal).toBe('only-names');
  });

  it('answers a count in the unit asked for, of something an article mentions, in either language', async () => {
    // "Sa anije do të pranojë kalata e re?" is not among them: "300 metra" measures the ships, no number counts them (test/retrieval/counts.test.ts).
    for (const question of ['How many metres long can the cruise ships be?', 'Sa metra të gjata mund të jenë anijet?', 'Sa vjet zgjat rikonstruksioni i portit?']) {
      const { retrieval } = await best(question);
      expect(retrieval.found, question).toBe(true);
    }
  });

  it('answers, unsure, a question of common words only that never meet in one passage: they may be paraphrases', async () => {
    const { retrieval } = await best('Çfarë u premtua për anijet e peshkatarëve gjatë verës?');
    expect(retrieval).toMatchObject({ found: true, confidence: 'low' });
    expect(retrieval.passages.slice(0, 3).map((p) => `${p.article.id}¶${p.paragraph.number}`)).toContain(`${PORT}¶5`);
  });

  it('answers when only one word of the question is in no article', async () => {
    const { retrieval, top } = await best('Si ushqehen fëmijët në repart?');
    expect(retrieval.found).toBe(true);
    expect(top.startsWith(`${HOSPITAL}¶`)).toBe(true);
  });

  it('answers when a name of the question is in the articles, though the things it asks about are not', async () => {
    const { retrieval } = await best('Who promised the Vlora podcast subscription?');
    expect(retrieval.refusal).not.toBe('nothing-found');
  });

  it('says so in the asker’s language and shows the closest passages, verbatim', async () => {
    const answer = await suite.ctx.answerer.ask('Kur do të rikonstruktohet porti i Durrësit?');
    expect(answer).toMatchObject({ found: false, confidence: 'low', language: 'sq', text: t('notFound', 'sq') });
    expect(answer.citations.length).toBeGreaterThan(0);
    expectFaithful(answer, suite.ctx.articles);
  });
});

describe('answering when unsure', () => {
  it('answers from the closest passage, says it is the closest, and never claims the article is silent', async () => {
    const answer = await suite.ctx.answerer.ask('What are the fishermen grumbling about?');
    expect(answer).toMatchObject({ found: true, confidence: 'low' });
    expect(answer.text.startsWith(`${t('closestAnswer', 'en')} `)).toBe(true);
    expect(answer.text).not.toContain(t('notFound', 'en'));
    expect(answer.citations.every((c) => c.articleId === PORT)).toBe(true);
    expectFaithful(answer, suite.ctx.articles);
  });

  it('answers with high confidence when one passage holds everything asked', async () => {
    const answer = await suite.ctx.answerer.ask('Which bank is financing the project?');
    expect(answer).toMatchObject({ found: true, confidence: 'high' });
    expect(answer.citations[0]).toMatchObject({ articleId: PORT, paragraph: 2 });
  });
});

/** Two short articles of these tests' own, indexed without the seed. */
const FISHING = '2025-06-lejet-e-peshkimit';
const SCHOOL = '2025-07-shkolla-shengjin';
const small = useContextOver({
  seed: false,
  files: {
    [`${FISHING}.txt`]: 'date 2025-06\n\nVetëm disa peshkatarë kanë marrë leje për sezonin e ri në Sarandë.\n\nPeshkatarët e tjerë protestuan para bashkisë të hënën.\n',
    [`${SCHOOL}.txt`]:
      'date 2025-07\n\nKomuna e Shëngjinit ka nisur ndërtimin e një shkolle të re fillore për nxënësit e fshatrave përreth. Punimet nisën në maj dhe duhet të përfundojnë në dhjetor.\n\nProjekti financohet nga Ministria e Arsimit.\n\nGjatë gërmimeve u gjetën themelet e një kishe të vjetër. Arkeologët i datuan themelet me monedhat e gjetura aty.\n',
  },
});

/** Whether the small articles answer the question, and from which article and ¶ first. */
async function smallBest(question: string) {
  const retrieval = await small.ctx.retriever.retrieve(question);
  const top = retrieval.passages[0]!;
  return { retrieval, top: `${top.article.id}¶${top.paragraph.number}` };
}

/** Asserts that each question is answered, from the given passage first. */
async function expectAnsweredFrom(questions: readonly string[], passage: string) {
  for (const question of questions) {
    const { retrieval, top } = await smallBest(question);
    expect(retrieval.found, question).toBe(true);
    expect(top, question).toBe(passage);
  }
}

describe('a vague count answers "how many"', () => {
  it('answers from "disa" (several), a word with no index key, in either language', async () => {
    await expectAnsweredFrom(['Sa peshkatarë kanë marrë leje?', 'How many fishermen got a permit?'], `${FISHING}¶1`);
  });

  it('still refuses when the sentence about it holds no count at all', async () => {
    const { retrieval } = await smallBest('Sa peshkatarë protestuan para bashkisë?');
    expect(retrieval.refusal).toBe('missing-answer-kind');
  });
});

describe('the kind of answer asked for, read and looked for', () => {
  it('finds the time a question asking two things wants in another sentence than the one naming most of it, in either language', async () => {
    await expectAnsweredFrom(['Kur nisi ndërtimi i shkollës së re dhe kush e financon?', 'When did building the new school start, and who pays for it?'], `${SCHOOL}¶1`);
  });

  it('answers how something was dated ("Si i datuan…?") from the sentence that says how, with no date in it', async () => {
    const answer = await small.ctx.answerer.ask('Si i datuan arkeologët themelet e kishës?');
    expect(answer.found).toBe(true);
    expect(answer.citations[0]).toMatchObject({ articleId: SCHOOL, paragraph: 3, quote: 'Arkeologët i datuan themelet me monedhat e gjetura aty.' });
  });
});
