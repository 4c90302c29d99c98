import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Logger } from 'pino';
import removeMarkdown from 'remove-markdown';
import { ConfigError } from '../errors.js';
import { cleanText, fold } from '../text/normalize.js';
import { wordSetsOnce } from '../text/word-lists.js';

/** A sentence of a paragraph, exactly as written. */
export interface Sentence {
  /** 0-based position inside its paragraph. */
  index: number;
  text: string;
}

/** A paragraph of an article; `number` is 1-based and is what users cite as ¶n. */
export interface Paragraph {
  number: number;
  text: string;
  sentences: Sentence[];
}

/** A parsed source article. */
export interface Article {
  /** Stable id: the file name without extension. */
  id: string;
  title: string;
  /** `YYYY-MM` or `YYYY-MM-DD` as given in the header, if any. */
  date?: string;
  source?: string;
  url?: string;
  /** ISO 639-1 code of the article text. */
  language: string;
  paragraphs: Paragraph[];
  /** SHA-256 of the file bytes: the index is rebuilt when it changes. */
  contentHash: string;
  path: string;
}

/** Identifies a paragraph across articles: `articleId#n`. */
export function passageKey(articleId: string, paragraph: number): string {
  return `${articleId}#${paragraph}`;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const DATE_HEADER = /^date[:\s]+(\d{4}-\d{2}(?:-\d{2})?)\s*/i;
const FRONT_MATTER_KEYS = new Set(['title', 'date', 'source', 'url', 'language']);
const TITLE_MAX = 90;
/** Whitespace other than single spaces (`\s` but for U+0020); most paragraphs have none, and skipping the rewrite halves parsing. */
const OTHER_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

const sentenceSegmenter = new Intl.Segmenter('sq', { granularity: 'sentence' });
const abbreviations = wordSetsOnce('abbreviations.tsv', ['title', 'label', 'role', 'before-name'] as const);
/** The word a segment ends with when it ends with a full stop ("… Dr. " → "Dr"). */
const WORD_BEFORE_FULL_STOP = /(?:^|[^\p{L}])(\p{L}+)\.\s*$/u;
/** The last word of a text, with what is stuck to it ("(John", "Kirby,", "A."). */
const LAST_TOKEN = /(\S+)\s*$/u;
/**
 * Past this length a segment is no sentence a reader wants quoted whole: text without sentence ends (a
 * pasted table, a file without punctuation) is cut into pieces of at most this many characters. Sentences
 * of news articles are far shorter (the longest of the eval articles: 366 characters).
 */
export const MAX_SENTENCE_LENGTH = 1_000;

/**
 * Whether a capital letter and its full stop are an initial, given the text before the letter: only
 * after what comes before a name (nothing, a title, another initial, a capitalised word that names no
 * thing by a letter, a role or a word that introduces a person: `abbreviations.tsv`); "… në grupin B."
 * and "… Seria A." end their sentence.
 */
function isInitial(before: string): boolean {
  const token = LAST_TOKEN.exec(before)?.[1];
  if (!token) return true;
  if (/\p{L}\.$/u.test(token)) return true;
  const word = /\p{L}+$/u.exec(token.replace(/[^\p{L}]+$/u, ''))?.[0];
  if (!word) return false;
  const { label, role, 'before-name': beforeName } = abbreviations();
  const folded = fold(word);
  if (word[0] !== word[0]!.toLowerCase()) return !label.has(folded);
  return beforeName.has(folded) || [...role].some((stem) => folded.startsWith(stem));
}

/** Whether a segment ends with a title or an initial ("Dr.", "z.", "John F."), whose full stop ends no sentence. */
function endsWithAbbreviation(segment: string): boolean {
  const match = WORD_BEFORE_FULL_STOP.exec(segment);
  const word = match?.[1];
  if (!word) return false;
  if (word.length === 1 && word !== word.toLowerCase()) return isInitial(segment.slice(0, segment.length - match[0].length + match[0].indexOf(word)));
  return abbreviations().title.has(fold(word));
}

/**
 * A run-on segment cut into pieces of at most {@link MAX_SENTENCE_LENGTH} characters that join back
 * into it: at the last full stop, then semicolon, then comma, then space before the limit (never
 * inside a word unless no space is left).
 */
function cutRunOn(segment: string): string[] {
  const pieces: string[] = [];
  let rest = segment;
  while (rest.length > MAX_SENTENCE_LENGTH) {
    const window = rest.slice(0, MAX_SENTENCE_LENGTH);
    let cut = 0;
    for (const boundary of [/[.!?…]["'»”’)\]]*\s+/gu, /[;:]\s+/gu, /,\s+/gu, /\s+/gu]) {
      for (const match of window.matchAll(boundary)) if (match.index > MAX_SENTENCE_LENGTH / 2) cut = match.index + match[0].length;
      if (cut > 0) break;
    }
    // Not between the two halves of an emoji.
    if (cut === 0) cut = /[\uD800-\uDBFF]/.test(rest[MAX_SENTENCE_LENGTH - 1]!) ? MAX_SENTENCE_LENGTH - 1 : MAX_SENTENCE_LENGTH;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/**
 * The sentences of a text by the Unicode rules, each exactly as written with its trailing spaces, so
 * that they join back into the text. A break after a title or an initial ("Dr. Muçaj", "John F. Kirby")
 * is not one, and a piece without letters (a list number) joins the next.
 */
export function sentenceSegments(text: string): string[] {
  const sentences: string[] = [];
  let pending = '';
  for (const { segment } of sentenceSegmenter.segment(text)) {
    pending += segment;
    if (endsWithAbbreviation(pending) || !/\p{L}/u.test(segment)) continue;
    sentences.push(pending);
    pending = '';
  }
  if (pending) sentences.push(pending);
  return sentences;
}

/**
 * Splits a paragraph into the sentences answers quote ({@link sentenceSegments}), trimmed; a run-on
 * longer than {@link MAX_SENTENCE_LENGTH} characters is cut into pieces that each fit.
 */
export function splitSentences(paragraph: string): Sentence[] {
  return sentenceSegments(paragraph)
    .flatMap((s) => (s.length > MAX_SENTENCE_LENGTH ? cutRunOn(s) : [s]))
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((text, index) => ({ index, text }));
}

/**
 * Version of {@link parseArticle}'s output: bump it when parsing changes (titles, dates, paragraph
 * splitting), so the folder cache (`articles-cache.json`) is not trusted for articles parsed the old way
 * (3: a capital letter ends a sentence unless it follows what comes before a name; run-ons are cut;
 * Markdown articles lose their markup; a body without blank lines has a paragraph per line when its lines end sentences;
 * 4: a run-on is never cut inside an emoji).
 */
export const PARSER_VERSION = 4;

/**
 * Parses an article: optional `---` front matter (title, date, source, url, language), then an
 * optional `date YYYY-MM` header, then paragraphs separated by blank lines ({@link blocks}; of a `.md` file, as plain text).
 */
function parseArticle(raw: string, path: string): Article {
  const id = basename(path, extname(path));
  let body = cleanText(raw);
  if (body.includes('\r')) body = body.replace(/\r\n?/g, '\n');
  body = body.trimStart();
  const meta: Record<string, string> = {};

  const front = FRONT_MATTER.exec(body);
  if (front) {
    for (const line of front[1]!.split('\n')) {
      const match = /^(\w+)\s*:\s*(.*)$/.exec(line.trim());
      if (match && FRONT_MATTER_KEYS.has(match[1]!.toLowerCase())) meta[match[1]!.toLowerCase()] = match[2]!.trim();
    }
    body = body.slice(front[0].length).trimStart();
  }
  const dateHeader = DATE_HEADER.exec(body);
  if (dateHeader) {
    meta.date ??= dateHeader[1]!;
    body = body.slice(dateHeader[0].length);
  }

  const markdown = /\.md$/i.test(path);
  const paragraphs = blocks(body, markdown)
    .map((p) => (markdown ? plainText(p) : p))
    .map((p) => (p.includes('  ') || OTHER_SPACE.test(p) ? p.replace(/\s+/g, ' ') : p).trim())
    .filter((p) => p.length > 0)
    .map((text, i) => paragraphOf(i + 1, text));
  if (paragraphs.length === 0) throw new ConfigError(`Article ${path} has no text.`);

  return {
    id,
    title: meta.title || deriveTitle(paragraphs[0]!),
    date: meta.date,
    source: meta.source,
    url: meta.url,
    language: meta.language ?? 'sq',
    paragraphs,
    contentHash: createHash('sha256').update(raw).digest('hex'),
    path,
  };
}

/** Lines that end a paragraph rather than wrap one end with a sentence's last mark. */
const PARAGRAPH_END = /[.!?…:;"'»”’)]\s*$/u;

/**
 * The paragraphs of a body: its blocks between blank lines. A plain-text body without a blank line
 * whose lines nearly all end a sentence (a CMS export, one paragraph a line) has a paragraph per
 * line instead of being one paragraph; a hard-wrapped text, whose lines end mid-sentence, stays one.
 */
function blocks(body: string, markdown: boolean): string[] {
  const byBlankLine = body.split(/\n[ \t]*\n/);
  if (markdown || byBlankLine.length > 1) return byBlankLine;
  const lines = body.split('\n').filter((line) => line.trim() !== '');
  const ending = lines.filter((line) => PARAGRAPH_END.test(line)).length;
  return lines.length > 1 && ending >= 0.8 * lines.length ? lines : byBlankLine;
}

/**
 * The text a reader sees of a Markdown block (remove-markdown): headings, emphasis, links, images,
 * list markers and inline code lose their markup, so answers quote "parkun e ri" and not "**parkun e ri**";
 * the quotes are then verbatim in the paragraphs as the bot shows them.
 */
function plainText(block: string): string {
  return removeMarkdown(block, { stripListLeaders: true, listUnicodeChar: '', gfm: true, useImgAltText: true });
}

/**
 * A paragraph whose sentences are split when first asked for: splitting is the costly part of
 * loading, and answering a question reads the sentences of a few paragraphs only.
 */
export function paragraphOf(number: number, text: string): Paragraph {
  let sentences: Sentence[] | undefined;
  return {
    number,
    text,
    get sentences() {
      return (sentences ??= splitSentences(text));
    },
  };
}

/** The first sentence, cut at a word boundary: news leads name who did what. */
function deriveTitle(first: Paragraph): string {
  const lead = first.sentences[0]?.text ?? first.text;
  if (lead.length <= TITLE_MAX) return lead.replace(/[.!?]$/, '');
  const cut = lead.slice(0, TITLE_MAX);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** Reads and parses one article file; a missing file, or one that is not article text, is a clear start-up error. */
export function loadArticle(path: string): Article {
  if (!existsSync(path)) throw new ConfigError(`Article file not found: ${path}`);
  const read = readArticleFile(path);
  if ('reason' in read) throw new ConfigError(`Article file ${path} is ${read.reason}`);
  return read.article;
}

/** Why an article file was left out. */
export interface SkippedFile {
  path: string;
  /** Completes "the file is …": "empty", "not valid UTF-8 text (…)". */
  reason: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads one article file and says why it cannot be an article rather than throwing: a dangling
 * symlink, an unreadable, empty, binary or non-UTF-8 file (Latin-1 text would be quoted "verbatim"
 * full of �), or one with no text after its header. The folder loader and the watcher share it.
 */
export function readArticleFile(path: string): { article: Article } | SkippedFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    if (code === 'ENOENT' && lstatOrUndefined(path)?.isSymbolicLink()) return { path, reason: 'a dangling symlink' };
    return { path, reason: code === 'ENOENT' ? 'gone (deleted while it was being read)' : `unreadable (${code})` };
  }
  if (bytes.includes(0)) return { path, reason: 'binary, not text (it contains NUL bytes)' };
  let raw: string;
  try {
    raw = utf8.decode(bytes);
  } catch {
    return { path, reason: 'not valid UTF-8 text (binary, or another encoding such as Latin-1): save it as UTF-8' };
  }
  if (raw.trim().length === 0) return { path, reason: 'empty' };
  try {
    return { article: parseArticle(raw, path) };
  } catch (error) {
    if (error instanceof ConfigError) return { path, reason: 'without text (only a header)' };
    throw error;
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The article files of a folder (`.txt`, `.md`; regular files or symlinks to one), sorted by name.
 * A folder's README and hidden files (editors' lock and backup files) are not articles.
 */
export function articleFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ConfigError(`Articles folder not found: ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => /^[^.].*\.(txt|md)$/i.test(entry.name) && !/^readme\.md$/i.test(entry.name) && (entry.isFile() || entry.isSymbolicLink()))
    .map((entry) => join(dir, entry.name))
    .sort();
}

/**
 * Loads every `.txt` and `.md` article in a folder, sorted by file name for stable ids. A file
 * that is not an article is skipped with one warning naming it and why; only a folder with no
 * valid article left is a (one-line) start-up error.
 */
export function loadArticles(dir: string, logger?: Pick<Logger, 'warn'>): Article[] {
  const articles: Article[] = [];
  const skipped: SkippedFile[] = [];
  for (const path of articleFiles(dir)) {
    const read = readArticleFile(path);
    if ('article' in read) articles.push(read.article);
    else {
      skipped.push(read);
      warnSkipped(logger, read);
    }
  }
  if (articles.length === 0) throw noArticlesError(dir, skipped);
  return articles;
}

/** The one warning a skipped article file gets. */
export function warnSkipped(logger: Pick<Logger, 'warn'> | undefined, { path, reason }: SkippedFile): void {
  logger?.warn({ file: path, reason }, `article file skipped: ${path} is ${reason}`);
}

/** The one-line start-up error of a folder with no valid article, saying what is wrong with each file. */
export function noArticlesError(dir: string, skipped: readonly SkippedFile[]): ConfigError {
  const why = skipped.map((s) => `${basename(s.path)} is ${s.reason.replace(/:.*/, '')}`).join('; ');
  return new ConfigError(`No articles (.txt or .md files) in ${dir}${why ? `: ${why}` : ''}`);
}
