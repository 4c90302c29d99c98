import Database from 'better-sqlite3';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.js';

/** The bot's SQLite file inside `DATA_DIR`: reader feedback and conversation history. */
export const DATABASE_FILE = 'bot.db';

/**
 * How long a write waits for another process's lock. better-sqlite3 is synchronous, so a wait
 * blocks the whole bot: keep it far below Discord's 3-second deadline for acknowledging a click.
 */
const BUSY_TIMEOUT_MS = 250;

/**
 * Version 1 of the schema. An answer is stored when it is sent (its id is in its vote buttons);
 * a vote refers to it, so each vote keeps the question, answer, article, cited ¶ and mode.
 * Users are known only by a keyed hash of their id.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS answers (
  id TEXT PRIMARY KEY,
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  article TEXT NOT NULL,
  paragraphs TEXT NOT NULL,
  mode TEXT NOT NULL,
  language TEXT NOT NULL,
  found INTEGER NOT NULL,
  at INTEGER NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS votes (
  answer_id TEXT NOT NULL REFERENCES answers(id),
  user_hash TEXT NOT NULL,
  vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
  at INTEGER NOT NULL,
  PRIMARY KEY (answer_id, user_hash)
) STRICT;
CREATE TABLE IF NOT EXISTS turns (
  id INTEGER PRIMARY KEY,
  conversation TEXT NOT NULL,
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  language TEXT NOT NULL,
  at INTEGER NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS turns_by_conversation ON turns (conversation, id);
CREATE INDEX IF NOT EXISTS turns_by_age ON turns (at);
PRAGMA user_version = 1;
`;

/** The key of the user-id hash: random per database, made when the database is created. */
const HASH_KEY = 'user_hash_key';

/** Opens (creating if needed) the database in `dir`, in WAL mode, with the schema in place. Throws if it cannot. */
function openFile(dir: string): { db: Database.Database; hashKey: string } {
  mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, DATABASE_FILE), { timeout: BUSY_TIMEOUT_MS });
  try {
    // WAL: the export (`npm run feedback`) reads while the bot writes, neither waiting for the other.
    db.pragma('journal_mode = WAL');
    // With WAL, NORMAL syncs at checkpoints rather than on every commit: a crash of the bot loses
    // nothing, a power cut at most the last moments of votes, and a vote costs no fsync.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Only writes when something is missing, so a read-only or locked file that has its schema still opens.
    const exists = (name: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
    if (!['meta', 'answers', 'votes', 'turns'].every(exists)) db.exec(SCHEMA);
    const read = () => (db.prepare('SELECT value FROM meta WHERE key = ?').get(HASH_KEY) as { value: string } | undefined)?.value;
    let hashKey = read();
    if (!hashKey) {
      db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(HASH_KEY, randomBytes(32).toString('hex'));
      hashKey = read()!;
    }
    return { db, hashKey };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * The bot's SQLite database, and what happens when it fails. A database that cannot be opened,
 * written (read-only file, full disk) or reached in time (another process holds the lock) must
 * never take an answer down: every use goes through {@link read} or {@link write}, which log the
 * first failure once (and, after a write works again, the recovery), and let the caller fall back.
 */
export class FeedbackDatabase {
  /** Why the database fails, from the first failure until a write works again. */
  private failure: string | undefined;

  private constructor(
    private readonly db: Database.Database | undefined,
    private readonly hashKey: string,
    private readonly logger: Logger,
    /** Where the file is, for log lines. */
    readonly path: string,
  ) {}

  /** Opens the database in `dir`; never throws: an unusable database is logged once and every use then falls back. */
  static open(dir: string, logger: Logger): FeedbackDatabase {
    const path = join(dir, DATABASE_FILE);
    try {
      const { db, hashKey } = openFile(dir);
      return new FeedbackDatabase(db, hashKey, logger, path);
    } catch (err) {
      const database = new FeedbackDatabase(undefined, '', logger, path);
      database.fail(err);
      return database;
    }
  }

  /** Why the database is failing (SQLite's message), or undefined when it works. */
  get problem(): string | undefined {
    return this.failure;
  }

  /** Runs `use`, which only reads; undefined when the database fails (so `use` must return a value: `T extends {}`). */
  read<T extends {}>(use: (db: Database.Database) => T): T | undefined {
    return this.attempt(use, false);
  }

  /**
   * Runs `use`, which writes; undefined when the database fails. Only a write that works ends an
   * outage: reads go on while another process holds the write lock, and must not make it log again.
   */
  write<T extends {}>(use: (db: Database.Database) => T): T | undefined {
    return this.attempt(use, true);
  }

  /**
   * A voter as stored for one answer: HMAC-SHA-256 of the answer's id and the user's id under this
   * database's key. The raw id is never written, cannot be found without the key, and one
   * person's votes on different answers cannot be linked to each other.
   */
  voterHash(answerId: string, userId: string): string {
    return createHmac('sha256', this.hashKey).update(`${answerId}:${userId}`).digest('hex');
  }

  /** Closes the file (a clean close also folds the WAL back in); safe to call twice. */
  close(): void {
    if (this.db?.open) this.db.close();
  }

  /** Errors that are not the database's are bugs, and are thrown. */
  private attempt<T extends {}>(use: (db: Database.Database) => T, writes: boolean): T | undefined {
    if (!this.db) return undefined;
    try {
      const result = use(this.db);
      if (writes && this.failure !== undefined) {
        this.failure = undefined;
        this.logger.info({ path: this.path }, 'bot database works again');
      }
      return result;
    } catch (err) {
      if (!(err instanceof Database.SqliteError)) throw err;
      this.fail(err);
      return undefined;
    }
  }

  private fail(err: unknown): void {
    if (this.failure !== undefined) return;
    this.failure = err instanceof Error ? err.message : String(err);
    this.logger.error({ err, path: this.path }, 'bot database unavailable: votes are not saved and conversations are kept in memory until it works again');
  }
}
