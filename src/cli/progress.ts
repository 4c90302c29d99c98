import cliProgress from 'cli-progress';
import type { BuildProgress } from '../index/ingest.js';

/** Builds shorter than this show no progress at all: a bar that flashes by says nothing. */
const SHOW_AFTER_MS = 300;
/** Plain progress lines (no terminal) come at most this often. */
const LINE_EVERY_MS = 2_000;

/** Where build progress goes: a terminal stream for the bar, and a sink for plain lines otherwise. */
export interface ProgressOutput {
  /** Gets the bar when it is a terminal (`isTTY`). */
  stream: NodeJS.WritableStream & { isTTY?: boolean };
  /** Gets plain lines, every couple of seconds, when `stream` is not a terminal. */
  line: (text: string) => void;
}

const rate = (p: BuildProgress) => Math.round(p.paragraphs / Math.max(p.elapsedMs / 1000, 0.001));

/** "12/40 articles, 3072/10000 ¶, 950 ¶/s". */
export function progressLine(p: BuildProgress): string {
  return `${p.articles}/${p.articlesTotal} articles, ${p.paragraphs}/${p.paragraphsTotal} ¶, ${rate(p)} ¶/s`;
}

/**
 * Shows an index build's progress: a bar with articles and ¶/s on a terminal, plain lines
 * otherwise (logs, pipes). Pass `onProgress` to the build; nothing shows for builds that end
 * within a fraction of a second.
 */
export function progressReporter(output: ProgressOutput): (progress: BuildProgress) => void {
  let bar: cliProgress.SingleBar | undefined;
  let lastLine = 0;
  return (p) => {
    const finished = p.paragraphs >= p.paragraphsTotal;
    if (p.elapsedMs < SHOW_AFTER_MS && !bar && lastLine === 0) return;
    if (!output.stream.isTTY) {
      if (finished || p.elapsedMs - lastLine >= LINE_EVERY_MS) {
        lastLine = p.elapsedMs;
        output.line(`indexing: ${progressLine(p)}${finished ? ' — done' : ''}`);
      }
      return;
    }
    const payload = { articles: p.articles, articlesTotal: p.articlesTotal, rate: rate(p) };
    if (!bar) {
      bar = new cliProgress.SingleBar(
        {
          stream: output.stream as NodeJS.WritableStream,
          format: 'Indexing |{bar}| {percentage}% · {articles}/{articlesTotal} articles · {value}/{total} ¶ · {rate} ¶/s · {eta_formatted} left',
          hideCursor: false,
          etaBuffer: 20,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(p.paragraphsTotal, p.paragraphs, payload);
    } else {
      bar.update(p.paragraphs, payload);
    }
    if (finished) bar.stop();
  };
}
