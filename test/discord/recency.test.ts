import { describe, expect, it } from 'vitest';
import { setMostRecent } from '../../src/discord/recency.js';

describe('setMostRecent', () => {
  it('moves an updated key to the end, so the front holds the least recently set entries', () => {
    const map = new Map([['a', 1], ['b', 2], ['c', 3]]);

    setMostRecent(map, 'a', 4, () => false);

    expect([...map.keys()]).toEqual(['b', 'c', 'a']);
  });

  it('drops stale entries from the front, and stops at the first fresh one', () => {
    const map = new Map([['old-1', 1], ['old-2', 2], ['fresh', 10], ['stale-but-behind', 3]]);

    setMostRecent(map, 'new', 11, (value) => value < 5);

    expect([...map.keys()]).toEqual(['fresh', 'stale-but-behind', 'new']);
  });

  it('drops from the front while the map is over a size cap', () => {
    const map = new Map([['a', 1], ['b', 2], ['c', 3]]);

    setMostRecent(map, 'd', 4, (_, size) => size > 2);

    expect([...map.keys()]).toEqual(['c', 'd']);
  });
});
