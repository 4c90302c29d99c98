/**
 * The catalogue through the real discord.js client against the loopback Discord API: listing
 * and paging the articles, picking one with `article:`, and articles added, corrected and
 * removed while the bot runs (the folder is watched, as `npm start` does).
 */
import { rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { articleKey } from '../../src/article/catalog.js';
import { createContext, type BotContext } from '../../src/context.js';
import { EVERYONE_PERMISSIONS } from '../fixtures/discord-api.js';
import { addTram, articlesFolder, TRAM_CORRECTED, TRAM_ID, TRAM_TITLE, TRAM_URL } from '../helpers/articles.js';
import { makeTempDir, recordingLogger, removeDir, SEED_ID, testConfig } from '../helpers/core.js';
import {
  buttonIds,
  callback,
  embedText,
  expectNoPings,
  expectWithinLimits,
  finalEdit,
  slash,
  startHarness,
  type Harness,
  type MessageJson,
} from '../discord/harness.js';

let articles: string;
let index: string;
let ctx: BotContext;
let h: Harness;

beforeAll(async () => {
  articles = articlesFolder();
  addTram(articles);
  index = makeTempDir('qa-bot-articles-');
  ctx = await createContext(testConfig(index, { ARTICLES_DIR: articles }), recordingLogger().logger);
  ctx.library.watch();
});
afterAll(async () => {
  await ctx.library.close();
  removeDir(articles);
  removeDir(index);
});
afterEach(async () => {
  await h?.close();
});

const start = async () => (h = await startHarness(ctx));
const ask = async (options: Record<string, string>) => {
  const { token } = slash(h.api, 'ask', options);
  return (await finalEdit(h.api, token)).body;
};
const articleIds = () => ctx.articles.map((a) => a.id);
const clickPage = (customId: string) => h.api.interactionCreate({ kind: 'button', customId });
const autocompleteArticle = (command: string, typed: string, other: Record<string, string | number> = {}) =>
  h.api.interactionCreate({
    kind: 'autocomplete',
    name: command,
    options: [
      ...Object.entries(other).map(([name, value]) => ({ name, type: typeof value === 'number' ? 4 : 3, value })),
      { name: 'article', type: 3, value: typed, focused: true },
    ],
  });
const extra = (n: number) => join(articles, `extra-${n}.txt`);

describe('/articles', () => {
  it('lists the articles privately, newest first, with title (linked), date, ¶ count, source and id', async () => {
    await start();
    const { id } = slash(h.api, 'articles');

    const reply = (await callback(h.api, id)).body.data!;

    expect(reply.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const embed = reply.embeds![0]!;
    expect(embed.title).toBe('Articles (2)');
    const [tram, seed] = embed.description!.split('\n\n');
    expect(tram).toBe(`**[${TRAM_TITLE}](${TRAM_URL})**\n2024-03-15 · 3 ¶ · Agjencia Test · \`${TRAM_ID}\``);
    expect(seed).toBe(`**${ctx.articles[1]!.title}**\n2023-09 · 12 ¶ · \`${SEED_ID}\``);
    expect(embed.footer?.text).toBe('Page 1 of 1 · newest first');
    expect(buttonIds(reply)).toEqual([]);
    expectWithinLimits(reply);
    expectNoPings(h.api);
  });

  it('pages with buttons: the next page replaces the list, and a stale page shows the last one', async () => {
    for (let n = 1; n <= 5; n++) writeFileSync(extra(n), `---\ntitle: Lajm ${n}\ndate: 2022-0${n}-01\n---\n\nTekst i lajmit ${n}.\n`);
    try {
      await ctx.library.refresh();
      await start();
      const first = (await callback(h.api, slash(h.api, 'articles', { language: 'sq' }).id)).body.data!;
      expect(first.embeds![0]!.title).toBe('Artikujt (7)');
      expect(first.embeds![0]!.footer?.text).toBe('Faqja 1 nga 2 · më të rejat së pari');
      expect(buttonIds(first)).toEqual(['articles:sq:1']);

      const next = await callback(h.api, clickPage('articles:sq:1').id);
      expect(next.body.type).toBe(7); // UPDATE_MESSAGE: the list is replaced in place
      expect(embedText(next.body.data)).toContain('Lajm 2');
      expect(next.body.data!.embeds![0]!.footer?.text).toBe('Faqja 2 nga 2 · më të rejat së pari');
      expect(buttonIds(next.body.data)).toEqual(['articles:sq:0']);

      const stale = await callback(h.api, clickPage('articles:en:40').id);
      expect(stale.body.data!.embeds![0]!.footer?.text).toBe('Page 2 of 2 · newest first');
    } finally {
      for (let n = 1; n <= 5; n++) rmSync(extra(n), { force: true });
      await ctx.library.refresh();
    }
  });
});

describe('picking an article', () => {
  it('suggests articles by title or date as article: is typed, on every command that takes it', async () => {
    await start();
    for (const command of ['ask', 'summary', 'quote', 'paragraph']) {
      const choices = (await callback(h.api, autocompleteArticle(command, 'tramvaj').id)).body.data!.choices!;
      expect(choices, command).toEqual([{ name: `${TRAM_TITLE} · 2024-03-15`, value: TRAM_ID }]);
    }
    const byDate = (await callback(h.api, autocompleteArticle('ask', '2023').id)).body.data!.choices!;
    expect(byDate.map((c) => c.value)).toEqual([SEED_ID]);
  });

  it('answers /ask from the best-matching article without article:, and names it with a link', async () => {
    await start();
    const tram = await ask({ question: 'Sa kushtoi linja e tramvajit?' });
    expect(tram.embeds![0]!.footer?.text).toBe(`${TRAM_TITLE} · 2024-03-15`);
    expect(tram.embeds![0]!.description).toContain(`[Lexoni artikullin](${TRAM_URL})`);
    expect(buttonIds(tram).filter((b) => b.startsWith('source:')).every((b) => b.endsWith(`:${articleKey(TRAM_ID)}`))).toBe(true);

    const kirby = await ask({ question: 'What did John Kirby say?' });
    expect(kirby.embeds![0]!.footer?.text).toBe(`${ctx.articles[1]!.title} · 2023-09`);
    expect(kirby.embeds![0]!.description).not.toContain('Read the article');
  });

  it('answers /ask from the article picked, even when another would match better', async () => {
    await start();
    const answer = await ask({ question: 'What did John Kirby say?', article: TRAM_ID });
    expect(answer.embeds![0]!.footer?.text).toBe(`${TRAM_TITLE} · 2024-03-15`);
    expect(embedText(answer)).toContain('The article does not say');
    // Typed rather than picked from the suggestions: words of one article's title are enough.
    const typed = await ask({ question: 'What did John Kirby say?', article: 'linjën e tramvajit' });
    expect(typed.embeds![0]!.footer?.text).toBe(`${TRAM_TITLE} · 2024-03-15`);
  });

  it('summarises the newest article without article:, and the one picked with it', async () => {
    await start();
    const newest = await finalEdit(h.api, slash(h.api, 'summary').token);
    expect(newest.body.embeds![0]!.title).toBe(`Summary — ${TRAM_TITLE}`);
    const seed = await finalEdit(h.api, slash(h.api, 'summary', { article: SEED_ID }).token);
    expect(seed.body.embeds![0]!.title).toBe(`Summary — ${ctx.articles[1]!.title}`);
  });

  it('quotes and shows paragraphs of the article picked; ¶ suggestions follow it', async () => {
    await start();
    const quotes = await finalEdit(h.api, slash(h.api, 'quote', { topic: 'Kirby', article: TRAM_ID }).token);
    expect(quotes.body.embeds![0]!.footer?.text).toBe(`${TRAM_TITLE} · 2024-03-15`);

    const paragraph = (await callback(h.api, slash(h.api, 'paragraph', { number: 12, article: SEED_ID }).id)).body.data!;
    expect(paragraph.embeds![0]!.title).toBe('Paragraph 12/12');
    const newest = (await callback(h.api, slash(h.api, 'paragraph', { number: 12 }).id)).body.data!;
    expect(newest.content).toBe('There is no paragraph 12. The article has paragraphs 1 to 3.');

    const numbers = h.api.interactionCreate({
      kind: 'autocomplete',
      name: 'paragraph',
      options: [
        { name: 'number', type: 4, value: '', focused: true },
        { name: 'article', type: 3, value: SEED_ID },
      ],
    });
    expect((await callback(h.api, numbers.id)).body.data!.choices).toHaveLength(12);
    const unknown = h.api.interactionCreate({
      kind: 'autocomplete',
      name: 'paragraph',
      options: [
        { name: 'number', type: 4, value: '', focused: true },
        { name: 'article', type: 3, value: 'nope' },
      ],
    });
    expect((await callback(h.api, unknown.id)).body.data!.choices).toEqual([]);
  });

  it.each([
    ['ask', { question: 'Who?', article: 'no-such-article' }],
    ['summary', { article: 'no-such-article' }],
    ['quote', { topic: 'Kirby', article: 'no-such-article' }],
    ['paragraph', { number: 1, article: 'no-such-article' }],
  ] as const)('refuses /%s with an article: that does not exist, privately and politely', async (command, options) => {
    await start();
    const { id } = slash(h.api, command, options);

    const reply = (await callback(h.api, id)).body.data!;

    expect(reply.content).toBe('There is no article “no-such-article”. /articles lists them with their ids.');
    expect(reply.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });
});

describe('articles added, corrected and removed while the bot runs', () => {
  it('lists and answers from a new article within 5 s, quotes its correction, and forgets it once removed', async () => {
    await start();
    const path = join(articles, 'live-bridge.md');
    const bridge = '---\ntitle: Ura e re mbi lumin Drin\ndate: 2025-01-10\n---\n\nQeveria përuroi sot urën e re mbi lumin Drin pranë Lezhës.\n\nUra ka një gjatësi prej treqind metrash.\n';
    writeFileSync(path, bridge);
    try {
      await vi.waitFor(() => expect(articleIds()[0]).toBe('live-bridge'), { timeout: 5_000, interval: 50 });
      const listed = (await callback(h.api, slash(h.api, 'articles').id)).body.data!;
      expect(listed.embeds![0]!.title).toBe('Articles (3)');
      expect(listed.embeds![0]!.description!.startsWith('**Ura e re mbi lumin Drin**\n2025-01-10 · 2 ¶')).toBe(true);
      const answer = await ask({ question: 'How long is the bridge over the Drin?' });
      expect(answer.embeds![0]!.footer?.text).toBe('Ura e re mbi lumin Drin · 2025-01-10');
      expect(embedText(answer)).toContain('treqind metrash');
      const source = buttonIds(answer).find((b) => b.startsWith('source:'))!;

      writeFileSync(path, bridge.replace('treqind', 'katërqind'));
      await vi.waitFor(() => expect(ctx.articles[0]!.paragraphs[1]!.text).toContain('katërqind'), { timeout: 5_000, interval: 50 });
      expect(embedText(await ask({ question: 'How long is the bridge over the Drin?' }))).toContain('katërqind metrash');

      unlinkSync(path);
      await vi.waitFor(() => expect(articleIds()).toEqual([TRAM_ID, SEED_ID]), { timeout: 5_000, interval: 50 });
      const gone = (await callback(h.api, h.api.interactionCreate({ kind: 'button', customId: source }).id)).body.data!;
      expect(gone.content).toBe('This button is no longer valid. Please ask again.');
      expect(embedText(await ask({ question: 'How long is the bridge over the Drin?' }))).not.toContain('metrash');
    } finally {
      rmSync(path, { force: true });
    }
  });

  it('keeps answering from the valid articles when a broken file appears', async () => {
    await start();
    const broken = join(articles, 'scan.txt');
    writeFileSync(broken, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xe2, 0xe3]));
    try {
      await ctx.library.refresh();
      expect(articleIds()).toEqual([TRAM_ID, SEED_ID]);
      expect((await ask({ question: 'What did John Kirby say?' })).embeds![0]!.footer?.text).toContain('2023-09');
    } finally {
      rmSync(broken, { force: true });
    }
  });

  it('answers with the corrected text of an article edited in place', async () => {
    await start();
    writeFileSync(join(articles, `${TRAM_ID}.md`), TRAM_CORRECTED);
    try {
      await vi.waitFor(() => expect(ctx.articles[0]!.paragraphs).toHaveLength(4), { timeout: 5_000, interval: 50 });
      expect(embedText(await ask({ question: 'Sa kushton bileta e tramvajit?' }))).toContain('dyqind lekë');
    } finally {
      addTram(articles);
      await vi.waitFor(() => expect(ctx.articles[0]!.paragraphs).toHaveLength(3), { timeout: 5_000, interval: 50 });
    }
  });
});

describe('admin commands', () => {
  const MANAGER = EVERYONE_PERMISSIONS | PermissionFlagsBits.ManageGuild;

  it('/status shows a manager what the bot knows, privately', async () => {
    await start();
    await ask({ question: 'What did John Kirby say?' });
    const reply = (await callback(h.api, slash(h.api, 'status', {}, { permissions: MANAGER }).id)).body.data!;

    expect(reply.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const text = reply.embeds![0]!.description!;
    expect(reply.embeds![0]!.title).toBe('Bot status');
    expect(text).toContain('Articles: 2 · paragraphs: 15');
    expect(text).toMatch(/Index: \d+ passages \(\d+ deleted\), [\d.]+ (KB|MB) on disk/);
    expect(text).toContain(`Built: ${ctx.index.manifest.builtAt} in ${ctx.index.manifest.buildMs} ms`);
    expect(text).toContain(`Embedder: ${ctx.index.manifest.embedder.id}, ${ctx.index.manifest.embedder.dimensions} dimensions`);
    expect(text).toContain('Answers: extractive');
    expect(text).toMatch(/Uptime: \d+ min \d+ s · gateway ping: (\d+ ms|—)/);
    expect(text).toContain('Answers served since start: 1');
    expect(text).toContain('Feedback: 1 answers on record, 0 voted on · 👍 0 · 👎 0');
    expect(text).toMatch(/\nGateway shard 0: 1 servers · ping (\d+ ms|—) · Ready$/);
  });

  it.each([
    ['a member without Manage Server', { permissions: EVERYONE_PERMISSIONS }],
    ['a direct message', { guildId: null }],
  ])('refuses /status and /reindex to %s, even though Discord showed them', async (_, spec) => {
    await start();
    for (const command of ['status', 'reindex']) {
      const reply = (await callback(h.api, slash(h.api, command, {}, spec).id)).body.data!;
      expect(reply.content, command).toBe('Only server admins (Manage Server permission) can use this command.');
      expect(reply.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    }
    expect(ctx.library.isRebuilding).toBe(false);
  });

  it('/reindex rebuilds in the background and tells the manager privately when it is done', async () => {
    await start();
    const builtAt = ctx.index.manifest.builtAt;
    const { id, token } = slash(h.api, 'reindex', { language: 'en' }, { permissions: MANAGER });

    const started = (await callback(h.api, id)).body.data!;
    expect(started.content).toBe(
      'Rebuilding the index in the background; questions are answered from the current one meanwhile. I will post here when it is done.',
    );
    expect(started.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const done = await h.api.waitForRequest<MessageJson>((r) => r.method === 'POST' && r.path.includes(`/webhooks/`) && r.path.includes(token));
    expect(done.body.content).toMatch(/^Index rebuilt: 2 articles, 15 paragraphs, in \d+\.\d s\.$/);
    expect(done.body.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(ctx.index.manifest.builtAt).not.toBe(builtAt);
    expectNoPings(h.api);
  });
});
