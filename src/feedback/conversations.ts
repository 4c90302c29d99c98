import type Database from 'better-sqlite3';
import type { Turn } from '../answer/answerer.js';
import { Conversations, MAX_AGE_MS, MAX_CONVERSATIONS, MAX_TURNS, type RememberedTurn, type TimedTurn } from '../discord/conversations.js';
import type { Language } from '../errors.js';
import type { FeedbackDatabase } from './database.js';

/**
 * Conversation history kept in the bot's database, so that a thread's follow-ups keep their
 * context across a restart; same bounds as in memory (last 6 turns, none older than 30 minutes).
 * Turns are kept in memory too: a conversation whose last change could not be written (database
 * read-only or locked) is answered from memory, and written in full once a write works again.
 */
export class StoredConversations extends Conversations {
  /** Conversations whose last change is only in memory, least recent first. */
  private readonly unsaved = new Set<string>();

  constructor(
    private readonly database: FeedbackDatabase,
    private readonly clock: () => number = Date.now,
  ) {
    super(clock);
  }

  override history(id: string): Turn[] {
    return this.stored(id)?.map(({ question, answer }) => ({ question, answer })) ?? super.history(id);
  }

  override language(id: string): Language | undefined {
    const turns = this.stored(id);
    return turns ? turns.at(-1)?.language : super.language(id);
  }

  override add(id: string, turn: RememberedTurn): void {
    super.add(id, turn);
    const now = this.clock();
    this.save(id, (db) => {
      if (this.unsaved.has(id)) {
        // The database missed earlier changes: memory has the whole conversation.
        db.prepare('DELETE FROM turns WHERE conversation = ?').run(id);
        for (const t of this.fresh(id)) insertTurn(db, id, t);
      } else {
        insertTurn(db, id, { ...turn, at: now });
        db.prepare('DELETE FROM turns WHERE conversation = ? AND id NOT IN (SELECT id FROM turns WHERE conversation = ? ORDER BY id DESC LIMIT ?)').run(id, id, MAX_TURNS);
      }
      // Older turns can never be shown again: forgetting them keeps the file small.
      db.prepare('DELETE FROM turns WHERE at < ?').run(now - MAX_AGE_MS);
    });
  }

  override clear(id: string): void {
    super.clear(id);
    this.save(id, (db) => db.prepare('DELETE FROM turns WHERE conversation = ?').run(id));
  }

  /** Applies a change in one transaction; if it fails, the conversation is answered from memory until a change of it is written. */
  private save(id: string, change: (db: Database.Database) => void): void {
    const saved = this.database.write((db) =>
      db.transaction(() => {
        change(db);
        return true;
      })(),
    );
    this.unsaved.delete(id);
    if (saved !== undefined) return;
    this.unsaved.add(id);
    if (this.unsaved.size > MAX_CONVERSATIONS) this.unsaved.delete(this.unsaved.values().next().value!);
  }

  /** The conversation's recent turns from the database, oldest first; undefined when memory has the latest, or the database cannot be read. */
  private stored(id: string): RememberedTurn[] | undefined {
    if (this.unsaved.has(id)) return undefined;
    return this.database.read((db) =>
      (
        db
          .prepare('SELECT question, answer, language FROM turns WHERE conversation = ? AND at >= ? ORDER BY id DESC LIMIT ?')
          .all(id, this.clock() - MAX_AGE_MS, MAX_TURNS) as RememberedTurn[]
      ).reverse(),
    );
  }
}

function insertTurn(db: Database.Database, conversation: string, turn: TimedTurn): void {
  db.prepare('INSERT INTO turns (conversation, question, answer, language, at) VALUES (?, ?, ?, ?, ?)').run(conversation, turn.question, turn.answer, turn.language, turn.at);
}
