/**
 * Making the bot's database fail for real: another connection holding the write lock, or the
 * file made read-only. Root ignores file modes, so as root the file is also made immutable
 * (`chattr +i`); either way the test first checks that the file cannot be written.
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { DATABASE_FILE, FeedbackDatabase } from '../../src/feedback/database.js';
import { makeTempDir, recordingLogger, removeDir } from '../helpers/core.js';

/** The database file of `dataDir`. */
export const databaseFile = (dataDir: string): string => join(dataDir, DATABASE_FILE);

/** Takes the write lock of `dataDir`'s database from a second connection, as another process would; returns the release. */
export function lockDatabase(dataDir: string): () => void {
  const other = new Database(databaseFile(dataDir));
  other.exec('BEGIN EXCLUSIVE');
  return () => {
    other.exec('ROLLBACK');
    other.close();
  };
}

const isRoot = process.getuid?.() === 0;

/** Makes `dataDir`'s database file read-only (verified); returns the undo. */
export function makeReadOnly(dataDir: string): () => void {
  const file = databaseFile(dataDir);
  chmodSync(file, 0o444);
  if (isRoot) execFileSync('chattr', ['+i', file]);
  expect(() => appendFileSync(file, ''), 'the database file should not be writable').toThrow();
  return () => {
    if (isRoot) execFileSync('chattr', ['-i', file]);
    chmodSync(file, 0o644);
  };
}

/** A found answer citing ¶2 and ¶5 of `article`. */
export function sampleAnswer(question = 'What did Kirby say?', overrides: Partial<Answer> = {}): Answer {
  return {
    question,
    language: 'en',
    found: true,
    confidence: 'high',
    mode: 'extractive',
    text: 'He said so [1][2].',
    citations: [
      { marker: 1, articleId: 'a1', paragraph: 2, quote: 'q1' },
      { marker: 2, articleId: 'a1', paragraph: 5, quote: 'q2' },
    ],
    article: { id: 'a1', title: 'Title' },
    ...overrides,
  };
}

/** A DATA_DIR per test, and the databases opened on it (closed, then the folder removed, after each test). */
export interface DatabaseDir {
  readonly dir: string;
  /** JSON log lines of the databases opened in this test. */
  readonly logs: string[];
  /** Opens the database on {@link dir}, as a (re)started bot does. */
  open(): FeedbackDatabase;
  /** Closes every database opened so far, as stopping the bot does. */
  closeAll(): void;
}

/** Registers the hooks that give each test a fresh {@link DatabaseDir}. */
export function useDatabaseDir(): DatabaseDir {
  let dir = '';
  let opened: FeedbackDatabase[] = [];
  let recording = recordingLogger();
  const closeAll = () => {
    for (const database of opened) database.close();
    opened = [];
  };
  beforeEach(() => {
    dir = makeTempDir('qa-data-');
    recording = recordingLogger();
  });
  afterEach(() => {
    closeAll();
    removeDir(dir);
  });
  return {
    get dir() {
      return dir;
    },
    get logs() {
      return recording.lines;
    },
    open() {
      const database = FeedbackDatabase.open(dir, recording.logger);
      opened.push(database);
      return database;
    },
    closeAll,
  };
}
