import { splitSentences, type Article } from '../article/article.js';
import { Bm25, Bm25Builder } from './bm25.js';
import { words } from '../text/normalize.js';
import { indexTermsOfWords, keyWords } from './query.js';
import { Vocabulary } from './vocabulary.js';
import { hasPassageSimilarity, PassageWords } from '../embeddings/local.js';

const FORMAT = 'lexical-v5';

/**
 * The word-level side of retrieval: BM25 postings of every paragraph and of every sentence, in
 * the order of `articles.flatMap(a => a.paragraphs)` and of their sentences, and the articles'
 * vocabulary. Built with the vector index and persisted next to it, so a cold start reads it
 * instead of re-analysing the archive.
 */
export class LexicalIndex {
  constructor(
    readonly paragraphs: Bm25,
    readonly sentences: Bm25,
    /** Sentences of paragraph `p` are `sentenceStart[p] .. sentenceStart[p + 1]` in {@link sentences}. */
    readonly sentenceStart: Uint32Array,
    readonly vocabulary: Vocabulary,
    /** The articles indexed, in the order their paragraphs were. */
    readonly articles: readonly { id: string; contentHash: string }[],
    /**
     * The paragraphs cut into words by the embedder, in the same order, when it can score them so
     * ({@link PassageWords}): built and kept with the postings, so that they are of the same articles.
     */
    readonly passageWords?: PassageWords,
  ) {}

  /** Was this index built from exactly these articles (by id and content), in whatever order? */
  covers(articles: readonly Pick<Article, 'id' | 'contentHash'>[]): boolean {
    if (articles.length !== this.articles.length) return false;
    const hashes = new Map(this.articles.map((a) => [a.id, a.contentHash]));
    return articles.every((a) => hashes.get(a.id) === a.contentHash);
  }

  /**
   * Analyses every sentence once; a paragraph's keys are its sentences' keys in order. Sentences
   * are split here without keeping them on the paragraphs (they are split again, lazily, for
   * the few paragraphs an answer reads), which keeps a large build's memory down.
   */
  static build(articles: readonly Article[], embeddings?: object): LexicalIndex {
    const paragraphs = new Bm25Builder();
    const sentences = new Bm25Builder();
    const vocabulary = new Vocabulary([]);
    const starts: number[] = [0];
    let sentenceCount = 0;
    for (const article of articles) {
      for (const paragraph of article.paragraphs) {
        const keys: string[] = [];
        for (const sentence of splitSentences(paragraph.text)) {
          // Cut into words once for the postings and the vocabulary: a paragraph's words are its sentences'.
          // Each word under its key (see TERM_SEPARATOR), a hyphenated case ending ("INSTAT-it") dropped.
          const sentenceWords = sentence.text.includes('-') ? keyWords(sentence.text) : words(sentence.text);
          const own = indexTermsOfWords(sentenceWords);
          sentences.add(own);
          sentenceCount++;
          for (const key of own) keys.push(key);
          // The vocabulary holds the same words, so a name's forms found there are terms of the index.
          vocabulary.addWords(sentenceWords);
        }
        paragraphs.add(keys);
        starts.push(sentenceCount);
      }
    }
    const ids = articles.map(({ id, contentHash }) => ({ id, contentHash }));
    const passageWords = embeddings && hasPassageSimilarity(embeddings) ? embeddings.passageWords(articles.flatMap((a) => a.paragraphs.map((p) => p.text))) : undefined;
    return new LexicalIndex(paragraphs.build(), sentences.build(), Uint32Array.from(starts), vocabulary, ids, passageWords);
  }

  /** Sentence ids of the paragraph at `position`. */
  sentenceIds(position: number): number[] {
    const ids: number[] = [];
    for (let id = this.sentenceStart[position]!; id < this.sentenceStart[position + 1]!; id++) ids.push(id);
    return ids;
  }

  /** One buffer: a JSON header with the parts' sizes, then the parts. */
  serialize(): Buffer {
    const paragraphs = this.paragraphs.serialize();
    const sentences = this.sentences.serialize();
    const starts = Buffer.from(this.sentenceStart.buffer, this.sentenceStart.byteOffset, this.sentenceStart.byteLength);
    const words = Buffer.from(this.vocabulary.serialize(), 'utf8');
    const parts = [paragraphs, sentences, starts, words, this.passageWords?.serialize() ?? Buffer.alloc(0)];
    const header = Buffer.from(JSON.stringify({ format: FORMAT, parts: parts.map((part) => part.length), articles: this.articles }));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    return Buffer.concat([length, header, ...parts]);
  }

  /** Reads a buffer written by {@link serialize}; throws when it is damaged. */
  static deserialize(data: Buffer): LexicalIndex {
    const headerLength = data.readUInt32LE(0);
    const header = JSON.parse(data.toString('utf8', 4, 4 + headerLength)) as {
      format: string;
      parts: number[];
      articles: { id: string; contentHash: string }[];
    };
    if (header.format !== FORMAT || header.parts.length !== 5) throw new Error('Not a lexical index');
    let position = 4 + headerLength;
    const [paragraphs, sentences, starts, words, passages] = header.parts.map((size) => {
      const part = data.subarray(position, position + size);
      if (part.length !== size) throw new Error('Lexical index is truncated');
      position += size;
      return part;
    }) as [Buffer, Buffer, Buffer, Buffer, Buffer];
    const sentenceStart = new Uint32Array(starts.length / 4);
    new Uint8Array(sentenceStart.buffer).set(starts);
    const vocabulary = Vocabulary.deserialize(words.toString('utf8'));
    const passageWords = passages.length > 0 ? PassageWords.deserialize(passages) : undefined;
    const index = new LexicalIndex(Bm25.deserialize(paragraphs), Bm25.deserialize(sentences), sentenceStart, vocabulary, header.articles, passageWords);
    if (
      sentenceStart.length !== index.paragraphs.size + 1 ||
      sentenceStart[sentenceStart.length - 1] !== index.sentences.size ||
      (passageWords && passageWords.size !== index.paragraphs.size)
    ) {
      throw new Error('Lexical index parts disagree');
    }
    return index;
  }
}
