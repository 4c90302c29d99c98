import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedbackDatabase } from '../../src/feedback/database.js';
import { ANSWER_ID, FeedbackStore, UNVOTED_RETENTION_MS } from '../../src/feedback/store.js';
import { recordingLogger } from '../helpers/core.js';
import { databaseFile, lockDatabase, makeReadOnly, sampleAnswer, useDatabaseDir } from './helpers.js';

const USER = '1000000000000000300';
const OTHER = '1000000000000000301';

const data = useDatabaseDir();
const open = (clock?: () => number) => new FeedbackStore(data.open(), clock);
const closeAll = () => data.closeAll();
const failures = () => data.logs.filter((l) => l.includes('bot database unavailable'));

describe('FeedbackStore', () => {
  it('records one vote per user per answer; a later click changes it, the same click again changes nothing', () => {
    const store = open();
    const id = store.recordAnswer(sampleAnswer());
    expect(id).toMatch(ANSWER_ID);

    expect(store.vote(id, USER, 'up')).toBe('recorded');
    expect(store.vote(id, USER, 'up')).toBe('unchanged');
    expect(store.vote(id, USER, 'down')).toBe('changed');
    expect(store.vote(id, OTHER, 'down')).toBe('recorded');
    expect(store.totals()).toEqual({ answers: 1, votedAnswers: 1, up: 0, down: 2 });
  });

  it('refuses a vote on an answer it never stored (forged or stale id)', () => {
    const store = open();
    expect(store.vote('AAAAAAAAAAAA', USER, 'up')).toBe('unknownAnswer');
    expect(store.totals()).toEqual({ answers: 0, votedAnswers: 0, up: 0, down: 0 });
  });

  it('keeps answers and votes across a restart, in a WAL-mode file in DATA_DIR', () => {
    const first = open(() => Date.parse('2026-11-30T10:00:00Z'));
    const id = first.recordAnswer(sampleAnswer('Who met in Vladivostok?', { mode: 'llm' }));
    first.vote(id, USER, 'up');
    closeAll();

    const second = open(() => Date.parse('2026-11-30T11:00:00Z'));
    expect(second.vote(id, USER, 'down')).toBe('changed');
    expect(second.votes()).toEqual([
      { question: 'Who met in Vladivostok?', vote: 'down', article: 'a1', paragraphs: [2, 5], mode: 'llm', at: '2026-11-30T11:00:00.000Z' },
    ]);
    const raw = new Database(databaseFile(data.dir), { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('stores a keyed hash per voter and answer, never the user id, so one voter’s votes cannot be linked', () => {
    const store = open();
    const first = store.recordAnswer(sampleAnswer());
    const second = store.recordAnswer(sampleAnswer('Another question'));
    store.vote(first, USER, 'up');
    store.vote(second, USER, 'down');
    closeAll();

    const files = readdirSync(data.dir).map((f) => readFileSync(join(data.dir, f)).toString('latin1')).join('');
    expect(files).not.toContain(USER);
    const raw = new Database(databaseFile(data.dir), { readonly: true });
    const hashes = (raw.prepare('SELECT user_hash FROM votes').all() as { user_hash: string }[]).map((r) => r.user_hash);
    raw.close();
    expect(hashes).toHaveLength(2);
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashes[0]).not.toBe(hashes[1]);
    // Keyed: not a plain SHA-256, which anyone could compute for a known user.
    expect(hashes).not.toContain(createHash('sha256').update(USER).digest('hex'));
    expect(hashes).not.toContain(createHash('sha256').update(`${first}:${USER}`).digest('hex'));
  });

  it('forgets answers nobody voted on after 90 days, keeping voted ones', () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const store = open(() => now);
    const ignored = store.recordAnswer(sampleAnswer('ignored'));
    const voted = store.recordAnswer(sampleAnswer('voted'));
    store.vote(voted, USER, 'down');

    now += UNVOTED_RETENTION_MS - 1;
    store.recordAnswer(sampleAnswer('later'));
    expect(store.totals()!.answers).toBe(3);
    now += 2 * 24 * 3_600_000;
    store.recordAnswer(sampleAnswer('much later'));

    expect(store.totals()).toEqual({ answers: 3, votedAnswers: 1, up: 0, down: 1 });
    expect(store.vote(ignored, USER, 'up')).toBe('unknownAnswer');
    expect(store.vote(voted, USER, 'up')).toBe('changed');
  });

  it('ranks the most down-voted questions, counting a question asked again (other case or spacing) together', () => {
    const store = open();
    const a = store.recordAnswer(sampleAnswer('Why did Kim travel?'));
    const b = store.recordAnswer(sampleAnswer('why did kim travel? ', { article: { id: 'a2', title: 'T2' } }));
    const c = store.recordAnswer(sampleAnswer('Who is Kirby?'));
    const d = store.recordAnswer(sampleAnswer('Only liked'));
    store.vote(a, USER, 'down');
    store.vote(b, OTHER, 'down');
    store.vote(b, USER, 'up');
    store.vote(c, USER, 'down');
    store.vote(d, USER, 'up');

    const ranked = store.mostDownVoted(10)!;
    expect(ranked.map(({ down, up }) => ({ down, up }))).toEqual([{ down: 2, up: 1 }, { down: 1, up: 0 }]);
    expect(ranked[0]!.question.toLowerCase().trim()).toBe('why did kim travel?');
    expect(ranked[1]!.question).toBe('Who is Kirby?');
    expect(store.mostDownVoted(1)).toHaveLength(1);
  });

  it('while another process holds the lock: the answer still gets an id, the vote is refused, one line is logged; after, the same vote counts', () => {
    const store = open();
    store.recordAnswer(sampleAnswer('warm-up')); // the file exists before the lock is taken
    const release = lockDatabase(data.dir);
    let id: string;
    try {
      id = store.recordAnswer(sampleAnswer('During the lock'));
      expect(store.vote(id, USER, 'down')).toBe('unavailable');
      expect(store.totals()).toBeDefined(); // WAL: reads go on during another's write
      expect(store.vote(id, USER, 'down')).toBe('unavailable');
    } finally {
      release();
    }
    expect(failures()).toHaveLength(1);
    expect(store.vote(id, USER, 'down')).toBe('recorded');
    expect(store.votes()!.map((v) => v.question)).toEqual(['During the lock']);
    expect(data.logs.filter((l) => l.includes('bot database works again'))).toHaveLength(1);
  });

  it('with the file read-only: opens, reads, refuses votes with one logged line, and does not throw', () => {
    const first = open();
    const id = first.recordAnswer(sampleAnswer());
    first.vote(id, USER, 'up');
    closeAll();
    const undo = makeReadOnly(data.dir);
    try {
      const store = open();
      expect(store.totals()).toEqual({ answers: 1, votedAnswers: 1, up: 1, down: 0 });
      expect(store.vote(id, USER, 'down')).toBe('unavailable');
      const fresh = store.recordAnswer(sampleAnswer('new'));
      expect(store.vote(fresh, USER, 'up')).toBe('unavailable');
      expect(failures()).toHaveLength(1);
      expect(data.logs.join('\n')).toMatch(/readonly/i);
    } finally {
      closeAll();
      undo();
    }
  });

  it('with DATA_DIR unusable: every use falls back, logged once, nothing throws', () => {
    const blocked = join(data.dir, 'not-a-folder');
    writeFileSync(blocked, 'a file where DATA_DIR should be');
    const { logger, lines } = recordingLogger();
    const store = new FeedbackStore(FeedbackDatabase.open(blocked, logger));
    const id = store.recordAnswer(sampleAnswer());
    expect(store.vote(id, USER, 'up')).toBe('unavailable');
    expect(store.totals()).toBeUndefined();
    expect(store.votes()).toBeUndefined();
    expect(lines.filter((l) => l.includes('bot database unavailable'))).toHaveLength(1);
  });
});
