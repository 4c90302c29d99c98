import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { offlineChildEnv } from '../config.js';
import { createContext } from '../context.js';
import { EF_CONSTRUCTION, EF_SEARCH, M, SHARD_EF_SHARE } from '../index/hnsw-store.js';
import type { OpenedIndex } from '../index/open-index.js';
import type { Logger } from '../logger.js';
import { analyzeQuery } from '../retrieval/query.js';
import { loadEvalSet } from './evaluate.js';
import { seededRandom, writeSyntheticArchive } from './synthetic-archive.js';

const COLD_RUNS = 3;
const WARM_ROUNDS = 3;
/**
 * One question per language, not among the timed ones, asked before the warm answers are timed: the word
 * lists that load on first use (the lexicon, the Albanian paradigms, the English lemmatizer) are read then.
 */
export const WARM_UP_QUESTIONS = ['Where did the ministers travel last week?', 'Kush e njoftoi vendimin e ri?'];
/** Questions made from archive sentences, besides the eval sets' questions. */
const ARCHIVE_QUESTIONS = 50;
const COLD_QUESTION = 'Ku do të takohen Kim dhe Putin?';
/** ann-benchmarks' tolerance on the k-th distance: a neighbour as close as the k-th, give or take, is no miss. */
export const RECALL_EPSILON = 1e-3;
/** `ef` values whose recall is also printed, besides the retriever's. */
const RECALL_CURVE = [400, 800, 1000, 1600];

/** A neighbour and its cosine similarity to the query. */
export interface Neighbour {
  label: number;
  similarity: number;
}

/**
 * How many of the approximate neighbours `found` count towards recall@k against the exact top k
 * (`exact`, closest first), two ways: `overlap`, the exact top k's labels that were found; and
 * `withinEpsilon`, as ann-benchmarks counts, the found neighbours whose distance is at most the
 * exact k-th distance + `epsilon`, so a neighbour tied with the k-th one (or a hair farther)
 * is not a miss. Divide by k for the recall.
 */
export function recallCounts(exact: readonly Neighbour[], found: readonly Neighbour[], k: number, epsilon = RECALL_EPSILON): { overlap: number; withinEpsilon: number } {
  const top = exact.slice(0, k);
  const labels = new Set(found.slice(0, k).map((n) => n.label));
  const overlap = top.filter((n) => labels.has(n.label)).length;
  const kth = top[top.length - 1];
  const threshold = kth === undefined ? -Infinity : 1 - kth.similarity + epsilon;
  const withinEpsilon = found.slice(0, k).filter((n) => 1 - n.similarity <= threshold).length;
  return { overlap, withinEpsilon };
}

/** Everything `npm run bench -- --corpus N` measures, for printing or for a test. */
export interface ScaleReport {
  paragraphs: number;
  articles: number;
  buildMs: number;
  buildRate: number;
  /** CPU time of the build, every thread of the process (the wall time depends on the machine's load). */
  buildCpuMs: number;
  /** Where the build's wall time went (see {@link OpenedIndex.stages}). */
  stages: NonNullable<OpenedIndex['stages']>;
  /** Graph shards built (at once, on worker threads, when more than one). */
  shards: number;
  /** Dimensions of the vectors in the graph. */
  dimensions: number;
  indexBytes: number;
  peakRssBytes: number;
  warm: { p50: number; p95: number; count: number };
  vectorSearch: { p50: number; p95: number };
  memoryVectorStore: { p50: number; p95: number };
  coldAskMs: number;
  /** CPU time (user + system) of the median cold ask's processes, where the system reports it (Linux). */
  coldAskCpuMs?: number;
  /** Share of the exact top 10 that hnswlib returned (set overlap), at the retriever's `ef`. */
  recallAt10: number;
  /** The same as ann-benchmarks counts it: a returned neighbour within the exact 10th distance + {@link RECALL_EPSILON}. */
  recallAt10Epsilon: number;
  /** Set-overlap recall@10 at other `ef` values, to show what the graph needs. */
  recallByEf: { ef: number; recall: number; p95: number }[];
  seed: { answerable: number; fromSeed: number; goldCited: number; unanswerable: number; refused: number };
  /** Questions made of the first words of an archive paragraph, and how many answers cite that paragraph. */
  archive: { asked: number; sourceCited: number };
}

/** The p-th percentile of the samples (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

function spread(samples: readonly number[]): { p50: number; p95: number } {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

function directorySize(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

/**
 * Generates a reproducible archive of `paragraphs` paragraphs (the seed article among them) in a
 * temporary folder, builds its index, and measures build, size, memory, warm and cold answers,
 * ANN recall against exact search over the same vectors, and LangChain's `MemoryVectorStore`
 * on the same vectors. The seed article's dev questions must still be answered from it.
 */
export async function runScaleBench(config: Config, logger: Logger, paragraphs: number, options: { coldRuns?: number } = {}): Promise<ScaleReport> {
  const root = mkdtempSync(join(tmpdir(), 'bench-archive-'));
  try {
    const seedArticle = readdirSync(config.articlesDir).filter((f) => /\.(txt|md)$/i.test(f)).sort()[0];
    if (!seedArticle) throw new Error(`No seed article in ${config.articlesDir}`);
    const archive = writeSyntheticArchive(join(root, 'articles'), paragraphs, join(config.articlesDir, seedArticle));
    const settings: Config = { ...config, articlesDir: archive.dir, embeddingsDir: join(root, 'embeddings') };

    // Build: what `npm run index` does, with the modules already loaded.
    const started = performance.now();
    const cpu = process.cpuUsage();
    const ctx = await createContext(settings, logger, { forceRebuild: true });
    const buildMs = performance.now() - started;
    const { user, system } = process.cpuUsage(cpu);
    const stages = ctx.index.stages ?? { embedMs: 0, graphMs: 0, postingsMs: 0, saveMs: 0 };
    const indexBytes = directorySize(settings.embeddingsDir);
    const passages = ctx.index.store.size;

    // Warm answers: the eval sets' questions and questions made of archive sentences.
    const evalQuestions = [...loadEvalSet('eval/dev-questions.json'), ...loadEvalSet('eval/paraphrase-questions.json')].map((q) => q.q);
    const random = seededRandom(7);
    const archiveQuestions = Array.from({ length: ARCHIVE_QUESTIONS }, () => {
      const article = ctx.articles[Math.floor(random() * ctx.articles.length)]!;
      const paragraph = article.paragraphs[Math.floor(random() * article.paragraphs.length)]!;
      return { q: `${paragraph.text.split(' ').slice(0, 8).join(' ')}?`, articleId: article.id, paragraph: paragraph.number };
    });
    const questions = [...evalQuestions, ...archiveQuestions.map((a) => a.q)];
    for (const question of WARM_UP_QUESTIONS) await ctx.answerer.ask(question);
    const warm: number[] = [];
    for (let round = 0; round < WARM_ROUNDS; round++) {
      for (const question of questions) {
        const t = performance.now();
        await ctx.answerer.ask(question);
        warm.push(performance.now() - t);
      }
    }

    // The seed article's dev questions, answered inside the archive.
    // The newest article is not the seed in a generated archive: the seed is named by its file.
    const seedId = archive.seedFile.replace(/\.(txt|md)$/i, '');
    const seed = { answerable: 0, fromSeed: 0, goldCited: 0, unanswerable: 0, refused: 0 };
    for (const item of loadEvalSet('eval/dev-questions.json')) {
      const answer = await ctx.answerer.ask(item.q);
      if (item.paragraphs.length === 0) {
        seed.unanswerable++;
        if (!answer.found) seed.refused++;
        continue;
      }
      seed.answerable++;
      if (answer.found && answer.article.id === seedId) seed.fromSeed++;
      if (answer.citations.some((c) => c.articleId === seedId && item.paragraphs.includes(c.paragraph))) seed.goldCited++;
    }
    // Each archive question is the start of one paragraph: is that paragraph among the ones cited?
    let sourceCited = 0;
    for (const { q, articleId, paragraph } of archiveQuestions) {
      const answer = await ctx.answerer.ask(q);
      if (answer.citations.some((c) => c.articleId === articleId && c.paragraph === paragraph)) sourceCited++;
    }
    const peakRssBytes = process.resourceUsage().maxRSS * 1024;

    // Vector search alone: hnswlib as the retriever calls it, exact search, and MemoryVectorStore.
    const queryVectors = await Promise.all(questions.map((q) => ctx.index.embedder.embeddings.embedQuery(analyzeQuery(q).searchText)));
    const dimensions = ctx.index.store.dimensions;
    const matrix = new Float32Array(passages * dimensions);
    for (let label = 0; label < passages; label++) matrix.set(ctx.index.store.vector(label), label * dimensions);
    const exact = queryVectors.map((vector) => exactTop(matrix, dimensions, vector, 10));
    const vectorSearch: number[] = [];
    let overlap = 0;
    let withinEpsilon = 0;
    queryVectors.forEach((vector, i) => {
      const t = performance.now();
      const hits = ctx.index.store.search(vector, 10, undefined, EF_SEARCH);
      vectorSearch.push(performance.now() - t);
      const counts = recallCounts(exact[i]!, hits, 10);
      overlap += counts.overlap;
      withinEpsilon += counts.withinEpsilon;
    });
    const asked = Math.max(1, queryVectors.length * 10);
    const recallByEf = RECALL_CURVE.filter((ef) => ef !== EF_SEARCH).map((ef) => {
      let found = 0;
      const times: number[] = [];
      queryVectors.forEach((vector, i) => {
        const t = performance.now();
        found += recallCounts(exact[i]!, ctx.index.store.search(vector, 10, undefined, ef), 10).overlap;
        times.push(performance.now() - t);
      });
      return { ef, recall: found / asked, p95: percentile(times, 95) };
    });

    const { MemoryVectorStore } = await import('@langchain/classic/vectorstores/memory');
    const memory = new MemoryVectorStore(ctx.index.embedder.embeddings);
    const vectors: number[][] = [];
    for (let label = 0; label < passages; label++) vectors.push(Array.from(matrix.subarray(label * dimensions, (label + 1) * dimensions)));
    await memory.addVectors(
      vectors,
      ctx.index.store.passages.map((p) => ({ pageContent: '', metadata: p.metadata })),
    );
    const memorySearch: number[] = [];
    for (const vector of queryVectors) {
      const t = performance.now();
      await memory.similaritySearchVectorWithScore(vector, 10);
      memorySearch.push(performance.now() - t);
    }

    // Cold: the real CLI, spawned, with the index built.
    const env = offlineChildEnv({ ARTICLES_DIR: settings.articlesDir, EMBEDDINGS_DIR: settings.embeddingsDir, LOG_LEVEL: 'warn' });
    const cold: { ms: number; cpuMs?: number }[] = [];
    for (let i = 0; i < (options.coldRuns ?? COLD_RUNS); i++) {
      const cpu = childrenCpuMs();
      const t = performance.now();
      execFileSync('npm', ['run', '--silent', 'ask', '--', COLD_QUESTION], { env, stdio: 'pipe' });
      const ms = performance.now() - t;
      const after = childrenCpuMs();
      cold.push({ ms, ...(cpu !== undefined && after !== undefined && { cpuMs: after - cpu }) });
    }
    const medianCold = [...cold].sort((a, b) => a.ms - b.ms)[Math.ceil(cold.length / 2) - 1];

    return {
      paragraphs: passages,
      articles: ctx.articles.length,
      buildMs,
      buildRate: (passages / buildMs) * 1000,
      buildCpuMs: (user + system) / 1000,
      stages,
      shards: ctx.index.store.shardCount,
      dimensions,
      indexBytes,
      peakRssBytes,
      warm: { ...spread(warm), count: warm.length },
      vectorSearch: spread(vectorSearch),
      memoryVectorStore: spread(memorySearch),
      coldAskMs: medianCold?.ms ?? 0,
      ...(medianCold?.cpuMs !== undefined && { coldAskCpuMs: medianCold.cpuMs }),
      recallAt10: overlap / asked,
      recallAt10Epsilon: withinEpsilon / asked,
      recallByEf,
      seed,
      archive: { asked: archiveQuestions.length, sourceCited },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * CPU time (user + system) used so far by this process's finished children, from
 * `/proc/self/stat`; undefined where there is none. Tells a cold ask's own work from its waiting
 * for a core on a busy machine.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime are fields 16 and 17 of the whole line (13 and 14 here), in clock ticks of 10 ms.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

/** The `k` most cosine-similar rows (rows and query are unit vectors), closest first. */
function exactTop(matrix: Float32Array, dimensions: number, query: readonly number[], k: number): Neighbour[] {
  const rows = matrix.length / dimensions;
  const scores = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    let dot = 0;
    const offset = row * dimensions;
    for (let d = 0; d < dimensions; d++) dot += matrix[offset + d]! * query[d]!;
    scores[row] = dot;
  }
  return Array.from(scores.keys())
    .sort((a, b) => scores[b]! - scores[a]! || a - b)
    .slice(0, k)
    .map((label) => ({ label, similarity: scores[label]! }));
}

/** The report as printed by `npm run bench -- --corpus N`, with the issue's targets. */
export function formatScaleReport(report: ScaleReport, loadAverage: readonly number[]): string {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const ms = (x: number) => `${x.toFixed(x < 1 ? 2 : 1)} ms`;
  const ratio = report.memoryVectorStore.p95 / Math.max(report.vectorSearch.p95, 1e-6);
  const { seed, stages } = report;
  const sec = (x: number) => `${(x / 1000).toFixed(1)} s`;
  return [
    `Scale benchmark: ${report.paragraphs} paragraphs in ${report.articles} articles (synthetic, seeded), Node ${process.version}, load average ${loadAverage.map((x) => x.toFixed(1)).join(' ')}`,
    `build (embed + HNSW + postings + save)  ${(report.buildMs / 1000).toFixed(1)} s, ${report.buildRate.toFixed(0)} ¶/s        target at 100k: ≥ 5,000 ¶/s`,
    `  stages: embed ${sec(stages.embedMs)}, HNSW ${sec(stages.graphMs)} (${report.shards} shard${report.shards > 1 ? 's on worker threads, postings built meanwhile' : ''}), postings ${sec(stages.postingsMs)}, save ${sec(stages.saveMs)}; CPU ${sec(report.buildCpuMs)} (all threads)`,
    `  graph: ${report.dimensions} dimensions, M ${M}, efConstruction ${EF_CONSTRUCTION}, searched with ef ${EF_SEARCH}`,
    `index on disk                           ${mb(report.indexBytes)}                 target at 100k: ≤ 300 MB`,
    `peak RSS (build + warm answers)         ${mb(report.peakRssBytes)}                 target at 100k: ≤ 1 GiB`,
    `warm answer p50 / p95 (${report.warm.count} asks)     ${ms(report.warm.p50)} / ${ms(report.warm.p95)}    target at 100k: p95 ≤ 20 ms`,
    `cold \`npm run ask\` (median)             ${ms(report.coldAskMs)}${report.coldAskCpuMs === undefined ? '' : ` (CPU ${ms(report.coldAskCpuMs)})`}             target at 100k: ≤ 1 s`,
    `ANN recall@10 vs exact (ef ${EF_SEARCH}${report.shards > 1 ? `, ${Math.ceil(EF_SEARCH * SHARD_EF_SHARE)} per shard` : ''})         ${report.recallAt10.toFixed(3)}                target: ≥ 0.95`,
    `  within the 10th distance + ${RECALL_EPSILON} (ann-benchmarks) ${report.recallAt10Epsilon.toFixed(3)}`,
    `  at other ef: ${report.recallByEf.map((r) => `ef ${r.ef} ${r.recall.toFixed(3)} (p95 ${ms(r.p95)})`).join(', ')}`,
    `vector search p50 / p95, hnswlib        ${ms(report.vectorSearch.p50)} / ${ms(report.vectorSearch.p95)}`,
    `vector search p50 / p95, MemoryVectorStore ${ms(report.memoryVectorStore.p50)} / ${ms(report.memoryVectorStore.p95)}   hnswlib ${ratio.toFixed(0)}× faster at p95 (target ≥ 20×)`,
    `seed article's dev questions: ${seed.fromSeed}/${seed.answerable} answered from it (gold ¶ cited ${seed.goldCited}/${seed.answerable}), ${seed.refused}/${seed.unanswerable} unanswerable refused`,
    `questions made of an archive paragraph's first 8 words: its ¶ cited in ${report.archive.sourceCited}/${report.archive.asked} answers`,
  ].join('\n');
}
