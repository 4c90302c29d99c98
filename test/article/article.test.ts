import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadArticle, loadArticles, MAX_SENTENCE_LENGTH, readArticleFile, sentenceSegments, splitSentences } from '../../src/article/article.js';
import { ConfigError } from '../../src/errors.js';
import { ARTICLES_DIR, SEED_ARTICLE, SEED_ID, makeTempDir, recordingLogger, removeDir } from '../helpers/core.js';

describe('the seed article', () => {
  const article = loadArticle(SEED_ARTICLE);

  it('has 12 paragraphs numbered 1 to 12', () => {
    expect(article.paragraphs).toHaveLength(12);
    expect(article.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('takes its date from the "date 2023-09" header', () => {
    expect(article.date).toBe('2023-09');
  });

  it('starts ¶1 with the text after the date header, without the header itself', () => {
    const first = article.paragraphs[0]!.text;
    expect(first.startsWith('Kremlini tha sot se nuk kishte asnjë koment')).toBe(true);
    expect(first).not.toMatch(/date|2023-09/);
    expect(first.endsWith('për luftën ndaj Ukrainës.')).toBe(true);
  });

  it('ends ¶12 with the last sentence of the file', () => {
    expect(article.paragraphs[11]!.text).toMatch(/^Së fundmi Shtetet e Bashkuara vendosën sanksione.*ndërmjet Phenianit dhe Moskës\.$/);
  });

  it('has an id derived from the file name, the same on every load', () => {
    expect(article.id).toBe(SEED_ID);
    const again = loadArticle(SEED_ARTICLE);
    expect(again.id).toBe(article.id);
    expect(again.contentHash).toBe(article.contentHash);
    expect(loadArticles(ARTICLES_DIR).map((a) => a.id)).toEqual([SEED_ID]);
  });

  it('derives a title from the lead sentence when the file gives none', () => {
    expect(article.title.startsWith('Kremlini tha sot se nuk kishte asnjë koment')).toBe(true);
    expect(article.title.length).toBeLessThanOrEqual(91);
    expect(article.title.endsWith('…')).toBe(true);
    expect(article.paragraphs[0]!.text.startsWith(article.title.slice(0, -1))).toBe(true);
  });

  it('defaults the language to Albanian and records the source path and a SHA-256 content hash', () => {
    expect(article.language).toBe('sq');
    expect(article.path).toBe(SEED_ARTICLE);
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('splits ¶7 into its 6 sentences, keeping the quotation marks intact', () => {
    const sentences = article.paragraphs[6]!.sentences;
    expect(sentences).toHaveLength(6);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(sentences[0]!.text).toBe('“Synohet forcimi i raportit mes dy vendeve.');
    expect(sentences[5]!.text.startsWith('Kjo mund të jetë pjesë e diskutimeve”, thotë Patricia Lewis')).toBe(true);
    expect(sentences[5]!.text.endsWith('pranë institutit “Chatham House”.')).toBe(true);
  });

  it('splits every paragraph into sentences that rebuild the paragraph exactly', () => {
    for (const paragraph of article.paragraphs) {
      expect(paragraph.sentences.length).toBeGreaterThan(0);
      expect(paragraph.sentences.map((s) => s.text).join(' ')).toBe(paragraph.text);
    }
  });

  it('keeps paragraphs single-spaced with no line breaks', () => {
    for (const paragraph of article.paragraphs) expect(paragraph.text).not.toMatch(/\s{2,}|\n/);
  });
});

describe('splitSentences', () => {
  it('does not split inside a quotation or after a quoted sentence that continues', () => {
    expect(splitSentences('Ai tha: “Do të vij nesër.” Pastaj u largua.').map((s) => s.text)).toEqual([
      'Ai tha: “Do të vij nesër.”',
      'Pastaj u largua.',
    ]);
  });

  it('does not end a sentence at a title or an initial before a name', () => {
    expect(splitSentences('Drejtori në Fier, Dr. Arben Muçaj, tha se situata është serioze. Prof. Kola dhe z. Hoxha ranë dakord me John F. Kirby.').map((s) => s.text)).toEqual([
      'Drejtori në Fier, Dr. Arben Muçaj, tha se situata është serioze.',
      'Prof. Kola dhe z. Hoxha ranë dakord me John F. Kirby.',
    ]);
  });

  it('ends a sentence at a capital letter that names a thing, not a person', () => {
    const text = (s: string) => splitSentences(s).map((sentence) => sentence.text);
    expect(text('Shqipëria u hodh në grupin B. Ndeshja e parë luhet në qershor.')).toEqual(['Shqipëria u hodh në grupin B.', 'Ndeshja e parë luhet në qershor.']);
    expect(text('Klubi u rikthye në Seria A. Tifozët festuan.')).toEqual(['Klubi u rikthye në Seria A.', 'Tifozët festuan.']);
    expect(text('Portokallet kanë shumë vitamina C. Mjekët i këshillojnë.')).toEqual(['Portokallet kanë shumë vitamina C.', 'Mjekët i këshillojnë.']);
    expect(text('Nxënësi mori notën A. Prindërit u gëzuan.')).toEqual(['Nxënësi mori notën A.', 'Prindërit u gëzuan.']);
    expect(text('They had a Plan B. It worked.')).toEqual(['They had a Plan B.', 'It worked.']);
  });

  it('keeps an initial with its name after a first name, a title, another initial, a role or a word that introduces a person', () => {
    for (const sentence of [
      'Takimi u drejtua nga John F. Kennedy dhe zgjati dy orë.',
      'A. Hoxha tha se projekti do të përfundojë.',
      'Raporti u hartua nga z. A. Hoxha në tetor.',
      'Libri i J. R. R. Tolkien u përkthye në shqip.',
      'Deklaratën e lexoi kryetari E. Veliaj në mbledhje.',
      'Sipas ministres B. Kumbaro, muzeu hapet në maj.',
      'Pas takimit tha E. Rama se marrëveshja u arrit.',
      'The report was written by J. Smith in May.',
      'Mayor E. Veliaj opened the bridge.',
      '(Robert F. Kennedy) foli i fundit.',
    ]) {
      expect(splitSentences(sentence).map((s) => s.text), sentence).toEqual([sentence]);
    }
  });

  it('cuts a run-on without sentence ends into pieces of at most MAX_SENTENCE_LENGTH characters, at a comma or a space, that make it up', () => {
    const words = Array.from({ length: 3_000 }, (_, i) => (i % 37 === 36 ? 'rruga,' : 'bashkia'));
    const runOn = `${words.join(' ')} Kalaja ka 1200 banorë. ${words.join(' ')}`;
    const pieces = splitSentences(runOn).map((s) => s.text);
    expect(pieces.join(' ')).toBe(runOn);
    expect(pieces.length).toBeGreaterThan(40);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(piece).toMatch(/(?:,|\.|bashkia|rruga)$/);
    }
    expect(splitSentences('x'.repeat(2_500)).map((s) => s.text)).toEqual(['x'.repeat(1_000), 'x'.repeat(1_000), 'x'.repeat(500)]);
    // The LLM checker splits a model's answer with sentenceSegments: a long cited sentence stays whole.
    expect(sentenceSegments(runOn)).toHaveLength(1);
  });

  it('never cuts a run-on without spaces inside an emoji or another character of two UTF-16 units', () => {
    const runOn = `x${'😀'.repeat(1_500)}`;
    const pieces = splitSentences(runOn).map((s) => s.text);
    expect(pieces.join('')).toBe(runOn);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });

  it('still ends a sentence at a full stop after an ordinary word, so every sentence is verbatim in its paragraph', () => {
    const paragraph = 'Mbërriti në orën 10. Pastaj iku. Takimi zgjati dy orë.';
    const sentences = splitSentences(paragraph).map((s) => s.text);
    expect(sentences).toEqual(['Mbërriti në orën 10.', 'Pastaj iku.', 'Takimi zgjati dy orë.']);
    for (const sentence of sentences) expect(paragraph).toContain(sentence);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('article files', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('qa-articles-');
  });
  afterEach(() => removeDir(dir));

  function write(name: string, content: string): string {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  }

  it('reads a Markdown article as the text a reader sees: no heading marks, emphasis, links, images or list markers', () => {
    const markdown = [
      '---\ndate: 2024-09-01\n---',
      '# Bashkia hap parkun e ri në Fier',
      'Bashkia e Fierit hapi të shtunën **parkun e ri**, me 300 pemë dhe një [shesh lojërash](https://example.com/lojera) për _fëmijët_.',
      '- Parku ka 4 hyrje.\n- Ai hapet në orën 7.',
      '![Parku](parku.jpg) Kryetari tha se investimi kushtoi `2 milionë` euro.',
    ].join('\n\n');
    const article = loadArticle(write('parku.md', markdown));
    expect(article.title).toBe('Bashkia hap parkun e ri në Fier');
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'Bashkia hap parkun e ri në Fier',
      'Bashkia e Fierit hapi të shtunën parkun e ri, me 300 pemë dhe një shesh lojërash për fëmijët.',
      'Parku ka 4 hyrje. Ai hapet në orën 7.',
      'Parku Kryetari tha se investimi kushtoi 2 milionë euro.',
    ]);
    expect(article.paragraphs[2]!.sentences.map((s) => s.text)).toEqual(['Parku ka 4 hyrje.', 'Ai hapet në orën 7.']);
    // A .txt file is taken as written: its stars and brackets are the article's own.
    expect(loadArticle(write('plain.txt', 'Tarifa është 2 * 3 euro [shiko](tabelën).')).paragraphs[0]!.text).toBe('Tarifa është 2 * 3 euro [shiko](tabelën).');
  });

  it('takes each line of a plain-text article without blank lines for a paragraph when its lines end sentences, and keeps a hard-wrapped one whole', () => {
    const lines = 'Bashkia hapi sot parkun e ri.\nParku ka 300 pemë dhe katër hyrje.\n“Është dhurata jonë për fëmijët”, tha kryetari.\n';
    expect(loadArticle(write('cms.txt', `date 2024-09\n\n${lines}`)).paragraphs.map((p) => p.text)).toEqual([
      'Bashkia hapi sot parkun e ri.',
      'Parku ka 300 pemë dhe katër hyrje.',
      '“Është dhurata jonë për fëmijët”, tha kryetari.',
    ]);
    const wrapped = 'Bashkia hapi sot parkun e ri të qytetit, me\n300 pemë dhe një shesh lojërash për fëmijët e\nlagjes. Parku ka katër hyrje.\n';
    expect(loadArticle(write('wrapped.txt', wrapped)).paragraphs.map((p) => p.text)).toEqual([
      'Bashkia hapi sot parkun e ri të qytetit, me 300 pemë dhe një shesh lojërash për fëmijët e lagjes. Parku ka katër hyrje.',
    ]);
    // Blank lines, where there are any, decide alone.
    expect(loadArticle(write('blank.txt', 'Një.\nDy.\n\nTre.\n')).paragraphs.map((p) => p.text)).toEqual(['Një. Dy.', 'Tre.']);
  });

  it('reads title, date, source, url and language from front matter', () => {
    const path = write(
      'front.txt',
      '---\ntitle: Një titull\ndate: 2024-01-15\nsource: Agjencia\nurl: https://example.com/a?b=1\nlanguage: en\nauthor: ignored\n---\n\nFirst paragraph. Second sentence.\n\nSecond paragraph.\n',
    );
    const article = loadArticle(path);
    expect(article).toMatchObject({
      id: 'front',
      title: 'Një titull',
      date: '2024-01-15',
      source: 'Agjencia',
      url: 'https://example.com/a?b=1',
      language: 'en',
    });
    expect(article.paragraphs.map((p) => p.text)).toEqual(['First paragraph. Second sentence.', 'Second paragraph.']);
    expect(article.paragraphs[0]!.sentences.map((s) => s.text)).toEqual(['First paragraph.', 'Second sentence.']);
  });

  it('prefers the front-matter date over a date header and drops the header from ¶1', () => {
    const article = loadArticle(write('both.txt', '---\ndate: 2024-02-02\n---\ndate 2023-09 Teksti i parë.\n\nTeksti i dytë.'));
    expect(article.date).toBe('2024-02-02');
    expect(article.paragraphs[0]!.text).toBe('Teksti i parë.');
  });

  it('derives a short title without the final full stop, and cuts a long one at a word boundary', () => {
    expect(loadArticle(write('short.txt', 'Kim takon Putinin. Më shumë tekst.')).title).toBe('Kim takon Putinin');
    const long = loadArticle(write('long.txt', `${'fjalë '.repeat(40)}fund.`)).title;
    expect(long.endsWith('fjalë…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(91);
  });

  it('handles Windows line endings, several blank lines and invisible characters', () => {
    const article = loadArticle(write('crlf.txt', 'date 2023-09 Pa\u200Bragrafi i parë.\r\n\r\n\r\n\r\nParagrafi\r\ni dytë.\r\n'));
    expect(article.date).toBe('2023-09');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Paragrafi i parë.', 'Paragrafi i dytë.']);
  });

  it('gives an article without a header no date', () => {
    expect(loadArticle(write('nodate.txt', 'Vetëm tekst.')).date).toBeUndefined();
  });

  it('rejects a missing file with a ConfigError naming the path', () => {
    const path = join(dir, 'missing.txt');
    expect(() => loadArticle(path)).toThrow(ConfigError);
    expect(() => loadArticle(path)).toThrow(path);
  });

  it('rejects an empty or whitespace-only file with a ConfigError naming the path', () => {
    for (const content of ['', '  \n\n\t\n']) {
      const path = write('empty.txt', content);
      expect(() => loadArticle(path)).toThrow(ConfigError);
      expect(() => loadArticle(path)).toThrow(path);
    }
  });

  it('rejects a file with only front matter and no text', () => {
    const path = write('only-meta.txt', '---\ntitle: Asgjë\n---\n');
    expect(() => loadArticle(path)).toThrow(ConfigError);
    expect(() => loadArticle(path)).toThrow(path);
  });

  it('rejects an articles folder with no .txt files with a ConfigError naming the folder', () => {
    write('notes.json', '{}');
    mkdirSync(join(dir, 'drafts'));
    expect(() => loadArticles(dir)).toThrow(ConfigError);
    expect(() => loadArticles(dir)).toThrow(dir);
  });

  it('ignores a folder whose name ends in .txt', () => {
    mkdirSync(join(dir, 'drafts.txt'));
    expect(() => loadArticles(dir)).toThrow(ConfigError);
    expect(() => loadArticles(dir)).toThrow(dir);
    write('real.txt', 'Tekst.');
    expect(loadArticles(dir).map((a) => a.id)).toEqual(['real']);
  });

  it('rejects a missing articles folder, or a file given as the folder, naming the path', () => {
    const missing = join(dir, 'nope');
    expect(() => loadArticles(missing)).toThrow(ConfigError);
    expect(() => loadArticles(missing)).toThrow(missing);
    const file = write('file.txt', 'Tekst.');
    expect(() => loadArticles(file)).toThrow(ConfigError);
    expect(() => loadArticles(file)).toThrow(file);
  });

  it('loads every article of a folder in file-name order, ignoring other files', () => {
    copyFileSync(SEED_ARTICLE, join(dir, 'b-seed.txt'));
    write('a-other.txt', 'Një artikull tjetër.');
    write('README.json', '{}');
    const articles = loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['a-other', 'b-seed']);
    expect(articles[1]!.paragraphs).toHaveLength(12);
  });
});

describe('article files that are not article text', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('qa-articles-');
  });
  afterEach(() => removeDir(dir));

  const path = (name: string) => join(dir, name);
  const latin1 = Buffer.from('Kryeministri tha sot se vendimi është marrë.\n\nParagrafi i dytë.', 'latin1');
  const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);

  it.each([
    ['binary (a PNG renamed .txt)', 'a-image.txt', binary, /binary/],
    ['Latin-1 text', 'b-latin1.txt', latin1, /not valid UTF-8/],
    ['UTF-8 text with a NUL byte', 'c-nul.md', Buffer.from('Tekst\u0000 i prishur.'), /binary/],
    ['empty', 'd-empty.txt', Buffer.alloc(0), /^empty$/],
    ['only blank lines', 'e-blank.txt', Buffer.from('\n \n\t\n'), /^empty$/],
  ])('skips a file that is %s, with a reason', (_, name, bytes, reason) => {
    writeFileSync(path(name), bytes);
    const read = readArticleFile(path(name));
    expect('reason' in read && read.reason).toMatch(reason);
    expect(() => loadArticle(path(name))).toThrow(ConfigError);
  });

  it('skips a dangling symlink, and follows a symlink to a real article', () => {
    symlinkSync(path('nowhere.txt'), path('dangling.txt'));
    symlinkSync(SEED_ARTICLE, path('linked.txt'));
    expect(readArticleFile(path('dangling.txt'))).toEqual({ path: path('dangling.txt'), reason: 'a dangling symlink' });
    expect(loadArticles(dir).map((a) => a.id)).toEqual(['linked']);
  });

  it('leaves out a README and hidden files such as an editor’s lock link', () => {
    copyFileSync(SEED_ARTICLE, path('seed.txt'));
    writeFileSync(path('README.md'), '# Articles\n\nOne file per article.');
    symlinkSync('user@host.1234', path('.#seed.txt'));
    writeFileSync(path('.draft.md'), 'Draft.');
    const { logger, lines } = recordingLogger();
    expect(loadArticles(dir, logger).map((a) => a.id)).toEqual(['seed']);
    expect(lines).toEqual([]);
  });

  it('reads UTF-8 with a byte-order mark as text, without the mark', () => {
    writeFileSync(path('bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Titulli i lajmit. Më shumë.')]));
    expect(loadArticle(path('bom.txt')).title).toBe('Titulli i lajmit');
  });

  it('loads the valid articles and warns once per bad file, naming it and why; the binary file is not "the article"', () => {
    writeFileSync(path('0-binary.txt'), binary);
    writeFileSync(path('1-latin1.txt'), latin1);
    writeFileSync(path('2-empty.txt'), '');
    symlinkSync(path('gone.txt'), path('3-dangling.md'));
    copyFileSync(SEED_ARTICLE, path('4-seed.txt'));
    const { logger, lines } = recordingLogger();

    const articles = loadArticles(dir, logger);

    expect(articles.map((a) => a.id)).toEqual(['4-seed']);
    const warnings = lines.map((line) => JSON.parse(line) as { level: number; file: string; reason: string; msg: string });
    expect(warnings.map((w) => [w.level, w.file])).toEqual([
      [40, path('0-binary.txt')],
      [40, path('1-latin1.txt')],
      [40, path('2-empty.txt')],
      [40, path('3-dangling.md')],
    ]);
    for (const w of warnings) expect(w.msg).toContain(w.file);
  });

  it('fails with one line naming each file and why when no valid article is left', () => {
    writeFileSync(path('empty.txt'), '');
    writeFileSync(path('old.txt'), latin1);
    symlinkSync(path('gone.txt'), path('link.txt'));
    const error = (() => {
      try {
        loadArticles(dir);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.message).toBe(
      `No articles (.txt or .md files) in ${dir}: empty.txt is empty; link.txt is a dangling symlink; old.txt is not valid UTF-8 text (binary, or another encoding such as Latin-1)`,
    );
    expect(error!.message).not.toContain('\n');
  });
});
