/**
 * The compiled bot (`node dist/src/main.js`) as a child process with its JSON log lines, for the
 * tests of what only a real process does: the sharding manager's shard processes, signals, exit codes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, vi } from 'vitest';
import { REPO_ROOT } from '../helpers/core.js';
import { childEnv } from '../helpers/dist.js';

/** A running `npm start`. */
export interface BotProcess {
  child: ChildProcess;
  /** Parsed JSON log lines so far (stderr); other stderr text is kept in {@link stderr}. */
  logs: Record<string, unknown>[];
  stderr(): string;
  exited: Promise<number | null>;
  /** Waits for a log line matching `match` (message and fields), returns it. */
  waitForLog(match: Record<string, unknown>, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Ends the process (and any shard processes it logged) if still running. */
  kill(): void;
}

/** Starts `node dist/src/main.js` with `env` (on top of the tests' minimal environment) and info logs. */
export function startBotProcess(embeddingsDir: string, env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, ['dist/src/main.js'], { cwd: REPO_ROOT, env: childEnv(embeddingsDir, { LOG_LEVEL: 'info', ...env }), stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: Record<string, unknown>[] = [];
  let text = '';
  let partial = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not a log line: kept in stderr()
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const matches = (line: Record<string, unknown>, match: Record<string, unknown>) => Object.entries(match).every(([k, v]) => JSON.stringify(line[k]) === JSON.stringify(v));
  return {
    child,
    logs,
    stderr: () => text,
    exited,
    async waitForLog(match, timeoutMs = 30_000) {
      let found: Record<string, unknown> | undefined;
      await vi.waitFor(() => {
        found = logs.find((line) => matches(line, match));
        expect(found, `no log line ${JSON.stringify(match)} in:\n${text.slice(-3_000)}`).toBeDefined();
      }, { timeout: timeoutMs, interval: 50 });
      return found!;
    },
    kill() {
      // Shard processes are this test's too (started by its manager); each is ended by its own pid.
      for (const line of logs) if (line.msg === 'shard process started' && typeof line.pid === 'number') killIfAlive(line.pid);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** Whether process `pid` is still running. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killIfAlive(pid: number): void {
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}
