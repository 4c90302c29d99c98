import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import type { Answer, AnswerEngine } from '../answer/types.js';
import { setMostRecent } from '../discord/recency.js';
import type { FeedbackDatabase } from './database.js';

/** A reader's verdict on an answer. */
export type Vote = 'up' | 'down';

/** What a click did: a first vote, a changed one, the same vote again; or nothing, and why. */
export type VoteOutcome = 'recorded' | 'changed' | 'unchanged' | 'unknownAnswer' | 'unavailable';

/** Counts over every stored answer and vote; what `/stats`, `/status` and metrics show. */
export interface FeedbackTotals {
  /** Answers on record: every one of the last 90 days, and older ones that were voted on. */
  answers: number;
  /** Answers with at least one vote. */
  votedAnswers: number;
  up: number;
  down: number;
}

/** A question whose answers were voted down, with its votes summed over every time it was asked. */
export interface DownVotedQuestion {
  question: string;
  down: number;
  up: number;
  /** The article of its most recent down-voted answer. */
  article: string;
}

/** One vote as exported by `npm run feedback`. */
export interface ExportedVote {
  question: string;
  vote: Vote;
  article: string;
  /** The ¶ numbers the answer cited, in citation order. */
  paragraphs: number[];
  mode: AnswerEngine;
  /** When the vote was cast (or last changed), ISO 8601. */
  at: string;
}

/** The id in an answer's vote buttons: 12 URL-safe characters, random, so that ids cannot be guessed. */
export const ANSWER_ID = /^[\w-]{12}$/;

/** Answers not yet stored because the database failed, kept to store on their first vote. */
const MAX_PENDING = 1_000;
const DAY_MS = 24 * 3_600_000;
/** Answers nobody voted on are forgotten after this long (their buttons then say so): the file stays small. */
export const UNVOTED_RETENTION_MS = 90 * DAY_MS;

interface AnswerRow {
  id: string;
  question: string;
  answer: string;
  article: string;
  paragraphs: string;
  mode: AnswerEngine;
  language: string;
  found: number;
  at: number;
}

/**
 * Reader feedback: the answers the bot sent and one vote per user per answer, in SQLite. An
 * answer whose storing failed (database read-only or locked) is kept in memory, bounded, and
 * stored with its first vote once the database works again.
 */
export class FeedbackStore {
  private readonly pending = new Map<string, AnswerRow>();
  private prunedAt = -Infinity;

  constructor(
    private readonly database: FeedbackDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  /** Stores an answer about to be sent; returns the id its vote buttons carry. Never fails: see the class comment. */
  recordAnswer(answer: Answer): string {
    const row: AnswerRow = {
      id: randomBytes(9).toString('base64url'),
      question: answer.question,
      answer: answer.text,
      article: answer.article.id,
      paragraphs: JSON.stringify(answer.citations.map((c) => c.paragraph)),
      mode: answer.mode,
      language: answer.language,
      found: answer.found ? 1 : 0,
      at: this.now(),
    };
    const stored = this.database.write((db) => {
      insertAnswer(db, row);
      if (row.at - this.prunedAt >= DAY_MS) {
        db.prepare('DELETE FROM answers WHERE at < ? AND NOT EXISTS (SELECT 1 FROM votes WHERE answer_id = answers.id)').run(row.at - UNVOTED_RETENTION_MS);
        this.prunedAt = row.at;
      }
      return true;
    });
    if (stored === undefined) setMostRecent(this.pending, row.id, row, (_, size) => size > MAX_PENDING);
    return row.id;
  }

  /** Records `userId`'s vote on answer `answerId`, replacing their earlier vote on it. */
  vote(answerId: string, userId: string, vote: Vote): VoteOutcome {
    const outcome = this.database.write((db) =>
      db
        .transaction((): VoteOutcome => {
          const known = db.prepare('SELECT 1 FROM answers WHERE id = ?').get(answerId) !== undefined;
          const pending = this.pending.get(answerId);
          if (!known && !pending) return 'unknownAnswer';
          if (!known) insertAnswer(db, pending!);
          const userHash = this.database.voterHash(answerId, userId);
          const previous = db.prepare('SELECT vote FROM votes WHERE answer_id = ? AND user_hash = ?').get(answerId, userHash) as { vote: Vote } | undefined;
          if (previous?.vote === vote) return 'unchanged';
          db.prepare(
            'INSERT INTO votes (answer_id, user_hash, vote, at) VALUES (?, ?, ?, ?) ON CONFLICT (answer_id, user_hash) DO UPDATE SET vote = excluded.vote, at = excluded.at',
          ).run(answerId, userHash, vote, this.now());
          return previous ? 'changed' : 'recorded';
        })
        .immediate(),
    );
    if (outcome === undefined) return 'unavailable';
    this.pending.delete(answerId);
    return outcome;
  }

  /** Totals over everything stored; undefined when the database cannot be read. */
  totals(): FeedbackTotals | undefined {
    return this.database.read((db) => {
      const votes = db.prepare("SELECT COUNT(*) AS voted, COALESCE(SUM(up), 0) AS up, COALESCE(SUM(down), 0) AS down FROM (SELECT answer_id, SUM(vote = 'up') AS up, SUM(vote = 'down') AS down FROM votes GROUP BY answer_id)").get() as { voted: number; up: number; down: number };
      const { answers } = db.prepare('SELECT COUNT(*) AS answers FROM answers').get() as { answers: number };
      return { answers: answers + this.pending.size, votedAnswers: votes.voted, up: votes.up, down: votes.down };
    });
  }

  /** The questions with the most down votes (the same question asked again counts together, whatever its case or spacing); undefined when the database cannot be read. */
  mostDownVoted(limit: number): DownVotedQuestion[] | undefined {
    return this.database.read(
      (db) =>
        db
          .prepare(
            `SELECT a.question AS question, SUM(v.vote = 'down') AS down, SUM(v.vote = 'up') AS up,
                    (SELECT a2.article FROM votes v2 JOIN answers a2 ON a2.id = v2.answer_id
                      WHERE lower(trim(a2.question)) = lower(trim(a.question)) AND v2.vote = 'down' ORDER BY v2.at DESC LIMIT 1) AS article
               FROM votes v JOIN answers a ON a.id = v.answer_id
              GROUP BY lower(trim(a.question))
             HAVING down > 0
              ORDER BY down DESC, up ASC, MAX(v.at) DESC
              LIMIT ?`,
          )
          .all(limit) as DownVotedQuestion[],
    );
  }

  /** Every vote, oldest first; undefined when the database cannot be read. */
  votes(): ExportedVote[] | undefined {
    return this.database.read((db) =>
      (
        db
          .prepare('SELECT a.question, v.vote, a.article, a.paragraphs, a.mode, v.at FROM votes v JOIN answers a ON a.id = v.answer_id ORDER BY v.at, v.rowid')
          .all() as { question: string; vote: Vote; article: string; paragraphs: string; mode: AnswerEngine; at: number }[]
      ).map((row) => ({ ...row, paragraphs: JSON.parse(row.paragraphs) as number[], at: new Date(row.at).toISOString() })),
    );
  }

}

function insertAnswer(db: Database.Database, row: AnswerRow): void {
  db.prepare(
    'INSERT INTO answers (id, question, answer, article, paragraphs, mode, language, found, at) VALUES (@id, @question, @answer, @article, @paragraphs, @mode, @language, @found, @at)',
  ).run(row);
}
