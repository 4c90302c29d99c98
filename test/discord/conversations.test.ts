import { describe, expect, it } from 'vitest';
import { Conversations, MAX_AGE_MS, MAX_CONVERSATIONS, MAX_TURNS } from '../../src/discord/conversations.js';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const turn = (i: number) => ({ question: `q${i}`, answer: `a${i}`, language: 'en' as const });
/** A turn as `history` returns it: without its language. */
const asked = (i: number) => ({ question: `q${i}`, answer: `a${i}` });

describe('Conversations', () => {
  it('keeps the last six turns of each conversation, oldest first', () => {
    const conversations = new Conversations();
    for (let i = 1; i <= 8; i++) conversations.add('thread', turn(i));
    conversations.add('other', turn(99));

    expect(MAX_TURNS).toBe(6);
    expect(conversations.history('thread')).toEqual([3, 4, 5, 6, 7, 8].map(asked));
    expect(conversations.history('other')).toEqual([asked(99)]);
    expect(conversations.history('unknown')).toEqual([]);
  });

  it('forgets turns older than 30 minutes', () => {
    const time = clock();
    const conversations = new Conversations(time.now);
    conversations.add('thread', turn(1));
    time.advance(20 * 60_000);
    conversations.add('thread', turn(2));
    time.advance(11 * 60_000);

    expect(MAX_AGE_MS).toBe(30 * 60_000);
    expect(conversations.history('thread')).toEqual([asked(2)]);
  });

  it('remembers at most 5,000 conversations, forgetting the least recently active first', () => {
    const conversations = new Conversations();
    for (let i = 0; i < MAX_CONVERSATIONS; i++) conversations.add(`thread-${i}`, turn(i));
    conversations.add('thread-0', turn(0)); // active again: thread-1 is now the least recent

    conversations.add('one-more', turn(1));

    expect(MAX_CONVERSATIONS).toBe(5_000);
    expect(conversations.history('thread-1')).toEqual([]);
    expect(conversations.history('thread-0')).toHaveLength(2);
    expect(conversations.history('thread-2')).toEqual([asked(2)]);
    expect(conversations.history('one-more')).toEqual([asked(1)]);
  });

  it('tells the language of the last recent answer, and none for a new or idle conversation', () => {
    const time = clock();
    const conversations = new Conversations(time.now);
    conversations.add('thread', turn(1));
    conversations.add('thread', { ...turn(2), language: 'sq' });

    expect(conversations.language('thread')).toBe('sq');
    expect(conversations.language('unknown')).toBeUndefined();
    time.advance(MAX_AGE_MS + 1);
    expect(conversations.language('thread')).toBeUndefined();
  });

  it('forgets a conversation on clear', () => {
    const conversations = new Conversations();
    conversations.add('thread', turn(1));

    conversations.clear('thread');

    expect(conversations.history('thread')).toEqual([]);
  });
});
