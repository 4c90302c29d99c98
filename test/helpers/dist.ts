/**
 * Support for end-to-end tests that run the compiled CLIs as child processes: builds `dist/`
 * once when it is missing or older than the sources (serialised across test workers with a lock
 * folder), and runs `node dist/…` with a minimal environment so a developer's DISCORD_TOKEN,
 * OPENAI_API_KEY or `.env` can never leak into a test.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { REPO_ROOT } from './core.js';

const ENTRY_POINTS = ['dist/src/main.js', 'dist/src/cli/ask.js', 'dist/src/cli/eval.js', 'dist/src/cli/feedback.js'].map((p) => join(REPO_ROOT, p));
const SOURCE_DIRS = ['src', 'commands'].map((d) => join(REPO_ROOT, d));
const LOCK = join(tmpdir(), `article-qa-build-${createHash('sha256').update(REPO_ROOT).digest('hex').slice(0, 12)}.lock`);
const LOCK_STALE_MS = 120_000;

function newestSource(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  if (!ENTRY_POINTS.every((p) => existsSync(p))) return true;
  const built = Math.min(...ENTRY_POINTS.map((p) => statSync(p).mtimeMs));
  return Math.max(...SOURCE_DIRS.map(newestSource)) > built;
}

function compile(): Promise<void> {
  return new Promise((resolve, reject) => {
    const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    execFile(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '' } }, (error, stdout) => {
      // tsc emits even with type errors (noEmitOnError is off); the e2e tests check runtime
      // behaviour, type errors are `npm run typecheck`'s job. Only a missing output is fatal.
      if (!ENTRY_POINTS.every((p) => existsSync(p))) reject(new Error(`npm run build produced no dist/: ${stdout || error?.message}`));
      else resolve();
    });
  });
}

/** Builds `dist/` unless it is up to date with `src/` (e.g. after `pretest`). */
export async function ensureBuilt(): Promise<void> {
  for (;;) {
    if (!isStale()) return;
    try {
      mkdirSync(LOCK);
    } catch {
      // Another worker is building: wait for it, then look again. A lock older than any build is abandoned.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    try {
      if (isStale()) await compile();
      return;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

/** The only environment a child process gets: no inherited tokens, keys or `.env`; its DATA_DIR is inside `embeddingsDir` (a temp folder). */
export function childEnv(embeddingsDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const dataDir = join(embeddingsDir, 'data');
  return { PATH: process.env.PATH ?? '', HOME: homedir(), ENV_FILE: '', EMBEDDINGS_DIR: embeddingsDir, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...extra };
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <script> …args` from the repo root (`script` relative to it, or absolute), feeding `input` to stdin (then closing it). */
export function runNode(script: string, args: readonly string[], env: NodeJS.ProcessEnv, input = '', timeoutMs = 20_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [resolvePath(REPO_ROOT, script), ...args], { cwd: REPO_ROOT, env, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // A hung child must not hang the suite; it is ours, so it is ended by its own handle.
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}
