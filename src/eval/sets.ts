import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Config } from '../config.js';
import { createContext } from '../context.js';
import { ConfigError } from '../errors.js';
import type { Logger } from '../logger.js';
import { evaluate, loadEvalSet, type EvalReport } from './evaluate.js';

/** A question file and the article folders indexed together to answer it. */
export interface EvalSet {
  name: string;
  /** Path of the question file (dev-set format). */
  questions: string;
  /** Folders whose `.txt`/`.md` articles are indexed together for this set. */
  articles: string[];
  /** A held-out set: measured at the start and end of a piece of work, never tuned on (`--dev` skips it). */
  frozen?: boolean;
}

/** Reads a list of eval sets (`eval/sets.json`); its paths are relative to the repository, the folder above the file's. */
export function loadEvalSets(path: string): EvalSet[] {
  try {
    const root = dirname(dirname(resolve(path)));
    return (JSON.parse(readFileSync(path, 'utf8')) as { sets: EvalSet[] }).sets.map((set) => ({
      ...set,
      questions: resolve(root, set.questions),
      articles: set.articles.map((dir) => resolve(root, dir)),
    }));
  } catch (error) {
    throw new ConfigError(`Cannot read the eval sets in ${path}: ${(error as Error).message}`);
  }
}

/**
 * Evaluates one set on a fresh index of exactly its articles, so a set over several articles
 * never depends on what the configured `ARTICLES_DIR` happens to hold. Every other setting
 * (answer mode, model, embedder) is the configured one.
 */
export async function evaluateSet(config: Config, set: EvalSet, logger: Logger): Promise<{ report: EvalReport; embedderId: string }> {
  const workDir = mkdtempSync(join(tmpdir(), 'qa-eval-'));
  try {
    const articlesDir = join(workDir, 'articles');
    mkdirSync(articlesDir);
    for (const dir of set.articles) {
      for (const file of readdirSync(dir).filter((f) => /\.(txt|md)$/i.test(f) && f.toLowerCase() !== 'readme.md')) {
        copyFileSync(join(dir, file), join(articlesDir, file));
      }
    }
    const ctx = await createContext({ ...config, articlesDir, embeddingsDir: join(workDir, 'embeddings') }, logger);
    return { report: await evaluate(ctx, loadEvalSet(set.questions)), embedderId: ctx.index.manifest.embedder.id };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
