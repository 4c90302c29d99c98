/**
 * Reliability figures for the README: `npm run bench:reliability`.
 *
 * 1. Time to an answer with a hanging model, with the default settings: `node dist/src/cli/ask.js`
 *    against an OpenAI-compatible loopback server that accepts every request and never replies.
 * 2. Public messages produced by 20 quick mentions from one user, with the default settings:
 *    the compiled bot (`node dist/src/main.js`, offline engine) against the loopback Discord API.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BOT_USER_ID, startDiscordApi } from '../test/fixtures/discord-api.js';
import { startOpenAiApi } from '../test/fixtures/openai-api.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MENTIONS = 20;

/** A child's environment: nothing inherited but PATH, no `.env`, the index in a temp folder. */
function env(embeddingsDir: string, extra: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '', ENV_FILE: '', EMBEDDINGS_DIR: embeddingsDir, ...extra };
}

function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      if (condition() || Date.now() - started > timeoutMs) {
        clearInterval(poll);
        resolve(condition());
      }
    }, 10);
  });
}

/** Seconds from spawning `npm run ask` to its answer, with a model that never replies; and the notice it printed. */
async function hangingModel(embeddingsDir: string): Promise<{ seconds: number; notice: string }> {
  const api = await startOpenAiApi({ defaultReply: { delayMs: 60 * 60_000 } });
  try {
    // Builds the index first, so that only the answer is timed.
    await run(['dist/src/cli/ask.js', 'Kirby'], env(embeddingsDir, { ANSWER_MODE: 'extractive' }));
    const started = performance.now();
    const { stdout } = await run(['dist/src/cli/ask.js', 'Çfarë tha John Kirby?'], env(embeddingsDir, { OPENAI_BASE_URL: api.baseURL, LOG_LEVEL: 'silent' }));
    return { seconds: (performance.now() - started) / 1000, notice: /^\((.*)\)$/m.exec(stdout)?.[1] ?? '(none)' };
  } finally {
    await api.close();
  }
}

function run(args: string[], childEnv: Record<string, string>): Promise<{ stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ stdout }) : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

/** What 20 mentions sent at once by one user make the bot do in the channel. */
async function quickMentions(embeddingsDir: string): Promise<{ messages: number; reactions: number }> {
  const api = await startDiscordApi();
  const bot = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: ROOT,
    env: env(embeddingsDir, { DISCORD_TOKEN: api.token, DISCORD_API_BASE: api.restBase, LOG_LEVEL: 'info' }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  bot.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  try {
    if (!(await waitFor(() => log.includes('"msg":"Discord bot ready"'), 30_000))) throw new Error(`the bot did not start:\n${log}`);
    for (let i = 0; i < MENTIONS; i++) api.messageCreate({ content: `<@${DEFAULT_BOT_USER_ID}> Çfarë tha John Kirby?`, mentionBot: true });
    const posts = () => api.requestsMatching({ route: 'POST /channels/:channelId/messages' }).length;
    const reactions = () => api.requestsMatching({ route: 'PUT /channels/:channelId/messages/:messageId/reactions/:emoji/@me' }).length;
    await waitFor(() => log.includes('"msg":"answered"') && posts() + reactions() >= MENTIONS, 10_000);
    // Anything late would show up here.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return { messages: posts(), reactions: reactions() };
  } finally {
    const exited = new Promise((resolve) => bot.once('close', resolve));
    bot.kill('SIGTERM');
    await exited;
    await api.close();
  }
}

async function benchReliability(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist/src/main.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const embeddingsDir = mkdtempSync(join(tmpdir(), 'bench-reliability-'));
  try {
    const hanging = await hangingModel(embeddingsDir);
    const mentions = await quickMentions(embeddingsDir);
    process.stdout.write(
      [
        `Reliability (default settings, Node ${process.version})`,
        `hanging model: \`npm run ask\` answered after ${hanging.seconds.toFixed(1)} s with the notice "${hanging.notice}"`,
        `${MENTIONS} quick mentions from one user: ${mentions.messages} public message(s), ${mentions.reactions} ⏳ reaction(s)`,
      ].join('\n') + '\n',
    );
  } finally {
    rmSync(embeddingsDir, { recursive: true, force: true });
  }
}

benchReliability().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
