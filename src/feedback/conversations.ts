import type { Turn } from '../answer/answerer.js';
import { Conversations, MAX_AGE_MS, MAX_TURNS, type RememberedTurn } from '../discord/conversations.js';
import type { Language } from '../errors.js';
import type { FeedbackDatabase } from './database.js';

/**
 * Conversation history kept in the bot's database, so that a thread's follow-ups keep their
 * context across a restart; same bounds as in memory (last 6 turns, none older than 30 minutes).
 * Turns are also kept in memory, which answers whenever the database fails: follow-ups then
 * still work until the process ends.
 */
export class StoredConversations extends Conversations {
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
    this.database.write((db) =>
      db.transaction(() => {
        db.prepare('INSERT INTO turns (conversation, question, answer, language, at) VALUES (?, ?, ?, ?, ?)').run(id, turn.question, turn.answer, turn.language, now);
        // Older turns can never be shown again: forgetting them keeps the file small.
        db.prepare('DELETE FROM turns WHERE conversation = ? AND id NOT IN (SELECT id FROM turns WHERE conversation = ? ORDER BY id DESC LIMIT ?)').run(id, id, MAX_TURNS);
        db.prepare('DELETE FROM turns WHERE at < ?').run(now - MAX_AGE_MS);
      })(),
    );
  }

  override clear(id: string): void {
    super.clear(id);
    this.database.write((db) => db.prepare('DELETE FROM turns WHERE conversation = ?').run(id));
  }

  /** The conversation's recent turns from the database, oldest first; undefined when it cannot be read. */
  private stored(id: string): RememberedTurn[] | undefined {
    return this.database.read((db) =>
      (
        db
          .prepare('SELECT question, answer, language FROM turns WHERE conversation = ? AND at >= ? ORDER BY id DESC LIMIT ?')
          .all(id, this.clock() - MAX_AGE_MS, MAX_TURNS) as RememberedTurn[]
      ).reverse(),
    );
  }
}
