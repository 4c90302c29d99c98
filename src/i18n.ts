import type { Language, Localized } from './errors.js';

/** Every sentence the bot says in its own voice, in both languages. Article text is never translated here. */
export const MESSAGES = {
  notFound: {
    en: 'The article does not say. These are the closest passages:',
    sq: 'Artikulli nuk e thotë këtë. Këto janë pjesët më të afërta:',
  },
  partNotAnswered: {
    en: 'The article does not answer this part.',
    sq: 'Artikulli nuk i përgjigjet kësaj pjese të pyetjes.',
  },
  quotedAbove: {
    en: 'The sentence quoted above',
    sq: 'Fjalia e cituar më lart',
  },
  closestAnswer: {
    en: 'The closest the article comes to this:',
    sq: 'Më e afërta që thotë artikulli për këtë:',
  },
  fromArticle: { en: 'From the article (quoted in Albanian):', sq: 'Nga artikulli:' },
  fromEnglishArticle: { en: 'From the article:', sq: 'Nga artikulli (cituar në anglisht):' },
  sources: { en: 'Sources', sq: 'Burimet' },
  paragraph: { en: 'Paragraph', sq: 'Paragrafi' },
  summaryTitle: { en: 'Summary', sq: 'Përmbledhje' },
  quotesTitle: { en: 'Quotes about “{topic}”', sq: 'Citime për “{topic}”' },
  noQuotes: {
    en: 'No passage of the article is about “{topic}”. The closest ones:',
    sq: 'Asnjë pjesë e artikullit nuk flet për “{topic}”. Më të afërtat:',
  },
  emptyQuestion: {
    en: 'Please type a question about the article.',
    sq: 'Ju lutem shkruani një pyetje për artikullin.',
  },
  emptyTopic: {
    en: 'Please name a topic to quote, for example: /quote sanctions',
    sq: 'Ju lutem jepni një temë për citim, për shembull: /quote sanksione',
  },
  questionTooLong: {
    en: 'That question is too long ({length} characters). Please keep it under {max} characters.',
    sq: 'Pyetja është shumë e gjatë ({length} shkronja). Ju lutem mbajeni nën {max} shkronja.',
  },
  noWords: {
    en: 'I could not find any words in that message. Please ask a question in Albanian or English.',
    sq: 'Nuk gjeta asnjë fjalë në mesazh. Ju lutem bëni një pyetje në shqip ose në anglisht.',
  },
  unsupportedScript: {
    en: 'I can only read questions in Albanian or English (Latin letters). Please ask again in one of them.',
    sq: 'Mund të lexoj vetëm pyetje në shqip ose në anglisht (me shkronja latine). Ju lutem pyesni përsëri.',
  },
  unknownArticle: {
    en: 'There is no article “{article}”. /articles lists them with their ids.',
    sq: 'Nuk ka artikull “{article}”. /articles i rendit me id-të e tyre.',
  },
  paragraphOutOfRange: {
    en: 'There is no paragraph {number}. The article has paragraphs 1 to {count}.',
    sq: 'Nuk ka paragraf {number}. Artikulli ka paragrafët 1 deri në {count}.',
  },
  paragraphCut: {
    en: 'The paragraph goes on: these are the first {shown} of its {total} characters.',
    sq: 'Paragrafi vazhdon: këto janë {shown} shkronjat e para nga {total}.',
  },
  paragraphMissing: {
    en: 'Which paragraph? Give its number, from 1 to {count}, for example: /paragraph 2',
    sq: 'Cili paragraf? Jepni numrin e tij, nga 1 deri në {count}, për shembull: /paragraph 2',
  },
  paragraphNotNumber: {
    en: '“{input}” is not a paragraph number. Use a whole number from 1 to {count}.',
    sq: '“{input}” nuk është numër paragrafi. Përdorni një numër të plotë nga 1 deri në {count}.',
  },
  unknownCommand: {
    en: 'Unknown command “{command}”. Type /help to see what I can do.',
    sq: 'Komandë e panjohur “{command}”. Shkruani /help për të parë çfarë mund të bëj.',
  },
  unknownSummaryLength: {
    en: 'Summary length must be short, detailed or bullets.',
    sq: 'Gjatësia e përmbledhjes duhet të jetë short, detailed ose bullets.',
  },
  genericError: {
    en: 'Sorry, something went wrong on my side. Please try again.',
    sq: 'Më vjen keq, diçka shkoi keq nga ana ime. Ju lutem provoni përsëri.',
  },
  llmFallback: {
    en: 'The language model was unavailable, so this answer is made of verbatim sentences from the article.',
    sq: 'Modeli gjuhësor nuk ishte i disponueshëm, ndaj kjo përgjigje përbëhet nga fjali të artikullit.',
  },
  llmUnchecked: {
    en: 'The model’s answer could not be verified against the article, so these are the article’s own sentences.',
    sq: 'Përgjigja e modelit nuk u verifikua dot me artikullin, ndaj këto janë fjalitë e vetë artikullit.',
  },
  llmTimeout: {
    en: 'The language model took too long, so this answer is made of verbatim sentences from the article.',
    sq: 'Modeli gjuhësor u vonua shumë, ndaj kjo përgjigje përbëhet nga fjali të artikullit.',
  },
  llmBusy: {
    en: 'Many questions are being answered right now, so this answer is made of verbatim sentences from the article.',
    sq: 'Po u përgjigjem shumë pyetjeve tani, ndaj kjo përgjigje përbëhet nga fjali të artikullit.',
  },
  otherLanguage: {
    en: 'I speak Albanian and English, so this answer is in English; your question was searched by its names and numbers.',
    sq: 'Flas shqip dhe anglisht, ndaj kjo përgjigje është në shqip; pyetja juaj u kërkua sipas emrave dhe numrave që ka.',
  },
  translation: { en: 'translation', sq: 'përkthim' },
  busy: {
    en: 'I am answering many questions right now. Please try again in {seconds} s.',
    sq: 'Po përgjigjem shumë pyetjeve tani. Ju lutem provoni përsëri pas {seconds} s.',
  },
  // Discord bot (src/discord, commands/).
  cooldown: {
    en: 'Please wait {seconds} s before asking again.',
    sq: 'Ju lutem prisni {seconds} s para se të pyesni përsëri.',
  },
  channelNotAllowed: {
    en: 'I only answer in the channels set up for me, and in direct messages.',
    sq: 'Përgjigjem vetëm në kanalet e caktuara për mua dhe në mesazhe private.',
  },
  showSource: { en: 'Show source [{marker}]', sq: 'Shfaq burimin [{marker}]' },
  newQuestion: { en: 'New question', sq: 'Pyetje e re' },
  articlesTitle: { en: 'Articles ({count})', sq: 'Artikujt ({count})' },
  articlesPage: { en: 'Page {page} of {pages} · newest first', sq: 'Faqja {page} nga {pages} · më të rejat së pari' },
  paragraphCount: { en: '{count} ¶', sq: '{count} ¶' },
  undated: { en: 'undated', sq: 'pa datë' },
  statusTitle: { en: 'Bot status', sq: 'Gjendja e botit' },
  statusBody: {
    en: 'Articles: {articles} · paragraphs: {paragraphs}\nIndex: {passages} passages ({deleted} deleted), {size} on disk\nBuilt: {builtAt} in {buildMs} ms{updated}\nEmbedder: {embedder}, {dimensions} dimensions\nAnswers: {mode}\nUptime: {uptime} · gateway ping: {ping}\nAnswers served since start: {served}',
    sq: 'Artikuj: {articles} · paragrafë: {paragraphs}\nIndeksi: {passages} pjesë ({deleted} të fshira), {size} në disk\nNdërtuar: {builtAt} për {buildMs} ms{updated}\nEmbedder: {embedder}, {dimensions} dimensione\nPërgjigjet: {mode}\nKohë pune: {uptime} · ping i gateway-t: {ping}\nPërgjigje të dhëna që nga nisja: {served}',
  },
  statusFeedback: {
    en: 'Feedback: {answers} answers on record, {votedAnswers} voted on · 👍 {up} · 👎 {down}',
    sq: 'Mendimet: {answers} përgjigje të ruajtura, {votedAnswers} me vota · 👍 {up} · 👎 {down}',
  },
  statusFeedbackUnavailable: {
    en: 'Feedback: the database cannot be read right now',
    sq: 'Mendimet: databaza nuk lexohet dot tani',
  },
  statusShard: {
    en: 'Gateway shard {id}: {guilds} servers · ping {ping} · {status}',
    sq: 'Shard-i {id} i gateway-t: {guilds} serverë · ping {ping} · {status}',
  },
  statusShards: {
    en: 'Gateway shards: {ready} of {total} ready · {guilds} servers',
    sq: 'Shard-et e gateway-t: {ready} nga {total} gati · {guilds} serverë',
  },
  statusUpdated: { en: ' · last update {updatedAt}', sq: ' · përditësimi i fundit {updatedAt}' },
  reindexStarted: {
    en: 'Rebuilding the index in the background; questions are answered from the current one meanwhile. I will post here when it is done.',
    sq: 'Po e rindërtoj indeksin në sfond; ndërkohë pyetjet marrin përgjigje nga indeksi aktual. Do të shkruaj këtu kur të mbarojë.',
  },
  reindexJoined: {
    en: 'A rebuild is already under way; I will post here when it is done.',
    sq: 'Një rindërtim është tashmë në punë; do të shkruaj këtu kur të mbarojë.',
  },
  reindexDone: {
    en: 'Index rebuilt: {articles} articles, {paragraphs} paragraphs, in {seconds} s.',
    sq: 'Indeksi u rindërtua: {articles} artikuj, {paragraphs} paragrafë, për {seconds} s.',
  },
  reindexFailed: {
    en: 'The rebuild failed; the bot keeps answering from the previous index. Reason: {reason}',
    sq: 'Rindërtimi dështoi; boti vazhdon të përgjigjet nga indeksi i mëparshëm. Arsyeja: {reason}',
  },
  chatAllArticles: {
    en: 'Answering from all articles again (summaries and ¶ numbers: the newest).',
    sq: 'Po përgjigjem sërish nga të gjithë artikujt (përmbledhjet dhe numrat ¶: më i riu).',
  },
  chatArticleRemoved: {
    en: 'The article “{article}” you chose with /article has been removed: I answer from all articles again.',
    sq: 'Artikulli “{article}” që zgjodhët me /article u hoq: po përgjigjem sërish nga të gjithë artikujt.',
  },
  chatOneArticle: {
    en: 'Answering from “{article}” only ({paragraphs} ¶). /article alone goes back to all articles.',
    sq: 'Po përgjigjem vetëm nga “{article}” ({paragraphs} ¶). /article vetëm kthehet te të gjithë artikujt.',
  },
  readArticle: { en: 'Read the article', sq: 'Lexoni artikullin' },
  newerArticles: { en: '◀ Newer', sq: '◀ Më të rejat' },
  olderArticles: { en: 'Older ▶', sq: 'Më të vjetrat ▶' },
  conversationReset: {
    en: 'Done: your next question starts a new conversation.',
    sq: 'U bë: pyetja juaj e radhës nis një bisedë të re.',
  },
  noConversation: {
    en: 'There is no conversation to forget here: /new works in a thread I opened under an answer, or in direct messages.',
    sq: 'Këtu nuk ka bisedë për të harruar: /new punon në një thread që kam hapur nën një përgjigje, ose në mesazhe private.',
  },
  sourceMoved: {
    en: 'The article has been corrected since this answer: the quoted passage is now ¶{paragraph}.',
    sq: 'Artikulli është korrigjuar pas kësaj përgjigjeje: pjesa e cituar tani është ¶{paragraph}.',
  },
  sourceGone: {
    en: 'The article has been corrected since this answer, and the quoted passage is no longer in it. This is ¶{paragraph} as it reads now.',
    sq: 'Artikulli është korrigjuar pas kësaj përgjigjeje dhe pjesa e cituar nuk është më në të. Ky është ¶{paragraph} siç është tani.',
  },
  staleButton: {
    en: 'This button is no longer valid. Please ask again.',
    sq: 'Ky buton nuk është më i vlefshëm. Ju lutem pyesni përsëri.',
  },
  voteRecorded: {
    en: 'Thanks for your feedback: {emoji} recorded.',
    sq: 'Faleminderit për mendimin: {emoji} u regjistrua.',
  },
  voteChanged: {
    en: 'Your vote on this answer is now {emoji}.',
    sq: 'Vota juaj për këtë përgjigje tani është {emoji}.',
  },
  voteUnchanged: {
    en: 'You have already voted {emoji} on this answer.',
    sq: 'E keni votuar tashmë këtë përgjigje me {emoji}.',
  },
  voteUnknownAnswer: {
    en: 'I no longer have this answer on record, so your vote was not counted. Please ask again.',
    sq: 'Nuk e kam më këtë përgjigje në regjistër, ndaj vota juaj nuk u numërua. Ju lutem pyesni përsëri.',
  },
  feedbackUnavailable: {
    en: 'Sorry, I cannot save feedback right now, so your vote was not counted. The answer itself is fine; please vote again later.',
    sq: 'Më vjen keq, tani për tani nuk mund ta ruaj mendimin tuaj, ndaj vota nuk u numërua. Përgjigjja është në rregull; ju lutem votoni përsëri më vonë.',
  },
  adminOnly: {
    en: 'Only server admins (Manage Server permission) can use this command.',
    sq: 'Këtë komandë mund ta përdorin vetëm administratorët e serverit (leja Manage Server).',
  },
  feedbackUnreadable: {
    en: 'The feedback database cannot be read right now; the log says why. Please try again later.',
    sq: 'Baza e të dhënave të mendimeve nuk mund të lexohet tani; arsyeja është në log. Ju lutem provoni më vonë.',
  },
  statsTitle: { en: 'Reader feedback', sq: 'Mendimet e lexuesve' },
  statsTotals: {
    en: 'Answers on record: {answers}\nAnswers voted on: {voted}\n👍 {up} · 👎 {down} ({share}% helpful)',
    sq: 'Përgjigje në regjistër: {answers}\nPërgjigje të votuara: {voted}\n👍 {up} · 👎 {down} ({share}% të dobishme)',
  },
  statsDownVoted: { en: 'Most down-voted questions', sq: 'Pyetjet me më shumë 👎' },
  statsNoDownVotes: { en: 'No answer has been voted down yet.', sq: 'Asnjë përgjigje nuk ka marrë ende 👎.' },
  aboutBody: {
    en: 'Date: {date}\nParagraphs: {paragraphs}\nIndex: {embedder}, {dimensions} dimensions, built {builtAt}\nAnswers: {mode}',
    sq: 'Data: {date}\nParagrafë: {paragraphs}\nIndeksi: {embedder}, {dimensions} dimensione, ndërtuar më {builtAt}\nPërgjigjet: {mode}',
  },
  modeLlm: {
    en: 'language model ({model}), checked against the article',
    sq: 'model gjuhësor ({model}), i kontrolluar me artikullin',
  },
  modeExtractive: {
    en: 'offline, verbatim sentences from the article',
    sq: 'pa internet, fjali të vetë artikullit fjalë për fjalë',
  },
  help: {
    en: [
      'I answer questions about the news articles I have (the newest: “{title}”) with verbatim, cited passages (¶ = paragraph).',
      '• `/ask` — an answer with its sources; “Show source” opens the whole paragraph',
      '• `/summary` — a cited summary (short, detailed or bullets)',
      '• `/quote` — verbatim passages about a topic',
      '• `/paragraph` — one paragraph in full',
      '• `/articles` — the articles I know, newest first',
      '• `/about` — the newest article and how answers are made',
      '• `/new` — start a new conversation in this thread',
      '`/ask`, `/summary`, `/quote` and `/paragraph` take an optional `article:` (start typing a title or date). Without it, `/ask` answers from the best-matching article and the others use the newest.',
      'Server admins (Manage Server) also have `/status`, `/reindex` and `/stats`.',
      'You can also mention me with a question, write to me in a direct message, or keep asking in the thread I open under an answer. Ask in Albanian or English.',
    ].join('\n'),
    sq: [
      'Përgjigjem për pyetje rreth artikujve që kam (më i riu: “{title}”) me pjesë të cituara fjalë për fjalë (¶ = paragraf).',
      '• `/ask` — përgjigje me burimet; “Shfaq burimin” hap gjithë paragrafin',
      '• `/summary` — përmbledhje me citime (e shkurtër, e hollësishme ose me pika)',
      '• `/quote` — pjesë fjalë për fjalë për një temë',
      '• `/paragraph` — një paragraf i plotë',
      '• `/articles` — artikujt që njoh, më të rejat së pari',
      '• `/about` — artikulli më i ri dhe si bëhen përgjigjet',
      '• `/new` — nis një bisedë të re në këtë thread',
      '`/ask`, `/summary`, `/quote` dhe `/paragraph` marrin edhe `article:` (shkruani një titull ose datë). Pa të, `/ask` përgjigjet nga artikulli më i përshtatshëm dhe të tjerat përdorin më të riun.',
      'Administratorët e serverit (Manage Server) kanë edhe `/status`, `/reindex` dhe `/stats`.',
      'Mund të më përmendni me një pyetje, të më shkruani në mesazh privat, ose të vazhdoni të pyesni në thread-in që hap nën përgjigje. Pyetni në shqip ose në anglisht.',
    ].join('\n'),
  },
  restarting: {
    en: 'I am restarting. Please ask again in a minute.',
    sq: 'Po rinisem. Ju lutem pyesni përsëri pas një minute.',
  },
  shutdownFallback: {
    en: 'I had to restart before the language model finished, so this answer is made of verbatim sentences from the article.',
    sq: 'U desh të rinisem para se modeli gjuhësor të mbaronte, ndaj kjo përgjigje përbëhet nga fjali të artikullit.',
  },
  shutdownNotice: {
    en: 'I had to restart before I could finish this. Please ask again in a minute.',
    sq: 'U desh të rinisem para se ta mbaroja këtë. Ju lutem pyesni përsëri pas një minute.',
  },
} as const satisfies Record<string, Localized>;

/** The name of a message in {@link MESSAGES}. */
export type MessageKey = keyof typeof MESSAGES;

/** A message in the given language with `{name}` placeholders filled in. */
export function t(key: MessageKey, language: Language, values: Record<string, string | number> = {}): string {
  return MESSAGES[key][language].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** The same message in both languages, for errors whose reader's language is decided later. */
export function localized(key: MessageKey, values: Record<string, string | number> = {}): Localized {
  return { en: t(key, 'en', values), sq: t(key, 'sq', values) };
}
