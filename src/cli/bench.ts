import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArticles } from '../article/article.js';
import { loadConfig, offlineChildEnv } from '../config.js';
import { createContext } from '../context.js';
import { createEmbedder } from '../embeddings/factory.js';
import { buildStore } from '../index/ingest.js';
import { createLogger } from '../logger.js';
import { loadEvalSet } from '../eval/evaluate.js';
import { formatScaleReport, percentile, runScaleBench, WARM_UP_QUESTIONS } from '../eval/scale-bench.js';
import { ConfigError } from '../errors.js';
import { StoredConversations } from '../feedback/conversations.js';
import { FeedbackDatabase } from '../feedback/database.js';
import { FeedbackStore } from '../feedback/store.js';
import { runMain } from './run.js';

/**
 * Speed and memory of the offline path. Targets are in the README; this prints what it measures.
 * `npm run bench -- --corpus N` measures a generated archive of N paragraphs instead.
 */

const WARM_ROUNDS = 20;
const COLD_RUNS = 7;
const BUILD_RUNS = 20;
const FEEDBACK_RUNS = 500;

function row(name: string, samples: number[], target: string): string {
  const fmt = (x: number) => x.toFixed(2).padStart(8);
  return `${name.padEnd(34)} ${fmt(percentile(samples, 50))} ${fmt(percentile(samples, 95))} ${fmt(Math.max(...samples))}   ${target}`;
}

const BENCH_USAGE = 'Usage: npm run bench [-- --corpus N] (N: paragraphs, 1 to 10,000,000)';

/** N of `--corpus N`, or undefined without the option. */
function corpusSize(args: readonly string[]): number | undefined {
  const at = args.indexOf('--corpus');
  if (at < 0) return undefined;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1 || value > 10_000_000) throw new ConfigError(BENCH_USAGE);
  return value;
}

runMain(async () => {
  // The offline engine is what the targets are about, whatever .env selects.
  const settings = loadConfig();
  const config = { ...settings, llm: { ...settings.llm, answerMode: 'extractive' as const, embeddings: 'local' as const } };
  const logger = createLogger('warn');
  const corpus = corpusSize(process.argv.slice(2));
  if (corpus !== undefined) {
    process.stdout.write(`${formatScaleReport(await runScaleBench(config, logger, corpus), loadavg())}\n`);
    return;
  }
  const embeddingsDir = mkdtempSync(join(tmpdir(), 'bench-index-'));
  try {
    // Index build: embedding every paragraph and building the HNSW graph (modules already loaded).
    const articles = loadArticles(config.articlesDir);
    const build: number[] = [];
    for (let i = 0; i < BUILD_RUNS; i++) {
      const started = performance.now();
      const embedder = await createEmbedder(config, articles);
      const store = await buildStore(articles, embedder.embeddings);
      store.save(join(embeddingsDir, `run-${i}`));
      build.push(performance.now() - started);
    }

    // Warm answers: every dev question, answered repeatedly in one process, once the word lists
    // that load on first use (the lexicon, the Albanian paradigms) have been read by two other questions.
    const ctx = await createContext({ ...config, embeddingsDir }, logger);
    const questions = loadEvalSet('eval/dev-questions.json').map((q) => q.q);
    for (const question of WARM_UP_QUESTIONS) await ctx.answerer.ask(question);
    const warm: number[] = [];
    for (let round = 0; round < WARM_ROUNDS; round++) {
      for (const question of questions) {
        const started = performance.now();
        await ctx.answerer.ask(question);
        warm.push(performance.now() - started);
      }
    }

    // Feedback: what the bot writes to SQLite per answer and per vote. better-sqlite3 is synchronous,
    // so this is time the event loop is blocked.
    const answer = await ctx.answerer.ask(questions[0]!);
    const database = FeedbackDatabase.open(join(embeddingsDir, 'data'), logger);
    const feedback = new FeedbackStore(database);
    const conversations = new StoredConversations(database);
    const stored: number[] = [];
    const voted: number[] = [];
    for (let i = 0; i < FEEDBACK_RUNS; i++) {
      let started = performance.now();
      const id = feedback.recordAnswer(answer);
      conversations.add(`thread-${i % 50}`, { question: answer.question, answer: answer.text, language: answer.language });
      stored.push(performance.now() - started);
      started = performance.now();
      feedback.vote(id, `user-${i}`, i % 3 === 0 ? 'down' : 'up');
      voted.push(performance.now() - started);
    }
    database.close();

    // Cold CLI: the whole `npm run ask -- "…"`, from spawning npm to the printed answer.
    const cold: number[] = [];
    const direct: number[] = [];
    const env = offlineChildEnv({ ARTICLES_DIR: config.articlesDir, EMBEDDINGS_DIR: embeddingsDir, LOG_LEVEL: 'warn' });
    for (let i = 0; i < COLD_RUNS; i++) {
      let started = performance.now();
      execFileSync('npm', ['run', '--silent', 'ask', '--', 'Ku do të takohen Kim dhe Putin?'], { env, stdio: 'pipe' });
      cold.push(performance.now() - started);
      started = performance.now();
      execFileSync(process.execPath, ['dist/src/cli/ask.js', 'Ku do të takohen Kim dhe Putin?'], { env, stdio: 'pipe' });
      direct.push(performance.now() - started);
    }

    const rssMb = process.memoryUsage().rss / 1024 / 1024;
    process.stdout.write(
      [
        `Benchmark (offline, ${articles[0]!.paragraphs.length} paragraphs, Node ${process.version})`,
        `${'measure (ms)'.padEnd(34)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}   target`,
        row('index build (embed + HNSW + save)', build, 'p95 ≤ 100 ms'),
        row(`warm answer (${warm.length} asks)`, warm, 'p95 ≤ 5 ms'),
        row('cold `npm run ask -- "…"`', cold, '≤ 600 ms'),
        row('cold `node dist/src/cli/ask.js`', direct, '(without npm)'),
        row('store answer + turn (SQLite, WAL)', stored, 'p95 ≤ 2 ms'),
        row('store a vote (SQLite, WAL)', voted, 'p95 ≤ 2 ms'),
        `resident memory after the run: ${rssMb.toFixed(0)} MB`,
      ].join('\n') + '\n',
    );
  } finally {
    rmSync(embeddingsDir, { recursive: true, force: true });
  }
}, { usage: BENCH_USAGE, accepts: (args) => args.length === 0 || (args[0] === '--corpus' && args.length <= 2) });
