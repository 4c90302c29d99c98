import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Paragraphs per generated article: the size of the seed article, a typical news story. */
export const PARAGRAPHS_PER_ARTICLE = 12;

/** Albanian stems and endings the generated words are made of; frequent words come first. */
const COMMON = (
  'qeveria ministri presidenti kryeministri parlamenti shteti vendi qyteti rajoni bota lufta paqja marrëveshja ' +
  'takimi vizita zgjedhjet partia opozita ligji gjykata policia ushtria kufiri tregu ekonomia buxheti taksat ' +
  'çmimet energjia rryma uji shkolla universiteti spitali shëndetësia mjekët studentët punëtorët fermerët ' +
  'turizmi deti mali lumi rruga ura hekurudha porti aeroporti treni avioni anija nafta gazi thëngjilli ' +
  'teknologjia interneti telefoni gazetari lajmi raporti deklarata intervista konferenca samiti ambasadori ' +
  'sanksionet armët municionet raketat sateliti hapësira shkenca kërkimi projekti investimi banka kredia euro ' +
  'dollari lek inflacioni papunësia pagat pensionet familja fëmijët gratë burrat të rinjtë moshuarit ' +
  'kultura teatri filmi muzika libri festivali sporti futbolli ndeshja kampionati trajneri lojtari golat'
).split(' ');
const VERBS = (
  'tha deklaroi njoftoi raportoi shtoi theksoi paralajmëroi kërkoi premtoi mohoi konfirmoi takoi vizitoi ' +
  'nënshkroi miratoi votoi hodhi poshtë rriti uli ndërtoi hapi mbylli filloi përfundoi dërgoi mori dha ' +
  'shiti bleu priti arriti largua u takua u nis u kthye'
).split(' ');
const FUNCTION_WORDS = 'e të në me për nga se që dhe por ose si edhe më tej pas para gjatë mbi nën ndaj tek'.split(' ');
const ONSETS = ['b', 'd', 'dh', 'f', 'g', 'gj', 'h', 'k', 'l', 'll', 'm', 'n', 'nj', 'p', 'r', 'rr', 's', 'sh', 't', 'th', 'v', 'z', 'zh', 'ç', 'q', 'xh'];
const VOWELS = ['a', 'e', 'ë', 'i', 'o', 'u', 'y'];
const ENDINGS = ['', '', 'i', 'it', 'in', 'ë', 've', 'ët', 'ja', 'së', 'n', 't', 'ave', 'uar', 'on', 'oi', 'ojnë'];
/** Subjects the archive covers, and the content words each one's stories draw on. */
const TOPICS = 400;
const TOPIC_WORDS = 60;
const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

/** Mulberry32: a tiny seeded PRNG, so the same seed always yields the same archive. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generated archive: where it is and what it holds. */
export interface SyntheticArchive {
  dir: string;
  paragraphs: number;
  articles: number;
  /** File name of the copied seed article. */
  seedFile: string;
}

/**
 * Writes a reproducible archive of about `paragraphs` paragraphs into `dir`: the seed article
 * plus pseudo-articles of {@link PARAGRAPHS_PER_ARTICLE} paragraphs, in Albanian-looking text
 * with a Zipf-like word distribution (a few thousand frequent stems, a long tail of rare
 * inflected words and names) and topics whose stories share their content words, so postings
 * lists, vocabulary and the vectors' neighbourhoods grow as they do in real news.
 */
export function writeSyntheticArchive(dir: string, paragraphs: number, seedArticle: string, seed = 1): SyntheticArchive {
  mkdirSync(dir, { recursive: true });
  const seedFile = basename(seedArticle);
  copyFileSync(seedArticle, join(dir, seedFile));
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const rareWord = () => {
    let w = '';
    const syllables = 2 + Math.floor(random() * 3);
    for (let s = 0; s < syllables; s++) w += pick(ONSETS) + pick(VOWELS);
    return w + pick(ENDINGS);
  };
  // Zipf-like: index ~ vocabulary^u puts most draws on the first words.
  const vocabulary = [...COMMON, ...Array.from({ length: 40_000 }, rareWord)];
  const zipfWord = () => vocabulary[Math.floor(Math.pow(vocabulary.length, random())) - 1]!;
  const name = () => {
    const w = rareWord();
    return w[0]!.toUpperCase() + w.slice(1);
  };

  // News is topical: stories on one subject share most of their content words.
  const topics = Array.from({ length: TOPICS }, () => Array.from({ length: TOPIC_WORDS }, () => (random() < 0.5 ? pick(COMMON) : zipfWord())));
  const sentence = (cast: readonly string[], topic: readonly string[]) => {
    const length = 8 + Math.floor(random() * 16);
    const parts: string[] = [];
    for (let i = 0; i < length; i++) {
      const r = random();
      if (r < 0.3) parts.push(pick(FUNCTION_WORDS));
      else if (r < 0.38) parts.push(pick(VERBS));
      else if (r < 0.45) parts.push(pick(cast));
      else if (r < 0.47) parts.push(String(1 + Math.floor(random() * 2000)));
      else if (r < 0.8) parts.push(pick(topic));
      else parts.push(zipfWord());
    }
    const text = parts.join(' ');
    return text[0]!.toUpperCase() + text.slice(1) + (random() < 0.1 ? '?' : '.');
  };

  const articles = Math.max(0, Math.ceil((paragraphs - PARAGRAPHS_PER_ARTICLE) / PARAGRAPHS_PER_ARTICLE));
  for (let a = 0; a < articles; a++) {
    const cast = Array.from({ length: 4 }, name);
    const topic = pick(topics);
    const date = `20${10 + Math.floor(random() * 15)}-${pick(MONTHS)}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const body = Array.from({ length: PARAGRAPHS_PER_ARTICLE }, () =>
      Array.from({ length: 2 + Math.floor(random() * 4) }, () => sentence(cast, topic)).join(' '),
    );
    const title = sentence(cast, topic).slice(0, 80).replace(/[.?]$/, '');
    writeFileSync(join(dir, `synthetic-${String(a + 1).padStart(6, '0')}.txt`), `---\ntitle: ${title}\ndate: ${date}\n---\n\n${body.join('\n\n')}\n`);
  }
  return { dir, paragraphs: PARAGRAPHS_PER_ARTICLE * (articles + 1), articles: articles + 1, seedFile };
}
