import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApplicationCommandOptionType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadArticle, type Article } from '../../src/article/article.js';
import type { Command } from '../../src/discord/command.js';
import { loadCommands } from '../../src/discord/command-loader.js';
import { SEED_ARTICLE } from '../helpers/core.js';

let article: Article;
let commands: Map<string, Command>;
let scratch: string | undefined;

beforeAll(async () => {
  article = loadArticle(SEED_ARTICLE);
  commands = await loadCommands(article);
});
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

const definition = (name: string) => commands.get(name)!.data(article).toJSON();

describe('command loader', () => {
  it('loads one command per file in commands/, keyed by name', () => {
    expect([...commands.keys()]).toEqual(['about', 'articles', 'ask', 'help', 'new', 'paragraph', 'quote', 'reindex', 'stats', 'status', 'summary']);
  });

  it('gives every command and option a description in both languages within 100 characters, English-only for English clients', () => {
    for (const name of commands.keys()) {
      const json = definition(name);
      for (const item of [json, ...(json.options ?? [])]) {
        expect(item.description.length).toBeLessThanOrEqual(100);
        expect(item.description).toContain(' · ');
        expect(item.description_localizations?.['en-US']).toBe(item.description.split(' · ')[0]);
      }
    }
  });

  it('puts the limits on the definitions: question length, paragraph range with autocomplete, summary lengths, languages', () => {
    expect(definition('ask').options).toMatchObject([
      { name: 'question', type: ApplicationCommandOptionType.String, required: true, max_length: 500 },
      { name: 'article', type: ApplicationCommandOptionType.String, required: false, autocomplete: true, max_length: 100 },
    ]);
    expect(definition('quote').options![0]).toMatchObject({ name: 'topic', required: true, max_length: 500 });
    // No maximum: articles come and go while the bot runs; the reply says which numbers exist.
    const number = definition('paragraph').options![0]! as { max_value?: number };
    expect(number).toMatchObject({ name: 'number', type: ApplicationCommandOptionType.Integer, min_value: 1, autocomplete: true });
    expect(number.max_value).toBeUndefined();
    const [length, language] = definition('summary').options as { choices: { value: string }[] }[];
    expect(length!.choices.map((c) => c.value)).toEqual(['short', 'detailed', 'bullets']);
    expect(language!.choices.map((c) => c.value)).toEqual(['en', 'sq']);
    expect(definition('help').options).toMatchObject([{ name: 'language', required: false }]);
  });

  it('offers an optional English/Albanian language option on every command but /ask (Discord has no Albanian locale to go by)', () => {
    for (const name of ['about', 'help', 'new', 'paragraph', 'quote', 'stats', 'summary']) {
      const language = definition(name).options?.find((o) => o.name === 'language') as { required?: boolean; choices?: { value: string }[] } | undefined;
      expect(language, `/${name}`).toBeDefined();
      expect(language!.required ?? false).toBe(false);
      expect(language!.choices!.map((c) => c.value)).toEqual(['en', 'sq']);
    }
  });

  it('offers an optional article: with autocomplete on /ask, /summary, /quote and /paragraph', () => {
    for (const name of ['ask', 'summary', 'quote', 'paragraph']) {
      const option = definition(name).options?.find((o) => o.name === 'article');
      expect(option, `/${name}`).toMatchObject({ type: ApplicationCommandOptionType.String, autocomplete: true });
      expect((option as { required?: boolean }).required ?? false).toBe(false);
    }
  });

  it('hides /status, /reindex and /stats from members (Manage Server) and from DMs: they are admin commands', () => {
    for (const name of ['status', 'reindex', 'stats']) {
      const json = definition(name);
      expect(json.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
      expect(json.contexts).toEqual([InteractionContextType.Guild]);
    }
    for (const name of ['ask', 'articles', 'help']) expect(definition(name).default_member_permissions ?? null).toBeNull();
  });

  it('refuses a file that does not export a command, and a command name defined twice', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'qa-commands-'));
    writeFileSync(join(scratch, 'broken.js'), 'export default { name: "x" };\n');
    await expect(loadCommands(article, scratch)).rejects.toThrow('broken.js does not export a command');

    rmSync(join(scratch, 'broken.js'));
    const command = 'export default { data: () => ({ name: "twice", toJSON: () => ({}) }), execute: async () => {} };\n';
    writeFileSync(join(scratch, 'a.js'), command);
    writeFileSync(join(scratch, 'b.js'), command);
    await expect(loadCommands(article, scratch)).rejects.toThrow('b.js defines /twice');
  });
});
