import { describe, expect, it } from 'vitest';
import { Conversations, MAX_AGE_MS, MAX_TURNS } from '../../src/discord/conversations.js';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const turn = (i: number) => ({ question: `q${i}`, answer: `a${i}` });

describe('Conversations', () => {
  it('keeps the last six turns of each conversation, oldest first', () => {
    const conversations = new Conversations();
    for (let i = 1; i <= 8; i++) conversations.add('thread', turn(i));
    conversations.add('other', turn(99));

    expect(MAX_TURNS).toBe(6);
    expect(conversations.history('thread')).toEqual([3, 4, 5, 6, 7, 8].map(turn));
    expect(conversations.history('other')).toEqual([turn(99)]);
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
    expect(conversations.history('thread')).toEqual([turn(2)]);
  });

  it('drops idle conversations from memory as new ones arrive', () => {
    const time = clock();
    const conversations = new Conversations(time.now);
    for (let i = 0; i < 100; i++) conversations.add(`old-${i}`, turn(i));
    time.advance(MAX_AGE_MS + 1);

    conversations.add('new', turn(1));

    expect(conversations.size).toBe(1);
  });

  it('forgets a conversation on clear', () => {
    const conversations = new Conversations();
    conversations.add('thread', turn(1));

    conversations.clear('thread');

    expect(conversations.history('thread')).toEqual([]);
  });
});
