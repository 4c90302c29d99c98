import type { Interaction, Message } from 'discord.js';
import type { Turn } from '../answer/answerer.js';
import type { Language } from '../errors.js';
import { setMostRecent } from './recency.js';

/** Turns passed to the answerer as history: enough for follow-ups, small enough for a prompt. */
export const MAX_TURNS = 6;
/** A conversation idle this long is forgotten: a question after a break is a new topic. */
export const MAX_AGE_MS = 30 * 60_000;
/** Hard cap on remembered conversations, whatever the traffic. */
export const MAX_CONVERSATIONS = 5_000;

/** A turn as remembered: with the language it was answered in, and when. */
export interface RememberedTurn extends Turn {
  language: Language;
}

/** A remembered turn with when it was added. */
export interface TimedTurn extends RememberedTurn {
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

  /** The language the conversation's last answer was given in, if it has a recent one. */
  language(id: string): Language | undefined {
    return this.fresh(id).at(-1)?.language;
  }

  /** Remembers a turn as the conversation's latest, forgetting its oldest turns and idle conversations beyond the bounds. */
  add(id: string, turn: RememberedTurn): void {
    const now = this.now();
    const turns = [...this.fresh(id), { ...turn, at: now }].slice(-MAX_TURNS);
    setMostRecent(this.turns, id, turns, (kept, size) => size > MAX_CONVERSATIONS || kept.at(-1)!.at < now - MAX_AGE_MS);
  }

  /** Forgets a conversation: its next question is answered without history. */
  clear(id: string): void {
    this.turns.delete(id);
  }

  /** The conversation's turns of the last 30 minutes, oldest first. */
  protected fresh(id: string): TimedTurn[] {
    const cutoff = this.now() - MAX_AGE_MS;
    return (this.turns.get(id) ?? []).filter((turn) => turn.at >= cutoff);
  }
}

/** The conversation a question belongs to: its thread, or its DM channel (DMs have no threads); none in a plain channel. */
export function conversationOf(source: Interaction | Message): string | undefined {
  if (source.channel?.isThread()) return source.channel.id;
  return source.inGuild() ? undefined : (source.channelId ?? undefined);
}
