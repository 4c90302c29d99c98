import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressLine, progressReporter } from '../../src/cli/progress.js';
import type { BuildProgress } from '../../src/index/ingest.js';

/** A stream that keeps what is written; a terminal when `tty` is set. */
function output(tty: boolean) {
  let written = '';
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        done();
      },
    }),
    tty ? { isTTY: true, columns: 160 } : {},
  );
  const lines: string[] = [];
  return { stream, lines, line: (text: string) => void lines.push(text), written: () => written };
}

/** A build of 40 articles and 10,000 ¶ that takes 5 s, reported every 500 ms. */
function build(report: (p: BuildProgress) => void): void {
  for (let step = 1; step <= 10; step++) {
    report({ articles: step * 4, articlesTotal: 40, paragraphs: step * 1000, paragraphsTotal: 10_000, elapsedMs: step * 500 });
  }
}

describe('index build progress', () => {
  it('draws a bar with articles and ¶/s on a terminal, and no plain lines', () => {
    const out = output(true);
    build(progressReporter(out));
    const screen = out.written();
    expect(screen).toContain('Indexing |');
    expect(screen).toContain('40/40 articles');
    expect(screen).toContain('10000/10000 ¶');
    expect(screen).toContain('2000 ¶/s');
    expect(screen).toContain('100%');
    expect(out.lines).toEqual([]);
  });

  it('writes plain lines every two seconds and at the end when the output is not a terminal', () => {
    const out = output(false);
    build(progressReporter(out));
    expect(out.written()).toBe('');
    expect(out.lines).toEqual([
      'indexing: 16/40 articles, 4000/10000 ¶, 2000 ¶/s',
      'indexing: 32/40 articles, 8000/10000 ¶, 2000 ¶/s',
      'indexing: 40/40 articles, 10000/10000 ¶, 2000 ¶/s — done',
    ]);
  });

  it('shows nothing for a build over within a fraction of a second', () => {
    for (const tty of [true, false]) {
      const out = output(tty);
      progressReporter(out)({ articles: 1, articlesTotal: 1, paragraphs: 12, paragraphsTotal: 12, elapsedMs: 20 });
      expect(out.written()).toBe('');
      expect(out.lines).toEqual([]);
    }
  });

  it('describes progress in one line', () => {
    expect(progressLine({ articles: 3, articlesTotal: 9, paragraphs: 300, paragraphsTotal: 900, elapsedMs: 1500 })).toBe('3/9 articles, 300/900 ¶, 200 ¶/s');
  });
});
