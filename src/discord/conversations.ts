import type { Interaction, Message } from 'discord.js';
import type { Turn } from '../answer/answerer.js';

/** Turns passed to the answerer as history: enough for follow-ups, small enough for a prompt. */
export const MAX_TURNS = 6;
/** A conversation idle this long is forgotten: a question after a break is a new topic. */
export const MAX_AGE_MS = 30 * 60_000;
/** Hard cap on remembered conversations, whatever the traffic. */
const MAX_CONVERSATIONS = 5_000;

interface TimedTurn extends Turn {
  at: number;
}

/**
 * Recent questions and answers per conversation (a thread, or a DM channel), in memory. Bounded:
 * the last 6 turns, none older than 30 minutes, at most 5,000 conversations.
 */
export class Conversations {
  /** Map order is least recently updated first, which makes dropping stale conversations cheap. */
  private readonly turns = new Map<string, TimedTurn[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The conversation's recent turns, oldest first. */
  history(id: string): Turn[] {
    return this.fresh(id).map(({ question, answer }) => ({ question, answer }));
  }

  add(id: string, turn: Turn): void {
    const turns = [...this.fresh(id), { ...turn, at: this.now() }].slice(-MAX_TURNS);
    this.turns.delete(id);
    this.turns.set(id, turns);
    const cutoff = this.now() - MAX_AGE_MS;
    for (const [key, kept] of this.turns) {
      if (this.turns.size <= MAX_CONVERSATIONS && kept.at(-1)!.at >= cutoff) break;
      this.turns.delete(key);
    }
  }

  clear(id: string): void {
    this.turns.delete(id);
  }

  /** How many conversations are remembered (for tests and the benchmark). */
  get size(): number {
    return this.turns.size;
  }

  private fresh(id: string): TimedTurn[] {
    const cutoff = this.now() - MAX_AGE_MS;
    return (this.turns.get(id) ?? []).filter((turn) => turn.at >= cutoff);
  }
}

/** The conversation a question belongs to: its thread, or its DM channel (DMs have no threads); none in a plain channel. */
export function conversationOf(source: Interaction | Message): string | undefined {
  if (source.channel?.isThread()) return source.channel.id;
  return source.inGuild() ? undefined : (source.channelId ?? undefined);
}
