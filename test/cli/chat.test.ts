import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/answerer.js';
import { handleChatLine, runChat, type ChatFocus, type ChatHistory } from '../../src/cli/chat.js';
import { createContext, type BotContext } from '../../src/context.js';
import { t } from '../../src/i18n.js';
import { answerToJson } from '../../src/render/json.js';
import { addTram, articlesFolder, TRAM_ID, TRAM_TITLE, TRAM_URL } from '../helpers/articles.js';
import { makeTempDir, recordingLogger, removeDir, SEED_ID, STACK_TRACE, testConfig, useTestContext } from '../helpers/core.js';

const suite = useTestContext();

const reply = async (line: string) => (await handleChatLine(suite.ctx, line)).output;

/** Asserts a reply is the given message and nothing like an error dump. */
function expectClear(output: string, expected: string | RegExp): void {
  if (typeof expected === 'string') expect(output).toBe(expected);
  else expect(output).toMatch(expected);
  expect(output).not.toMatch(STACK_TRACE);
  expect(output).not.toMatch(/\b(TypeError|ReferenceError|UserError|ConfigError)\b|Error:/);
}

describe('handleChatLine: questions', () => {
  it('answers a plain Albanian question with cited, verbatim passages and Albanian labels', async () => {
    const output = await reply('Çfarë tha John Kirby?');
    expect(output).toMatch(/\[1\]/);
    expect(output).toContain('Burimet:');
    const sources = [...output.matchAll(/^\[\d+\] ¶(\d+) — «(.+)»$/gm)];
    expect(sources.map(([, n]) => Number(n))).toContain(4);
    // A source whose quote is the answer text is shortened to its verbatim opening words and "…".
    for (const [, n, quote] of sources) expect(suite.ctx.article.paragraphs[Number(n) - 1]!.text).toContain(quote!.replace(/…$/, ''));
  });

  it('answers an English question saying the quotes are in Albanian', async () => {
    const output = await reply('Who is John Kirby?');
    expect(output.startsWith(t('fromArticle', 'en'))).toBe(true);
    expect(output).toContain('Sources:');
    expect(output).toContain('¶4');
  });

  it('answers a question wrapped in a code fence with a language tag like the question itself', async () => {
    const plain = await suite.ctx.answerer.ask('Kush është Patricia Lewis?');
    const fenced = await suite.ctx.answerer.ask('```text\nKush është Patricia Lewis?\n```');
    expect(fenced).toEqual(plain);
    expect(fenced.found).toBe(true);
  });

  it('answers /ask like a plain question', async () => {
    expect(await reply('/ask Çfarë tha John Kirby?')).toBe(await reply('Çfarë tha John Kirby?'));
  });

  it('still answers when zero-width characters are inside words', async () => {
    const output = await reply('Çfarë tha John Kir\u200Bby?');
    expect(output).toContain('Burimet:');
    expect(output).toBe(await reply('Çfarë tha John Kirby?'));
    expect(await reply('Ku do të tako\u200Bhen?')).toBe(await reply('Ku do të takohen?'));
  });

  it('answers the same with an invisible separator inside a word, and never echoes a bidi override', async () => {
    expect(await reply('Çfarë tha John Kir\u2063by?')).toBe(await reply('Çfarë tha John Kirby?'));
    const answer = await suite.ctx.answerer.ask('\u202EÇfarë tha John Kirby?');
    expect(answer.question).toBe('Çfarë tha John Kirby?');
    expect(JSON.stringify(answer)).not.toContain('\u202E');
  });

  it('says "not found" in the language of the question', async () => {
    expectClear(await reply('Kush e fitoi Kupën e Botës në futboll në vitin 2022?'), /^Artikulli nuk e thotë këtë\. Këto janë pjesët më të afërta:\n\[1\] ¶\d+ — «/);
    expectClear(await reply('What is the capital of Australia?'), /^The article does not say\. These are the closest passages:\n\[1\] ¶\d+ — «/);
  });
});

describe('handleChatLine: bad input gets a clear message, never a stack trace', () => {
  it('ignores an empty or whitespace-only line, as a prompt does', async () => {
    for (const line of ['', '   ', '\t']) expect(await handleChatLine(suite.ctx, line)).toEqual({ output: '' });
  });

  it.each([
    ['/ask with no question', '/ask', t('emptyQuestion', 'en')],
    ['/ask with only spaces', '/ask    ', t('emptyQuestion', 'en')],
    ['an emoji-only question', '😀🎉👍', t('noWords', 'en')],
    ['a markup-only question', '<@123456789012345678> **__**', t('noWords', 'en')],
    ['a Cyrillic question', 'Где встретятся Ким и Путин?', t('unsupportedScript', 'en')],
    ['a Chinese question', '金正恩和普京在哪里会面？', t('unsupportedScript', 'en')],
    ['an unknown command', '/frobnicate now', 'Unknown command “/frobnicate”. Type /help to see what I can do.'],
    ['a bad summary length', '/summary long', t('unknownSummaryLength', 'en')],
    ['/quote with no topic', '/quote', t('emptyTopic', 'en')],
  ])('answers %s with a clear message', async (_, line, expected) => {
    expectClear(await reply(line), expected);
  });

  it('answers a 10,000-character question with the length limit', async () => {
    expectClear(await reply('a'.repeat(10_000)), /^That question is too long \(10000 characters\)\. Please keep it under \d+ characters\.$/);
  });

  it('answers a too-long Albanian question in Albanian', async () => {
    expectClear(await reply('Ku do të takohen Kim dhe Putin? '.repeat(40)), /^Pyetja është shumë e gjatë/);
  });

  it('cuts a very long unknown command short in the message', async () => {
    const output = await reply(`/${'x'.repeat(5000)}`);
    expectClear(output, /^Unknown command/);
    expect(output.length).toBeLessThan(120);
  });

  it.each([
    ['0', 'There is no paragraph 0. The article has paragraphs 1 to 12.'],
    ['99', 'There is no paragraph 99. The article has paragraphs 1 to 12.'],
    ['99999999999999999999999', 'There is no paragraph 99999999999999999999999. The article has paragraphs 1 to 12.'],
    ['¶ +0042', 'There is no paragraph +0042. The article has paragraphs 1 to 12.'],
    ['abc', '“abc” is not a paragraph number. Use a whole number from 1 to 12.'],
    ['', 'Which paragraph? Give its number, from 1 to 12, for example: /paragraph 2'],
  ])('answers /paragraph %j with the valid range', async (argument, expected) => {
    expectClear(await reply(`/paragraph ${argument}`), expected);
  });

  it('keeps going after every kind of bad line: the next question is still answered', async () => {
    const good = await reply('Çfarë tha John Kirby?');
    const lines = ['', '   ', 'x'.repeat(10_000), '😀', '<@123456789012345678> **__**', 'Где?', '中文', '/nope', '/paragraph 99', '/summary x'];
    for (const line of lines) {
      await reply(line);
      expect(await reply('Çfarë tha John Kirby?')).toBe(good);
    }
  });

  it('answers an unexpected failure with a generic apology in the asker’s language, logs it and goes on', async () => {
    const { logger, lines } = recordingLogger();
    const failing: Answerer = {
      mode: 'extractive',
      ask: async () => {
        throw new TypeError('boom: cannot read properties of undefined');
      },
      summarize: async () => {
        throw new Error('summary exploded');
      },
    };
    const broken: BotContext = { ...suite.ctx, logger, answerer: failing };
    expectClear((await handleChatLine(broken, 'Who is John Kirby?')).output, t('genericError', 'en'));
    expectClear((await handleChatLine(broken, 'Kush është John Kirby?')).output, t('genericError', 'sq'));
    expectClear((await handleChatLine(broken, '/summary')).output, t('genericError', 'en'));
    expect(lines.join('\n')).toContain('boom: cannot read properties of undefined');
    expect((await handleChatLine(broken, '/paragraph 4')).output).toContain(suite.ctx.article.paragraphs[3]!.text);
  });
});

describe('handleChatLine: conversation', () => {
  it('gives the answerer the conversation so far, and /new forgets it', async () => {
    const seen: string[][] = [];
    const recording: Answerer = {
      mode: 'extractive',
      ask: async (question, options) => {
        seen.push((options?.history ?? []).map((turn) => turn.question));
        return suite.ctx.answerer.ask(question, options);
      },
      summarize: (length, language) => suite.ctx.answerer.summarize(length, language),
    };
    const chat: BotContext = { ...suite.ctx, answerer: recording };
    const history: ChatHistory = [];
    await handleChatLine(chat, 'Kush është John Kirby?', undefined, history);
    await handleChatLine(chat, '/ask Po Shoigu?', undefined, history);
    expect((await handleChatLine(chat, '/new', undefined, history)).output).toBe(t('conversationReset', 'en'));
    await handleChatLine(chat, 'Ku do të takohen?', undefined, history);
    expect(seen).toEqual([[], ['Kush është John Kirby?'], []]);
  });

  it('remembers only the last six turns', async () => {
    const history: ChatHistory = [];
    for (let i = 0; i < 8; i++) await handleChatLine(suite.ctx, `Kush është John Kirby? ${i}`, undefined, history);
    expect(history.map((turn) => turn.question.slice(-1))).toEqual(['2', '3', '4', '5', '6', '7']);
  });
});

describe('handleChatLine: commands', () => {
  it('/paragraph n shows ¶n in full with its position', async () => {
    const output = await reply('/paragraph 7');
    expect(output).toContain('Paragraph 7/12');
    expect(output.endsWith(suite.ctx.article.paragraphs[6]!.text)).toBe(true);
    expect(await reply('/paragraph ¶7')).toBe(output);
  });

  it.each([
    ['', 3],
    [' short', 3],
    [' DETAILED', 7],
    [' bullets', 5],
  ])('/summary%s gives a titled, cited summary with its sources', async (argument, count) => {
    const output = await reply(`/summary${argument}`);
    expect(output.startsWith(`Summary — ${suite.ctx.article.title}`)).toBe(true);
    expect(output.split('\n')[2]).toBe('From the article (quoted in Albanian):');
    const [sourceBlock, articleLine] = output.split('Sources:\n')[1]!.split('\n\n');
    const sources = sourceBlock!.split('\n');
    expect(articleLine).toBe(`— ${suite.ctx.article.title} · 2023-09`);
    expect(sources.length).toBeGreaterThanOrEqual(count === 7 ? 6 : 3);
    for (const line of sources) expect(line).toMatch(/^\[\d+\] ¶\d+$/);
    if (argument === ' bullets') expect(output).toMatch(/^• .+ \[1\]$/m);
  });

  it('/quote lists verbatim passages with ¶ numbers under a heading in the topic’s language', async () => {
    const output = await reply('/quote armët');
    expect(output.startsWith('Citime për “armët”')).toBe(true);
    const quotes = output.split('\n').slice(1, -1);
    expect(output.split('\n').at(-1)).toBe(`— ${suite.ctx.article.title} · 2023-09`);
    expect(quotes.length).toBeGreaterThan(0);
    for (const line of quotes) {
      const [, n, quote] = /^¶(\d+) — «(.+)»$/.exec(line)!;
      expect(suite.ctx.article.paragraphs[Number(n) - 1]!.text).toContain(quote);
    }
  });

  it('/about names the article, the index and the offline mode, in the words of the Discord /about', async () => {
    const output = await reply('/about');
    const { manifest } = suite.ctx.index;
    expect(output).toBe(
      [
        suite.ctx.article.title,
        'Date: 2023-09',
        'Paragraphs: 12',
        `Index: ${manifest.embedder.id}, ${manifest.embedder.dimensions} dimensions, built ${manifest.builtAt}`,
        `Answers: ${t('modeExtractive', 'en')}`,
      ].join('\n'),
    );
  });

  it('answers /about, /summary and /paragraph in Albanian with a final sq, and in English with en', async () => {
    const about = await reply('/about sq');
    expect(about).toContain('Paragrafë: 12');
    expect(about).toContain(`Përgjigjet: ${t('modeExtractive', 'sq')}`);
    expect(await reply('/about EN')).toBe(await reply('/about'));

    const summary = await reply('/summary bullets sq');
    expect(summary.startsWith(`Përmbledhje — ${suite.ctx.article.title}`)).toBe(true);
    expect(summary).toMatch(/^• .+ \[1\]$/m);
    expect(summary).toContain('Burimet:');
    expect((await reply('/summary sq')).startsWith('Përmbledhje — ')).toBe(true);

    expect(await reply('/paragraph 3 sq')).toContain('Paragrafi 3/12');
    expect(await reply('/paragraph 3 en')).toBe(await reply('/paragraph 3'));
    expectClear(await reply('/paragraph 99 sq'), 'Nuk ka paragraf 99. Artikulli ka paragrafët 1 deri në 12.');
    expectClear(await reply('/summary long sq'), t('unknownSummaryLength', 'sq'));
  });

  it('/help lists every command it handles, with the language option', async () => {
    const output = await reply('/help');
    for (const command of ['/ask', '/summary', '/quote', '/paragraph', '/about', '/help', '/quit']) {
      expect(output).toContain(command);
      expect(await reply(command)).not.toMatch(/^Unknown command/);
    }
    expect(output).toContain('/summary [short|detailed|bullets] [sq|en]');
    expect(output).toContain('/paragraph <n> [sq|en]');
    expect(output).toContain('/about [sq|en]');
  });

  it('/quit and /exit end the chat; commands are case-insensitive', async () => {
    expect(await handleChatLine(suite.ctx, '/quit')).toEqual({ output: '', quit: true });
    expect(await handleChatLine(suite.ctx, '/exit')).toEqual({ output: '', quit: true });
    expect(await handleChatLine(suite.ctx, '  /QUIT  ')).toEqual({ output: '', quit: true });
  });
});

describe('runChat', () => {
  async function chat(input: string, interactive = false): Promise<string> {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    let written = '';
    stdout.setEncoding('utf8').on('data', (chunk: string) => (written += chunk));
    const done = runChat(suite.ctx, stdin, stdout, interactive);
    stdin.end(input);
    await done;
    return written;
  }

  it('greets with the offline-mode banner, answers each line in order and stops at /quit', async () => {
    const output = await chat('Çfarë tha John Kirby?\n/paragraph 99\n/quit\n/after-quit\n');
    expect(output.startsWith('Offline mode')).toBe(true);
    expect(output).toContain(suite.ctx.article.title);
    expect(output).toContain('DISCORD_TOKEN');
    const answer = output.indexOf('Burimet:');
    const range = output.indexOf('There is no paragraph 99. The article has paragraphs 1 to 12.');
    expect(answer).toBeGreaterThan(0);
    expect(range).toBeGreaterThan(answer);
    expect(output).not.toContain('after-quit');
  });

  it('ends at end of input without /quit', async () => {
    const output = await chat('Çfarë tha John Kirby?');
    expect(output).toContain('John Kirby');
    expect(output).toContain('Burimet:');
  });

  it('prints a prompt before each line only when interactive', async () => {
    expect(await chat('/help\n', true)).toMatch(/\n> [\s\S]*\n> $/);
    expect(await chat('/help\n', false)).not.toContain('\n> ');
  });

  it('ends quietly on empty input', async () => {
    const output = await chat('');
    expect(output.startsWith('Offline mode')).toBe(true);
    expect(output.trim().split('\n')).toHaveLength(2);
  });
});

describe('handleChatLine: several articles', () => {
  let articles: string;
  let index: string;
  let ctx: BotContext;
  beforeAll(async () => {
    articles = articlesFolder();
    addTram(articles);
    index = makeTempDir('qa-chat-index-');
    ctx = await createContext(testConfig(index, { ARTICLES_DIR: articles }), recordingLogger().logger);
  });
  afterAll(() => {
    removeDir(articles);
    removeDir(index);
  });

  it('/articles lists the articles newest first, with id, title, date, ¶ count, source and link', async () => {
    const output = (await handleChatLine(ctx, '/articles')).output;
    expect(output.split('\n')).toEqual([
      TRAM_ID,
      `  ${TRAM_TITLE}`,
      '  2024-03-15 · 3 ¶ · Agjencia Test',
      `  ${TRAM_URL}`,
      SEED_ID,
      `  ${ctx.articles[1]!.title}`,
      '  2023-09 · 12 ¶',
    ]);
    expect((await handleChatLine(ctx, '/articles sq')).output).toContain('2024-03-15 · 3 ¶');
  });

  it('answers from the best-matching article and names it; /summary and /paragraph use the newest', async () => {
    const kirby = (await handleChatLine(ctx, 'What did John Kirby say?')).output;
    expect(kirby.split('\n').at(-1)).toBe(`— ${ctx.articles[1]!.title} · 2023-09`);
    const tram = (await handleChatLine(ctx, 'Sa kushtoi linja e tramvajit?')).output;
    expect(tram.split('\n').at(-1)).toBe(`— ${TRAM_TITLE} · 2024-03-15 <${TRAM_URL}>`);
    expect((await handleChatLine(ctx, '/summary')).output).toContain(`Summary — ${TRAM_TITLE}`);
    expect((await handleChatLine(ctx, '/paragraph 3')).output).toContain('Paragraph 3/3');
  });

  it('names the article of each closest passage that is not the one the refusal names, and keeps the ids in --json', async () => {
    const output = (await handleChatLine(ctx, 'What is the capital of Australia?')).output.split('\n');
    const sources = output.filter((line) => /^\[\d\] ¶/.test(line));
    expect(sources).toHaveLength(2);
    const [seedArticle, tram] = [ctx.articles[1]!, ctx.articles[0]!];
    expect(output.at(-1)).toBe(`— ${seedArticle.title} · 2023-09`);
    expect(sources[0]).toMatch(/^\[1\] ¶\d+ — «/);
    expect(sources[1]).toMatch(new RegExp(`^\\[2\\] ¶(\\d+) \\(${TRAM_TITLE} · 2024-03-15\\) — «(.+)»$`));
    const [, paragraph, quote] = /¶(\d+) \(.*?\) — «(.+)»$/.exec(sources[1]!)!;
    expect(tram.paragraphs[Number(paragraph) - 1]!.text).toContain(quote);
    const answer = await ctx.answerer.ask('What is the capital of Australia?');
    expect(answerToJson(answer).citations.map((c) => c.article)).toEqual([SEED_ID, TRAM_ID]);

    const quotes = (await handleChatLine(ctx, '/quote capital of Australia')).output.split('\n');
    expect(quotes[0]).toMatch(/^No passage of the article is about/);
    expect(quotes.filter((line) => line.startsWith(`¶2 (${TRAM_TITLE} · 2024-03-15) — «`))).toHaveLength(1);
    expect(quotes.at(-1)).toBe(`— ${seedArticle.title} · 2023-09`);
  });

  it('/article <id> limits questions, summaries, quotes and ¶ numbers to that article; /article alone lifts it', async () => {
    const focus: ChatFocus = {};
    const say = async (line: string) => (await handleChatLine(ctx, line, undefined, [], focus)).output;

    expect(await say(`/article ${SEED_ID}`)).toBe(t('chatOneArticle', 'en', { article: `${ctx.articles[1]!.title} · 2023-09`, paragraphs: 12 }));
    expect((await say('Sa kushtoi linja e tramvajit?')).split('\n').at(-1)).toContain('2023-09');
    expect(await say('/paragraph 12')).toContain('Paragraph 12/12');
    expect(await say('/summary')).toContain(`Summary — ${ctx.articles[1]!.title}`);
    expect((await say('/quote Kirby')).split('\n').at(-1)).toContain('2023-09');

    expect(await say('/article')).toBe(t('chatAllArticles', 'en'));
    expect(await say('/paragraph 12')).toBe('There is no paragraph 12. The article has paragraphs 1 to 3.');
  });

  it('says once that the article chosen with /article was removed from the folder, and answers from all articles again', async () => {
    const folder = articlesFolder();
    const path = addTram(folder);
    const dir = makeTempDir('qa-chat-removed-');
    const live = await createContext(testConfig(dir, { ARTICLES_DIR: folder }), recordingLogger().logger);
    try {
      const focus: ChatFocus = {};
      const say = async (line: string) => (await handleChatLine(live, line, undefined, [], focus)).output;
      await say(`/article ${TRAM_ID}`);
      rmSync(path);
      await live.library.refresh();

      const kirby = await say('What did John Kirby say?');
      expect(kirby.startsWith(`${t('chatArticleRemoved', 'en', { article: TRAM_ID })}\n\n`)).toBe(true);
      expect(kirby.split('\n').at(-1)).toBe(`— ${live.articles[0]!.title} · 2023-09`);
      expect(focus.article).toBeUndefined();
      expect(await say('/paragraph 12')).toContain('Paragraph 12/12');
      expect(await say('/article')).toBe(t('chatAllArticles', 'en'));
      await say(`/article ${SEED_ID}`);
      rmSync(join(folder, readdirSync(folder).find((name) => name.startsWith(SEED_ID))!));
      addTram(folder);
      await live.library.refresh();
      expect(await say('/summary sq')).toMatch(new RegExp(`^${t('chatArticleRemoved', 'sq', { article: SEED_ID }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n\nPërmbledhje — ${TRAM_TITLE}`));
    } finally {
      await live.library.close();
      removeDir(folder);
      removeDir(dir);
    }
  });

  it('/article with an id that does not exist says how to find one, and keeps the current choice', async () => {
    const focus: ChatFocus = { article: TRAM_ID };
    const output = (await handleChatLine(ctx, '/article nope', undefined, [], focus)).output;
    expectClear(output, 'There is no article “nope”. /articles lists them with their ids.');
    expect(focus.article).toBe(TRAM_ID);
  });
});
