import { PermissionFlagsBits, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordApi, type DiscordApi } from '../fixtures/discord-api.js';
import { makeTempDir, removeDir, STACK_TRACE } from '../helpers/core.js';
import { childEnv, ensureBuilt, runNode } from '../helpers/dist.js';

const SCRIPT = 'dist/src/discord/deploy-commands.js';
let api: DiscordApi;
let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = makeTempDir('qa-deploy-');
}, 120_000);
afterAll(() => removeDir(dir));
afterEach(async () => {
  await api?.close();
});

const deploy = (extra: Record<string, string>) => runNode(SCRIPT, [], childEnv(dir, { DISCORD_API_BASE: api.restBase, ...extra }));

describe('npm run deploy-commands', () => {
  it('registers every command in the guild with one bulk overwrite when DISCORD_GUILD_ID is set', async () => {
    api = await startDiscordApi();

    const result = await deploy({ DISCORD_TOKEN: api.token, DISCORD_CLIENT_ID: api.ids.applicationId, DISCORD_GUILD_ID: api.ids.guildId });

    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Registered 11 commands in guild ${api.ids.guildId} (available now): /about /articles /ask /help /new /paragraph /quote /reindex /stats /status /summary\n`);
    const puts = api.requestsMatching<RESTPostAPIChatInputApplicationCommandsJSONBody[]>({ method: 'PUT' });
    expect(puts.map((r) => r.path)).toEqual([`/applications/${api.ids.applicationId}/guilds/${api.ids.guildId}/commands`]);
    expect(puts[0]!.status).toBe(200);
    const ask = puts[0]!.body.find((c) => c.name === 'ask')!;
    expect(ask.description).toBe('Ask a question about the article · Bëni një pyetje për artikullin');
    expect(ask.description_localizations).toEqual({ 'en-US': 'Ask a question about the article', 'en-GB': 'Ask a question about the article' });
    expect(ask.options?.[0]).toMatchObject({ name: 'question', required: true, max_length: 500 });
    // Admin commands reach Discord hidden from members: only Manage Server sees them.
    expect(puts[0]!.body.find((c) => c.name === 'stats')!.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
  });

  it('registers the commands globally without DISCORD_GUILD_ID', async () => {
    api = await startDiscordApi();

    const result = await deploy({ DISCORD_TOKEN: api.token, DISCORD_CLIENT_ID: api.ids.applicationId });

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('globally');
    expect(api.requestsMatching({ method: 'PUT' }).map((r) => r.path)).toEqual([`/applications/${api.ids.applicationId}/commands`]);
  });

  it.each([
    [{}, 'Error: DISCORD_TOKEN is not set: it is needed to register the slash commands.\n'],
    [{ DISCORD_TOKEN: 'x' }, 'Error: DISCORD_CLIENT_ID is not set: use the Application ID from the Developer Portal.\n'],
  ])('exits 1 naming the missing setting (%o)', async (env, message) => {
    api = await startDiscordApi();

    const result = await deploy(env);

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(message);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(api.requests).toHaveLength(0);
  });

  it('exits 1 with the same line as `npm start` when Discord rejects the token', async () => {
    api = await startDiscordApi();

    const result = await deploy({ DISCORD_TOKEN: 'wrong', DISCORD_CLIENT_ID: api.ids.applicationId });

    expect(result.code).toBe(1);
    expect(result.stderr).toBe('Error: Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the Developer Portal (Bot page).\n');
  });

  it('exits 1 with one line naming the address when the Discord API cannot be reached', async () => {
    api = await startDiscordApi();
    const unreachable = 'http://127.0.0.1:1/api';

    const result = await deploy({ DISCORD_TOKEN: api.token, DISCORD_CLIENT_ID: api.ids.applicationId, DISCORD_API_BASE: unreachable });

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`Error: Could not reach the Discord API at ${unreachable} (ECONNREFUSED).\n`);
  });
});
