/**
 * Runs the real bot (`startBot`) in-process against the loopback Discord API fixture, with the
 * real article context (built once per test file, index in a temp folder), and offers the few
 * helpers every Discord test needs: dispatch a slash command, wait for the bot's replies, and
 * check that everything it sent fits Discord's limits and pings nobody.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Events, GatewayOpcodes, type APIEmbed, type GatewayDispatchPayload } from 'discord.js';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import { WebSocketServer } from 'ws';
import type { Answerer } from '../../src/answer/answerer.js';
import type { Config } from '../../src/config.js';
import { deriveContext, type BotContext } from '../../src/context.js';
import { startBot, type BotHooks, type RunningBot } from '../../src/discord/bot.js';
import type { Telemetry } from '../../src/ops/telemetry.js';
import { LIMITS } from '../../src/discord/respond.js';
import { startDiscordApi, type DiscordApiOptions, type CommandOption, type CommandInteractionSpec, type DiscordApi, type JsonObject, type RecordedRequest } from '../fixtures/discord-api.js';
import { createTestContext, makeTempDir, recordingLogger, removeDir, type TestContext } from '../helpers/core.js';

export interface Harness {
  api: DiscordApi;
  bot: RunningBot;
  /** The context the bot was started with. */
  ctx: BotContext;
  /** JSON log lines the bot wrote (level info and up, unless `logLevel` says otherwise). */
  logs: string[];
  /** Messages the bot posted, with their ids, as Discord echoed them back on the gateway. */
  botMessages: (MessageJson & JsonObject)[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  discord?: Partial<Config['discord']>;
  answerer?: Answerer;
  /** Close code the gateway answers the bot's IDENTIFY with, instead of READY (see {@link refuseGateway}). */
  gatewayCloseCode?: number;
  /** Options of the fake Discord API (more servers, shard counts). */
  api?: DiscordApiOptions;
  /** Sharding and shutdown settings. */
  ops?: Partial<Config['ops']>;
  /** Where answers are counted (metrics tests). */
  telemetry?: Telemetry;
  /** Passed to startBot: the ops tests watch the gateway and the shutdown through them. */
  hooks?: BotHooks;
  /** Lowest level of the log lines kept in `logs`; default `info`. */
  logLevel?: string;
  /** DATA_DIR of the bot (its SQLite database); a fresh temp folder, removed on close, unless given (then kept). */
  dataDir?: string;
}

/** The offline context over the seed article; call once per file (`beforeAll`) and `cleanup()` after. */
export function articleContext(): Promise<TestContext> {
  return createTestContext();
}

/** What {@link useBotSuite} gives a test file; `ctx` and `dir` are there once `beforeAll` has run. */
export interface BotSuite {
  /** The article context the harnesses start on. */
  readonly ctx: BotContext;
  /** The temp folder that holds its index (removed after the file). */
  readonly dir: string;
  /** Starts a harness on {@link ctx}; it is closed after the test. */
  start(options?: HarnessOptions): Promise<Harness>;
}

/**
 * Registers the hooks a bot test file needs: the article context built once (`beforeAll`) and
 * removed after (`afterAll`), and every harness a test starts with `start()` closed after the test.
 */
export function useBotSuite(): BotSuite {
  let article: TestContext | undefined;
  let started: Harness[] = [];
  const built = (): TestContext => {
    if (!article) throw new Error('the article context is built in beforeAll: use it inside tests and hooks');
    return article;
  };
  beforeAll(async () => {
    article = await articleContext();
  });
  afterAll(() => article?.cleanup());
  afterEach(async () => {
    const closing = started;
    started = [];
    for (const harness of closing) await harness.close();
  });
  return {
    get ctx() {
      return built().ctx;
    },
    get dir() {
      return built().dir;
    },
    async start(options) {
      const harness = await startHarness(built().ctx, options);
      started.push(harness);
      return harness;
    },
  };
}

/** Starts the fixture and the bot; cooldown is off unless `discord.cooldownSeconds` says otherwise. */
export async function startHarness(base: BotContext, options: HarnessOptions = {}): Promise<Harness> {
  const api = await startDiscordApi(options.api);
  const refusing = options.gatewayCloseCode === undefined ? undefined : await refuseGateway(api, options.gatewayCloseCode);
  const { logger, lines } = recordingLogger(options.logLevel);
  const discord = { ...base.config.discord, token: api.token, apiBase: api.restBase, cooldownSeconds: 0, ...options.discord };
  const dataDir = options.dataDir ?? makeTempDir('qa-data-');
  const config = { ...base.config, discord, dataDir, ops: { ...base.config.ops, ...options.ops } };
  // Derived, not spread: the bot keeps reading the live index for what is not replaced.
  const ctx = deriveContext(base, {
    logger,
    config,
    ...(options.answerer ? { answerer: options.answerer } : {}),
    ...(options.telemetry ? { telemetry: options.telemetry } : {}),
  }) as BotContext;
  const closeServers = async () => {
    await refusing?.();
    await api.close();
    if (options.dataDir === undefined) removeDir(dataDir);
  };
  let bot: RunningBot;
  try {
    bot = await startBot(ctx, options.hooks);
  } catch (error) {
    await closeServers();
    throw error;
  }
  const botMessages: Harness['botMessages'] = [];
  bot.client.on(Events.Raw, (packet: GatewayDispatchPayload) => {
    if (packet.t === 'MESSAGE_CREATE' && packet.d.author.id === api.ids.botUserId) botMessages.push(packet.d as unknown as Harness['botMessages'][number]);
  });
  return {
    api,
    bot,
    ctx,
    logs: lines,
    botMessages,
    close: async () => {
      // Client first: it stops heartbeating and closes its socket before the fixture goes away.
      await bot.stop();
      await closeServers();
    },
  };
}

/**
 * Sends the bot to a gateway of the harness's own (the fixture's `GET /gateway/bot` is answered
 * with its URL) that says HELLO and then closes the connection with `code` when the bot
 * identifies: what Discord does when it refuses a session, e.g. 4014 when Message Content Intent
 * is not turned on. Works for a bot in a child process too. Returns a function that closes it.
 */
export async function refuseGateway(api: DiscordApi, code: number): Promise<() => Promise<void>> {
  const gateway = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(gateway, 'listening');
  gateway.on('connection', (socket) => {
    socket.send(JSON.stringify({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: 45_000 }, s: null, t: null }));
    socket.on('message', (data) => {
      if ((JSON.parse(String(data)) as { op: number }).op === GatewayOpcodes.Identify) socket.close(code, 'refused by the test');
    });
  });
  const url = `ws://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
  const sessionStartLimit = { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 };
  // failNext answers with any status: here a 200 that points to the refusing gateway, for every request.
  api.failNext({ route: 'GET /gateway/bot' }, { status: 200, body: { url, shards: 1, session_start_limit: sessionStartLimit }, times: Infinity });
  return () =>
    new Promise<void>((resolve) => {
      for (const socket of gateway.clients) socket.terminate();
      gateway.close(() => resolve());
    });
}

/** Dispatches a slash command with string/integer options, as Discord would. */
export function slash(api: DiscordApi, name: string, options: Record<string, string | number> = {}, spec: Partial<CommandInteractionSpec> = {}) {
  const raw: CommandOption[] = Object.entries(options).map(([option, value]) => ({ name: option, type: typeof value === 'number' ? 4 : 3, value }));
  return api.interactionCreate({ kind: 'command', name, options: raw, ...spec });
}

export interface CallbackBody {
  type: number;
  data?: MessageJson & { choices?: { name: string; value: string | number }[] };
}

export interface MessageJson {
  content?: string;
  embeds?: APIEmbed[];
  components?: { type: number; components: { type: number; custom_id: string; label: string; style: number }[] }[];
  flags?: number;
  allowed_mentions?: { parse?: string[]; replied_user?: boolean };
  message_reference?: { message_id: string };
}

export const CALLBACK_ROUTE = 'POST /interactions/:interactionId/:token/callback' as const;
/** Matches the interaction callback (first response) of interaction `id`. */
export const isCallbackOf = (id: string) => (r: RecordedRequest) => r.route === CALLBACK_ROUTE && r.path.startsWith(`/interactions/${id}/`);
const isWebhookOf = (token: string, method: string) => (r: RecordedRequest) => r.method === method && r.path.includes(`/${token}`) && r.route?.includes('webhooks') === true;

/** The interaction callback (first response) of interaction `id`. */
export function callback(api: DiscordApi, id: string): Promise<RecordedRequest<CallbackBody>> {
  return api.waitForRequest<CallbackBody>(isCallbackOf(id));
}

/** The edit of the deferred reply that carries the final embed (earlier edits may be streamed previews). */
export function finalEdit(api: DiscordApi, token: string, timeoutMs?: number): Promise<RecordedRequest<MessageJson>> {
  return api.waitForRequest<MessageJson>((r) => isWebhookOf(token, 'PATCH')(r) && (r.body as MessageJson).embeds?.length !== 0 && (r.body as MessageJson).embeds !== undefined, timeoutMs);
}

/** Every edit of interaction `token`'s reply so far. */
export function edits(api: DiscordApi, token: string): RecordedRequest<MessageJson>[] {
  return api.requestsMatching<MessageJson>(isWebhookOf(token, 'PATCH'));
}

/** Follow-up messages of interaction `token` so far. */
export function followUps(api: DiscordApi, token: string): RecordedRequest<MessageJson>[] {
  return api.requestsMatching<MessageJson>(isWebhookOf(token, 'POST'));
}

/** Waits for the `count`-th follow-up of interaction `token`. */
export async function followUp(api: DiscordApi, token: string, count = 1): Promise<RecordedRequest<MessageJson>> {
  let seen = 0;
  return api.waitForRequest<MessageJson>((r) => isWebhookOf(token, 'POST')(r) && ++seen === count);
}

/** A message the bot posted in `channelId` (a reply to a mention or DM, or a message in a thread). */
export function channelPost(api: DiscordApi, channelId: string): Promise<RecordedRequest<MessageJson>> {
  return api.waitForRequest<MessageJson>({ method: 'POST', path: `/channels/${channelId}/messages` });
}

/** Waits until the bot has logged `count` finished answers (the conversation turn is recorded by then). */
export async function answered(h: Harness, count: number): Promise<void> {
  await vi.waitFor(() => expect(h.logs.filter((line) => line.includes('"msg":"answered"')).length).toBeGreaterThanOrEqual(count), { timeout: 10_000 });
}

/** Waits until the fixture has answered every given request, and returns their statuses. */
export async function statuses(requests: readonly RecordedRequest[]): Promise<number[]> {
  await vi.waitFor(() => expect(requests.every((r) => r.status !== undefined)).toBe(true));
  return requests.map((r) => r.status!);
}

/** The message body a recorded request carries: an interaction callback's `data`, else the body itself. */
export function messageOf(request: RecordedRequest): MessageJson | undefined {
  const body = request.body as JsonObject | undefined;
  if (!body || typeof body !== 'object') return undefined;
  return request.route === CALLBACK_ROUTE ? (body.data as MessageJson | undefined) : (body as MessageJson);
}

/** The description text of every embed, joined. */
export function embedText(message: MessageJson | undefined): string {
  return (message?.embeds ?? []).map((e) => `${e.title ?? ''}\n${e.description ?? ''}`).join('\n');
}

/** Custom ids of the buttons on a message, in order. */
export function buttonIds(message: MessageJson | undefined): string[] {
  return (message?.components ?? []).flatMap((row) => row.components.map((b) => b.custom_id));
}

/** Discord's limit on a button's custom id. */
const MAX_CUSTOM_ID = 100;

/**
 * Asserts a message body is within every Discord limit that respond.ts is responsible for:
 * Discord rejects the whole message (400) when one is exceeded, or when two buttons share a custom id.
 */
export function expectWithinLimits(message: { content?: string; embeds?: APIEmbed[]; components?: { components: { custom_id: string; label?: string }[] }[] }): void {
  expect((message.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  const embeds = message.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
  let total = 0;
  for (const embed of embeds) {
    expect((embed.title ?? '').length).toBeLessThanOrEqual(LIMITS.title);
    expect((embed.description ?? '').length).toBeLessThanOrEqual(LIMITS.description);
    expect((embed.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.footer);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    total += (embed.title ?? '').length + (embed.description ?? '').length + (embed.footer?.text.length ?? 0);
    total += (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
  const rows = message.components ?? [];
  expect(rows.length).toBeLessThanOrEqual(LIMITS.rows);
  for (const row of rows) expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
  const buttons = rows.flatMap((row) => row.components);
  const ids = buttons.map((b) => b.custom_id);
  for (const id of ids) expect(id.length).toBeLessThanOrEqual(MAX_CUSTOM_ID);
  expect(new Set(ids).size, `duplicate custom ids in ${ids.join(' ')}`).toBe(ids.length);
  for (const button of buttons) expect((button.label ?? '').length).toBeLessThanOrEqual(LIMITS.buttonLabel);
}

/**
 * Asserts that nothing the bot sent could ping anyone: every recorded body with text has
 * `allowed_mentions.parse` empty (and message replies do not ping their author).
 */
export function expectNoPings(api: DiscordApi): void {
  const withText = api.requests.map((r) => ({ r, message: messageOf(r) })).filter(({ message }) => typeof message?.content === 'string' || message?.embeds);
  expect(withText.length).toBeGreaterThan(0);
  for (const { r, message } of withText) {
    expect(message?.allowed_mentions?.parse, `${r.method} ${r.route}`).toEqual([]);
    if (message?.message_reference) expect(message.allowed_mentions?.replied_user).toBe(false);
  }
}

/** An Answerer whose `ask` is given; `summarize` is the real one unless given too. */
export function fakeAnswerer(base: Answerer, overrides: Partial<Pick<Answerer, 'ask' | 'summarize'>>): Answerer {
  return { mode: 'llm', ask: overrides.ask ?? base.ask.bind(base), summarize: overrides.summarize ?? base.summarize.bind(base) };
}
