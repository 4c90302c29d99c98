import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_AGE_MS } from '../../src/discord/conversations.js';
import { StoredConversations } from '../../src/feedback/conversations.js';
import { databaseFile, lockDatabase, makeReadOnly, useDatabaseDir } from './helpers.js';

const turn = (i: number, language: 'en' | 'sq' = 'en') => ({ question: `q${i}`, answer: `a${i}`, language });
const asked = (i: number) => ({ question: `q${i}`, answer: `a${i}` });

const data = useDatabaseDir();
let now: number;
/** The conversations of a bot (re)started on the test's DATA_DIR, on a clock the test moves. */
const start = () => new StoredConversations(data.open(), () => now);
const stopAll = () => data.closeAll();

beforeEach(() => {
  now = 1_000_000;
});

describe('StoredConversations', () => {
  it('gives a thread its history and language after a restart', () => {
    const before = start();
    before.add('thread', turn(1));
    before.add('thread', turn(2, 'sq'));
    stopAll();

    const after = start();
    expect(after.history('thread')).toEqual([asked(1), asked(2)]);
    expect(after.language('thread')).toBe('sq');
    expect(after.history('other')).toEqual([]);
    expect(after.language('other')).toBeUndefined();
  });

  it('keeps the same bounds as in memory: the last six turns, none older than 30 minutes, and prunes the file', () => {
    const conversations = start();
    for (let i = 1; i <= 8; i++) conversations.add('thread', turn(i));
    conversations.add('old', turn(0));
    stopAll();
    const restarted = start();
    expect(restarted.history('thread')).toEqual([3, 4, 5, 6, 7, 8].map(asked));

    now += MAX_AGE_MS + 1;
    expect(restarted.history('thread')).toEqual([]);
    restarted.add('fresh', turn(9));
    stopAll();
    const raw = new Database(databaseFile(data.dir), { readonly: true });
    expect(raw.prepare('SELECT conversation FROM turns').all()).toEqual([{ conversation: 'fresh' }]);
    raw.close();
  });

  it('forgets a cleared conversation for good, across a restart', () => {
    const conversations = start();
    conversations.add('thread', turn(1));
    conversations.clear('thread');
    stopAll();
    expect(start().history('thread')).toEqual([]);
  });

  it('answers from memory while the database is locked by another process, and writes the whole conversation once it can', () => {
    const conversations = start();
    conversations.add('thread', turn(1));
    const release = lockDatabase(data.dir);
    try {
      conversations.add('thread', turn(2));
      expect(conversations.history('thread')).toEqual([asked(1), asked(2)]);
    } finally {
      release();
    }
    conversations.add('thread', turn(3));
    stopAll();
    expect(start().history('thread')).toEqual([asked(1), asked(2), asked(3)]);
  });

  it('falls back to memory when the database file is read-only', () => {
    start().add('thread', turn(1));
    stopAll();
    const undo = makeReadOnly(data.dir);
    try {
      const conversations = start();
      conversations.add('dm', turn(2));
      expect(conversations.history('dm')).toEqual([asked(2)]);
      expect(conversations.history('thread')).toEqual([asked(1)]);
      conversations.clear('thread');
      expect(conversations.history('thread')).toEqual([]);
    } finally {
      stopAll();
      undo();
    }
  });
});
