/**
 * English questions reach the words Albanian news articles use (data/lexicon/en-sq.tsv, checked from the
 * articles' side with scripts/lexicon-coverage.mjs).
 */
import { describe, expect, it } from 'vitest';
import { analyzeQuery, indexKey } from '../../src/retrieval/query.js';

/** The keys the concept of an English question's word searches for. */
function keysOf(question: string, word: string): readonly string[] {
  return analyzeQuery(question, 'en').concepts.find((c) => c.source === word)?.keys ?? [];
}

describe('an English word reaches the Albanian word news articles write for it', () => {
  it('an adjective in -shëm is also searched in its feminine and plural -shme, which the stemmer keys apart', () => {
    expect(indexKey('përkohshme')).not.toBe(indexKey('përkohshëm'));
    expect(keysOf('Is the closure temporary?', 'temporary')).toContain(indexKey('përkohshme'));
    expect(keysOf('Is the weather ordinary?', 'ordinary')).toContain(indexKey('zakonshme'));
  });
});
