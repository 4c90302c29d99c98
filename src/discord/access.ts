import type { Interaction, Message } from 'discord.js';
import { UserError, type Localized } from '../errors.js';
import { localized } from '../i18n.js';
import { setMostRecent } from './recency.js';

/** What "busy, try again in N s" suggests: answers take well under a second offline, a few with a model. */
const BUSY_RETRY_SECONDS = 5;

/** "Wait" or "busy": answering work the guard did not admit. Told to the user without adding to the noise (see messages.ts). */
export class Refusal extends UserError {
  constructor(text: Localized) {
    super(text);
    this.name = 'Refusal';
  }
}

/**
 * Admits answering work: at most one question per user every `cooldownSeconds`, and at most
 * `maxConcurrent` answers in progress across everyone. Refusals are {@link Refusal}s saying
 * when to try again. No refusal starts a cooldown: neither these nor a task's own (a UserError
 * for a question with no words, or too long).
 */
export class AnswerGuard {
  /** When each user was last admitted, least recent first (so expired entries are dropped cheaply). */
  private readonly lastAdmitted = new Map<string, number>();
  /** When each user was last sent a notice (help, a refusal) as a message, least recent first. */
  private readonly lastNotified = new Map<string, number>();
  private running = 0;

  constructor(
    private readonly cooldownSeconds: number,
    private readonly maxConcurrent: number,
    private readonly now: () => number = Date.now,
    /** Called for each refusal because `maxConcurrent` answers are in progress (counted for `/metrics`). */
    private readonly onBusy: () => void = () => undefined,
  ) {}

  /** Answers in progress now. */
  get inProgress(): number {
    return this.running;
  }

  /** Runs `task` for `userId` if admitted; rejects with a UserError otherwise. */
  async run<T>(userId: string, task: () => Promise<T>): Promise<T> {
    this.admit(userId);
    this.running++;
    try {
      return await task();
    } catch (error) {
      if (error instanceof UserError) this.lastAdmitted.delete(userId);
      throw error;
    } finally {
      this.running--;
    }
  }

  /**
   * Whether `userId` may be sent a notice (help, a refusal) as a message now: once per cooldown
   * window, so that repeating a message cannot make the bot post again and again. Counts the
   * notice as sent when it says yes. Always yes without a cooldown.
   */
  mayNotify(userId: string): boolean {
    const now = this.now();
    const windowMs = this.cooldownSeconds * 1000;
    if ((this.lastNotified.get(userId) ?? -Infinity) + windowMs > now) return false;
    setMostRecent(this.lastNotified, userId, now, (at) => at + windowMs <= now);
    return true;
  }

  private admit(userId: string): void {
    const now = this.now();
    const cooldownMs = this.cooldownSeconds * 1000;
    const wait = (this.lastAdmitted.get(userId) ?? -Infinity) + cooldownMs - now;
    if (wait > 0) throw new Refusal(localized('cooldown', { seconds: Math.ceil(wait / 1000) }));
    if (this.running >= this.maxConcurrent) {
      this.onBusy();
      throw new Refusal(localized('busy', { seconds: BUSY_RETRY_SECONDS }));
    }
    setMostRecent(this.lastAdmitted, userId, now, (at) => at + cooldownMs <= now);
  }
}

/** Whether the bot may answer where this happened: anywhere when no list is set, always in DMs, else listed channels and their threads. */
export function isAllowedChannel(allowed: readonly string[], source: Interaction | Message): boolean {
  if (allowed.length === 0 || !source.inGuild()) return true;
  const parentId = source.channel?.isThread() ? source.channel.parentId : null;
  return allowed.includes(source.channelId ?? '') || (parentId !== null && allowed.includes(parentId));
}
