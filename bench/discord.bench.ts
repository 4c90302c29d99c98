/**
 * Discord load benchmark: `npm run build && npx tsx bench/discord.bench.ts` (`BENCH_BURSTS=10` for a longer run).
 *
 * Runs the compiled bot (`node dist/src/main.js`, offline engine) against the loopback Discord API
 * fixture and dispatches bursts of 200 `/ask` interactions at once, from 200 different users.
 * Latency is the time from dispatching an interaction to the bot's first request about it (its
 * deferral callback, or an edit): what Discord's 3-second deadline is about. The bot runs in its
 * own process so that its resident memory (RSS, read from the OS) excludes the fixture, which
 * keeps every message it is sent. RSS depends on when V8 chooses to collect; the heap measured
 * right after a forced collection (a probe preloaded into the bot) shows what is actually retained.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDiscordApi, type DiscordApi, type RecordedRequest } from '../test/fixtures/discord-api.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MAIN = join(ROOT, 'dist/src/main.js');
const BURST = 200;
const BURSTS = Number(process.env.BENCH_BURSTS ?? 5);
/** Preloaded into the bot: on SIGUSR2, collect garbage and report the heap still in use. */
const GC_PROBE = `data:text/javascript,process.on('SIGUSR2',()=>{globalThis.gc();process.stderr.write('{"heapAfterGcMb":'+process.memoryUsage().heapUsed/1048576+'}\\n')})`;
const QUESTIONS = (JSON.parse(readFileSync(join(ROOT, 'eval/dev-questions.json'), 'utf8')) as { questions: { q: string }[] }).questions.map((q) => q.q);

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Resident memory of a process in MB, as the OS reports it. */
function rssMb(pid: number): number {
  const status = `/proc/${pid}/status`;
  const kb = existsSync(status)
    ? Number(/VmRSS:\s+(\d+)/.exec(readFileSync(status, 'utf8'))?.[1])
    : Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
  return kb / 1024;
}

function waitFor(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (condition()) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(poll);
        reject(new Error(`timed out waiting for ${what}`));
      }
    }, 5);
  });
}

/** Dispatches one burst; resolves with each interaction's dispatch-to-first-request time, once all are answered. */
async function burst(api: DiscordApi, round: number, answeredSoFar: () => number): Promise<number[]> {
  const before = answeredSoFar();
  const latencies = await Promise.all(
    Array.from({ length: BURST }, (_, i) => {
      const user = { id: String(3_000_000_000_000_000_000n + BigInt(round * BURST + i)) };
      const question = QUESTIONS[i % QUESTIONS.length]!;
      const started = performance.now();
      const { id, token } = api.interactionCreate({ kind: 'command', name: 'ask', options: [{ name: 'question', type: 3, value: question }], user });
      const first = (r: RecordedRequest) => r.path.startsWith(`/interactions/${id}/`) || (r.method === 'PATCH' && r.path.includes(token));
      return api.waitForRequest(first, 60_000).then(() => performance.now() - started);
    }),
  );
  await waitFor(() => answeredSoFar() - before >= BURST, `burst ${round + 1} to be answered`);
  return latencies;
}

/** Runs the benchmark and prints a table: latency and the bot's memory after every burst, then latency overall. */
async function benchDiscord(): Promise<void> {
  if (!existsSync(MAIN)) throw new Error('dist/ is missing: run `npm run build` first.');
  const api = await startDiscordApi();
  const embeddingsDir = mkdtempSync(join(tmpdir(), 'bench-discord-'));
  let bot: ChildProcess | undefined;
  try {
    const env = {
      PATH: process.env.PATH ?? '',
      ENV_FILE: '',
      EMBEDDINGS_DIR: embeddingsDir,
      DATA_DIR: join(embeddingsDir, 'data'),
      ANSWER_MODE: 'extractive',
      DISCORD_TOKEN: api.token,
      DISCORD_API_BASE: api.restBase,
      COOLDOWN_SECONDS: '0',
      MAX_CONCURRENT_ANSWERS: String(BURST),
      LOG_LEVEL: 'info', // one "answered" line per answer: how this benchmark knows a burst is done
    };
    const child = spawn(process.execPath, ['--expose-gc', '--import', GC_PROBE, MAIN], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    bot = child;
    let answered = 0;
    let ready = false;
    let heapAfterGcMb: number | undefined;
    let pending = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.includes('"msg":"answered"')) answered++;
        else if (line.includes('"msg":"Discord bot ready"')) ready = true;
        else if (line.startsWith('{"heapAfterGcMb"')) heapAfterGcMb = (JSON.parse(line) as { heapAfterGcMb: number }).heapAfterGcMb;
        else if (line.includes('"level":50')) process.stderr.write(`bot: ${line}\n`);
      }
    });
    const retainedHeapMb = async (): Promise<number> => {
      heapAfterGcMb = undefined;
      child.kill('SIGUSR2');
      await waitFor(() => heapAfterGcMb !== undefined, 'the heap probe');
      return heapAfterGcMb!;
    };
    await waitFor(() => ready, 'the bot to log in');

    const rssBeforeMb = rssMb(child.pid!);
    const heapBeforeMb = await retainedHeapMb();
    const rows: string[] = [];
    const all: number[] = [];
    for (let round = 0; round < BURSTS; round++) {
      api.clearRequests(); // the fixture's own memory is not what is measured, but keep the search short
      const latencies = await burst(api, round, () => answered);
      all.push(...latencies);
      const cells = [percentile(latencies, 50), percentile(latencies, 95), Math.max(...latencies)].map((ms) => ms.toFixed(1).padStart(8));
      const memory = [rssMb(child.pid!), await retainedHeapMb()].map((mb) => mb.toFixed(1).padStart(10));
      rows.push(`${String(round + 1).padStart(5)} ${cells.join(' ')} ${memory.join(' ')}`);
    }

    process.stdout.write(
      [
        `Discord load: ${BURSTS} bursts of ${BURST} /ask at once (offline engine, Node ${process.version})`,
        `latency = dispatch → first reply request (deferral callback); memory of the bot process`,
        `burst  p50 (ms)  p95 (ms)  max (ms)   RSS (MB)  heap after GC (MB)`,
        `start ${''.padStart(26)} ${rssBeforeMb.toFixed(1).padStart(10)} ${heapBeforeMb.toFixed(1).padStart(10)}`,
        ...rows,
        `all    ${percentile(all, 50).toFixed(1).padStart(7)}  ${percentile(all, 95).toFixed(1).padStart(7)}   answered ${answered}/${BURST * BURSTS}`,
      ].join('\n') + '\n',
    );
  } finally {
    if (bot && bot.exitCode === null) {
      const exited = new Promise((resolve) => bot!.once('close', resolve));
      bot.kill('SIGTERM');
      await exited;
    }
    await api.close();
    rmSync(embeddingsDir, { recursive: true, force: true });
  }
}

benchDiscord().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
