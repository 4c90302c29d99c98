/**
 * Answers to questions of two parts, on small articles of their own: each part answered by its own
 * quoted sentence, a part the articles do not answer named as such in the asker's language.
 */
import { describe, expect, it } from 'vitest';
import { partsAnswer } from '../../src/answer/parts.js';
import type { Citation } from '../../src/answer/types.js';
import { t } from '../../src/i18n.js';
import type { PartRetrieval } from '../../src/retrieval/parts.js';
import type { Retrieval, RetrievedSentence } from '../../src/retrieval/retriever.js';
import { answerReply } from '../../src/discord/embeds.js';
import { toMessages } from '../../src/discord/respond.js';
import { answerToJson } from '../../src/render/json.js';
import { renderAnswer } from '../../src/render/terminal.js';
import { BRIDGE, MUSEUM, PARTS_ARTICLES } from '../fixtures/parts-articles.js';
import { expectFaithful, useContextOver } from '../helpers/core.js';

const suite = useContextOver({ seed: false, files: PARTS_ARTICLES });

describe('the extractive answer to a question of two parts', () => {
  it('quotes, for each part, the sentence that answers it, with citations numbered across the parts', async () => {
    const answer = await suite.ctx.extractive.ask('Sa kushton bileta e muzeut dhe kur është i hapur?');
    expectFaithful(answer, suite.ctx.articles);
    expect(answer.found).toBe(true);
    expect(answer.citations.map((c) => [c.marker, c.articleId, c.paragraph])).toEqual([
      [1, MUSEUM, 4],
      [2, MUSEUM, 3],
    ]);
    expect(answer.parts?.map((p) => [p.question, p.found, p.markers])).toEqual([
      ['Sa kushton bileta e muzeut?', true, [1]],
      ['Kur është i hapur?', true, [2]],
    ]);
    const [ticket, hours] = answer.text.split('\n');
    expect(ticket).toMatch(/^Sa kushton bileta e muzeut\? — .*Bileta kushton 500 lekë.* \[1\]$/);
    expect(hours).toMatch(/^Kur është i hapur\? — .*nga ora 9:00 deri në 18:00.* \[2\]$/);
    // The Discord embed and the terminal show both parts, each on its line.
    const embed = answerReply(answer).embeds?.[0] as { description?: string } | undefined;
    expect(embed?.description).toContain('Sa kushton bileta e muzeut? — ');
    expect(embed?.description).toContain('\nKur është i hapur? — ');
    expect(renderAnswer(answer)).toContain(`${ticket}\n${hours}`);
  });

  it('is the answer to the whole question as asked: the embed title and ask --json show it, not its first part', async () => {
    const question = 'Sa kushton bileta e muzeut dhe kur është i hapur?';
    const answer = await suite.ctx.extractive.ask(question);
    expect(answer.question).toBe(question);
    expect(answerToJson(answer).question).toBe(question);
    expect(answerReply(answer).embeds?.[0]?.title).toBe(question);
  });

  it('says of a part answered only with low confidence that this is the closest the article comes, in the asker\'s language', () => {
    const sentence = { article: { id: MUSEUM }, paragraph: { number: 2 } } as unknown as RetrievedSentence;
    const part = (text: string, confidence: Retrieval['confidence']): PartRetrieval => ({ part: { text, search: text }, retrieval: { found: true, confidence } as Retrieval });
    const citation = (quote: string): Citation => ({ marker: 1, articleId: MUSEUM, paragraph: 2, quote });
    let n = 0;
    const answer = partsAnswer([part('Sa kushton?', 'high'), part('Kur hapet?', 'low')], 'sq', MUSEUM, () => [sentence], () => [citation(`Fjalia ${++n}.`)], () => undefined);
    expect(answer.text.split('\n')).toEqual(['Sa kushton? — Fjalia 1. [1]', `Kur hapet? — ${t('closestAnswer', 'sq')} Fjalia 2. [2]`]);
  });

  it('echoes no mention or markdown of the asker\'s in a part, and its Discord messages ping no one', async () => {
    const answer = await suite.ctx.extractive.ask('Sa kushton **bileta** e muzeut @everyone dhe kur është i hapur <@&123>?');
    expect(answer.parts?.map((p) => p.question)).toEqual(['Sa kushton bileta e muzeut?', 'Kur është i hapur?']);
    for (const message of toMessages(answerReply(answer))) {
      expect(message.allowedMentions).toEqual({ parse: [] });
      expect(JSON.stringify(message.embeds)).not.toMatch(/@everyone|<@|\*\*bileta/);
    }
  });

  it('cites a sentence that answers two parts once', async () => {
    const answer = await suite.ctx.extractive.ask('Kush e financoi muzeun dhe sa kushtoi?');
    expectFaithful(answer, suite.ctx.articles);
    const cited = answer.citations.map((c) => `${c.articleId}#${c.paragraph}#${c.quote}`);
    expect(new Set(cited).size).toBe(cited.length);
    expect(answer.parts?.[1]?.markers).toEqual([1]);
    // Named by its marker on the second part's line, not quoted a second time.
    const quote = answer.citations[0]!.quote;
    expect(answer.text.split(quote)).toHaveLength(2);
    expect(answer.text.split('\n')[1]).toContain(`${t('quotedAbove', 'sq')} [1]`);
  });

  it.each([
    ['en', 'How long did the Buna bridge take to build, and how many cars cross it each day?', 'How many cars cross it each day?'],
    ['sq', 'Sa zgjati ndërtimi i urës mbi Bunë dhe sa makina kalojnë çdo ditë?', 'Sa makina kalojnë çdo ditë?'],
    // A part naming someone no article mentions is such a part: the whole question is not refused for it.
    ['en', 'How long did the Buna bridge take to build, and what did Ronaldo say about it?', 'What did Ronaldo say about it?'],
    ['sq', 'Sa zgjati ndërtimi i urës mbi Bunë dhe çfarë tha Ronaldo?', 'Çfarë tha Ronaldo?'],
  ] as const)('answers the part it can and names, in the asker\'s language (%s), the part the article does not answer: %s', async (language, question, refusedPart) => {
    const answer = await suite.ctx.extractive.ask(question);
    expectFaithful(answer, suite.ctx.articles);
    expect(answer.found).toBe(true);
    expect(answer.language).toBe(language);
    expect(answer.confidence).toBe('low');
    expect(answer.citations.map((c) => [c.articleId, c.paragraph])).toEqual([[BRIDGE, 2]]);
    expect(answer.text.split('\n')[1]).toBe(`${refusedPart} — ${t('partNotAnswered', language)}`);
    expect(answer.parts?.map((p) => p.found)).toEqual([true, false]);
    // Nothing else is said of the refused part: no citation is its.
    expect(answer.parts?.[1]?.markers).toEqual([]);
  });

  it('refuses a question of two parts neither of which the articles answer, as any unanswered question', async () => {
    for (const question of ['Who designed the new Vlora airport, and when will it open?', 'Sa kushtoi stadiumi i Elbasanit dhe kush e ndërtoi?']) {
      const answer = await suite.ctx.extractive.ask(question);
      expect(answer.found, question).toBe(false);
      expect(answer.text).toBe(t('notFound', answer.language));
      expect(answer.parts).toBeUndefined();
    }
  });

  it('refuses a question of two parts that mixes two articles\' names, the later part searched with the first part\'s names', async () => {
    for (const question of ['Who rebuilt the Durrës museum in Velipojë, and how much is the ticket?', 'Kush e rindërtoi muzeun e Durrësit në Velipojë dhe sa kushton bileta?']) {
      const answer = await suite.ctx.extractive.ask(question);
      expect(answer.found, question).toBe(false);
    }
  });

  it('answers each part from its own article though no article names both parts\' names', async () => {
    for (const question of ['How long did the Buna bridge take to build, and when did the Durrës sea museum open?', 'Sa zgjati ndërtimi i urës mbi Bunë dhe kur u hap muzeu i detit në Durrës?']) {
      const answer = await suite.ctx.extractive.ask(question);
      expectFaithful(answer, suite.ctx.articles);
      expect(answer.parts?.map((p) => p.found), question).toEqual([true, true]);
      expect(new Set(answer.citations.map((c) => c.articleId)), question).toEqual(new Set([BRIDGE, MUSEUM]));
    }
  });

  it('cites a part answered in another article with that article named', async () => {
    const answer = await suite.ctx.extractive.ask('When did the sea museum open, and how long did the bridge take to build?');
    expectFaithful(answer, suite.ctx.articles);
    expect(answer.parts?.map((p) => p.found)).toEqual([true, true]);
    const bridge = answer.citations.find((c) => c.articleId === BRIDGE);
    expect(bridge?.otherArticle?.id).toBe(BRIDGE);
    expect(renderAnswer(answer)).toContain(`¶${bridge!.paragraph} (`);
  });

  it('lists each part in ask --json: its question, whether it is answered, how surely, and its citations', async () => {
    const answer = await suite.ctx.extractive.ask('How long did the Buna bridge take to build, and how many cars cross it each day?');
    const json = answerToJson(answer);
    expect(json.parts).toEqual([
      { question: 'How long did the Buna bridge take to build?', found: true, confidence: answer.parts![0]!.confidence, citations: [json.citations[0]] },
      { question: 'How many cars cross it each day?', found: false, confidence: 'low', citations: [] },
    ]);
    expect(answerToJson(await suite.ctx.extractive.ask('How long did the Buna bridge take to build?')).parts).toBeUndefined();
  });
});
