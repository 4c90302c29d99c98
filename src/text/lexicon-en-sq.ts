/**
 * English → Albanian lexicon of general news vocabulary, used to translate English questions
 * into Albanian search terms (offline cross-lingual retrieval). Keys are lowercase English
 * words (base forms); values are Albanian words as they appear in running text: give the base
 * form plus the most frequent inflected/definite forms and close synonyms, since the retrieval
 * engine only applies light suffix stripping to Albanian.
 */
export const EN_SQ_LEXICON: Readonly<Record<string, readonly string[]>> = {
  // The query analyser looks up two-word phrases first (so keys have at most two words, written
  // as the tokens appear: 'anti tank', not 'anti-tank'), then the exact word, then the Porter stem
  // of single-word keys. Irregular English forms the stemmer cannot relate to their base ('met',
  // 'fought', 'found') and forms whose stem collides with another key ('used' vs 'us') are keys
  // of their own. Values should be specific: every word of a value becomes a search key.
  // ── Verbs (Albanian present, past, subjunctive, participle, derived nouns) ──
  abolish: [
    'shfuqizoj', 'shfuqizon', 'shfuqizoi', 'shfuqizuar', 'shfuqizim', 'heq', 'hoqi', 'hequr', 'heqje',
  ],
  abstain: ['abstenoj', 'abstenoi', 'abstenim', 'abstenuan'],
  abuse: [
    'abuzoj', 'abuzon', 'abuzoi', 'abuzuar', 'abuzim', 'abuzimi', 'abuzime', 'keqpërdorim', 'keqtrajtim',
  ],
  accept: ['pranoj', 'pranon', 'pranoi', 'pranuan', 'pranuar', 'pranohet', 'pranim', 'pranimi'],
  accompany: ['shoqëroj', 'shoqëron', 'shoqëroi', 'shoqëruar', 'shoqërohet', 'shoqëruar nga'],
  accuse: [
    'akuzoj', 'akuzon', 'akuzoi', 'akuzuan', 'akuzuar', 'akuzohet', 'akuzë', 'akuza', 'akuzat', 'akuzave',
    'fajësoi',
  ],
  achieve: ['arrij', 'arrin', 'arriti', 'arritën', 'arritur', 'arritje', 'arritjet'],
  acknowledge: ['pranoj', 'pranon', 'pranoi', 'pranuar', 'njoh', 'njohu', 'njohur'],
  acquire: ['blej', 'bleu', 'blerë', 'përvetësoj', 'përvetësoi', 'përfitoj', 'siguroi'],
  acquit: ['pafajshëm', 'pafajësi'],
  act: ['veproj', 'vepron', 'veproi', 'vepruar', 'veprim', 'veprimi', 'veprime', 'akt', 'akti', 'aktin'],
  adapt: ['përshtat', 'përshtati', 'përshtatur', 'përshtatje'],
  add: ['shtoj', 'shton', 'shtoi', 'shtuan', 'shtuar', 'shtesë', 'shtesa'],
  address: [
    'adresoj', 'adreson', 'adresoi', 'adresuar', 'iu drejtua', 'drejtohet', 'fjalim', 'fjalimi', 'adresë',
    'adresa',
  ],
  admit: ['pranoj', 'pranon', 'pranoi', 'pranuan', 'pranuar', 'pranim'],
  adopt: [
    'miratoj', 'miraton', 'miratoi', 'miratuan', 'miratuar', 'miratohet', 'miratim', 'miratimi', 'birësoj',
    'birësim',
  ],
  advance: ['përparoj', 'përparon', 'përparoi', 'përparim', 'përparimi', 'avancoj', 'avancim', 'avancimi'],
  advise: ['këshilloj', 'këshillon', 'këshilloi', 'këshilluar', 'këshillë', 'këshilla', 'këshillat'],
  affect: ['prek', 'preku', 'prekur', 'prekë', 'ndikoj', 'ndikon', 'ndikoi', 'ndikuar'],
  agree: [
    'pajtohem', 'pajtohet', 'pajtohen', 'u pajtua', 'u pajtuan', 'dakord', 'marrëveshje', 'marrëveshja',
    'marrëveshjen', 'marrëveshjes',
  ],
  aim: ['synoj', 'synon', 'synoi', 'synuar', 'synim', 'synimi', 'qëllim', 'qëllimi'],
  allege: ['pretendoj', 'pretendohet', 'pretendim', 'pretendimet', 'gjoja', 'i dyshuar', 'dyshohet'],
  allow: ['lejoj', 'lejon', 'lejoi', 'lejuan', 'lejuar', 'lejohet', 'lejohen', 'leje', 'leja', 'lejen'],
  amend: ['ndryshoj', 'ndryshoi', 'amendamente', 'amendament', 'amendamentet', 'ndryshime ligjore'],
  analyse: ['analizoj', 'analizon', 'analizoi', 'analizuar', 'analizë', 'analiza', 'analizën', 'analizat'],
  analyze: ['analizoj', 'analizon', 'analizoi', 'analizuar', 'analizë', 'analiza', 'analizën', 'analizat'],
  annex: ['aneksoj', 'aneksoi', 'aneksuar', 'aneksim', 'aneksimi', 'aneksimit', 'aneksimin'],
  announce: [
    'njoftoj', 'njofton', 'njoftoi', 'njoftuan', 'njoftuar', 'njoftim', 'njoftimi', 'njoftimin', 'shpall',
    'shpalli', 'shpallur',
  ],
  apologize: ['falje', 'faljen', 'ndjesë'],
  appeal: [
    'apeloj', 'apelon', 'apeloi', 'apeluar', 'apel', 'apeli', 'apelit', 'ankimim', 'ankimoi', 'thirrje',
  ],
  appear: ['shfaqem', 'shfaqet', 'u shfaq', 'shfaqur', 'duket', 'dukej', 'paraqitet', 'u paraqit'],
  apply: ['aplikoj', 'aplikon', 'aplikoi', 'aplikuar', 'aplikim', 'aplikimi', 'zbatoj', 'zbaton', 'zbatohet'],
  appoint: ['emëroj', 'emëron', 'emëroi', 'emëruan', 'emëruar', 'emërohet', 'emërim', 'emërimi', 'emërimin'],
  approve: [
    'miratoj', 'miraton', 'miratoi', 'miratuan', 'miratuar', 'miratohet', 'miratim', 'miratimi', 'miratimin',
  ],
  argue: ['argumentoj', 'argumenton', 'argumentoi', 'argument', 'argumenti', 'argumente', 'debatoj'],
  arm: ['armatos', 'armatosi', 'armatosur', 'armatosen', 'armatim', 'armatimi', 'armatimet', 'krah', 'krahu'],
  arrest: [
    'arrestoj', 'arreston', 'arrestoi', 'arrestuan', 'arrestuar', 'arrestohet', 'arrestim', 'arrestimi',
    'arrestimin', 'arrestime', 'arrest', 'arresti',
  ],
  arrive: [
    'mbërrij', 'mbërrin', 'mbërriti', 'mbërritën', 'mbërritur', 'mbërritje', 'mbërritja', 'arriti',
    'arritën',
  ],
  ask: ['pyes', 'pyet', 'pyeti', 'pyetur', 'pyetje', 'kërkoi', 'kërkon'],
  assassinate: ['vras', 'vrau', 'vrasje', 'vrasja', 'atentat', 'atentati', 'atentatin', 'atentatit'],
  assemble: ['montoj', 'monton', 'montoi', 'montuar', 'montim', 'mblidhen', 'u mblodhën'],
  assess: [
    'vlerësoj', 'vlerëson', 'vlerësoi', 'vlerësuar', 'vlerësim', 'vlerësimi', 'vlerësimin', 'vlerësime',
  ],
  assure: ['siguroj', 'siguron', 'siguroi', 'siguruar', 'garantoi', 'garantoj'],
  ate: ['ha', 'hëngri', 'ngrënë', 'ushqehen', 'ushqim'],
  attack: [
    'sulmoj', 'sulmon', 'sulmoi', 'sulmuan', 'sulmuar', 'sulmohet', 'sulm', 'sulmi', 'sulmin', 'sulmit',
    'sulme', 'sulmet', 'sulmeve',
  ],
  attend: ['pjesëmarrje', 'pjesëmarrja', 'pjesëmarrës', 'ndjek', 'pjesë'],
  attract: ['tërheq', 'tërhoqi', 'tërhequr', 'tërheqje', 'joshje'],
  authorised: ['autorizoj', 'autorizon', 'autorizoi', 'autorizuar', 'autorizim', 'autorizimi', 'leje'],
  authorize: ['autorizoj', 'autorizon', 'autorizoi', 'autorizuar', 'autorizim', 'autorizimi', 'leje'],
  authorized: ['autorizoj', 'autorizon', 'autorizoi', 'autorizuar', 'autorizim', 'autorizimi', 'leje'],
  avoid: ['shmang', 'shmangu', 'shmangur', 'shmanget', 'shmangie', 'shmangia', 'shmangien'],
  award: ['jap', 'dha', 'dhënë', 'çmim', 'çmimi', 'çmimin', 'shpërblim', 'shpërblimi', 'nderoi', 'dekoroi'],
  ban: [
    'ndaloj', 'ndalon', 'ndaloi', 'ndaluan', 'ndaluar', 'ndalohet', 'ndalim', 'ndalimi', 'ndalimin',
    'ndalimit', 'ndalesë',
  ],
  became: ['bëhem', 'bëhet', 'bëhen', 'u bë', 'u bënë', 'bërë'],
  become: ['bëhem', 'bëhet', 'bëhen', 'u bë', 'u bënë', 'bërë'],
  began: [
    'nis', 'nisi', 'nisën', 'nisur', 'nisja', 'filloj', 'fillon', 'filloi', 'filluan', 'filluar', 'fillim',
    'fillimi',
  ],
  begin: [
    'nis', 'nisi', 'nisën', 'nisur', 'nisja', 'filloj', 'fillon', 'filloi', 'filluan', 'filluar', 'fillim',
    'fillimi',
  ],
  begun: [
    'nis', 'nisi', 'nisën', 'nisur', 'nisja', 'filloj', 'fillon', 'filloi', 'filluan', 'filluar', 'fillim',
    'fillimi',
  ],
  believe: ['besoj', 'beson', 'besoi', 'besojnë', 'besuar', 'besohet', 'besim'],
  belong: ['i përket', 'i përkasin', 'përkiste', 'takon', 'pronë'],
  blame: ['fajësoj', 'fajëson', 'fajësoi', 'fajësuan', 'fajësuar', 'faj', 'fajin', 'fajësi'],
  block: [
    'bllokoj', 'bllokon', 'bllokoi', 'bllokuan', 'bllokuar', 'bllokohet', 'bllokim', 'bllokimi', 'bllokadë',
    'bllokada',
  ],
  bomb: [
    'bombardoj', 'bombardon', 'bombardoi', 'bombarduan', 'bombarduar', 'bombardim', 'bombardimi',
    'bombardime', 'bombardimet', 'bombë', 'bomba', 'bombat', 'bombave',
  ],
  born: ['lind', 'lindi', 'lindur', 'lindja', 'lindjes', 'vendlindje', 'vendlindja', 'lindur në'],
  borrow: ['huazoj', 'huazoi', 'huamarrje', 'huamarrja', 'hua'],
  bought: ['blej', 'blen', 'bleu', 'blenë', 'blejë', 'blerë', 'blerje', 'blerja', 'blerjen', 'blerjes'],
  boycott: ['bojkotoj', 'bojkoton', 'bojkotoi', 'bojkotuar', 'bojkot', 'bojkoti', 'bojkotin'],
  break: ['thyej', 'thyen', 'theu', 'thyer', 'shkel', 'shkeli', 'shkelje', 'prish', 'prishi'],
  'break out': ['shpërthej', 'shpërthen', 'shpërtheu', 'shpërthyer', 'shpërthim', 'shpërthimi', 'nisi'],
  bring: ['sjell', 'solli', 'sollën', 'sjellë', 'sillet', 'sjellin'],
  broadcast: [
    'transmetoj', 'transmeton', 'transmetoi', 'transmetuar', 'transmetohet', 'transmetim', 'transmetimi',
    'transmetues', 'transmetuesi',
  ],
  broke: ['thyej', 'thyen', 'theu', 'thyer', 'shkel', 'shkeli', 'shkelje', 'prish', 'prishi'],
  broken: ['thyej', 'thyen', 'theu', 'thyer', 'shkel', 'shkeli', 'shkelje', 'prish', 'prishi'],
  brought: ['sjell', 'solli', 'sollën', 'sjellë', 'sillet', 'sjellin'],
  build: [
    'ndërtoj', 'ndërton', 'ndërtoi', 'ndërtuan', 'ndërtuar', 'ndërtohet', 'ndërtim', 'ndërtimi', 'ndërtimin',
    'ndërtimit',
  ],
  built: [
    'ndërtoj', 'ndërton', 'ndërtoi', 'ndërtuan', 'ndërtuar', 'ndërtohet', 'ndërtim', 'ndërtimi', 'ndërtimin',
    'ndërtimit',
  ],
  burn: ['djeg', 'dogji', 'dogjën', 'djegur', 'digjet', 'u dogj', 'djegie', 'djegia'],
  bury: ['varros', 'varrosi', 'varrosur', 'varroset', 'varrim', 'varrimi', 'varrimin'],
  buy: ['blej', 'blen', 'bleu', 'blenë', 'blejë', 'blerë', 'blerje', 'blerja', 'blerjen', 'blerjes'],
  calculate: ['llogaris', 'llogarit', 'llogariti', 'llogaritur', 'llogaritje', 'llogaritjet'],
  call: [
    'quaj', 'quan', 'quajti', 'quajtur', 'quhet', 'thirrje', 'thirrja', 'telefonatë', 'telefonata',
    'telefonoi',
  ],
  'call for': ['thirrje', 'kërkoi', 'kërkon'],
  came: ['vij', 'vjen', 'vijnë', 'erdhi', 'erdhën', 'ardhur', 'ardhje', 'ardhja'],
  cancel: ['anuloj', 'anulon', 'anuloi', 'anuluan', 'anuluar', 'anulohet', 'anulim', 'anulimi'],
  capture: [
    'kap', 'kapi', 'kapën', 'kapur', 'pushtoj', 'pushtoi', 'pushtuan', 'pushtuar', 'robëroj', 'robëroi',
    'robëruar',
  ],
  carry: ['mbaj', 'mbajti', 'mbart', 'mbarti', 'mbartur', 'transportoj', 'transportoi', 'transportuar'],
  'carry out': [
    'kryej', 'kryen', 'kreu', 'kryer', 'kryhet', 'zbatoj', 'zbaton', 'zbatoi', 'realizoi', 'realizuar',
  ],
  catch: ['kap', 'kapi', 'kapën', 'kapur', 'kapet'],
  caught: ['kap', 'kapi', 'kapën', 'kapur', 'kapet'],
  cause: [
    'shkaktoj', 'shkakton', 'shkaktoi', 'shkaktuan', 'shkaktuar', 'shkak', 'shkaku', 'shkakun', 'shkaqe',
    'shkaqet',
  ],
  celebrate: [
    'festoj', 'feston', 'festoi', 'festuar', 'festohet', 'festë', 'festa', 'festim', 'festime', 'festimet',
    'kremtoj', 'shënoj',
  ],
  change: [
    'ndryshoj', 'ndryshon', 'ndryshoi', 'ndryshuan', 'ndryshuar', 'ndryshim', 'ndryshimi', 'ndryshimin',
    'ndryshime', 'ndryshimet',
  ],
  charge: [
    'akuzoj', 'akuzon', 'akuzoi', 'akuzuar', 'akuzohet', 'akuzë', 'akuza', 'akuzat', 'ngarkoj', 'ngarkoi',
    'tarifë', 'tarifa',
  ],
  check: [
    'kontrolloj', 'kontrollon', 'kontrolloi', 'kontrolluar', 'kontroll', 'kontrolli', 'verifikoj',
    'verifikoi', 'verifikim',
  ],
  choose: ['zgjedh', 'zgjedhin', 'zgjodhi', 'zgjodhën', 'zgjedhur', 'zgjedhje', 'përzgjedh', 'përzgjodhi'],
  chose: ['zgjedh', 'zgjedhin', 'zgjodhi', 'zgjodhën', 'zgjedhur', 'zgjedhje', 'përzgjedh', 'përzgjodhi'],
  chosen: ['zgjedh', 'zgjedhin', 'zgjodhi', 'zgjodhën', 'zgjedhur', 'zgjedhje', 'përzgjedh', 'përzgjodhi'],
  cite: ['citoj', 'citon', 'citoi', 'cituar', 'citim', 'referuar', 'referim'],
  claim: [
    'pretendoj', 'pretendon', 'pretendoi', 'pretenduar', 'pretendohet', 'pretendim', 'pretendimi',
    'pretendimet', 'pohoi', 'pohon', 'pohim',
  ],
  clash: [
    'përplasem', 'përplasen', 'u përplasën', 'përplasje', 'përplasjet', 'përleshje', 'përleshjet',
    'përleshen', 'u përleshën',
  ],
  collapse: [
    'shembem', 'shembet', 'u shemb', 'shembur', 'shembje', 'shembja', 'kolaps', 'kolapsi', 'rrëzim',
    'rrëzohet',
  ],
  collect: [
    'mbledh', 'mblodhi', 'mblodhën', 'mbledhur', 'mblidhet', 'grumbulloj', 'grumbulloi', 'grumbullim',
  ],
  combat: ['luftoj', 'lufton', 'luftoi', 'luftim', 'luftimi', 'luftimin', 'luftim kundër'],
  come: ['vij', 'vjen', 'vijnë', 'erdhi', 'erdhën', 'ardhur', 'ardhje', 'ardhja'],
  command: [
    'komandoj', 'komandon', 'komandoi', 'komanduar', 'komandë', 'komanda', 'komandës', 'urdhër', 'urdhri',
  ],
  commemorate: [
    'përkujtoj', 'përkujton', 'përkujtoi', 'përkujtuar', 'përkujtim', 'përkujtimi', 'përkujtimor',
    'përkujtimore',
  ],
  comment: ['komentoj', 'komenton', 'komentoi', 'komentuar', 'koment', 'komenti', 'komente', 'komentet'],
  commit: [
    'kryej', 'kryen', 'kreu', 'kryer', 'angazhohem', 'angazhohet', 'u angazhua', 'angazhim', 'angazhimi',
    'zotohet',
  ],
  compare: ['krahasoj', 'krahason', 'krahasoi', 'krahasuar', 'krahasim', 'krahasimi', 'krahasuar me'],
  compensate: [
    'kompensoj', 'kompenson', 'kompensoi', 'kompensim', 'kompensimi', 'dëmshpërblim', 'dëmshpërblimi',
  ],
  compete: [
    'konkurroj', 'konkurron', 'konkurroi', 'konkurrim', 'konkurrencë', 'konkurrenca', 'garoj', 'garon',
    'garoi', 'garë', 'gara',
  ],
  complain: [
    'ankohem', 'ankohet', 'ankohen', 'u ankua', 'u ankuan', 'ankesë', 'ankesa', 'ankesat', 'ankesën',
  ],
  complete: [
    'përfundoj', 'përfundon', 'përfundoi', 'përfunduar', 'plotësoj', 'plotësoi', 'plotësuar', 'plotë',
    'përmbyllur',
  ],
  conclude: [
    'përfundoj', 'përfundon', 'përfundoi', 'përfunduar', 'përmbyll', 'përmbylli', 'përfundim', 'përfundimi',
    'konkludoi',
  ],
  condemn: ['dënoj', 'dënon', 'dënoi', 'dënuan', 'dënuar', 'dënim', 'dënimi', 'dënimin', 'dënohet'],
  conduct: ['kryej', 'kryen', 'kreu', 'kryer', 'zhvilloj', 'zhvillon', 'zhvilloi', 'zhvilluar', 'zhvillohet'],
  confirm: [
    'konfirmoj', 'konfirmon', 'konfirmoi', 'konfirmuan', 'konfirmuar', 'konfirmim', 'konfirmimi', 'vërtetoi',
    'vërtetuar',
  ],
  confiscate: [
    'konfiskoj', 'konfiskon', 'konfiskoi', 'konfiskuar', 'konfiskim', 'konfiskimi', 'sekuestroi',
    'sekuestruar', 'sekuestrim',
  ],
  connect: ['lidh', 'lidhi', 'lidhur', 'lidhet', 'lidhje', 'lidhja', 'lidhjen', 'ndërlidhje'],
  consider: [
    'konsideroj', 'konsideron', 'konsideroi', 'konsideruar', 'konsiderohet', 'shqyrtoj', 'shqyrton',
    'shqyrtoi', 'shqyrtim', 'shqyrtimi',
  ],
  consult: [
    'konsultohem', 'konsultohet', 'u konsultua', 'konsultim', 'konsultimi', 'konsultime', 'konsultimet',
    'konsultoi',
  ],
  contain: ['përmban', 'përmbajnë', 'përmbante', 'përmbajti', 'përmbajtje', 'frenoj'],
  continue: [
    'vazhdoj', 'vazhdon', 'vazhdoi', 'vazhduan', 'vazhduar', 'vazhdojnë', 'vazhdim', 'vazhdimi', 'vijon',
    'vijoi', 'vijim',
  ],
  contribute: [
    'kontribuoj', 'kontribuon', 'kontribuoi', 'kontribuar', 'kontribut', 'kontributi', 'kontributin',
    'kontribute',
  ],
  control: [
    'kontrolloj', 'kontrollon', 'kontrolloi', 'kontrolluar', 'kontroll', 'kontrolli', 'kontrollin',
    'kontrollit',
  ],
  convene: ['mbledh', 'mblodhi', 'thirri', 'mblidhet', 'u mblodh', 'mbledhje'],
  convict: ['dënoj', 'dënoi', 'dënuar', 'fajtor', 'i dënuar'],
  convince: ['bind', 'bindi', 'bindur', 'bindet', 'bindje'],
  cooperate: [
    'bashkëpunoj', 'bashkëpunon', 'bashkëpunoi', 'bashkëpunojnë', 'bashkëpunuar', 'bashkëpunim',
    'bashkëpunimi', 'bashkëpunimin', 'bashkëpunimit',
  ],
  coordinate: [
    'koordinoj', 'koordinon', 'koordinoi', 'koordinuar', 'koordinim', 'koordinimi', 'bashkërendim',
  ],
  cost: ['kushtoj', 'kushton', 'kushtoi', 'kushtuar', 'kosto', 'kostoja', 'kostot', 'kostove', 'shpenzim'],
  count: ['numëroj', 'numëron', 'numëroi', 'numëruar', 'numërim', 'numërimi', 'numërohen'],
  cover: ['mbuloj', 'mbulon', 'mbuloi', 'mbuluar', 'mbulohet', 'mbulim', 'mbulimi', 'raportoi'],
  'crack down': ['goditje', 'goditja', 'shtypje', 'shtyp', 'shtypi'],
  crash: [
    'rrëzohet', 'u rrëzua', 'rrëzim', 'rrëzimi', 'rrëzimin', 'përplasje', 'përplasja', 'aksident',
    'aksidenti',
  ],
  create: ['krijoj', 'krijon', 'krijoi', 'krijuan', 'krijuar', 'krijohet', 'krijim', 'krijimi', 'krijimin'],
  criticise: [
    'kritikoj', 'kritikon', 'kritikoi', 'kritikuan', 'kritikuar', 'kritikë', 'kritika', 'kritikat',
    'kritikave',
  ],
  criticize: [
    'kritikoj', 'kritikon', 'kritikoi', 'kritikuan', 'kritikuar', 'kritikë', 'kritika', 'kritikat',
    'kritikave',
  ],
  cross: [
    'kaloj', 'kalon', 'kaloi', 'kaluan', 'kaluar', 'kalim', 'kalimi', 'kalimin', 'kapërceu', 'kapërcim',
  ],
  cut: [
    'pres', 'preu', 'prerë', 'pritet', 'shkurtoj', 'shkurton', 'shkurtoi', 'shkurtuar', 'shkurtim',
    'shkurtime', 'shkurtimet', 'ulje', 'ndërpreu',
  ],
  'cut off': [
    'ndërpres', 'ndërpret', 'ndërpreu', 'ndërprerë', 'ndërprerje', 'shkëput', 'shkëputi', 'shkëputur',
    'shkëputje',
  ],
  damage: [
    'dëmtoj', 'dëmton', 'dëmtoi', 'dëmtuan', 'dëmtuar', 'dëmtohet', 'dëm', 'dëmi', 'dëmin', 'dëme', 'dëmet',
    'dëmeve', 'dëmtim',
  ],
  deal: [
    'merrem', 'merret', 'u mor', 'marrëveshje', 'marrëveshja', 'marrëveshjen', 'marrëveshjes',
    'marrëveshjet',
  ],
  debate: [
    'debatoj', 'debaton', 'debatoi', 'debatuar', 'debat', 'debati', 'debatin', 'debatit', 'debate',
    'debatet',
  ],
  decide: [
    'vendos', 'vendosi', 'vendosën', 'vendosur', 'vendoset', 'vendim', 'vendimi', 'vendimin', 'vendimit',
    'vendime',
  ],
  declare: [
    'shpall', 'shpalli', 'shpallën', 'shpallur', 'shpallet', 'shpallje', 'deklaroj', 'deklaron', 'deklaroi',
    'deklaratë',
  ],
  decline: ['bie', 'ra', 'rënë', 'rënie', 'rënia', 'rënien', 'ulje', 'zvogëlim', 'refuzoj', 'refuzoi'],
  decrease: [
    'ul', 'uli', 'ulur', 'ulet', 'ulje', 'ulja', 'uljen', 'zvogëlim', 'zvogëlohet', 'zvogëlua', 'pakësim',
    'pakësohet', 'rënie', 'rënia',
  ],
  deepen: ['thelloj', 'thellon', 'thelloi', 'thelluar', 'thellohet', 'thellim', 'thellimi'],
  defeat: [
    'mund', 'mundi', 'mundën', 'mundur', 'mposht', 'mposhti', 'mposhtur', 'humbje', 'humbja', 'disfatë',
    'disfata',
  ],
  defect: ['dezertoj', 'dezertoi', 'dezertim', 'dezertor', 'arratisem', 'arratisur', 'u arratis'],
  defend: [
    'mbroj', 'mbron', 'mbrojti', 'mbrojtën', 'mbrojtur', 'mbrohet', 'mbrojtje', 'mbrojtja', 'mbrojtjen',
    'mbrojtjes',
  ],
  defended: [
    'mbroj', 'mbron', 'mbrojti', 'mbrojtën', 'mbrojtur', 'mbrohet', 'mbrojtje', 'mbrojtja', 'mbrojtjen',
    'mbrojtjes',
  ],
  defending: [
    'mbroj', 'mbron', 'mbrojti', 'mbrojtën', 'mbrojtur', 'mbrohet', 'mbrojtje', 'mbrojtja', 'mbrojtjen',
    'mbrojtjes',
  ],
  defends: [
    'mbroj', 'mbron', 'mbrojti', 'mbrojtën', 'mbrojtur', 'mbrohet', 'mbrojtje', 'mbrojtja', 'mbrojtjen',
    'mbrojtjes',
  ],
  defy: ['sfidoj', 'sfidon', 'sfidoi', 'sfidë', 'sfida', 'kundërshtim', 'shpërfill'],
  delay: [
    'vonoj', 'vonon', 'vonoi', 'vonuar', 'vonohet', 'vonesë', 'vonesa', 'vonesat', 'shtyj', 'shtyu',
    'shtyrje',
  ],
  deliver: [
    'dorëzoj', 'dorëzon', 'dorëzoi', 'dorëzuan', 'dorëzuar', 'dorëzim', 'dorëzimi', 'dorëzimin', 'dërgoi',
    'dërgesë', 'dërgesa', 'furnizoi',
  ],
  demand: [
    'kërkoj', 'kërkon', 'kërkoi', 'kërkuan', 'kërkesë', 'kërkesa', 'kërkesën', 'kërkesës', 'kërkesat',
    'kërkesave',
  ],
  demolish: ['shemb', 'shembi', 'shembur', 'prish', 'prishi', 'prishur', 'rrënoj', 'rrënoi', 'shembje'],
  demonstrate: [
    'demonstroj', 'demonstron', 'demonstroi', 'demonstratë', 'demonstrata', 'demonstruesit', 'tregoj',
    'tregoi',
  ],
  deny: ['mohoj', 'mohon', 'mohoi', 'mohuan', 'mohuar', 'mohim', 'mohimi', 'hedh poshtë', 'hodhi poshtë'],
  deploy: [
    'vendos', 'vendosi', 'vendosën', 'vendosur', 'dislokoj', 'dislokon', 'dislokoi', 'dislokuar', 'dislokim',
    'dislokimi', 'vendosje', 'vendosja',
  ],
  deport: [
    'dëboj', 'dëbon', 'dëboi', 'dëbuar', 'dëbohet', 'dëbim', 'dëbimi', 'deportoj', 'deportoi', 'deportuar',
    'deportim', 'riatdhesim',
  ],
  describe: [
    'përshkruaj', 'përshkruan', 'përshkroi', 'përshkruar', 'përshkruhet', 'përshkrim', 'përshkrimi',
    'cilësoi', 'cilëson',
  ],
  destabilize: [
    'destabilizoj', 'destabilizon', 'destabilizoi', 'destabilizim', 'destabilizues', 'destabilizuese',
  ],
  destroy: [
    'shkatërroj', 'shkatërron', 'shkatërroi', 'shkatërruan', 'shkatërruar', 'shkatërrohet', 'shkatërrim',
    'shkatërrimi', 'asgjësoj', 'asgjësoi',
  ],
  detain: [
    'ndaloj', 'ndaloi', 'ndaluan', 'ndaluar', 'ndalohet', 'arrestoi', 'arrestuar', 'paraburgim',
    'paraburgimi', 'mbajtur',
  ],
  detect: ['zbuloj', 'zbulon', 'zbuloi', 'zbuluar', 'zbulohet', 'diktoj', 'diktoi', 'diktuar', 'identifikoi'],
  determine: ['përcaktoj', 'përcakton', 'përcaktoi', 'përcaktuar', 'përcaktohet', 'vendos', 'vendosi'],
  detonate: ['shpërthej', 'shpërtheu', 'shpërthim', 'detonim', 'detonoi'],
  develop: [
    'zhvilloj', 'zhvillon', 'zhvilloi', 'zhvilluan', 'zhvilluar', 'zhvillohet', 'zhvillim', 'zhvillimi',
    'zhvillimin', 'zhvillimit', 'zhvillime', 'zhvillimet',
  ],
  die: [
    'vdes', 'vdiq', 'vdiqën', 'vdekur', 'vdesin', 'vdekje', 'vdekja', 'vdekjen', 'humbi jetën',
    'humbën jetën',
  ],
  died: [
    'vdes', 'vdiq', 'vdiqën', 'vdekur', 'vdesin', 'vdekje', 'vdekja', 'vdekjen', 'humbi jetën',
    'humbën jetën',
  ],
  disappear: ['zhdukem', 'zhduket', 'zhduken', 'u zhduk', 'u zhdukën', 'zhdukur', 'zhdukje', 'zhdukja'],
  disclose: ['zbuloj', 'zbulon', 'zbuloi', 'zbuluar', 'publikoi'],
  discover: ['zbuloj', 'zbulon', 'zbuloi', 'zbuluan', 'zbuluar', 'zbulohet', 'zbulim', 'zbulimi', 'gjeti'],
  discuss: [
    'diskutoj', 'diskuton', 'diskutoi', 'diskutuan', 'diskutuar', 'diskutim', 'diskutime', 'diskutimet',
    'bisedoi', 'bisedime',
  ],
  dismiss: [
    'shkarkoj', 'shkarkon', 'shkarkoi', 'shkarkuar', 'shkarkohet', 'shkarkim', 'shkarkimi', 'hedh poshtë',
    'hodhi poshtë',
  ],
  displace: [
    'zhvendos', 'zhvendosi', 'zhvendosur', 'zhvendosen', 'të zhvendosur', 'të zhvendosurit', 'zhvendosje',
    'zhvendosja',
  ],
  display: ['shfaq', 'shfaqi', 'shfaqur', 'ekspozoj', 'ekspozoi', 'ekspozuar', 'ekspozitë'],
  dispute: [
    'kontestoj', 'kontestoi', 'kontestuar', 'mosmarrëveshje', 'mosmarrëveshja', 'mosmarrëveshjet', 'kontest',
    'kontestim',
  ],
  dissolve: [
    'shpërndaj', 'shpërndau', 'shpërndarë', 'shpërbëj', 'shpërbëri', 'shpërbërë', 'shpërbërje',
    'shpërndarje',
  ],
  distribute: [
    'shpërndaj', 'shpërndan', 'shpërndau', 'shpërndarë', 'shpërndahet', 'shpërndarje', 'shpërndarja',
    'shpërndarjen',
  ],
  divide: ['ndaj', 'ndan', 'ndau', 'ndarë', 'ndahet', 'ndarje', 'ndarja', 'përçaj', 'përçarje'],
  donate: [
    'dhuroj', 'dhuron', 'dhuroi', 'dhuruar', 'dhurohet', 'dhurim', 'dhurimi', 'donacion', 'donacione',
    'donacionet',
  ],
  double: ['dyfishoj', 'dyfishon', 'dyfishoi', 'dyfishuar', 'dyfishohet', 'dyfish', 'dyfishi'],
  drank: ['pi', 'piu', 'pirë', 'pije', 'pijet'],
  drink: ['pi', 'piu', 'pirë', 'pije', 'pijet'],
  drive: ['drejtoj', 'drejton', 'ngas', 'voziste', 'nxit', 'nxiti'],
  driven: ['drejtoj', 'drejton', 'ngas', 'voziste', 'nxit', 'nxiti'],
  drop: ['bie', 'ra', 'rënë', 'rënie', 'rënia', 'ul', 'uli', 'ulur', 'hoqi dorë', 'heq dorë'],
  drove: ['drejtoj', 'drejton', 'ngas', 'voziste', 'nxit', 'nxiti'],
  drown: ['mbytem', 'mbytet', 'u mbyt', 'u mbytën', 'mbytur', 'mbytje'],
  dying: [
    'vdes', 'vdiq', 'vdiqën', 'vdekur', 'vdesin', 'vdekje', 'vdekja', 'vdekjen', 'humbi jetën',
    'humbën jetën',
  ],
  earn: ['fitoj', 'fiton', 'fitoi', 'fituar', 'përfitoj', 'të ardhura'],
  eat: ['ha', 'hëngri', 'ngrënë', 'ushqehen', 'ushqim'],
  eaten: ['ha', 'hëngri', 'ngrënë', 'ushqehen', 'ushqim'],
  elect: [
    'zgjedh', 'zgjodhi', 'zgjodhën', 'zgjedhur', 'zgjidhet', 'u zgjodh', 'zgjedhje', 'zgjedhjet',
    'zgjedhjeve',
  ],
  eliminate: [
    'eliminoj', 'eliminon', 'eliminoi', 'eliminuar', 'eliminohet', 'eliminim', 'eliminimi', 'asgjësoj',
    'asgjësoi',
  ],
  emphasize: [
    'theksoj', 'thekson', 'theksoi', 'theksuan', 'theksuar', 'theksohet', 'nënvizoi', 'vuri theksin',
  ],
  employ: ['punësoj', 'punëson', 'punësoi', 'punësuar', 'punësohen', 'punësim', 'punësimi'],
  encourage: ['inkurajoj', 'inkurajon', 'inkurajoi', 'inkurajuar', 'nxit', 'nxiti', 'nxitur', 'nxitje'],
  end: [
    'përfundoj', 'përfundon', 'përfundoi', 'përfunduar', 'mbaroj', 'mbaron', 'mbaroi', 'fund', 'fundi',
    'fundin', 'fundit', 'përfundim',
  ],
  endanger: ['rrezikoj', 'rrezikon', 'rrezikoi', 'rrezikuar', 'rrezik'],
  endorse: ['mbështes', 'mbështeti', 'miratoj', 'miratoi', 'përkrah', 'përkrahu'],
  enforce: ['zbatoj', 'zbaton', 'zbatoi', 'zbatuar', 'zbatohet', 'zbatim', 'zbatimi', 'imponoj'],
  engage: ['angazhohem', 'angazhohet', 'angazhoi', 'angazhuar', 'angazhim', 'angazhimi', 'përfshihet'],
  enhance: ['përforcoj', 'përforcon', 'përforcoi', 'rrit', 'rriti', 'përmirësoj', 'përmirësoi'],
  ensure: ['siguroj', 'siguron', 'siguroi', 'siguruar', 'garantoj', 'garanton', 'garantoi'],
  enter: ['hyj', 'hyn', 'hyri', 'hynë', 'hyrë', 'hyjnë', 'hyrje', 'hyrja', 'hyrjen'],
  equip: ['pajis', 'pajisi', 'pajisur', 'pajisen', 'pajisje', 'pajisjet'],
  escalate: [
    'përshkallëzoj', 'përshkallëzon', 'përshkallëzoi', 'përshkallëzohet', 'përshkallëzim', 'përshkallëzimi',
    'acarohet', 'acarim',
  ],
  escape: [
    'arratisem', 'arratiset', 'u arratis', 'arratisur', 'arratisje', 'iku', 'ikën', 'shpëtoi', 'shpëtuan',
  ],
  establish: [
    'themeloj', 'themelon', 'themeloi', 'themeluar', 'krijoj', 'krijoi', 'krijuar', 'vendos', 'vendosi',
    'vendosja',
  ],
  estimate: [
    'vlerësoj', 'vlerëson', 'vlerësoi', 'vlerësuar', 'vlerësohet', 'vlerësim', 'vlerësimi', 'vlerësimet',
    'përllogaritje', 'llogaritet',
  ],
  evacuate: [
    'evakuoj', 'evakuon', 'evakuoi', 'evakuuan', 'evakuuar', 'evakuohen', 'evakuim', 'evakuimi', 'evakuimin',
  ],
  examine: [
    'shqyrtoj', 'shqyrton', 'shqyrtoi', 'shqyrtuar', 'shqyrtim', 'shqyrtimi', 'ekzaminoj', 'ekzaminoi',
    'ekzaminim',
  ],
  exceed: ['tejkaloj', 'tejkalon', 'tejkaloi', 'tejkaluar', 'kaloi', 'kapërceu'],
  exchange: [
    'shkëmbej', 'shkëmben', 'shkëmbeu', 'shkëmbyen', 'shkëmbyer', 'shkëmbim', 'shkëmbimi', 'shkëmbimin',
    'shkëmbimit', 'shkëmbime', 'këmbim', 'këmbimi', 'këmbimin', 'këmbimit',
  ],
  exist: ['ekziston', 'ekzistojnë', 'ekzistonte', 'ekzistencë', 'ekzistenca'],
  exit: ['dal', 'del', 'doli', 'dolën', 'dalë', 'dalje', 'dalja', 'daljen', 'largim'],
  expand: ['zgjeroj', 'zgjeron', 'zgjeroi', 'zgjeruar', 'zgjerohet', 'zgjerim', 'zgjerimi', 'zgjerimin'],
  expect: [
    'pres', 'pret', 'priste', 'pritet', 'pritej', 'pritshmëri', 'pritshmëritë', 'pritjet', 'parashikohet',
  ],
  expel: [
    'dëboj', 'dëbon', 'dëboi', 'dëbuar', 'dëbim', 'dëbimi', 'përjashtoj', 'përjashtoi', 'përjashtuar',
    'përjashtim',
  ],
  explain: [
    'shpjegoj', 'shpjegon', 'shpjegoi', 'shpjeguar', 'shpjegohet', 'shpjegim', 'shpjegimi', 'sqaroi',
    'sqaron',
  ],
  explode: [
    'shpërthej', 'shpërthen', 'shpërtheu', 'shpërthyer', 'shpërthim', 'shpërthimi', 'shpërthime',
    'eksplodoi', 'eksplodim',
  ],
  export: [
    'eksportoj', 'eksporton', 'eksportoi', 'eksportuar', 'eksportohen', 'eksport', 'eksporti', 'eksportet',
    'eksporte', 'eksporteve',
  ],
  express: ['shpreh', 'shprehu', 'shprehur', 'shprehet', 'shprehje', 'shprehja'],
  extend: ['zgjas', 'zgjat', 'zgjati', 'zgjatur', 'zgjatje', 'zgjatja', 'zgjeroj', 'zgjeroi', 'shtrihet'],
  extradite: ['ekstradoj', 'ekstradon', 'ekstradoi', 'ekstraduar', 'ekstradim', 'ekstradimi', 'ekstradimin'],
  face: ['përballem', 'përballet', 'përballen', 'u përball', 'përballur', 'përballje', 'fytyrë', 'fytyra'],
  fail: ['dështoj', 'dështon', 'dështoi', 'dështuan', 'dështuar', 'dështim', 'dështimi', 'nuk arriti'],
  fall: [
    'bie', 'ra', 'ranë', 'rënë', 'rënie', 'rënia', 'rrëzohet', 'u rrëzua', 'vjeshtë', 'vjeshta', 'vjeshtës',
  ],
  fallen: [
    'bie', 'ra', 'ranë', 'rënë', 'rënie', 'rënia', 'rrëzohet', 'u rrëzua', 'vjeshtë', 'vjeshta', 'vjeshtës',
  ],
  fear: [
    'frikë', 'frika', 'frikën', 'frikësohet', 'frikësohen', 'frikësuar', 'druhet', 'druajtje', 'trembet',
  ],
  feel: ['ndiej', 'ndien', 'ndjeu', 'ndjerë', 'ndihet', 'ndjenjë', 'ndjenja'],
  fell: [
    'bie', 'ra', 'ranë', 'rënë', 'rënie', 'rënia', 'rrëzohet', 'u rrëzua', 'vjeshtë', 'vjeshta', 'vjeshtës',
  ],
  fight: [
    'luftoj', 'lufton', 'luftoi', 'luftuan', 'luftuar', 'luftë', 'lufta', 'luftën', 'luftës', 'luftime',
    'luftimet', 'luftimeve', 'përleshje',
  ],
  file: ['paraqes', 'paraqiti', 'paraqitur', 'depozitoi', 'depozitoj', 'dosje', 'dosja', 'dosjen', 'padi'],
  find: ['gjej', 'gjen', 'gjeti', 'gjetën', 'gjetur', 'gjendet', 'gjetje', 'gjetjet', 'zbuloi'],
  'find out': ['zbuloj', 'zbuloi', 'zbuluar', 'mëson', 'mësoi', 'mësuar'],
  fire: [
    'qëlloj', 'qëllon', 'qëlloi', 'qëlluan', 'qëlluar', 'gjuajti', 'gjuajtën', 'zjarr', 'zjarri', 'zjarrit',
    'zjarrin', 'zjarre', 'zjarret', 'shkarkoi', 'shkarkuar',
  ],
  fled: [
    'largohem', 'largohet', 'u largua', 'u larguan', 'ik', 'ikën', 'iku', 'arratisen', 'u arratisën',
    'braktisën',
  ],
  flee: [
    'largohem', 'largohet', 'u largua', 'u larguan', 'ik', 'ikën', 'iku', 'arratisen', 'u arratisën',
    'braktisën',
  ],
  flew: ['fluturoj', 'fluturon', 'fluturoi', 'fluturuar', 'fluturim', 'fluturimi', 'fluturimet'],
  flown: ['fluturoj', 'fluturon', 'fluturoi', 'fluturuar', 'fluturim', 'fluturimi', 'fluturimet'],
  fly: ['fluturoj', 'fluturon', 'fluturoi', 'fluturuar', 'fluturim', 'fluturimi', 'fluturimet'],
  follow: ['ndjek', 'ndjekin', 'ndoqi', 'ndoqën', 'ndjekur', 'pasoj', 'pasoi', 'vijoi', 'pasuar'],
  force: [
    'detyroj', 'detyron', 'detyroi', 'detyruar', 'detyrohet', 'forcë', 'forca', 'forcën', 'forcat',
    'forcave',
  ],
  form: [
    'formoj', 'formon', 'formoi', 'formuar', 'formohet', 'formim', 'formimi', 'formë', 'forma', 'krijoi',
  ],
  fought: [
    'luftoj', 'lufton', 'luftoi', 'luftuan', 'luftuar', 'luftë', 'lufta', 'luftën', 'luftës', 'luftime',
    'luftimet', 'luftimeve', 'përleshje',
  ],
  found: [
    'themeloj', 'themelon', 'themeloi', 'themeluar', 'themelim', 'themelimi', 'themelues', 'gjeti', 'gjetën',
    'gjetur', 'gjendet', 'u gjet', 'u gjetën', 'zbuloi', 'zbuluan',
  ],
  free: [
    'liroj', 'liron', 'liroi', 'liruan', 'liruar', 'lirohet', 'lirim', 'lirimi', 'i lirë', 'lirë', 'falas',
    'pavarur',
  ],
  freeze: ['ngrij', 'ngrin', 'ngriu', 'ngrirë', 'ngrihet', 'ngrirje', 'ngrirja', 'bllokoi', 'bllokim'],
  fund: [
    'financoj', 'financon', 'financoi', 'financuar', 'financohet', 'financim', 'financimi', 'financimin',
    'fond', 'fondi', 'fonde', 'fondet', 'fondit', 'fondin', 'fondeve', 'mjete financiare',
  ],
  gain: ['fitoj', 'fiton', 'fitoi', 'fituar', 'përfitoj', 'përfitoi', 'përfitim', 'fitim', 'fitime'],
  gather: ['mblidhem', 'mblidhen', 'u mblodhën', 'mbledhur', 'tubim', 'tubohen', 'grumbulloj'],
  gave: ['jap', 'jep', 'japin', 'dha', 'dhanë', 'dhënë', 'jepet', 'dhënie', 'dhurata'],
  give: ['jap', 'jep', 'japin', 'dha', 'dhanë', 'dhënë', 'jepet', 'dhënie', 'dhurata'],
  given: ['jap', 'jep', 'japin', 'dha', 'dhanë', 'dhënë', 'jepet', 'dhënie', 'dhurata'],
  go: ['shkoj', 'shkon', 'shkoi', 'shkuan', 'shkojnë', 'vete'],
  gone: ['shkoj', 'shkon', 'shkoi', 'shkuan', 'shkojnë', 'vete'],
  govern: ['qeveris', 'qeverisi', 'qeverisur', 'qeverisin', 'qeverisje', 'qeverisja', 'qeverisjen', 'sundon'],
  grant: ['jap', 'jep', 'dha', 'dhënë', 'akordoj', 'akordoi', 'grant', 'grante', 'grantet'],
  greet: ['përshëndes', 'përshëndet', 'përshëndeti', 'përshëndetur', 'mirëpriti', 'pritje'],
  grew: ['rritem', 'rritet', 'rriten', 'u rrit', 'rritur', 'rritje', 'rritja', 'zhvillohet'],
  grow: ['rritem', 'rritet', 'rriten', 'u rrit', 'rritur', 'rritje', 'rritja', 'zhvillohet'],
  grown: ['rritem', 'rritet', 'rriten', 'u rrit', 'rritur', 'rritje', 'rritja', 'zhvillohet'],
  guarantee: [
    'garantoj', 'garanton', 'garantoi', 'garantuar', 'garantohet', 'garanci', 'garancia', 'garancitë',
    'garancive',
  ],
  guard: ['ruaj', 'ruan', 'ruajti', 'ruhet', 'ruajtur', 'roje', 'rojet', 'rojë', 'gardë', 'garda'],
  hack: ['hakoj', 'hakoi', 'hakuar', 'hakerim', 'sulm kibernetik', 'hakerë'],
  halt: ['ndal', 'ndalon', 'ndaloi', 'ndalur', 'ndalet', 'ndalim', 'ndalimi', 'pezulloi', 'ndërpreu'],
  'hand over': ['dorëzoj', 'dorëzon', 'dorëzoi', 'dorëzuar', 'dorëzohet', 'dorëzim', 'dorëzimi', 'ekstradoi'],
  happen: ['ndodh', 'ndodhi', 'ndodhur', 'ndodhin', 'ndodhte', 'ngjarje'],
  harm: ['dëmtoj', 'dëmton', 'dëmtoi', 'dëmtuar', 'dëm', 'dëmi', 'lëndoj', 'lëndoi'],
  hear: ['dëgjoj', 'dëgjon', 'dëgjoi', 'dëgjuar', 'dëgjohet', 'dëgjohen', 'seancë'],
  heard: ['dëgjoj', 'dëgjon', 'dëgjoi', 'dëgjuar', 'dëgjohet', 'dëgjohen', 'seancë'],
  held: [
    'mbaj', 'mban', 'mbajti', 'mbajtën', 'mbajtur', 'mbahet', 'zhvilloj', 'zhvillon', 'zhvilloi',
    'zhvillohet', 'organizoi',
  ],
  help: ['ndihmoj', 'ndihmon', 'ndihmoi', 'ndihmuan', 'ndihmuar', 'ndihmë', 'ndihma', 'ndihmën', 'ndihmës'],
  hid: ['fsheh', 'fshehu', 'fshehur', 'fshihet', 'fshehin', 'fshehje', 'strehohet'],
  hidden: ['fsheh', 'fshehu', 'fshehur', 'fshihet', 'fshehin', 'fshehje', 'strehohet'],
  hide: ['fsheh', 'fshehu', 'fshehur', 'fshihet', 'fshehin', 'fshehje', 'strehohet'],
  hire: ['punësoj', 'punëson', 'punësoi', 'punësuar', 'punësim', 'angazhoj', 'rekrutoj'],
  hit: [
    'godas', 'godet', 'goditi', 'goditën', 'goditur', 'goditet', 'goditje', 'goditja', 'goditjen',
    'goditjet', 'qëlloi', 'preku',
  ],
  hold: [
    'mbaj', 'mban', 'mbajti', 'mbajtën', 'mbajtur', 'mbahet', 'zhvilloj', 'zhvillon', 'zhvilloi',
    'zhvillohet', 'organizoi',
  ],
  honor: [
    'nderoj', 'nderon', 'nderoi', 'nderuar', 'nder', 'nderi', 'nderim', 'nderimi', 'dekoroj', 'dekoratë',
  ],
  honour: [
    'nderoj', 'nderon', 'nderoi', 'nderuar', 'nder', 'nderi', 'nderim', 'nderimi', 'dekoroj', 'dekoratë',
  ],
  hope: ['shpresoj', 'shpreson', 'shpresoi', 'shpresojnë', 'shpresë', 'shpresa', 'shpresën', 'shpresat'],
  host: [
    'pres', 'pret', 'priti', 'pritur', 'organizoj', 'organizoi', 'nikoqir', 'nikoqiri', 'mikpritës',
    'mikpritëse', 'mikpritje',
  ],
  hunt: ['gjuaj', 'gjuan', 'gjueti', 'gjuetia', 'ndjek', 'ndjekje', 'kërkim'],
  identify: [
    'identifikoj', 'identifikon', 'identifikoi', 'identifikuar', 'identifikohet', 'identifikim',
    'identifikimi',
  ],
  ignore: [
    'injoroj', 'injoron', 'injoroi', 'injoruar', 'shpërfill', 'shpërfilli', 'shpërfillur', 'anashkaloi',
  ],
  implement: [
    'zbatoj', 'zbaton', 'zbatoi', 'zbatuar', 'zbatohet', 'zbatim', 'zbatimi', 'zbatimin', 'implementim',
    'realizim',
  ],
  import: [
    'importoj', 'importon', 'importoi', 'importuar', 'importohet', 'import', 'importi', 'importe',
    'importet', 'importeve',
  ],
  imported: [
    'importoj', 'importon', 'importoi', 'importuar', 'importohet', 'import', 'importi', 'importe',
    'importet', 'importeve',
  ],
  importing: [
    'importoj', 'importon', 'importoi', 'importuar', 'importohet', 'import', 'importi', 'importe',
    'importet', 'importeve',
  ],
  imports: [
    'importoj', 'importon', 'importoi', 'importuar', 'importohet', 'import', 'importi', 'importe',
    'importet', 'importeve',
  ],
  impose: ['vendos', 'vendosi', 'vendosën', 'vendosur', 'imponoj', 'imponon', 'imponoi', 'imponuar'],
  imprison: ['burgos', 'burgosi', 'burgosur', 'burgoset', 'burgim', 'burgimi', 'burgimin', 'burg'],
  improve: [
    'përmirësoj', 'përmirëson', 'përmirësoi', 'përmirësuar', 'përmirësohet', 'përmirësim', 'përmirësimi',
    'përmirësime',
  ],
  include: [
    'përfshij', 'përfshin', 'përfshiu', 'përfshirë', 'përfshihet', 'përfshihen', 'përfshirje', 'përbëhet',
  ],
  increase: [
    'rrit', 'rriti', 'rritën', 'rritur', 'rritet', 'rriten', 'rritje', 'rritja', 'rritjen', 'rritjes',
    'shtoi', 'shtim', 'shtuar',
  ],
  indicate: [
    'tregoj', 'tregon', 'tregoi', 'treguar', 'sinjalizoj', 'sinjalizoi', 'tregues', 'treguesi', 'dëshmon',
  ],
  indict: ['aktakuzë', 'aktakuza', 'aktakuzën', 'akuzoi', 'akuzuar'],
  inform: ['informoj', 'informon', 'informoi', 'informuar', 'informohet', 'njoftoi', 'njoftuar', 'informim'],
  inherit: ['trashëgoj', 'trashëgon', 'trashëgoi', 'trashëguar', 'trashëgimi'],
  injure: [
    'plagos', 'plagosi', 'plagosën', 'plagosur', 'plagosen', 'u plagos', 'u plagosën', 'lëndoj', 'lëndoi',
    'lënduar', 'plagë', 'të plagosur', 'të plagosurit',
  ],
  insist: ['këmbëngul', 'këmbënguli', 'këmbëngulur', 'këmbëngulje', 'insistoj', 'insiston', 'insistoi'],
  inspect: [
    'inspektoj', 'inspekton', 'inspektoi', 'inspektuar', 'inspektim', 'inspektimi', 'inspektime',
    'inspektor', 'inspektorët',
  ],
  intend: ['synoj', 'synon', 'synoi', 'synim', 'qëllim', 'qëllimi', 'planifikon'],
  intercept: ['kap', 'kapi', 'kapur', 'përgjoj', 'përgjoi', 'përgjim', 'përgjimi', 'përgjime', 'rrëzoi'],
  intervene: [
    'ndërhyj', 'ndërhyn', 'ndërhyri', 'ndërhyrë', 'ndërhyjë', 'ndërhyrje', 'ndërhyrja', 'ndërhyrjen',
    'ndërhyrjes',
  ],
  interview: [
    'intervistoj', 'intervistoi', 'intervistuar', 'intervistë', 'intervista', 'intervistën', 'intervistës',
  ],
  introduce: [
    'prezantoj', 'prezanton', 'prezantoi', 'prezantuar', 'fut', 'futi', 'futur', 'paraqiti', 'prezantim',
  ],
  invade: [
    'pushtoj', 'pushton', 'pushtoi', 'pushtuan', 'pushtuar', 'pushtim', 'pushtimi', 'pushtimin', 'pushtimit',
    'invazion', 'invazioni', 'invazionin', 'invazionit',
  ],
  invest: [
    'investoj', 'investon', 'investoi', 'investuan', 'investuar', 'investohet', 'investim', 'investimi',
    'investime', 'investimet',
  ],
  investigate: [
    'hetoj', 'heton', 'hetoi', 'hetuan', 'hetuar', 'hetohet', 'hetim', 'hetimi', 'hetimin', 'hetimit',
    'hetime', 'hetimet',
  ],
  invite: ['ftoj', 'fton', 'ftoi', 'ftuan', 'ftuar', 'ftohet', 'ftesë', 'ftesa', 'ftesën'],
  isolate: ['izoloj', 'izolon', 'izoloi', 'izoluar', 'izolohet', 'izolim', 'izolimi', 'izolimin', 'izolimit'],
  issue: [
    'lëshoj', 'lëshon', 'lëshoi', 'lëshuar', 'nxjerr', 'nxori', 'nxjerrë', 'çështje', 'çështja', 'çështjen',
    'çështjes', 'çështjet', 'problem',
  ],
  join: [
    'bashkohem', 'bashkohet', 'u bashkua', 'u bashkuan', 'iu bashkua', 'anëtarësohem', 'anëtarësohet',
    'anëtarësim', 'anëtarësimi', 'anëtarësimin', 'aderim',
  ],
  judge: [
    'gjykoj', 'gjykon', 'gjykoi', 'gjykuar', 'gjykohet', 'gjyqtar', 'gjyqtari', 'gjyqtarit', 'gjyqtarë',
    'gjyqtarët', 'gjykatës', 'gjykatësi',
  ],
  justify: ['justifikoj', 'justifikon', 'justifikoi', 'justifikuar', 'justifikim', 'justifikimi', 'arsyetim'],
  keep: ['mbaj', 'mban', 'mbajti', 'mbajtur', 'mbahet', 'ruaj', 'ruan', 'ruajti', 'ruajtur', 'vazhdon'],
  kept: ['mbaj', 'mban', 'mbajti', 'mbajtur', 'mbahet', 'ruaj', 'ruan', 'ruajti', 'ruajtur', 'vazhdon'],
  kidnap: [
    'rrëmbej', 'rrëmben', 'rrëmbeu', 'rrëmbyen', 'rrëmbyer', 'rrëmbehet', 'rrëmbim', 'rrëmbimi', 'rrëmbimin',
    'rrëmbyesit',
  ],
  kill: [
    'vras', 'vret', 'vrau', 'vranë', 'vrarë', 'vritet', 'vriten', 'u vra', 'u vranë', 'vrasje', 'vrasja',
    'vrasjen', 'të vrarë', 'të vrarët',
  ],
  knew: ['di', 'dinte', 'dihet', 'njoh', 'njeh', 'njohu', 'njohur', 'njihet'],
  know: ['di', 'dinte', 'dihet', 'njoh', 'njeh', 'njohu', 'njohur', 'njihet'],
  known: ['di', 'dinte', 'dihet', 'njoh', 'njeh', 'njohu', 'njohur', 'njihet'],
  lack: ['mungesë', 'mungesa', 'mungesën', 'mungesës', 'mungon', 'mungojnë', 'mungonte', 'pa'],
  'laid off': [
    'pushoj nga puna', 'largim nga puna', 'largime nga puna', 'shkurtime', 'shkurtim vendesh pune',
  ],
  land: [
    'ulem', 'ulet', 'u ul', 'zbret', 'zbriti', 'ulje', 'uljen', 'tokë', 'toka', 'tokën', 'tokës', 'tokat',
    'troje', 'territor',
  ],
  last: [
    'zgjat', 'zgjati', 'zgjatur', 'vazhdoi', 'fundit', 'i fundit', 'e fundit', 'të fundit', 'kaluar',
    'i kaluar', 'e kaluar', 'të kaluar',
  ],
  launch: [
    'lëshoj', 'lëshon', 'lëshoi', 'lëshuan', 'lëshuar', 'lëshim', 'lëshimi', 'lëshimin', 'lëshimit', 'nis',
    'nisi', 'nisur', 'nisja',
  ],
  'lay off': ['pushoj nga puna', 'largim nga puna', 'largime nga puna', 'shkurtime', 'shkurtim vendesh pune'],
  lead: [
    'udhëheq', 'udhëheqin', 'udhëhoqi', 'udhëhequr', 'udhëhiqet', 'drejtoj', 'drejton', 'drejtoi',
    'drejtohet', 'kryeson', 'kryesoi', 'prin', 'priu', 'printe',
  ],
  leak: ['rrjedh', 'rrjedhje', 'rrjedhja', 'rrjedhjen', 'zbulim', 'zbuluar', 'publikuar', 'nxjerrë'],
  learn: ['mësoj', 'mëson', 'mësoi', 'mësuar', 'mësohet', 'mësim', 'mësimi'],
  leave: [
    'largohem', 'largohet', 'largohen', 'u largua', 'u larguan', 'larguar', 'largim', 'largimi', 'largimin',
    'lë', 'la', 'lanë', 'lënë', 'braktis', 'braktisi',
  ],
  led: [
    'udhëheq', 'udhëheqin', 'udhëhoqi', 'udhëhequr', 'udhëhiqet', 'drejtoj', 'drejton', 'drejtoi',
    'drejtohet', 'kryeson', 'kryesoi', 'prin', 'priu', 'printe',
  ],
  lend: ['huazoj', 'huazoi', 'huadhënie', 'hua'],
  lent: ['huazoj', 'huazoi', 'huadhënie', 'hua'],
  lie: ['gënjej', 'gënjen', 'gënjeu', 'gënjeshtër', 'gënjeshtra', 'gënjeshtrat', 'shtrihet', 'ndodhet'],
  lift: ['heq', 'heqë', 'hoqi', 'hequr', 'hiqet', 'heqje', 'heqja', 'heqjen', 'ngre', 'ngriti', 'ngritur'],
  limit: [
    'kufizoj', 'kufizon', 'kufizoi', 'kufizuar', 'kufizohet', 'kufizim', 'kufizimi', 'kufizime', 'kufizimet',
    'kufi', 'kufiri', 'tavan',
  ],
  listen: ['dëgjoj', 'dëgjon', 'dëgjoi', 'dëgjuar'],
  live: [
    'jetoj', 'jeton', 'jetoi', 'jetojnë', 'jetuar', 'jetesë', 'jetesa', 'banon', 'banojnë', 'drejtpërdrejt',
  ],
  look: ['shikoj', 'shikon', 'shikoi', 'shikuar', 'duket', 'dukej', 'pamje'],
  'look for': ['kërkoj', 'kërkon', 'kërkoi', 'kërkuar', 'kërkim', 'kërkimi'],
  loot: ['plaçkit', 'plaçkiti', 'plaçkitur', 'plaçkitje', 'plaçkitja', 'grabitje'],
  lose: ['humb', 'humbi', 'humbën', 'humbur', 'humbet', 'humbje', 'humbja', 'humbjen', 'humbjes', 'humbjet'],
  lost: ['humb', 'humbi', 'humbën', 'humbur', 'humbet', 'humbje', 'humbja', 'humbjen', 'humbjes', 'humbjet'],
  lower: ['ul', 'ulë', 'uli', 'ulur', 'ulet', 'ulje', 'ulja', 'uljen'],
  made: ['bëj', 'bën', 'bëri', 'bënë', 'bërë', 'bëhet', 'prodhoj', 'prodhon', 'prodhoi'],
  maintain: [
    'ruaj', 'ruan', 'ruajti', 'ruajtur', 'mbaj', 'mban', 'mbajti', 'mbajtur', 'mirëmbaj', 'mirëmbajtje',
    'ruajtje',
  ],
  make: ['bëj', 'bën', 'bëri', 'bënë', 'bërë', 'bëhet', 'prodhoj', 'prodhon', 'prodhoi'],
  manage: [
    'menaxhoj', 'menaxhon', 'menaxhoi', 'menaxhuar', 'menaxhim', 'menaxhimi', 'arrij', 'arriti',
    'administroj', 'administron', 'drejton',
  ],
  manufacture: [
    'prodhoj', 'prodhon', 'prodhoi', 'prodhuar', 'prodhohet', 'prodhim', 'prodhimi', 'prodhues', 'prodhuesi',
    'fabrikoj',
  ],
  march: [
    'marshoj', 'marshon', 'marshoi', 'marshim', 'marshimi', 'marshimin', 'mars', 'marsi', 'marsit', 'marsin',
  ],
  mark: ['shënoj', 'shënon', 'shënoi', 'shënuar', 'shënohet', 'përkujtoj', 'përkujtoi', 'shenjë', 'shenja'],
  meant: ['synoj', 'synon', 'synoi', 'synim', 'qëllim', 'qëllimi', 'planifikon'],
  measure: ['mas', 'mat', 'mati', 'matur', 'matet', 'matje', 'masë', 'masa', 'masën', 'masat', 'masave'],
  mediate: [
    'ndërmjetësoj', 'ndërmjetëson', 'ndërmjetësoi', 'ndërmjetësuar', 'ndërmjetësim', 'ndërmjetësimi',
    'ndërmjetësimin', 'ndërmjetësimit', 'ndërmjetës', 'ndërmjetësi',
  ],
  meet: [
    'takoj', 'takon', 'takoi', 'takuan', 'takojë', 'takuar', 'takohet', 'takohen', 'u takua', 'u takuan',
    'takim', 'takimi', 'takimin', 'takimit', 'takime', 'takimet',
  ],
  mention: ['përmend', 'përmendi', 'përmendur', 'përmendet', 'përmenden', 'përmendje'],
  merge: ['bashkoj', 'bashkoi', 'bashkim', 'bashkimi', 'shkrij', 'shkriu', 'shkrirje'],
  met: [
    'takoj', 'takon', 'takoi', 'takuan', 'takojë', 'takuar', 'takohet', 'takohen', 'u takua', 'u takuan',
    'takim', 'takimi', 'takimin', 'takimit', 'takime', 'takimet',
  ],
  miss: ['humb', 'humbi', 'humbur', 'mungon', 'mungoi', 'zhdukur', 'i zhdukur'],
  mobilize: [
    'mobilizoj', 'mobilizon', 'mobilizoi', 'mobilizuar', 'mobilizohen', 'mobilizim', 'mobilizimi',
    'mobilizimin', 'mobilizimit',
  ],
  modernize: [
    'modernizoj', 'modernizon', 'modernizoi', 'modernizuar', 'modernizim', 'modernizimi', 'modernizimin',
    'modernizimit',
  ],
  monitor: [
    'monitoroj', 'monitoron', 'monitoroi', 'monitoruar', 'monitorohet', 'monitorim', 'monitorimi', 'vëzhgoj',
    'vëzhgon', 'mbikëqyr', 'mbikëqyrje',
  ],
  mourn: ['vajtoj', 'vajtojnë', 'vajtim', 'zie', 'pikëllim', 'përkujtim'],
  move: [
    'lëviz', 'lëvizi', 'lëvizur', 'lëvizje', 'lëvizja', 'zhvendos', 'zhvendosi', 'zhvendosur', 'zhvendoset',
    'zhvendosje', 'transferoi',
  ],
  murder: [
    'vras', 'vret', 'vrau', 'vrarë', 'vrasje', 'vrasja', 'vrasjen', 'vrasjes', 'vrasës', 'vrasësi',
    'vrasësit',
  ],
  name: [
    'emëroj', 'emëroi', 'emëruar', 'emërton', 'emër', 'emri', 'emrin', 'emrit', 'emra', 'emrat', 'quajtur',
  ],
  nationalize: ['shtetëzoj', 'shtetëzoi', 'shtetëzuar', 'shtetëzim', 'shtetëzimi', 'kombëtarizim'],
  need: ['nevojë', 'nevoja', 'nevojën', 'nevojës', 'nevojat', 'nevojitet', 'nevojiten', 'nevojshëm'],
  negotiate: [
    'negocioj', 'negocion', 'negocioi', 'negociuan', 'negociuar', 'negociata', 'negociatat', 'negociatave',
    'bisedime', 'bisedimet',
  ],
  nominate: [
    'nominoj', 'nominon', 'nominoi', 'nominuar', 'nominim', 'nominimi', 'propozoj', 'propozoi',
    'kandidaturë', 'kandidatura', 'kandidaturën',
  ],
  normalize: [
    'normalizoj', 'normalizon', 'normalizoi', 'normalizuar', 'normalizim', 'normalizimi', 'normalizimin',
    'normalizimit',
  ],
  note: ['vërej', 'vëren', 'vërejti', 'vërejtur', 'shënoj', 'shënoi', 'shënim', 'shënime', 'vërejtje'],
  observe: [
    'vëzhgoj', 'vëzhgon', 'vëzhgoi', 'vëzhguar', 'vëzhgim', 'vëzhgimi', 'vëzhgues', 'vëzhguesit',
    'respektoj', 'respekton',
  ],
  obtain: ['marr', 'mori', 'marrë', 'siguroj', 'siguroi', 'siguruar', 'përfitoj', 'përfitoi', 'fitoi'],
  occupy: [
    'pushtoj', 'pushton', 'pushtoi', 'pushtuar', 'okupoj', 'okupon', 'okupoi', 'okupuar', 'okupim',
    'okupimi', 'pushtim', 'pushtimi', 'zë', 'zuri', 'zënë',
  ],
  occur: ['ndodh', 'ndodhi', 'ndodhur', 'ndodhin', 'ndodhte', 'ndodhën'],
  offer: ['ofroj', 'ofron', 'ofroi', 'ofruan', 'ofruar', 'ofertë', 'oferta', 'ofertën', 'ofertës'],
  open: [
    'hap', 'hapi', 'hapën', 'hapur', 'hapet', 'hapen', 'hapje', 'hapja', 'hapjen', 'hapjes', 'i hapur',
    'e hapur', 'të hapur', 'të hapura', 'hapura', 'haptazi',
  ],
  operate: [
    'operoj', 'operon', 'operoi', 'operuar', 'vepron', 'veprojnë', 'funksionon', 'funksionojnë', 'operacion',
    'operacioni', 'operim',
  ],
  oppose: [
    'kundërshtoj', 'kundërshton', 'kundërshtoi', 'kundërshtuar', 'kundërshtim', 'kundërshtimi', 'kundër',
  ],
  order: [
    'urdhëroj', 'urdhëron', 'urdhëroi', 'urdhëruar', 'urdhërohet', 'urdhër', 'urdhri', 'urdhrin', 'urdhrit',
    'urdhra', 'urdhrat', 'porosi', 'porosia', 'porositi', 'rend', 'rendi',
  ],
  organise: [
    'organizoj', 'organizon', 'organizoi', 'organizuan', 'organizuar', 'organizohet', 'organizim',
    'organizimi', 'organizator', 'organizatorët',
  ],
  organize: [
    'organizoj', 'organizon', 'organizoi', 'organizuan', 'organizuar', 'organizohet', 'organizim',
    'organizimi', 'organizator', 'organizatorët',
  ],
  oust: [
    'rrëzoj', 'rrëzoi', 'rrëzuar', 'largoj', 'largoi', 'larguar', 'shkarkoi', 'përmbys', 'përmbysi',
    'përmbysur',
  ],
  overthrew: [
    'rrëzoj', 'rrëzon', 'rrëzoi', 'rrëzuar', 'përmbys', 'përmbysi', 'përmbysur', 'përmbysje', 'rrëzim',
    'grusht shteti',
  ],
  overthrow: [
    'rrëzoj', 'rrëzon', 'rrëzoi', 'rrëzuar', 'përmbys', 'përmbysi', 'përmbysur', 'përmbysje', 'rrëzim',
    'grusht shteti',
  ],
  overthrown: [
    'rrëzoj', 'rrëzon', 'rrëzoi', 'rrëzuar', 'përmbys', 'përmbysi', 'përmbysur', 'përmbysje', 'rrëzim',
    'grusht shteti',
  ],
  owe: ['detyrohem', 'detyrohet', 'i detyrohet', 'borxh', 'borxhi', 'borxhin', 'detyrim'],
  own: [
    'zotëroj', 'zotëron', 'zotëroi', 'zotëruar', 'posedoj', 'poseduar', 'pronar', 'pronari', 'pronë',
    'prona',
  ],
  paid: [
    'paguaj', 'paguan', 'pagoi', 'paguar', 'paguhet', 'pagesë', 'pagesa', 'pagesën', 'pagesat', 'pagë',
    'paga',
  ],
  pardon: ['fal', 'fali', 'falur', 'falet', 'falje', 'falja', 'faljen', 'amnisti', 'amnistia', 'amnistinë'],
  participate: ['pjesëmarrje', 'pjesëmarrja', 'pjesëmarrjen', 'pjesëmarrës', 'pjesëmarrësit', 'pjesë'],
  pass: [
    'kaloj', 'kalon', 'kaloi', 'kaluan', 'kaluar', 'kalohet', 'kalim', 'kalimi', 'miratoi', 'miratuar',
    'miratohet',
  ],
  patrol: [
    'patrulloj', 'patrullon', 'patrulloi', 'patrullim', 'patrullimi', 'patrullë', 'patrulla', 'patrullat',
    'patrullues',
  ],
  pay: [
    'paguaj', 'paguan', 'pagoi', 'paguar', 'paguhet', 'pagesë', 'pagesa', 'pagesën', 'pagesat', 'pagë',
    'paga',
  ],
  persecute: ['përndjek', 'përndoqi', 'përndjekur', 'përndiqet', 'përndjekje', 'përndjekja', 'persekutim'],
  persuade: ['bind', 'bindi', 'bindur', 'bindet', 'bindje', 'bindja'],
  plan: [
    'planifikoj', 'planifikon', 'planifikoi', 'planifikuar', 'planifikohet', 'plan', 'plani', 'planin',
    'planit', 'plane', 'planet', 'planeve',
  ],
  plead: ['deklaroj', 'deklaroi', 'fajësinë', 'fajin', 'u deklarua'],
  pledge: [
    'zotohem', 'zotohet', 'u zotua', 'u zotuan', 'zotim', 'zotimi', 'zotimet', 'premtoi', 'premtim',
    'angazhim', 'angazhimi',
  ],
  plunge: ['rënie', 'rënie drastike', 'rënie e fortë', 'zhytet'],
  'point out': ['theksoj', 'thekson', 'theksoi', 'theksuar', 'nënvizoi'],
  poison: [
    'helmoj', 'helmon', 'helmoi', 'helmuar', 'helmohet', 'helm', 'helmi', 'helmim', 'helmimi', 'helmimin',
  ],
  postpone: ['shtyj', 'shtyn', 'shtyu', 'shtynë', 'shtyrë', 'shtyhet', 'shtyrje', 'shtyrja', 'shtyrjen'],
  praise: ['lavdëroj', 'lavdëron', 'lavdëroi', 'lavdëruar', 'lavdërim', 'lavdërime', 'vlerësoi', 'vlerësim'],
  pray: ['lutem', 'lutet', 'luten', 'u lut', 'lutje', 'lutja', 'lutjet', 'falen', 'falet'],
  predict: [
    'parashikoj', 'parashikon', 'parashikoi', 'parashikuar', 'parashikohet', 'parashikim', 'parashikimi',
    'parashikimet',
  ],
  prepare: [
    'përgatis', 'përgatit', 'përgatiti', 'përgatitur', 'përgatitet', 'përgatiten', 'përgatitje',
    'përgatitja', 'përgatitjet',
  ],
  present: [
    'paraqes', 'paraqet', 'paraqiti', 'paraqitur', 'prezantoj', 'prezanton', 'prezantoi', 'prezantuar',
    'aktual', 'aktuale', 'tanishëm', 'tanishme', 'pranishëm', 'dhuratë',
  ],
  preserve: ['ruaj', 'ruan', 'ruajti', 'ruajtur', 'ruhet', 'ruajtje', 'ruajtja', 'mbroj'],
  prevent: [
    'parandaloj', 'parandalon', 'parandaloi', 'parandaluar', 'parandalim', 'parandalimi', 'parandalimin',
    'pengoj', 'pengon', 'pengoi', 'penguar', 'shmang',
  ],
  privatize: [
    'privatizoj', 'privatizon', 'privatizoi', 'privatizuar', 'privatizim', 'privatizimi', 'privatizimin',
  ],
  produce: [
    'prodhoj', 'prodhon', 'prodhoi', 'prodhuan', 'prodhuar', 'prodhohet', 'prodhim', 'prodhimi', 'prodhimin',
    'prodhimit', 'prodhime',
  ],
  prohibit: [
    'ndaloj', 'ndalon', 'ndaloi', 'ndaluar', 'ndalohet', 'ndalim', 'ndalimi', 'i ndaluar', 'të ndaluara',
  ],
  promise: ['premtoj', 'premton', 'premtoi', 'premtuar', 'premtim', 'premtimi', 'premtime', 'premtimet'],
  promote: [
    'promovoj', 'promovon', 'promovoi', 'promovuar', 'promovim', 'nxit', 'nxiti', 'avancoi', 'gradoi',
  ],
  propose: [
    'propozoj', 'propozon', 'propozoi', 'propozuan', 'propozuar', 'propozohet', 'propozim', 'propozimi',
    'propozimin', 'propozime', 'propozimet',
  ],
  prosecute: ['ndjekje penale', 'akuzoj', 'akuzoi', 'prokuror', 'prokurori', 'prokuroria'],
  protect: [
    'mbroj', 'mbron', 'mbrojti', 'mbrojtën', 'mbrojtur', 'mbrohet', 'mbrojtje', 'mbrojtja', 'mbrojtjen',
    'mbrojtjes',
  ],
  protest: [
    'protestoj', 'proteston', 'protestoi', 'protestuan', 'protestuar', 'protestë', 'protesta', 'protestën',
    'protestës', 'protestat', 'protestave', 'protestues', 'protestuesit',
  ],
  protested: [
    'protestoj', 'proteston', 'protestoi', 'protestuan', 'protestuar', 'protestë', 'protesta', 'protestën',
    'protestës', 'protestat', 'protestave', 'protestues', 'protestuesit',
  ],
  protesting: [
    'protestoj', 'proteston', 'protestoi', 'protestuan', 'protestuar', 'protestë', 'protesta', 'protestën',
    'protestës', 'protestat', 'protestave', 'protestues', 'protestuesit',
  ],
  protests: [
    'protestoj', 'proteston', 'protestoi', 'protestuan', 'protestuar', 'protestë', 'protesta', 'protestën',
    'protestës', 'protestat', 'protestave', 'protestues', 'protestuesit',
  ],
  prove: [
    'provoj', 'provon', 'provoi', 'provuar', 'dëshmoj', 'dëshmon', 'dëshmoi', 'vërtetoj', 'vërtetoi',
    'vërtetuar',
  ],
  provide: [
    'ofroj', 'ofron', 'ofroi', 'ofruan', 'ofruar', 'siguroj', 'siguron', 'siguroi', 'siguruar', 'furnizoj',
    'furnizon', 'furnizoi', 'jep', 'dha',
  ],
  provoke: [
    'provokoj', 'provokon', 'provokoi', 'provokuar', 'provokim', 'provokimi', 'provokime', 'provokimet',
    'nxit', 'shkaktoi',
  ],
  publish: [
    'publikoj', 'publikon', 'publikoi', 'publikuan', 'publikuar', 'publikohet', 'publikim', 'publikimi',
    'botoj', 'boton', 'botoi', 'botuar', 'botim',
  ],
  'pull out': [
    'tërhiqem', 'tërhiqet', 'u tërhoq', 'u tërhoqën', 'tërhequr', 'tërheqje', 'tërheqja', 'tërheqjen',
  ],
  punish: [
    'ndëshkoj', 'ndëshkon', 'ndëshkoi', 'ndëshkuar', 'ndëshkohet', 'ndëshkim', 'ndëshkimi', 'ndëshkime',
    'dënoj', 'dënim',
  ],
  purchase: [
    'blej', 'blen', 'bleu', 'blenë', 'blerë', 'blihet', 'blerje', 'blerja', 'blerjen', 'blerjes', 'blerjet',
  ],
  push: ['shtyj', 'shtyn', 'shtyu', 'shtyrë', 'presion', 'presioni', 'nxit', 'nxiti'],
  question: ['pyes', 'pyet', 'pyeti', 'pyetur', 'pyetje', 'pyetja', 'pyetjen', 'pyetjes', 'pyetjet'],
  quote: ['citoj', 'citon', 'citoi', 'cituar', 'citat', 'citati', 'citim'],
  raid: [
    'bastis', 'bastisi', 'bastisur', 'bastiset', 'bastisje', 'bastisja', 'bastisjen', 'bastisjet',
    'kontroll', 'sulm', 'inkursion',
  ],
  raise: ['ngre', 'ngriti', 'ngritur', 'ngrihet', 'rrit', 'rriti', 'rritur', 'mbledh', 'mblodhi', 'shtroi'],
  rally: [
    'tubim', 'tubimi', 'tubimin', 'tubime', 'miting', 'mitingu', 'mitingun', 'protestë', 'mblidhen',
    'u mblodhën',
  ],
  ran: [
    'drejtoj', 'drejton', 'drejtoi', 'drejtuar', 'kandidoj', 'kandidon', 'kandidoi', 'kandidatura', 'vrapoj',
    'vrapon', 'funksionon', 'menaxhon',
  ],
  ratify: [
    'ratifikoj', 'ratifikon', 'ratifikoi', 'ratifikuar', 'ratifikohet', 'ratifikim', 'ratifikimi',
    'ratifikimin',
  ],
  reach: ['arrij', 'arrin', 'arriti', 'arritën', 'arritur', 'arrihet', 'arritje', 'mbërriti'],
  react: [
    'reagoj', 'reagon', 'reagoi', 'reaguan', 'reaguar', 'reagim', 'reagimi', 'reagimin', 'reagime',
    'reagimet',
  ],
  read: ['lexoj', 'lexon', 'lexoi', 'lexuar', 'lexohet', 'lexim', 'leximi', 'shkruhet'],
  reaffirm: [
    'riafirmoj', 'riafirmoi', 'rikonfirmoj', 'rikonfirmoi', 'rikonfirmuar', 'ritheksoi', 'përsëriti',
  ],
  rebuild: [
    'rindërtoj', 'rindërton', 'rindërtoi', 'rindërtuar', 'rindërtohet', 'rindërtim', 'rindërtimi',
    'rindërtimin', 'rindërtimit',
  ],
  recall: ['kujtoj', 'kujton', 'kujtoi', 'kujtuar', 'rikujtoi', 'tërheq', 'tërhoqi'],
  receive: ['marr', 'merr', 'mori', 'morën', 'marrë', 'merret', 'pranoj', 'pranoi', 'pranuar', 'pritje'],
  recognise: [
    'njoh', 'njeh', 'njohu', 'njohën', 'njohur', 'njihet', 'njohje', 'njohja', 'njohjen', 'njohjes',
  ],
  recognize: [
    'njoh', 'njeh', 'njohu', 'njohën', 'njohur', 'njihet', 'njohje', 'njohja', 'njohjen', 'njohjes',
  ],
  recommend: [
    'rekomandoj', 'rekomandon', 'rekomandoi', 'rekomanduar', 'rekomandim', 'rekomandimi', 'rekomandime',
    'rekomandimet', 'sugjeroi',
  ],
  record: [
    'regjistroj', 'regjistron', 'regjistroi', 'regjistruar', 'regjistrohet', 'regjistrim', 'regjistrimi',
    'rekord', 'rekordi', 'rekordin',
  ],
  recover: [
    'rikuperoj', 'rikuperon', 'rikuperoi', 'rikuperuar', 'rikuperim', 'shërohet', 'u shërua', 'shërim',
    'rimëkëmbet', 'rimëkëmbje', 'rimëkëmbja',
  ],
  recruit: [
    'rekrutoj', 'rekruton', 'rekrutoi', 'rekrutuar', 'rekrutohen', 'rekrutim', 'rekrutimi', 'rekrutë',
    'rekrutët',
  ],
  reduce: [
    'ul', 'ulë', 'uli', 'ulur', 'ulet', 'zvogëloj', 'zvogëlon', 'zvogëloi', 'zvogëluar', 'reduktoj',
    'redukton', 'reduktoi', 'reduktim', 'ulje', 'pakësoj', 'pakëson', 'pakësoi',
  ],
  refuse: [
    'refuzoj', 'refuzon', 'refuzoi', 'refuzuan', 'refuzuar', 'refuzohet', 'refuzim', 'refuzimi', 'refuzimin',
  ],
  register: [
    'regjistroj', 'regjistron', 'regjistroi', 'regjistruar', 'regjistrohen', 'regjistrim', 'regjistrimi',
    'regjistër', 'regjistri',
  ],
  regulate: [
    'rregulloj', 'rregullon', 'rregulloi', 'rregulluar', 'rregullohet', 'rregullim', 'rregullore',
    'rregullorja',
  ],
  reiterate: ['përsëris', 'përsërit', 'përsëriti', 'përsëritur', 'ritheksoi', 'ritheksoj', 'rikonfirmoi'],
  reject: [
    'refuzoj', 'refuzon', 'refuzoi', 'refuzuan', 'refuzuar', 'refuzohet', 'refuzim', 'refuzimi',
    'hedh poshtë', 'hodhi poshtë', 'hodhën poshtë', 'kundërshtoi',
  ],
  release: [
    'liroj', 'liron', 'liroi', 'liruan', 'liruar', 'lirohet', 'lirim', 'lirimi', 'lirimin', 'publikoi',
    'publikuar', 'nxori',
  ],
  rely: ['mbështetem', 'mbështetet', 'varet', 'varen', 'varësi', 'varësia', 'mbështetje'],
  remain: ['mbetem', 'mbetet', 'mbeten', 'mbeti', 'mbetën', 'mbetur', 'qëndron', 'mbetje'],
  remind: ['kujtoj', 'kujton', 'kujtoi', 'rikujtoj', 'rikujtoi', 'rikujtim'],
  remove: [
    'heq', 'heqë', 'hoqi', 'hoqën', 'hequr', 'hiqet', 'heqje', 'heqja', 'largoj', 'largon', 'largoi',
    'larguar', 'largim',
  ],
  renew: ['rinovoj', 'rinovon', 'rinovoi', 'rinovuar', 'rinovohet', 'rinovim', 'rinovimi', 'rinovimin'],
  reopen: ['rihap', 'rihapi', 'rihapur', 'rihapet', 'rihapje', 'rihapja', 'rihapjen'],
  repair: [
    'riparoj', 'riparon', 'riparoi', 'riparuar', 'riparohet', 'riparim', 'riparimi', 'riparime', 'rregulloi',
  ],
  repeal: ['shfuqizoj', 'shfuqizon', 'shfuqizoi', 'shfuqizuar', 'shfuqizim', 'shfuqizimi', 'anuloi'],
  repeat: ['përsëris', 'përsërit', 'përsëriti', 'përsëritur', 'përsëritet', 'përsëritje'],
  replace: [
    'zëvendësoj', 'zëvendëson', 'zëvendësoi', 'zëvendësuar', 'zëvendësohet', 'zëvendësim', 'zëvendësimi',
    'zëvendësues', 'pasues',
  ],
  reply: ['përgjigjem', 'përgjigjet', 'u përgjigj', 'u përgjigjën', 'përgjigje', 'përgjigjja', 'përgjigjen'],
  report: [
    'raportoj', 'raporton', 'raportoi', 'raportuan', 'raportuar', 'raportohet', 'raportim', 'raport',
    'raporti', 'raportin', 'raportit', 'raporte', 'raportet', 'njoftoi',
  ],
  represent: [
    'përfaqësoj', 'përfaqëson', 'përfaqësoi', 'përfaqësuar', 'përfaqësohet', 'përfaqësim', 'përfaqësimi',
    'përfaqësues', 'përfaqësuesi',
  ],
  request: [
    'kërkoj', 'kërkon', 'kërkoi', 'kërkuar', 'kërkohet', 'kërkesë', 'kërkesa', 'kërkesën', 'kërkesës',
    'kërkesat',
  ],
  require: [
    'kërkoj', 'kërkon', 'kërkohet', 'kërkohen', 'nevojitet', 'nevojiten', 'kërkesë', 'kërkesat',
    'detyrueshëm', 'detyrueshme',
  ],
  rescue: [
    'shpëtoj', 'shpëton', 'shpëtoi', 'shpëtuan', 'shpëtuar', 'shpëtohen', 'shpëtim', 'shpëtimi', 'shpëtimit',
    'shpëtues', 'shpëtuesit', 'shpëtimtarë', 'shpëtimtarët',
  ],
  resign: ['dorëheqje', 'dorëheqja', 'dorëheqjen', 'dorëheqjes'],
  resist: [
    'rezistoj', 'reziston', 'rezistoi', 'rezistuar', 'rezistencë', 'rezistenca', 'rezistencës', 'qëndresë',
    'qëndresa',
  ],
  resolve: [
    'zgjidh', 'zgjidhi', 'zgjidhur', 'zgjidhet', 'zgjidhje', 'zgjidhja', 'zgjidhjen', 'rezolutë',
    'vendosmëri',
  ],
  respect: [
    'respektoj', 'respekton', 'respektoi', 'respektuar', 'respektohet', 'respekt', 'respekti', 'respektin',
  ],
  respond: [
    'përgjigjem', 'përgjigjet', 'u përgjigj', 'përgjigje', 'përgjigjen', 'reagoj', 'reagon', 'reagoi',
    'reagim', 'reagimi', 'kundërpërgjigje',
  ],
  restore: [
    'rikthej', 'rikthen', 'riktheu', 'rikthyer', 'rivendos', 'rivendosi', 'rivendosur', 'rivendoset',
    'rivendosje', 'rikthim', 'restauroj', 'restaurim',
  ],
  restrict: [
    'kufizoj', 'kufizon', 'kufizoi', 'kufizuar', 'kufizohet', 'kufizim', 'kufizimi', 'kufizime', 'kufizimet',
    'kufizimeve',
  ],
  resume: [
    'rifilloj', 'rifillon', 'rifilloi', 'rifilluar', 'rifillim', 'rifillimi', 'rinis', 'rinisi', 'rinisur',
    'rinisja',
  ],
  retaliate: [
    'hakmerrem', 'hakmerret', 'u hakmor', 'hakmarrje', 'hakmarrja', 'hakmarrjen', 'kundërpërgjigje',
    'kundërsulm',
  ],
  retire: ['pension', 'pensionim', 'pensionohet', 'tërhiqet'],
  retreat: [
    'tërhiqem', 'tërhiqet', 'tërhiqen', 'u tërhoq', 'u tërhoqën', 'tërheqje', 'tërheqja', 'tërheqjen',
  ],
  return: [
    'kthehem', 'kthehet', 'kthehen', 'u kthye', 'u kthyen', 'kthyer', 'kthimi', 'kthimin', 'kthimit',
    'rikthim', 'kthej', 'kthen', 'ktheu', 'riatdhesim',
  ],
  reveal: ['zbuloj', 'zbulon', 'zbuloi', 'zbuluan', 'zbuluar', 'zbulohet', 'zbulim', 'zbulimi'],
  review: [
    'rishikoj', 'rishikon', 'rishikoi', 'rishikuar', 'rishikohet', 'rishikim', 'rishikimi', 'shqyrtim',
    'shqyrtimi', 'shqyrton',
  ],
  rise: [
    'rritem', 'rritet', 'rriten', 'u rrit', 'rritur', 'rritje', 'rritja', 'rritjen', 'ngrihet', 'u ngrit',
  ],
  risen: [
    'rritem', 'rritet', 'rriten', 'u rrit', 'rritur', 'rritje', 'rritja', 'rritjen', 'ngrihet', 'u ngrit',
  ],
  rob: [
    'grabit', 'grabiti', 'grabitën', 'grabitur', 'grabitet', 'grabitje', 'grabitja', 'grabitjen', 'grabitës',
  ],
  rose: [
    'rritem', 'rritet', 'rriten', 'u rrit', 'rritur', 'rritje', 'rritja', 'rritjen', 'ngrihet', 'u ngrit',
  ],
  rule: [
    'sundoj', 'sundon', 'sundoi', 'sundim', 'sundimi', 'qeveris', 'qeverisi', 'vendos', 'vendosi', 'rregull',
    'rregulli', 'rregulla', 'rregullat', 'rregullore', 'vendim',
  ],
  run: [
    'drejtoj', 'drejton', 'drejtoi', 'drejtuar', 'kandidoj', 'kandidon', 'kandidoi', 'kandidatura', 'vrapoj',
    'vrapon', 'funksionon', 'menaxhon',
  ],
  'run out': [
    'mbaroj', 'mbaron', 'mbaroi', 'mbaruar', 'mbarim', 'shteroj', 'shteron', 'shterur', 'shterim', 'mungesë',
    'mungesa',
  ],
  sabotage: [
    'sabotoj', 'saboton', 'sabotoi', 'sabotuar', 'sabotim', 'sabotimi', 'sabotazh', 'sabotazhi', 'diversion',
  ],
  sail: ['lundroj', 'lundron', 'lundroi', 'lundruar', 'lundrim', 'lundrimi'],
  sanction: [
    'sanksionoj', 'sanksionon', 'sanksionoi', 'sanksionuar', 'sanksion', 'sanksioni', 'sanksione',
    'sanksionet', 'sanksioneve', 'ndëshkuese',
  ],
  sank: ['fundos', 'fundosi', 'fundosën', 'fundosur', 'fundoset', 'u fundos', 'fundosje', 'mbytet'],
  save: [
    'shpëtoj', 'shpëton', 'shpëtoi', 'shpëtuar', 'shpëtim', 'kursej', 'kursen', 'kurseu', 'kursyer',
    'kursim', 'kursime', 'ruaj',
  ],
  saw: ['shoh', 'sheh', 'shohin', 'pa', 'parë', 'shihet', 'shikoj', 'shikoi', 'vërej'],
  say: ['them', 'tha', 'thotë', 'thonë', 'thanë', 'thënë', 'deklaroi', 'deklaratë'],
  search: [
    'kërkoj', 'kërkon', 'kërkoi', 'kërkuar', 'kërkim', 'kërkimi', 'kërkimet', 'kërkimeve', 'bastisje',
    'kontroll', 'kontrolli',
  ],
  secure: [
    'siguroj', 'siguron', 'siguroi', 'siguruar', 'sigurohet', 'sigurt', 'i sigurt', 'e sigurt', 'të sigurt',
  ],
  see: ['shoh', 'sheh', 'shohin', 'pa', 'parë', 'shihet', 'shikoj', 'shikoi', 'vërej'],
  seek: [
    'kërkoj', 'kërkon', 'kërkoi', 'kërkojnë', 'kërkuan', 'kërkuar', 'kërkohet', 'kërkesë', 'kërkesa',
    'kërkesën', 'synon',
  ],
  seen: ['shoh', 'sheh', 'shohin', 'pa', 'parë', 'shihet', 'shikoj', 'shikoi', 'vërej'],
  seize: [
    'sekuestroj', 'sekuestron', 'sekuestroi', 'sekuestruan', 'sekuestruar', 'sekuestrohet', 'sekuestrim',
    'sekuestrimi', 'konfiskoj', 'konfiskoi', 'kap', 'kapi', 'kapur', 'pushtoi', 'mori',
  ],
  select: ['përzgjedh', 'përzgjodhi', 'përzgjedhur', 'përzgjedhje', 'zgjedh', 'zgjodhi'],
  sell: [
    'shes', 'shet', 'shesin', 'shiti', 'shitën', 'shesë', 'shiste', 'shitur', 'shitje', 'shitja', 'shitjen', 'shitjes',
    'shitjet',
  ],
  send: [
    'dërgoj', 'dërgon', 'dërgoi', 'dërguan', 'dërgojë', 'dërguar', 'dërgohet', 'dërgim', 'dërgimi',
    'dërgesë', 'dërgesa',
  ],
  sent: [
    'dërgoj', 'dërgon', 'dërgoi', 'dërguan', 'dërgojë', 'dërguar', 'dërgohet', 'dërgim', 'dërgimi',
    'dërgesë', 'dërgesa',
  ],
  sentence: [
    'dënoj', 'dënon', 'dënoi', 'dënuan', 'dënuar', 'dënohet', 'dënim', 'dënimi', 'dënimin', 'dënimit',
    'dënime',
  ],
  serve: [
    'shërbej', 'shërben', 'shërbeu', 'shërbyer', 'shërbim', 'shërbimi', 'shërbimin', 'shërbimit', 'kreu',
  ],
  'set up': [
    'ngre', 'ngriti', 'ngritur', 'krijoj', 'krijon', 'krijoi', 'krijuar', 'themeloj', 'themeloi',
    'themeluar', 'vendos', 'instaloi',
  ],
  settle: [
    'zgjidh', 'zgjidhi', 'zgjidhur', 'vendoset', 'u vendos', 'vendosur', 'marrëveshje', 'shlyej', 'shlyerje',
  ],
  share: [
    'ndaj', 'ndan', 'ndau', 'ndarë', 'ndahet', 'aksion', 'aksione', 'aksionet', 'pjesë', 'pjesa',
    'përqindje',
  ],
  shell: [
    'granatoj', 'granaton', 'granatoi', 'granatuar', 'granatim', 'granatimi', 'granatime', 'granatimet',
    'bombardoi', 'predhë', 'predha', 'predhat', 'predhave',
  ],
  ship: [
    'dërgoj', 'dërgoi', 'transportoj', 'transportoi', 'anije', 'anija', 'anijes', 'anijen', 'anijet',
    'anijeve',
  ],
  shoot: [
    'qëlloj', 'qëllon', 'qëlloi', 'qëlluan', 'qëlluar', 'qëllohet', 'gjuaj', 'gjuajti', 'të shtëna',
    'të shtënat',
  ],
  'shoot down': [
    'rrëzoj', 'rrëzon', 'rrëzoi', 'rrëzuan', 'rrëzuar', 'rrëzohet', 'rrëzim', 'rrëzimi', 'rrëzimin',
  ],
  shot: [
    'qëlloj', 'qëllon', 'qëlloi', 'qëlluan', 'qëlluar', 'qëllohet', 'gjuaj', 'gjuajti', 'të shtëna',
    'të shtënat',
  ],
  show: [
    'tregoj', 'tregon', 'tregoi', 'tregojnë', 'treguar', 'tregohet', 'shfaq', 'shfaqi', 'shfaqur', 'shfaqje',
    'shfaqja', 'dëshmon',
  ],
  shrink: ['tkurret', 'u tkurr', 'tkurrje', 'tkurrja', 'zvogëlohet', 'zvogëlim', 'bie', 'rënie'],
  'shut down': [
    'mbyll', 'mbylli', 'mbyllën', 'mbyllur', 'mbyllet', 'mbyllje', 'mbyllja', 'mbylljen', 'ndërprerje',
  ],
  sign: [
    'nënshkruaj', 'nënshkruan', 'nënshkroi', 'nënshkruar', 'nënshkrim', 'nënshkrimi', 'nënshkrimit',
    'shenjë', 'shenja', 'shenjat',
  ],
  sink: ['fundos', 'fundosi', 'fundosën', 'fundosur', 'fundoset', 'u fundos', 'fundosje', 'mbytet'],
  slow: [
    'ngadalësoj', 'ngadalëson', 'ngadalësoi', 'ngadalësohet', 'ngadalësim', 'ngadalë', 'i ngadalshëm',
    'ngadalshme',
  ],
  smuggle: [
    'kontrabandoj', 'kontrabandë', 'kontrabanda', 'kontrabandës', 'kontrabandist', 'kontrabandistët',
    'trafikoj', 'trafikon', 'trafikim', 'trafikimi',
  ],
  sold: [
    'shes', 'shet', 'shesin', 'shiti', 'shitën', 'shesë', 'shitur', 'shitje', 'shitja', 'shitjen', 'shitjes',
    'shitjet',
  ],
  solve: ['zgjidh', 'zgjidhi', 'zgjidhur', 'zgjidhet', 'zgjidhje', 'zgjidhja', 'zgjidhjen'],
  sought: [
    'kërkoj', 'kërkon', 'kërkoi', 'kërkojnë', 'kërkuan', 'kërkuar', 'kërkohet', 'kërkesë', 'kërkesa',
    'kërkesën', 'synon',
  ],
  spark: ['ndez', 'ndezi', 'shkaktoi', 'shkakton', 'nxiti', 'nxit', 'shkëndijë', 'shkëndija'],
  speak: ['flas', 'flet', 'flasin', 'foli', 'folën', 'folur', 'fjalim', 'fjalimi', 'deklaroi'],
  spend: [
    'shpenzoj', 'shpenzon', 'shpenzoi', 'shpenzuar', 'shpenzohet', 'shpenzim', 'shpenzimi', 'shpenzime',
    'shpenzimet', 'kaloi',
  ],
  spent: [
    'shpenzoj', 'shpenzon', 'shpenzoi', 'shpenzuar', 'shpenzohet', 'shpenzim', 'shpenzimi', 'shpenzime',
    'shpenzimet', 'kaloi',
  ],
  spoke: ['flas', 'flet', 'flasin', 'foli', 'folën', 'folur', 'fjalim', 'fjalimi', 'deklaroi'],
  spoken: ['flas', 'flet', 'flasin', 'foli', 'folën', 'folur', 'fjalim', 'fjalimi', 'deklaroi'],
  spread: ['përhap', 'përhapi', 'përhapur', 'përhapet', 'përhapen', 'përhapje', 'përhapja', 'shtrihet'],
  spy: [
    'spiunoj', 'spiunon', 'spiunoi', 'spiunim', 'spiun', 'spiuni', 'spiunë', 'spiunët', 'spiunazh',
    'spiunazhi', 'spiunazhit',
  ],
  start: [
    'nis', 'nisi', 'nisën', 'nisur', 'niset', 'nisja', 'nisjen', 'filloj', 'fillon', 'filloi', 'filluan',
    'filluar', 'fillim', 'fillimi', 'fillimin',
  ],
  state: [
    'shtet', 'shteti', 'shtetit', 'shtetin', 'shtete', 'shtetet', 'shteteve', 'shtetëror', 'shtetërore',
    'shtetërorë', 'deklaroi', 'deklaron', 'deklaruar',
  ],
  stay: [
    'qëndroj', 'qëndron', 'qëndroi', 'qëndruar', 'qëndrim', 'qëndrimi', 'mbetet', 'mbeti', 'rri', 'ndenji',
  ],
  steal: [
    'vjedh', 'vodhi', 'vodhën', 'vjedhur', 'vidhet', 'vjedhje', 'vjedhja', 'vjedhjen', 'vjedhjes', 'hajdut',
  ],
  'step down': ['dorëheqje', 'dorëheqja', 'dorëheqjen'],
  stole: [
    'vjedh', 'vodhi', 'vodhën', 'vjedhur', 'vidhet', 'vjedhje', 'vjedhja', 'vjedhjen', 'vjedhjes', 'hajdut',
  ],
  stolen: [
    'vjedh', 'vodhi', 'vodhën', 'vjedhur', 'vidhet', 'vjedhje', 'vjedhja', 'vjedhjen', 'vjedhjes', 'hajdut',
  ],
  stop: [
    'ndal', 'ndalon', 'ndaloi', 'ndaluan', 'ndalur', 'ndalet', 'ndalim', 'ndalimi', 'ndërpres', 'ndërpreu',
    'ndërprerë', 'ndërprerje', 'pushoi',
  ],
  strengthen: [
    'forcoj', 'forcon', 'forcoi', 'forcuar', 'forcim', 'forcimi', 'forcimin', 'përforcoj', 'përforcon',
    'përforcoi', 'përforcim',
  ],
  stress: ['theksoj', 'thekson', 'theksoi', 'theksuar', 'theks', 'theksi', 'nënvizoi', 'stres', 'stresi'],
  strike: [
    'godas', 'godet', 'goditi', 'goditën', 'goditur', 'goditje', 'goditja', 'goditjen', 'goditjet', 'sulm',
    'sulmi', 'grevë', 'greva', 'grevën', 'grevës', 'grevist', 'grevistët',
  ],
  struck: [
    'godas', 'godet', 'goditi', 'goditën', 'goditur', 'goditje', 'goditja', 'goditjen', 'goditjet', 'sulm',
    'sulmi', 'grevë', 'greva', 'grevën', 'grevës', 'grevist', 'grevistët',
  ],
  struggle: [
    'luftoj', 'lufton', 'luftoi', 'luftë', 'lufta', 'betejë', 'përpiqem', 'përpiqet', 'përpjekje',
    'vështirësi',
  ],
  study: [
    'studioj', 'studion', 'studioi', 'studiuar', 'studim', 'studimi', 'studimin', 'studime', 'studimet',
    'studiues',
  ],
  submit: [
    'paraqes', 'paraqet', 'paraqiti', 'paraqitur', 'dorëzoj', 'dorëzon', 'dorëzoi', 'dorëzuar', 'depozitoi',
  ],
  subsidize: [
    'subvencionoj', 'subvencionon', 'subvencionoi', 'subvencionuar', 'subvencion', 'subvencione',
    'subvencionet', 'subvencionim',
  ],
  succeed: ['arrij', 'arriti', 'arritën', 'sukses', 'suksesi', 'pasoj', 'pasoi', 'pasardhës', 'pasues'],
  sue: ['padis', 'padit', 'paditi', 'paditur', 'padi', 'padia', 'padinë', 'padisë'],
  suffer: ['vuaj', 'vuan', 'vuajti', 'vuajtur', 'vuajtje', 'pësoj', 'pëson', 'pësoi', 'pësuar', 'pësuan'],
  suggest: [
    'sugjeroj', 'sugjeron', 'sugjeroi', 'sugjeruar', 'sugjerim', 'sugjerimi', 'sugjerime', 'propozoi',
  ],
  sunk: ['fundos', 'fundosi', 'fundosën', 'fundosur', 'fundoset', 'u fundos', 'fundosje', 'mbytet'],
  supply: [
    'furnizoj', 'furnizon', 'furnizoi', 'furnizuan', 'furnizuar', 'furnizim', 'furnizimi', 'furnizimin',
    'furnizimit', 'furnizime', 'furnizimet',
  ],
  support: [
    'mbështes', 'mbështet', 'mbështeti', 'mbështetur', 'mbështetje', 'mbështetja', 'mbështetjen',
    'mbështetjes', 'përkrah', 'përkrahu', 'përkrahje',
  ],
  surge: ['vërshim', 'valë', 'rritje e ndjeshme', 'rritja'],
  surrender: [
    'dorëzohem', 'dorëzohet', 'dorëzohen', 'u dorëzua', 'u dorëzuan', 'dorëzim', 'dorëzimi', 'kapitulloj',
    'kapitullim', 'kapitullimi',
  ],
  surround: [
    'rrethoj', 'rrethon', 'rrethoi', 'rrethuan', 'rrethuar', 'rrethohet', 'rrethim', 'rrethimi', 'rrethinë',
    'rrethina',
  ],
  survive: [
    'mbijetoj', 'mbijeton', 'mbijetoi', 'mbijetuan', 'mbijetuar', 'mbijetesë', 'mbijetesa', 'mbijetesën',
    'të mbijetuar', 'të mbijetuarit', 'shpëtoi',
  ],
  suspect: [
    'dyshoj', 'dyshon', 'dyshoi', 'dyshohet', 'dyshohen', 'dyshuar', 'i dyshuar', 'të dyshuar',
    'të dyshuarit', 'i dyshuari', 'dyshim', 'dyshimi', 'dyshime',
  ],
  suspend: [
    'pezulloj', 'pezullon', 'pezulloi', 'pezulluar', 'pezullohet', 'pezullim', 'pezullimi', 'pezullimin',
    'ndërpreu',
  ],
  'swear in': ['betohem', 'betohet', 'u betua', 'betim', 'betimi', 'betimin', 'ceremonia e betimit'],
  swore: ['zotohem', 'zotohet', 'u zotua', 'zotim', 'zotimi', 'premtoi', 'premton', 'betohet', 'u betua'],
  sworn: ['zotohem', 'zotohet', 'u zotua', 'zotim', 'zotimi', 'premtoi', 'premton', 'betohet', 'u betua'],
  'sworn in': ['betohem', 'betohet', 'u betua', 'betim', 'betimi', 'betimin', 'ceremonia e betimit'],
  take: ['marr', 'merr', 'marrin', 'mori', 'morën', 'marrë', 'merret', 'mbart'],
  'take over': ['pushtoi', 'pasoi', 'kontrollin', 'përsipër'],
  taken: ['marr', 'merr', 'marrin', 'mori', 'morën', 'marrë', 'merret', 'mbart'],
  talk: [
    'flas', 'flet', 'foli', 'folën', 'bisedoj', 'bisedon', 'bisedoi', 'biseduan', 'bisedë', 'biseda',
    'bisedime', 'bisedimet', 'bisedimeve', 'diskutoj', 'diskuton', 'diskutojnë', 'diskutuan', 'diskutim', 'diskutime',
  ],
  target: [
    'shënjestroj', 'shënjestron', 'shënjestroi', 'shënjestruar', 'shënjestër', 'shënjestra', 'shënjestrën',
    'objektiv', 'objektivi', 'objektiva', 'objektivat', 'synoj', 'synon', 'cak', 'caku',
  ],
  tax: [
    'taksoj', 'taksohet', 'taksë', 'taksa', 'taksën', 'taksat', 'taksave', 'tatim', 'tatimi', 'tatime',
    'tatimet', 'tatimor', 'tatimore', 'fiskal', 'fiskale',
  ],
  tell: ['tregoj', 'tregon', 'tregoi', 'treguar', 'tha', 'thotë', 'thanë'],
  terminate: ['përfundoj', 'ndërpres', 'ndërpreu', 'ndërprerje', 'shkëput', 'anuloi'],
  test: [
    'testoj', 'teston', 'testoi', 'testuan', 'testuar', 'test', 'testi', 'testin', 'testit', 'teste',
    'testet', 'testeve', 'provë', 'prova',
  ],
  testify: [
    'dëshmoj', 'dëshmon', 'dëshmoi', 'dëshmuar', 'dëshmi', 'dëshmia', 'dëshminë', 'dëshmitar', 'dëshmitari',
    'dëshmitarë',
  ],
  thank: [
    'falënderoj', 'falënderon', 'falënderoi', 'falënderuar', 'falënderim', 'falënderime', 'falënderimet',
    'mirënjohje',
  ],
  think: ['mendoj', 'mendon', 'mendoi', 'mendojnë', 'menduar', 'mendim', 'mendimi'],
  thought: ['mendoj', 'mendon', 'mendoi', 'mendojnë', 'menduar', 'mendim', 'mendimi'],
  threaten: [
    'kërcënoj', 'kërcënon', 'kërcënoi', 'kërcënuan', 'kërcënuar', 'kërcënohet', 'kërcënim', 'kërcënimi',
    'kërcënimin', 'kërcënime', 'kërcënimet', 'kërcënimeve',
  ],
  threw: ['hodhi', 'hodhën', 'hedh', 'hedhur'],
  thrown: ['hodhi', 'hodhën', 'hedhur'],
  tighten: [
    'shtrëngoj', 'shtrëngon', 'shtrëngoi', 'shtrëngim', 'ashpërsoj', 'ashpërson', 'ashpërsoi', 'ashpërsim',
    'ashpërsimi',
  ],
  took: ['marr', 'merr', 'marrin', 'mori', 'morën', 'marrë', 'merret', 'mbart'],
  topple: ['rrëzoj', 'rrëzoi', 'rrëzuar', 'përmbys', 'përmbysi', 'përmbysur'],
  torture: [
    'torturoj', 'torturon', 'torturoi', 'torturuar', 'torturohet', 'torturë', 'tortura', 'torturat',
    'keqtrajtim',
  ],
  track: [
    'gjurmoj', 'gjurmon', 'gjurmoi', 'gjurmuar', 'gjurmim', 'gjurmimi', 'ndjek', 'ndoqi', 'pistë', 'shina',
  ],
  trade: [
    'tregtoj', 'tregton', 'tregtoi', 'tregtuar', 'tregti', 'tregtia', 'tregtisë', 'tregtinë', 'tregtar',
    'tregtare', 'tregtarë', 'shkëmbim tregtar', 'shkëmbime tregtare',
  ],
  train: [
    'tren', 'treni', 'trenin', 'trenit', 'trena', 'trenat', 'trenave', 'stërvit', 'stërviti', 'stërvitur',
    'stërvitje', 'trajnoj', 'trajnon', 'trajnoi', 'trajnuar', 'trajnim', 'trajnimi', 'trajnime',
  ],
  transfer: [
    'transferoj', 'transferon', 'transferoi', 'transferuar', 'transferohet', 'transferim', 'transferimi',
    'transferimin', 'transfertë', 'transferta', 'kaloi',
  ],
  transport: [
    'transportoj', 'transporton', 'transportoi', 'transportuar', 'transportohet', 'transport', 'transporti',
    'transportit', 'transportin',
  ],
  travel: [
    'udhëtoj', 'udhëton', 'udhëtoi', 'udhëtuan', 'udhëtojë', 'udhëtuar', 'udhëtim', 'udhëtimi', 'udhëtimin',
    'udhëtimit', 'udhëtime',
  ],
  treat: [
    'trajtoj', 'trajton', 'trajtoi', 'trajtuar', 'trajtohet', 'trajtim', 'trajtimi', 'trajtimin', 'mjekoj',
    'mjekoi', 'mjekim', 'mjekimi', 'kurë',
  ],
  trigger: [
    'shkaktoj', 'shkakton', 'shkaktoi', 'shkaktuar', 'nxit', 'nxiti', 'nxitur', 'ndez', 'ndezi', 'aktivizoi',
  ],
  trust: ['besoj', 'beson', 'besoi', 'besim', 'besimi', 'besimin', 'besueshmëri', 'besueshmëria', 'besuar'],
  try: [
    'përpiqem', 'përpiqet', 'përpiqen', 'u përpoq', 'u përpoqën', 'përpjekur', 'përpjekje', 'përpjekja', 'përpjekjen',
    'provoj', 'provon', 'provoi', 'gjykoj', 'gjykohet',
  ],
  turn: [
    'kthej', 'kthen', 'ktheu', 'kthyer', 'kthehet', 'u kthye', 'shndërrohet', 'u shndërrua', 'kthesë',
    'radhë',
  ],
  'turn down': ['refuzoj', 'refuzon', 'refuzoi', 'refuzuar', 'refuzim', 'hodhi poshtë'],
  uncover: ['zbuloj', 'zbulon', 'zbuloi', 'zbuluar', 'zbulohet', 'zbulim', 'zbulimi'],
  undermine: [
    'minoj', 'minon', 'minoi', 'minuar', 'dëmtoj', 'dëmtoi', 'cenoj', 'cenon', 'cenoi', 'cenuar', 'dobëson',
  ],
  understand: ['kuptoj', 'kupton', 'kuptoi', 'kuptuar', 'kuptohet', 'mirëkuptim', 'mirëkuptimi'],
  understood: ['kuptoj', 'kupton', 'kuptoi', 'kuptuar', 'kuptohet', 'mirëkuptim', 'mirëkuptimi'],
  unite: [
    'bashkoj', 'bashkon', 'bashkoi', 'bashkuar', 'bashkohet', 'bashkohen', 'bashkim', 'bashkimi', 'unitet',
    'uniteti',
  ],
  unveil: [
    'zbuloj', 'zbuloi', 'zbuluar', 'prezantoj', 'prezantoi', 'prezantuar', 'përuroi', 'shpalosi', 'shpalos',
  ],
  upgrade: [
    'përmirësoj', 'përmirësoi', 'përmirësuar', 'përmirësim', 'modernizoj', 'modernizoi', 'modernizim',
    'avancoj', 'avancim',
  ],
  urge: ['thirrje', 'nxit', 'nxiti', 'kërkoi', 'kërkon'],
  use: [
    'përdor', 'përdori', 'përdorën', 'përdorur', 'përdoret', 'përdoren', 'përdorim', 'përdorimi',
    'përdorimin', 'përdorimit',
  ],
  used: [
    'përdor', 'përdori', 'përdorën', 'përdorur', 'përdoret', 'përdoren', 'përdorim', 'përdorimi',
    'përdorimin', 'përdorimit',
  ],
  uses: [
    'përdor', 'përdori', 'përdorën', 'përdorur', 'përdoret', 'përdoren', 'përdorim', 'përdorimi',
    'përdorimin', 'përdorimit',
  ],
  using: [
    'përdor', 'përdori', 'përdorën', 'përdorur', 'përdoret', 'përdoren', 'përdorim', 'përdorimi',
    'përdorimin', 'përdorimit',
  ],
  verify: [
    'verifikoj', 'verifikon', 'verifikoi', 'verifikuar', 'verifikohet', 'verifikim', 'verifikimi',
    'vërtetoj', 'vërtetoi',
  ],
  veto: ['veto', 'vetoja', 'vetos', 'vetoi', 'bllokoi'],
  violate: [
    'shkel', 'shkeli', 'shkelën', 'shkelur', 'shkelet', 'shkelje', 'shkelja', 'shkeljen', 'shkeljet',
    'shkeljeve', 'cenoi', 'cenim',
  ],
  visit: [
    'vizitoj', 'viziton', 'vizitoi', 'vizituan', 'vizitojë', 'vizituar', 'vizitë', 'vizita', 'vizitën',
    'vizitës', 'vizitat',
  ],
  vote: [
    'votoj', 'voton', 'votoi', 'votuan', 'votuar', 'votohet', 'votë', 'vota', 'votën', 'votat', 'votave',
    'votim', 'votimi', 'votimin', 'votimit',
  ],
  vow: ['zotohem', 'zotohet', 'u zotua', 'zotim', 'zotimi', 'premtoi', 'premton', 'betohet', 'u betua'],
  wage: ['zhvilloj', 'zhvillon', 'zhvilloi', 'pagë', 'paga', 'pagat'],
  wait: ['pres', 'pret', 'presin', 'priste', 'pritur', 'pritje', 'pritja', 'pritjen'],
  walk: ['ec', 'ecën', 'eci', 'ecur', 'ecje', 'shëtitje', 'marshim'],
  want: ['dua', 'do', 'dojë', 'donte', 'deshi', 'duan', 'dëshiroj', 'dëshiron', 'dëshiroi', 'dëshirë', 'dëshira'],
  warn: [
    'paralajmëroj', 'paralajmëron', 'paralajmëroi', 'paralajmëruan', 'paralajmëruar', 'paralajmërim',
    'paralajmërimi', 'paralajmërime', 'paralajmërimet',
  ],
  watch: [
    'shikoj', 'shikon', 'shikoi', 'shikuar', 'ndjek', 'ndoqi', 'vëzhgoj', 'vëzhgoi', 'monitoron', 'orë',
  ],
  weaken: ['dobësoj', 'dobëson', 'dobësoi', 'dobësuar', 'dobësohet', 'dobësim', 'dobësimi', 'dobësimin'],
  welcome: [
    'mirëpres', 'mirëpret', 'mirëpriti', 'mirëpritur', 'mirëseardhje', 'përshëndeti', 'përshëndet', 'pritje',
  ],
  went: ['shkoj', 'shkon', 'shkoi', 'shkuan', 'shkojnë', 'vete'],
  win: [
    'fitoj', 'fiton', 'fitoi', 'fituan', 'fitojë', 'fituar', 'fitore', 'fitorja', 'fitoren', 'fitores',
    'fitues', 'fituesi',
  ],
  withdraw: [
    'tërhiqem', 'tërhiqet', 'tërhiqen', 'u tërhoq', 'u tërhoqën', 'tërhequr', 'tërheq', 'tërhoqi',
    'tërheqje', 'tërheqja', 'tërheqjen', 'tërheqjes',
  ],
  withdrawn: [
    'tërhiqem', 'tërhiqet', 'tërhiqen', 'u tërhoq', 'u tërhoqën', 'tërhequr', 'tërheq', 'tërhoqi',
    'tërheqje', 'tërheqja', 'tërheqjen', 'tërheqjes',
  ],
  withdrew: [
    'tërhiqem', 'tërhiqet', 'tërhiqen', 'u tërhoq', 'u tërhoqën', 'tërhequr', 'tërheq', 'tërhoqi',
    'tërheqje', 'tërheqja', 'tërheqjen', 'tërheqjes',
  ],
  witness: [
    'dëshmitar', 'dëshmitari', 'dëshmitarit', 'dëshmitarë', 'dëshmitarët', 'dëshmitarëve', 'dëshmitare',
    'dëshmoj', 'dëshmoi', 'dëshmi', 'dëshmuar',
  ],
  won: [
    'won', 'fitoi', 'fituan', 'fitoj', 'fiton', 'fitojë', 'fituar', 'fitore', 'fitorja', 'fitoren',
    'fitores', 'fitues', 'fituesi',
  ],
  work: [
    'punoj', 'punon', 'punoi', 'punuan', 'punuar', 'punojnë', 'punë', 'puna', 'punën', 'punës', 'punime',
    'punimet',
  ],
  worry: [
    'shqetësohem', 'shqetësohet', 'shqetësohen', 'u shqetësua', 'shqetësim', 'shqetësimi', 'shqetësime',
    'shqetësimet', 'shqetësuar', 'shqetësues', 'shqetësuese',
  ],
  worsen: [
    'përkeqësohet', 'përkeqësohen', 'u përkeqësua', 'përkeqësim', 'përkeqësimi', 'përkeqësuar', 'përkeqësoi',
    'rëndohet',
  ],
  wound: [
    'plagos', 'plagosi', 'plagosën', 'plagosur', 'plagosen', 'u plagos', 'u plagosën', 'plagë', 'plaga',
    'plagët', 'të plagosur', 'të plagosurit', 'të plagosurve',
  ],
  write: [
    'shkruaj', 'shkruan', 'shkroi', 'shkruajnë', 'shkruar', 'shkruhet', 'shkrim', 'shkrimi', 'shkrimin',
  ],
  written: [
    'shkruaj', 'shkruan', 'shkroi', 'shkruajnë', 'shkruar', 'shkruhet', 'shkrim', 'shkrimi', 'shkrimin',
  ],
  wrote: [
    'shkruaj', 'shkruan', 'shkroi', 'shkruajnë', 'shkruar', 'shkruhet', 'shkrim', 'shkrimi', 'shkrimin',
  ],
  // ── Nouns: people, politics, diplomacy, media, military, law, economy, society, places ──
  ability: ['aftësi', 'aftësia', 'aftësisë', 'aftësinë', 'aftësitë', 'aftësive', 'mundësi', 'kapacitet'],
  abortion: ['abort', 'aborti', 'abortit', 'abortin', 'aborte', 'ndërprerje e shtatzënisë'],
  accident: [
    'aksident', 'aksidenti', 'aksidentit', 'aksidentin', 'aksidente', 'aksidentet', 'aksidenteve',
    'aksident rrugor', 'fatkeqësi', 'incident',
  ],
  accord: [
    'marrëveshje', 'marrëveshja', 'marrëveshjen', 'marrëveshjes', 'akord', 'akordi', 'akordit', 'pajtim',
  ],
  action: [
    'veprim', 'veprimi', 'veprimit', 'veprimin', 'veprime', 'veprimet', 'veprimeve', 'aksion', 'aksioni',
    'akt',
  ],
  activist: ['aktivist', 'aktivisti', 'aktivistë', 'aktivistët', 'aktivistëve', 'aktiviste', 'aktivistja'],
  administration: [
    'administratë', 'administrata', 'administratës', 'administratën', 'administrim', 'administrimi',
    'qeveri', 'qeveria',
  ],
  advantage: [
    'avantazh', 'avantazhi', 'avantazhin', 'avantazhe', 'përparësi', 'epërsi', 'epërsia', 'epërsinë',
  ],
  age: ['moshë', 'mosha', 'moshës', 'moshën', 'vjeç', 'vjeçar', 'vjeçare', 'i moshuar', 'epokë'],
  agency: ['agjenci', 'agjencia', 'agjencisë', 'agjencinë', 'agjencitë', 'agjencive', 'zyrë', 'institucion'],
  agenda: ['axhendë', 'axhenda', 'axhendës', 'axhendën', 'agjendë', 'agjenda', 'rend dite', 'rendi i ditës'],
  aggression: ['agresion', 'agresioni', 'agresionit', 'agresionin', 'agresiv', 'agresive', 'sulm'],
  agreement: [
    'marrëveshje', 'marrëveshja', 'marrëveshjes', 'marrëveshjen', 'marrëveshjet', 'marrëveshjeve',
    'marrëveshjesh', 'pakt', 'pakti', 'akord', 'akordi', 'pajtim',
  ],
  agriculture: [
    'bujqësi', 'bujqësia', 'bujqësisë', 'bujqësinë', 'bujqësor', 'bujqësore', 'bujqësorë', 'fermë', 'ferma',
    'blegtori',
  ],
  aid: [
    'ndihmë', 'ndihma', 'ndihmës', 'ndihmën', 'ndihmat', 'ndihmave', 'asistencë', 'asistenca', 'mbështetje',
    'donacion',
  ],
  'air base': [
    'bazë ajrore', 'baza ajrore', 'bazës ajrore', 'bazën ajrore', 'bazat ajrore', 'bazë', 'baza', 'ajrore',
  ],
  'air defence': [
    'mbrojtje ajrore', 'mbrojtja ajrore', 'mbrojtjes ajrore', 'mbrojtjen ajrore', 'kundërajrore',
    'kundërajror', 'sisteme kundërajrore',
  ],
  'air defense': [
    'mbrojtje ajrore', 'mbrojtja ajrore', 'mbrojtjes ajrore', 'mbrojtjen ajrore', 'kundërajrore',
    'kundërajror', 'sisteme kundërajrore',
  ],
  'air force': [
    'forcat ajrore', 'forcave ajrore', 'forca ajrore', 'forcat ajrore ushtarake', 'aviacion', 'aviacioni',
    'aviacionit', 'ajrore',
  ],
  'air strike': [
    'sulm ajror', 'sulmi ajror', 'sulme ajrore', 'sulmet ajrore', 'sulmeve ajrore', 'goditje ajrore',
    'goditjet ajrore', 'bombardim', 'bombardime', 'ajror', 'ajrore',
  ],
  'air strikes': [
    'sulm ajror', 'sulmi ajror', 'sulme ajrore', 'sulmet ajrore', 'sulmeve ajrore', 'goditje ajrore',
    'goditjet ajrore', 'bombardim', 'bombardime', 'ajror', 'ajrore',
  ],
  aircraft: [
    'avion', 'avioni', 'avionit', 'avionin', 'avionë', 'avionët', 'avionëve', 'aeroplan', 'aeroplani',
    'mjet ajror', 'mjete ajrore', 'aviacion',
  ],
  'aircraft carrier': [
    'aeroplanmbajtëse', 'aeroplanmbajtësja', 'aeroplanmbajtëses', 'aeroplanmbajtësen', 'aeroplanmbajtëset',
    'anije aeroplanmbajtëse',
  ],
  'aircraft carriers': [
    'aeroplanmbajtëse', 'aeroplanmbajtësja', 'aeroplanmbajtëses', 'aeroplanmbajtësen', 'aeroplanmbajtëset',
    'anije aeroplanmbajtëse',
  ],
  airport: [
    'aeroport', 'aeroporti', 'aeroportit', 'aeroportin', 'aeroporte', 'aeroportet', 'aeroporteve',
    'aerodrom',
  ],
  airspace: ['hapësirë ajrore', 'hapësira ajrore', 'hapësirës ajrore', 'hapësirën ajrore'],
  airstrike: [
    'sulm ajror', 'sulmi ajror', 'sulme ajrore', 'sulmet ajrore', 'sulmeve ajrore', 'goditje ajrore',
    'goditjet ajrore', 'bombardim', 'bombardime', 'ajror', 'ajrore',
  ],
  airstrikes: [
    'sulm ajror', 'sulmi ajror', 'sulme ajrore', 'sulmet ajrore', 'sulmeve ajrore', 'goditje ajrore',
    'goditjet ajrore', 'bombardim', 'bombardime', 'ajror', 'ajrore',
  ],
  alert: [
    'alarm', 'alarmi', 'alarmin', 'gatishmëri', 'gatishmëria', 'gatishmërinë', 'paralajmërim', 'sinjalizim',
    'në gatishmëri',
  ],
  alliance: [
    'aleancë', 'aleanca', 'aleancës', 'aleancën', 'aleancat', 'aleancave', 'aleat', 'aleatët', 'bashkim',
  ],
  ally: [
    'aleat', 'aleati', 'aleatit', 'aleatin', 'aleatë', 'aleatët', 'aleatëve', 'aleate', 'aleatja', 'aleatet',
    'aleancë',
  ],
  ambassador: [
    'ambasador', 'ambasadori', 'ambasadorit', 'ambasadorin', 'ambasadorë', 'ambasadorët', 'ambasadorëve',
    'ambasadore', 'ambasadorja',
  ],
  ammunition: [
    'municion', 'municioni', 'municionit', 'municionin', 'municione', 'municionet', 'municioneve', 'predha',
    'predhat', 'fishekë', 'armatim',
  ],
  amount: [
    'sasi', 'sasia', 'sasisë', 'sasinë', 'sasitë', 'shumë', 'shuma', 'shumën', 'shumës', 'vlerë', 'vlera',
  ],
  analyst: [
    'analist', 'analisti', 'analistit', 'analistë', 'analistët', 'analistëve', 'ekspert', 'ekspertët',
  ],
  anniversary: [
    'përvjetor', 'përvjetori', 'përvjetorit', 'përvjetorin', 'përvjetorë', 'vjetor', 'vjetori', 'jubile',
  ],
  announcement: [
    'njoftim', 'njoftimi', 'njoftimit', 'njoftimin', 'njoftime', 'njoftimet', 'shpallje', 'shpallja',
    'deklaratë',
  ],
  answer: ['përgjigje', 'përgjigjja', 'përgjigjen', 'përgjigjes', 'përgjigjet', 'përgjigjem', 'u përgjigj'],
  'anti tank': ['antitank', 'antitanke', 'kundërtank', 'kundërtanke', 'kundër tankeve', 'tankeve'],
  antitank: ['antitank', 'antitanke', 'kundërtank', 'kundërtanke', 'kundër tankeve', 'tankeve'],
  app: [
    'aplikacion', 'aplikacioni', 'aplikacionit', 'aplikacionin', 'aplikacione', 'aplikacionet',
    'aplikacioneve',
  ],
  'appeal court': ['gjykata e apelit', 'gjykatës së apelit', 'gjykatën e apelit', 'apeli', 'apelit', 'apel'],
  'appeals court': ['gjykata e apelit', 'gjykatës së apelit', 'gjykatën e apelit', 'apeli', 'apelit', 'apel'],
  area: [
    'zonë', 'zona', 'zonës', 'zonën', 'zonat', 'zonave', 'sipërfaqe', 'sipërfaqja', 'sipërfaqes', 'rajon',
    'territor', 'hapësirë',
  ],
  armament: [
    'armatim', 'armatimi', 'armatimit', 'armatime', 'armatimet', 'armatimeve', 'armë', 'armët', 'armëve',
  ],
  armaments: ['armatime', 'armatimet', 'armatimeve', 'armatim', 'armatimi', 'armë', 'armët', 'armëve'],
  'armed forces': [
    'forcat e armatosura', 'forcave të armatosura', 'forca të armatosura', 'forcat ushtarake', 'ushtria',
    'ushtrisë', 'armatosura',
  ],
  'armored train': [
    'tren i blinduar', 'treni i blinduar', 'trenit të blinduar', 'trenin e blinduar', 'tren të blinduar',
    'tren', 'treni', 'trenin', 'trenit', 'blinduar',
  ],
  'armored trains': [
    'tren i blinduar', 'treni i blinduar', 'trenit të blinduar', 'trenin e blinduar', 'tren të blinduar',
    'tren', 'treni', 'trenin', 'trenit', 'blinduar',
  ],
  'armored vehicle': [
    'automjet i blinduar', 'automjete të blinduara', 'automjeteve të blinduara', 'mjet i blinduar',
    'mjete të blinduara', 'blinduar', 'blinduara', 'autoblindë', 'autoblinda',
  ],
  'armored vehicles': [
    'automjet i blinduar', 'automjete të blinduara', 'automjeteve të blinduara', 'mjet i blinduar',
    'mjete të blinduara', 'blinduar', 'blinduara', 'autoblindë', 'autoblinda',
  ],
  'armoured train': [
    'tren i blinduar', 'treni i blinduar', 'trenit të blinduar', 'trenin e blinduar', 'tren të blinduar',
    'tren', 'treni', 'trenin', 'trenit', 'blinduar',
  ],
  'armoured trains': [
    'tren i blinduar', 'treni i blinduar', 'trenit të blinduar', 'trenin e blinduar', 'tren të blinduar',
    'tren', 'treni', 'trenin', 'trenit', 'blinduar',
  ],
  'armoured vehicle': [
    'automjet i blinduar', 'automjete të blinduara', 'automjeteve të blinduara', 'mjet i blinduar',
    'mjete të blinduara', 'blinduar', 'blinduara', 'autoblindë', 'autoblinda',
  ],
  'armoured vehicles': [
    'automjet i blinduar', 'automjete të blinduara', 'automjeteve të blinduara', 'mjet i blinduar',
    'mjete të blinduara', 'blinduar', 'blinduara', 'autoblindë', 'autoblinda',
  ],
  arms: ['armë', 'armët', 'armëve', 'armatim', 'armatime', 'armatimet', 'armatimeve', 'municion'],
  army: [
    'ushtri', 'ushtria', 'ushtrisë', 'ushtrinë', 'ushtritë', 'ushtrive', 'ushtarak', 'ushtarake',
    'forcat e armatosura',
  ],
  arsenal: ['arsenal', 'arsenali', 'arsenalit', 'arsenalin', 'arsenale', 'rezerva armësh'],
  art: ['art', 'arti', 'artit', 'artin', 'arte', 'artet', 'artistik', 'artistike', 'vepër arti'],
  article: [
    'artikull', 'artikulli', 'artikullit', 'artikullin', 'artikuj', 'artikujt', 'artikujve', 'shkrim',
    'shkrimi', 'nen', 'neni', 'nenit', 'nenin',
  ],
  'artificial intelligence': [
    'inteligjencë artificiale', 'inteligjenca artificiale', 'inteligjencës artificiale',
    'inteligjencën artificiale', 'artificiale',
  ],
  artillery: [
    'artileri', 'artileria', 'artilerisë', 'artilerinë', 'artilerie', 'artilerik', 'artilerike', 'topa',
    'obus', 'obusë',
  ],
  artist: [
    'artist', 'artisti', 'artistit', 'artistë', 'artistët', 'artistëve', 'artiste', 'artistja', 'këngëtar',
    'piktor',
  ],
  aspect: ['aspekt', 'aspekti', 'aspektin', 'aspekte', 'aspektet', 'anë', 'këndvështrim'],
  assembly: ['asamble', 'asambleja', 'asamblesë', 'asamblenë', 'kuvend', 'kuvendi', 'kuvendit', 'kuvendin'],
  asylum: [
    'azil', 'azili', 'azilit', 'azilin', 'azilkërkues', 'azilkërkuesit', 'azilkërkuesve', 'strehim',
    'mbrojtje ndërkombëtare',
  ],
  athlete: ['atlet', 'atleti', 'atletë', 'atletët', 'atlete', 'sportist', 'sportistë', 'sportistët'],
  author: ['autor', 'autori', 'autorit', 'autorin', 'autorë', 'autorët', 'shkrimtar', 'shkrimtari'],
  authorities: [
    'autoritetet', 'autoriteteve', 'autoritete', 'organet', 'organeve', 'pushteti', 'zyrtarët',
    'institucionet',
  ],
  authority: [
    'autoritet', 'autoriteti', 'autoritetit', 'autoritetin', 'autoritete', 'autoritetet', 'autoriteteve',
    'pushtet', 'pushteti', 'pushtetit', 'organ', 'organet',
  ],
  background: [
    'sfond', 'sfondi', 'sfondin', 'prapavijë', 'prapavija', 'kontekst', 'konteksti', 'origjinë', 'e kaluar',
  ],
  bail: ['dorëzani', 'dorëzania', 'dorëzanisë', 'garanci pasurore', 'lirim me kusht'],
  'ballistic missile': [
    'raketë balistike', 'raketa balistike', 'raketës balistike', 'raketat balistike', 'raketave balistike',
    'balistike', 'balistik', 'raketë', 'raketa',
  ],
  'ballistic missiles': [
    'raketë balistike', 'raketa balistike', 'raketës balistike', 'raketat balistike', 'raketave balistike',
    'balistike', 'balistik', 'raketë', 'raketa',
  ],
  ballot: [
    'fletëvotim', 'fletëvotimi', 'fletëvotimit', 'fletëvotime', 'fletëvotimet', 'fletëvotimeve', 'votim',
    'kuti votimi',
  ],
  bank: [
    'bankë', 'banka', 'bankës', 'bankën', 'bankat', 'bankave', 'bankar', 'bankare', 'bankarë', 'bankier',
  ],
  bankruptcy: [
    'falimentim', 'falimentimi', 'falimentimit', 'falimentimin', 'falimentoi', 'falimentuar', 'falimentojnë',
  ],
  base: ['bazë', 'baza', 'bazës', 'bazën', 'bazat', 'bazave', 'bazë ushtarake', 'baza ushtarake'],
  battalion: ['batalion', 'batalioni', 'batalionit', 'batalionin', 'batalione', 'batalionet'],
  battery: ['bateri', 'bateria', 'baterisë', 'baterinë', 'bateritë', 'baterive', 'akumulator', 'akumulatori'],
  battle: [
    'betejë', 'beteja', 'betejës', 'betejën', 'betejat', 'betejave', 'luftim', 'luftime', 'luftimet',
    'luftë',
  ],
  beginning: [
    'fillim', 'fillimi', 'fillimit', 'fillimin', 'nisje', 'nisja', 'nisjen', 'zanafillë', 'fillestar',
  ],
  benefit: [
    'përfitim', 'përfitimi', 'përfitimin', 'përfitime', 'përfitimet', 'dobi', 'leverdi', 'përfitoj',
    'përfiton', 'ndihmë sociale',
  ],
  bill: [
    'projektligj', 'projektligji', 'projektligjit', 'projektligjin', 'projektligje', 'projektligjet',
    'faturë', 'fatura', 'faturat',
  ],
  blast: [
    'shpërthim', 'shpërthimi', 'shpërthimit', 'shpërthimin', 'shpërthime', 'eksplodim', 'eksplozion',
    'plasje', 'shpërtheu',
  ],
  blockade: ['bllokadë', 'bllokada', 'bllokadës', 'bllokadën', 'bllokim', 'bllokimi', 'embargo'],
  blood: ['gjak', 'gjaku', 'gjakut', 'gjakun', 'gjakderdhje', 'gjakderdhja'],
  boat: [
    'varkë', 'varka', 'varkës', 'varkën', 'varkat', 'varkave', 'gomone', 'gomonia', 'barkë', 'barka',
    'anije',
  ],
  body: [
    'trup', 'trupi', 'trupit', 'trupin', 'trupa', 'trupat', 'kufomë', 'kufoma', 'kufomat', 'organ', 'organi',
  ],
  bomber: [
    'bombardues', 'bombarduesi', 'bombarduesit', 'bombardues strategjik', 'avion bombardues',
    'avionë bombardues',
  ],
  book: ['libër', 'libri', 'librit', 'librin', 'libra', 'librat', 'librave', 'botim', 'botime', 'vepër'],
  border: [
    'kufi', 'kufiri', 'kufirit', 'kufirin', 'kufij', 'kufijtë', 'kufijve', 'kufitar', 'kufitare', 'kufitarë',
    'pikë kufitare',
  ],
  'border guard': [
    'roje kufitare', 'rojet kufitare', 'policia kufitare', 'policisë kufitare', 'kufitare', 'kufitarë',
    'kufirit',
  ],
  boss: ['shef', 'shefi', 'shefit', 'shefin', 'bos', 'bosi', 'drejtues'],
  boy: ['djalë', 'djali', 'djalit', 'djalin', 'djem', 'djemtë', 'djemve'],
  bribe: ['ryshfet', 'ryshfeti', 'ryshfetit', 'ryshfete', 'mitë', 'mita', 'korrupsion', 'korruptim'],
  bribery: ['ryshfet', 'ryshfeti', 'ryshfete', 'mitë', 'mitmarrje', 'korrupsion', 'korruptim', 'korruptimi'],
  bridge: ['urë', 'ura', 'urës', 'urën', 'urat', 'urave', 'mbikalim'],
  brigade: ['brigadë', 'brigada', 'brigadës', 'brigadën', 'brigadat'],
  broadcaster: [
    'transmetues', 'transmetuesi', 'transmetuesit', 'televizion', 'televizioni', 'radiotelevizion',
    'radiotelevizioni',
  ],
  bronze: ['bronz', 'bronzi', 'bronzit', 'bronzin', 'i bronztë', 'medalje bronzi'],
  budget: [
    'buxhet', 'buxheti', 'buxhetit', 'buxhetin', 'buxhete', 'buxhetet', 'buxhetor', 'buxhetore', 'buxhetorë',
  ],
  building: [
    'ndërtesë', 'ndërtesa', 'ndërtesës', 'ndërtesën', 'ndërtesat', 'ndërtesave', 'godinë', 'godina',
    'godinës', 'godinën', 'pallat', 'pallati', 'objekt',
  ],
  bullet: ['plumb', 'plumbi', 'plumbit', 'plumba', 'plumbat', 'plumbave', 'fishek', 'fishekë'],
  bus: ['autobus', 'autobusi', 'autobusit', 'autobusin', 'autobusë', 'autobusët', 'autobusëve', 'furgon'],
  business: [
    'biznes', 'biznesi', 'biznesit', 'biznesin', 'biznese', 'bizneset', 'bizneseve', 'biznesmen',
    'biznesmenë', 'sipërmarrje', 'tregti',
  ],
  cabinet: ['kabinet', 'kabineti', 'kabinetit', 'kabinetin', 'qeveri', 'qeveria', 'qeverisë'],
  camp: ['kamp', 'kampi', 'kampit', 'kampin', 'kampe', 'kampet', 'kampeve', 'kampim'],
  campaign: ['fushatë', 'fushata', 'fushatës', 'fushatën', 'fushatat', 'fushatave', 'fushatë zgjedhore'],
  cancer: [
    'kancer', 'kanceri', 'kancerit', 'kancerin', 'kancere', 'tumor', 'tumori', 'onkologjik', 'onkologjike',
  ],
  candidate: [
    'kandidat', 'kandidati', 'kandidatit', 'kandidatin', 'kandidatë', 'kandidatët', 'kandidatëve',
    'kandidate', 'kandidatja', 'kandidaturë', 'kandidatura', 'kandidaturën',
  ],
  capability: [
    'aftësi', 'aftësia', 'aftësitë', 'aftësive', 'kapacitet', 'kapaciteti', 'kapacitetet', 'kapaciteteve',
    'mundësi', 'mundësitë',
  ],
  capacity: [
    'kapacitet', 'kapaciteti', 'kapacitetit', 'kapacitetin', 'kapacitete', 'kapacitetet', 'kapaciteteve',
    'aftësi',
  ],
  capital: [
    'kryeqytet', 'kryeqyteti', 'kryeqytetit', 'kryeqytetin', 'kryeqytete', 'kapital', 'kapitali',
    'kapitalit',
  ],
  captain: ['kapiten', 'kapiteni', 'kapitenit', 'kapitenin'],
  car: [
    'makinë', 'makina', 'makinës', 'makinën', 'makinat', 'makinave', 'veturë', 'vetura', 'veturës',
    'automjet', 'automjeti', 'automjete',
  ],
  cargo: ['ngarkesë', 'ngarkesa', 'ngarkesës', 'ngarkesën', 'ngarkesat', 'mallra', 'mallrat', 'kargo'],
  case: [
    'rast', 'rasti', 'rastit', 'rastin', 'raste', 'rastet', 'rasteve', 'rastesh', 'çështje', 'çështja',
    'çështjen', 'çështjes', 'dosje', 'dosja', 'dosjen',
  ],
  casualties: [
    'viktima', 'viktimat', 'viktimave', 'humbje', 'humbjet', 'humbjeve', 'të vrarë', 'të plagosur',
    'të vdekur',
  ],
  casualty: ['viktimë', 'viktima', 'viktimat', 'viktimave', 'humbje', 'humbjet', 'të vrarë', 'të plagosur'],
  ceasefire: [
    'armëpushim', 'armëpushimi', 'armëpushimit', 'armëpushimin', 'armëpushime', 'pushim zjarri', 'armistic',
    'armisticë',
  ],
  censorship: ['censurë', 'censura', 'censurës', 'censurën', 'censuroj', 'censuroi', 'censuruar'],
  center: ['qendër', 'qendra', 'qendrës', 'qendrën', 'qendrat', 'qendrave', 'qendror', 'qendrore'],
  'central bank': [
    'bankë qendrore', 'banka qendrore', 'bankës qendrore', 'bankën qendrore', 'bankat qendrore', 'qendrore',
  ],
  centre: ['qendër', 'qendra', 'qendrës', 'qendrën', 'qendrat', 'qendrave', 'qendror', 'qendrore'],
  ceo: [
    'drejtor ekzekutiv', 'drejtori ekzekutiv', 'drejtorit ekzekutiv', 'ceo', 'shef ekzekutiv',
    'kreu ekzekutiv',
  ],
  ceremony: ['ceremoni', 'ceremonia', 'ceremonisë', 'ceremoninë', 'ceremonitë', 'ceremonial', 'solemnitet'],
  chairman: [
    'kryetar', 'kryetari', 'kryetarit', 'kryetarin', 'kryetare', 'kryetarja', 'kryesues', 'kryesuesi',
  ],
  challenge: [
    'sfidë', 'sfida', 'sfidës', 'sfidën', 'sfidat', 'sfidave', 'sfidoj', 'sfidon', 'sfidoi', 'vështirësi',
  ],
  champion: [
    'kampion', 'kampioni', 'kampionit', 'kampionin', 'kampionë', 'kampionët', 'kampione', 'kampionja',
    'titull kampioni',
  ],
  championship: ['kampionat', 'kampionati', 'kampionatit', 'kampionatin', 'kampionate', 'titull', 'titulli'],
  chance: [
    'mundësi', 'mundësia', 'mundësinë', 'mundësitë', 'shans', 'shansi', 'shansin', 'shanse', 'gjasë',
    'gjasa', 'gjasat', 'rast',
  ],
  chancellor: ['kancelar', 'kancelari', 'kancelarit', 'kancelarin', 'kancelare', 'kancelarja', 'kancelares'],
  channel: ['kanal', 'kanali', 'kanalit', 'kanalin', 'kanale', 'kanalet', 'kanaleve'],
  charges: ['akuza', 'akuzat', 'akuzave', 'akuzë', 'aktakuzë', 'aktakuza', 'pagesa', 'tarifa'],
  checkpoint: [
    'pikë kontrolli', 'pika kontrolli', 'pikat e kontrollit', 'pikë kalimi', 'pikë kufitare', 'postbllok',
    'postblloku', 'bllokadë',
  ],
  chief: [
    'shef', 'shefi', 'shefit', 'shefin', 'kryetar', 'kryetari', 'kreu', 'komandant', 'komandanti', 'kryesor',
    'kryesore',
  ],
  child: ['fëmijë', 'fëmija', 'fëmijës', 'fëmijën', 'fëmijët', 'fëmijëve', 'fëmijësh', 'i mitur', 'të mitur'],
  children: ['fëmijë', 'fëmijët', 'fëmijëve', 'fëmijësh', 'të mitur', 'të miturit'],
  chip: ['çip', 'çipi', 'çipa', 'çipat', 'çipave', 'çipe', 'çipet', 'gjysmëpërçues', 'mikroçip', 'mikroçipa'],
  citizen: [
    'qytetar', 'qytetari', 'qytetarit', 'qytetarë', 'qytetarët', 'qytetarëve', 'shtetas', 'shtetasi',
    'shtetasit', 'shtetasve', 'qytetare',
  ],
  citizenship: ['shtetësi', 'shtetësia', 'shtetësisë', 'shtetësinë', 'nënshtetësi', 'nënshtetësia'],
  city: [
    'qytet', 'qyteti', 'qytetit', 'qytetin', 'qytete', 'qytetet', 'qyteteve', 'qytetesh', 'qytetar', 'urban',
    'urbane',
  ],
  civilian: ['civil', 'civili', 'civilë', 'civilët', 'civilëve', 'civile', 'popullsi civile'],
  climate: [
    'klimë', 'klima', 'klimës', 'klimën', 'klimatik', 'klimatike', 'klimatikë', 'ndryshimet klimatike',
  ],
  'climate change': [
    'ndryshime klimatike', 'ndryshimet klimatike', 'ndryshimeve klimatike', 'ndryshim klimatik', 'klimatike',
    'klimës', 'ngrohje globale',
  ],
  club: ['klub', 'klubi', 'klubit', 'klubin', 'klube', 'klubet', 'klubeve', 'skuadër', 'skuadra'],
  coach: ['trajner', 'trajneri', 'trajnerit', 'trajnerin', 'trajnerë', 'trajnerët', 'trajnere', 'autobus'],
  coal: ['qymyr', 'qymyri', 'qymyrit', 'qymyrin', 'qymyrguri', 'thëngjill', 'minierë qymyri'],
  coalition: [
    'koalicion', 'koalicioni', 'koalicionit', 'koalicionin', 'koalicione', 'koalicionet',
    'koalicionit qeverisës',
  ],
  coast: [
    'bregdet', 'bregdeti', 'bregdetit', 'bregdetin', 'bregdetar', 'bregdetare', 'breg', 'bregu', 'brigjet',
    'bregore',
  ],
  colleague: ['koleg', 'kolegu', 'kolegut', 'kolegë', 'kolegët', 'kolege', 'kolegia'],
  commander: [
    'komandant', 'komandanti', 'komandantit', 'komandantin', 'komandantë', 'komandantët', 'komandues',
    'komanduesi', 'komandë',
  ],
  commission: [
    'komision', 'komisioni', 'komisionit', 'komisionin', 'komisione', 'komisionet', 'komisionar',
    'komisionari', 'provizion',
  ],
  commitment: [
    'angazhim', 'angazhimi', 'angazhimit', 'angazhimin', 'angazhime', 'angazhimet', 'zotim', 'zotimi',
    'zotimet', 'përkushtim', 'përkushtimi',
  ],
  committee: [
    'komitet', 'komiteti', 'komitetit', 'komitetin', 'komitete', 'komitetet', 'komision', 'komisioni',
    'komisionit',
  ],
  communique: ['komunikatë', 'komunikata', 'komunikatës', 'komunikatën', 'deklaratë e përbashkët'],
  community: [
    'komunitet', 'komuniteti', 'komunitetit', 'komunitetin', 'komunitete', 'komunitetet', 'komuniteteve',
    'bashkësi', 'bashkësia', 'bashkësisë',
  ],
  company: [
    'kompani', 'kompania', 'kompanisë', 'kompaninë', 'kompanitë', 'kompanive', 'kompanish', 'firmë', 'firma',
    'firmës', 'shoqëri', 'shoqëria', 'shoqërisë', 'ndërmarrje',
  ],
  component: [
    'komponent', 'komponenti', 'komponentit', 'komponentë', 'komponentët', 'komponentëve', 'pjesë',
    'pjesë përbërëse', 'përbërës',
  ],
  computer: [
    'kompjuter', 'kompjuteri', 'kompjuterit', 'kompjuterin', 'kompjuterë', 'kompjuterët', 'kompjuterëve',
    'kompjuterik', 'kompjuterike', 'informatik',
  ],
  concern: [
    'shqetësim', 'shqetësimi', 'shqetësimin', 'shqetësimit', 'shqetësime', 'shqetësimet', 'shqetësimeve',
    'brengë', 'merak',
  ],
  condition: [
    'kusht', 'kushti', 'kushtit', 'kushtin', 'kushte', 'kushtet', 'kushteve', 'gjendje', 'gjendja',
    'gjendjen', 'gjendjes',
  ],
  conference: [
    'konferencë', 'konferenca', 'konferencës', 'konferencën', 'konferencat', 'konferencave', 'samit',
  ],
  conflict: [
    'konflikt', 'konflikti', 'konfliktit', 'konfliktin', 'konflikte', 'konfliktet', 'konflikteve',
    'konfliktual', 'luftë',
  ],
  conscription: [
    'rekrutim', 'rekrutimi', 'rekrutimit', 'shërbim ushtarak', 'shërbimi ushtarak i detyrueshëm',
    'detyrueshëm', 'thirrje nën armë',
  ],
  consequence: [
    'pasojë', 'pasoja', 'pasojës', 'pasojën', 'pasojat', 'pasojave', 'rrjedhojë', 'rrjedhojat', 'efekt',
  ],
  constitution: [
    'kushtetutë', 'kushtetuta', 'kushtetutës', 'kushtetutën', 'kushtetues', 'kushtetuese', 'kushtetutshmëri',
  ],
  consulate: [
    'konsullatë', 'konsullata', 'konsullatës', 'konsullatën', 'konsull', 'konsulli', 'konsullor',
    'konsullore',
  ],
  consumer: [
    'konsumator', 'konsumatori', 'konsumatorit', 'konsumatorë', 'konsumatorët', 'konsumatorëve', 'konsum',
    'konsumi', 'blerës',
  ],
  container: ['kontejner', 'kontejneri', 'kontejnerit', 'kontejnerë', 'kontejnerët', 'kontejnerëve'],
  context: ['kontekst', 'konteksti', 'kontekstit', 'kontekstin', 'kuadër', 'kuadri', 'kuadrin', 'rrethana'],
  contract: [
    'kontratë', 'kontrata', 'kontratës', 'kontratën', 'kontratat', 'kontratave', 'kontraktor', 'kontraktori',
    'marrëveshje',
  ],
  controversy: [
    'polemikë', 'polemika', 'polemikat', 'debat', 'debati', 'kontroversë', 'kontroversa', 'mosmarrëveshje',
    'përplasje',
  ],
  cooperation: [
    'bashkëpunim', 'bashkëpunimi', 'bashkëpunimin', 'bashkëpunimit', 'bashkëpunime', 'bashkëpunimet',
    'bashkëpunimeve', 'bashkëpunues',
  ],
  corporation: [
    'korporatë', 'korporata', 'korporatës', 'korporatën', 'korporatat', 'korporatave', 'kompani',
    'shoqëri aksionare',
  ],
  corruption: [
    'korrupsion', 'korrupsioni', 'korrupsionit', 'korrupsionin', 'korruptiv', 'korruptive', 'korruptim',
    'korruptuar', 'antikorrupsion',
  ],
  council: [
    'këshill', 'këshilli', 'këshillit', 'këshillin', 'këshilla', 'këshillat', 'këshilltar', 'këshilltarët',
  ],
  counteroffensive: [
    'kundërofensivë', 'kundërofensiva', 'kundërofensivës', 'kundërofensivën', 'kundërsulm', 'kundërsulmi',
  ],
  counterpart: [
    'homolog', 'homologu', 'homologut', 'homologun', 'homologë', 'homologët', 'homologe', 'homologia',
    'homologes',
  ],
  country: [
    'vend', 'vendi', 'vendit', 'vendin', 'vende', 'vendet', 'vendeve', 'vendesh', 'shtet', 'shteti',
    'shtetit', 'shtete', 'shtetet',
  ],
  coup: [
    'grusht shteti', 'grushti i shtetit', 'grushtit të shtetit', 'grusht', 'grushti', 'puç', 'puçi', 'puçit',
  ],
  court: [
    'gjykatë', 'gjykata', 'gjykatës', 'gjykatën', 'gjykatat', 'gjykatave', 'gjyq', 'gjyqi', 'gjyqit',
    'gjyqin', 'gjyqësor', 'gjyqësore', 'gjykim',
  ],
  covid: [
    'covid', 'koronavirus', 'koronavirusi', 'koronavirusit', 'pandemi', 'pandemia', 'pandemisë', 'sars',
  ],
  crew: ['ekuipazh', 'ekuipazhi', 'ekuipazhit', 'ekuipazhin', 'anëtarët e ekuipazhit', 'personel'],
  crime: [
    'krim', 'krimi', 'krimit', 'krimin', 'krime', 'krimet', 'krimeve', 'krimesh', 'kriminalitet',
    'kriminaliteti', 'vepër penale', 'vepra penale',
  ],
  criminal: [
    'kriminel', 'kriminelë', 'kriminelët', 'kriminelëve', 'kriminal', 'kriminale', 'penal', 'penale',
    'penalisht',
  ],
  crisis: ['krizë', 'kriza', 'krizës', 'krizën', 'krizat', 'krizave', 'krizash'],
  critic: ['kritik', 'kritiku', 'kritikë', 'kritikët', 'kritikues', 'kritikuesit'],
  criticism: [
    'kritikë', 'kritika', 'kritikat', 'kritikave', 'kritikën', 'kritikoi', 'kritikuar', 'kritikues',
  ],
  'cruise missile': [
    'raketë lundruese', 'raketa lundruese', 'raketat lundruese', 'raketave lundruese', 'raketë krahore',
    'raketa krahore', 'lundruese', 'raketë', 'raketa',
  ],
  'cruise missiles': [
    'raketë lundruese', 'raketa lundruese', 'raketat lundruese', 'raketave lundruese', 'raketë krahore',
    'raketa krahore', 'lundruese', 'raketë', 'raketa',
  ],
  culture: ['kulturë', 'kultura', 'kulturës', 'kulturën', 'kulturat', 'kulturor', 'kulturore', 'kulturorë'],
  cup: ['kupë', 'kupa', 'kupës', 'kupën', 'kupat', 'trofe', 'trofeu'],
  currency: [
    'monedhë', 'monedha', 'monedhës', 'monedhën', 'monedhat', 'monedhave', 'valutë', 'valuta', 'valutës',
    'valutat', 'valutor',
  ],
  custody: [
    'paraburgim', 'paraburgimi', 'paraburgimit', 'paraburgimin', 'arrest', 'arrest shtëpiak', 'kujdestari',
    'kujdestaria', 'ndalim',
  ],
  customs: [
    'doganë', 'dogana', 'doganës', 'doganën', 'doganat', 'doganave', 'doganor', 'doganore', 'doganorë',
    'doganierët', 'zakone', 'tradita',
  ],
  cyber: [
    'kibernetik', 'kibernetike', 'kibernetikë', 'kiber', 'siguri kibernetike', 'hapësirë kibernetike',
    'hakerë', 'hakerim',
  ],
  cyberattack: [
    'sulm kibernetik', 'sulmi kibernetik', 'sulme kibernetike', 'sulmet kibernetike', 'sulmeve kibernetike',
    'kibernetik', 'kibernetike', 'hakerim',
  ],
  danger: [
    'rrezik', 'rreziku', 'rrezikut', 'rrezikun', 'rreziqe', 'rreziqet', 'rreziqeve', 'i rrezikshëm',
    'rrezikshme',
  ],
  data: ['të dhëna', 'të dhënat', 'të dhënave', 'dhëna', 'dhënat', 'statistika', 'statistikat'],
  daughter: ['vajzë', 'vajza', 'vajzës', 'vajzën', 'bijë', 'bija', 'bijës'],
  death: [
    'vdekje', 'vdekja', 'vdekjes', 'vdekjen', 'vdekjet', 'vdekjeve', 'i vdekur', 'të vdekur', 'vdiq',
    'humbi jetën', 'viktimë',
  ],
  'death toll': [
    'numri i të vdekurve', 'numri i viktimave', 'numrin e viktimave', 'bilanci i viktimave', 'bilanci',
    'të vdekurve', 'viktimave', 'të vdekur', 'viktima',
  ],
  deaths: [
    'vdekje', 'vdekjet', 'vdekjeve', 'të vdekur', 'të vdekurit', 'të vdekurve', 'viktima', 'viktimat',
    'viktimave', 'të vrarë',
  ],
  debt: [
    'borxh', 'borxhi', 'borxhit', 'borxhin', 'borxhe', 'borxhet', 'borxheve', 'detyrim', 'detyrime',
    'detyrimet', 'huamarrje',
  ],
  decision: ['vendim', 'vendimi', 'vendimit', 'vendimin', 'vendime', 'vendimet', 'vendimeve', 'vendimmarrje'],
  declaration: [
    'deklaratë', 'deklarata', 'deklaratës', 'deklaratën', 'deklaratat', 'deklaratave', 'shpallje',
    'shpallja', 'shpalljen',
  ],
  decree: [
    'dekret', 'dekreti', 'dekretit', 'dekretin', 'dekrete', 'dekretet', 'urdhër', 'urdhëresë', 'vendim',
  ],
  defence: [
    'mbrojtje', 'mbrojtja', 'mbrojtjes', 'mbrojtjen', 'mbrojtës', 'mbrojtëse', 'ushtarak', 'ushtarake',
    'mbrojtjeje',
  ],
  'defence minister': [
    'ministër i mbrojtjes', 'ministri i mbrojtjes', 'ministrit të mbrojtjes', 'ministre e mbrojtjes',
    'ministrja e mbrojtjes', 'mbrojtjes',
  ],
  'defence ministry': [
    'ministria e mbrojtjes', 'ministrisë së mbrojtjes', 'ministrinë e mbrojtjes', 'ministri i mbrojtjes',
    'mbrojtjes',
  ],
  defendant: [
    'i pandehur', 'i pandehuri', 'të pandehur', 'të pandehurit', 'të pandehurve', 'e pandehura', 'i akuzuar',
    'të akuzuar',
  ],
  defense: [
    'mbrojtje', 'mbrojtja', 'mbrojtjes', 'mbrojtjen', 'mbrojtës', 'mbrojtëse', 'ushtarak', 'ushtarake',
    'mbrojtjeje',
  ],
  'defense minister': [
    'ministër i mbrojtjes', 'ministri i mbrojtjes', 'ministrit të mbrojtjes', 'ministre e mbrojtjes',
    'ministrja e mbrojtjes', 'mbrojtjes',
  ],
  'defense ministry': [
    'ministria e mbrojtjes', 'ministrisë së mbrojtjes', 'ministrinë e mbrojtjes', 'ministri i mbrojtjes',
    'mbrojtjes',
  ],
  deficit: ['deficit', 'deficiti', 'deficitit', 'deficitin', 'deficite', 'mungesë'],
  delegate: ['delegat', 'delegati', 'delegatë', 'delegatët', 'delegatëve', 'përfaqësues'],
  delegation: [
    'delegacion', 'delegacioni', 'delegacionit', 'delegacionin', 'delegacione', 'delegacionet',
    'delegacioneve', 'delegatë',
  ],
  democracy: [
    'demokraci', 'demokracia', 'demokracisë', 'demokracinë', 'demokracitë', 'demokratik', 'demokratike',
  ],
  denuclearisation: [
    'denuklearizim', 'denuklearizimi', 'denuklearizimit', 'denuklearizimin', 'çnuklearizim',
    'çarmatim bërthamor',
  ],
  denuclearization: [
    'denuklearizim', 'denuklearizimi', 'denuklearizimit', 'denuklearizimin', 'çnuklearizim',
    'çarmatim bërthamor',
  ],
  deputy: [
    'zëvendës', 'zëvendësi', 'zëvendësit', 'deputet', 'deputeti', 'deputetit', 'deputetë', 'deputetët',
    'deputetëve', 'deputete',
  ],
  'deputy minister': [
    'zëvendësministër', 'zëvendësministri', 'zëvendësministrit', 'zëvendësministrin', 'zëvendësministre',
    'zëvendësministrja', 'zëvendësministra',
  ],
  'deputy prime': [
    'zëvendëskryeministër', 'zëvendëskryeministri', 'zëvendëskryeministrit', 'zëvendëskryeministrin',
    'zëvendëskryeministre', 'zëvendëskryeministrja',
  ],
  detail: [
    'detaj', 'detaji', 'detajin', 'detaje', 'detajet', 'detajeve', 'hollësi', 'hollësitë', 'hollësive',
    'imtësi',
  ],
  detention: [
    'paraburgim', 'paraburgimi', 'paraburgimit', 'paraburgimin', 'ndalim', 'ndalimi', 'arrest',
    'qendër ndalimi', 'mbajtje',
  ],
  deterrence: [
    'parandalim', 'parandalimi', 'parandalimit', 'frenim', 'frenimi', 'frenues', 'frenuese', 'zmbrapsje',
    'forcë parandaluese',
  ],
  development: [
    'zhvillim', 'zhvillimi', 'zhvillimit', 'zhvillimin', 'zhvillime', 'zhvillimet', 'zhvillimeve', 'ecuri',
  ],
  dialog: ['dialog', 'dialogu', 'dialogut', 'dialogun', 'dialogje', 'bisedime'],
  dialogue: ['dialog', 'dialogu', 'dialogut', 'dialogun', 'dialogje', 'bisedime'],
  dictator: ['diktator', 'diktatori', 'diktatorit', 'diktatorin', 'diktatorë', 'diktaturë'],
  dictatorship: ['diktaturë', 'diktatura', 'diktaturës', 'diktaturën', 'diktatori', 'regjim'],
  difference: ['ndryshim', 'ndryshimi', 'dallim', 'dallimi', 'dallime', 'dallimet', 'diferencë', 'diferenca'],
  digital: ['dixhital', 'dixhitale', 'digjital', 'digjitale', 'elektronik', 'elektronike', 'online'],
  diplomacy: ['diplomaci', 'diplomacia', 'diplomacisë', 'diplomacinë', 'diplomatik', 'diplomatike'],
  diplomat: [
    'diplomat', 'diplomati', 'diplomatit', 'diplomatin', 'diplomatë', 'diplomatët', 'diplomatëve',
    'diplomate',
  ],
  director: [
    'drejtor', 'drejtori', 'drejtorit', 'drejtorin', 'drejtorë', 'drejtorët', 'drejtoreshë', 'drejtoresha',
    'drejtues', 'drejtuesi',
  ],
  disaster: [
    'katastrofë', 'katastrofa', 'katastrofës', 'katastrofën', 'katastrofat', 'fatkeqësi', 'fatkeqësia',
    'fatkeqësisë', 'fatkeqësitë', 'fatkeqësi natyrore',
  ],
  discrimination: [
    'diskriminim', 'diskriminimi', 'diskriminimit', 'diskriminimin', 'diskriminues', 'diskriminuese',
    'diskriminohen',
  ],
  disease: [
    'sëmundje', 'sëmundja', 'sëmundjes', 'sëmundjen', 'sëmundjet', 'sëmundjeve', 'sëmundjesh', 'i sëmurë',
    'të sëmurë',
  ],
  disinformation: [
    'dezinformim', 'dezinformimi', 'dezinformimit', 'dezinformata', 'dezinformatat', 'lajme të rreme',
    'propagandë',
  ],
  district: [
    'rreth', 'rrethi', 'rrethit', 'rrethin', 'rrethe', 'distrikt', 'distrikti', 'qark', 'qarku', 'qarkut',
    'lagje', 'lagjja', 'njësi administrative',
  ],
  division: ['divizion', 'divizioni', 'divizionit', 'divizionin', 'ndarje', 'ndarja', 'ndarjen', 'përçarje'],
  doctor: ['mjek', 'mjeku', 'mjekut', 'mjekun', 'mjekë', 'mjekët', 'mjekëve', 'mjeke', 'doktor', 'doktori'],
  document: [
    'dokument', 'dokumenti', 'dokumentit', 'dokumentin', 'dokumente', 'dokumentet', 'dokumenteve',
    'dokumentacion', 'shkresë', 'shkresa',
  ],
  'domestic violence': [
    'dhunë në familje', 'dhuna në familje', 'dhunës në familje', 'dhunë familjare', 'dhuna familjare',
    'familjare',
  ],
  draw: [
    'barazim', 'barazimi', 'barazimin', 'barazoi', 'barazuan', 'barazim pa gola', 'short', 'shorti',
    'shortin', 'tërheq',
  ],
  drill: [
    'stërvitje', 'stërvitja', 'stërvitjes', 'stërvitjen', 'stërvitjet', 'stërvitjeve', 'ushtrime',
    'ushtrimet', 'ushtrimeve', 'manovra', 'manovrat',
  ],
  drills: [
    'stërvitje', 'stërvitjet', 'stërvitjeve', 'ushtrime', 'ushtrimet', 'ushtrimeve', 'manovra', 'manovrat',
    'manovrave',
  ],
  drone: [
    'dron', 'droni', 'dronit', 'dronin', 'dronë', 'dronët', 'dronëve', 'avion pa pilot', 'avionë pa pilot',
    'mjete ajrore pa pilot',
  ],
  drought: ['thatësirë', 'thatësira', 'thatësirës', 'thatësirën', 'thatësirat', 'mungesë shiu'],
  drug: [
    'drogë', 'droga', 'drogës', 'drogën', 'drogat', 'drogave', 'narkotik', 'narkotikë', 'narkotikët',
    'narkotikëve', 'narkotrafik', 'ilaç', 'ilaçe', 'barna',
  ],
  earthquake: [
    'tërmet', 'tërmeti', 'tërmetit', 'tërmetin', 'tërmete', 'tërmetet', 'tërmeteve', 'lëkundje', 'lëkundjet',
    'sizmik', 'sizmike', 'magnitudë',
  ],
  economy: [
    'ekonomi', 'ekonomia', 'ekonomisë', 'ekonominë', 'ekonomitë', 'ekonomive', 'ekonomik', 'ekonomike',
    'ekonomikë', 'ekonomikisht',
  ],
  education: [
    'arsim', 'arsimi', 'arsimit', 'arsimin', 'arsimor', 'arsimore', 'edukim', 'edukimi', 'edukimit',
    'shkollim', 'shkollimi',
  ],
  effect: [
    'efekt', 'efekti', 'efektit', 'efektin', 'efekte', 'efektet', 'efekteve', 'ndikim', 'ndikimi', 'pasojë',
  ],
  effort: [
    'përpjekje', 'përpjekja', 'përpjekjes', 'përpjekjen', 'përpjekjet', 'përpjekjeve', 'mundim', 'angazhim',
  ],
  election: [
    'zgjedhje', 'zgjedhjet', 'zgjedhjeve', 'zgjedhjesh', 'zgjedhjen', 'zgjedhja', 'zgjedhor', 'zgjedhore',
    'zgjedhorë', 'votime', 'votimet',
  ],
  electorate: ['elektorat', 'elektorati', 'elektoratit', 'elektoratin', 'votues', 'votuesit', 'zgjedhësit'],
  electricity: [
    'energji elektrike', 'energjia elektrike', 'energjisë elektrike', 'energjinë elektrike', 'rrymë',
    'rryma', 'rrymës', 'elektrike', 'elektricitet', 'elektriciteti',
  ],
  embargo: ['embargo', 'embargoja', 'embargos', 'embargon', 'ndalim', 'ndalimi', 'bllokadë'],
  embassy: [
    'ambasadë', 'ambasada', 'ambasadës', 'ambasadën', 'ambasadat', 'ambasadave', 'përfaqësi diplomatike',
  ],
  emergency: [
    'emergjencë', 'emergjenca', 'emergjencës', 'emergjencën', 'emergjent', 'emergjente', 'urgjencë',
    'urgjenca', 'gjendje e jashtëzakonshme', 'jashtëzakonshme',
  ],
  emission: [
    'emetim', 'emetimi', 'emetime', 'emetimet', 'emetimeve', 'shkarkim', 'shkarkime', 'shkarkimet', 'gazra',
  ],
  emissions: [
    'emetime', 'emetimet', 'emetimeve', 'shkarkime', 'shkarkimet', 'gazra serrë', 'emetimet e karbonit',
  ],
  employee: [
    'punonjës', 'punonjësi', 'punonjësit', 'punonjësve', 'punonjëse', 'i punësuar', 'të punësuarit',
    'të punësuar',
  ],
  employment: ['punësim', 'punësimi', 'punësimit', 'punësimin', 'vende pune', 'vendet e punës', 'punë'],
  enemy: [
    'armik', 'armiku', 'armikut', 'armikun', 'armiq', 'armiqtë', 'armiqve', 'armiqësor', 'armiqësore',
    'kundërshtar',
  ],
  energy: [
    'energji', 'energjia', 'energjisë', 'energjinë', 'energjitë', 'energjetik', 'energjetike', 'energjetikë',
    'energjitik', 'energjitike',
  ],
  engineer: [
    'inxhinier', 'inxhinieri', 'inxhinierit', 'inxhinierë', 'inxhinierët', 'inxhinierëve', 'inxhiniere',
  ],
  enrichment: ['pasurim', 'pasurimi', 'pasurimit', 'pasurimin', 'pasuruar', 'i pasuruar', 'uranium'],
  enterprise: [
    'ndërmarrje', 'ndërmarrja', 'ndërmarrjes', 'ndërmarrjen', 'ndërmarrjet', 'ndërmarrjeve', 'sipërmarrje',
    'sipërmarrja', 'biznes',
  ],
  entities: [
    'entitete', 'entitetet', 'entiteteve', 'subjekte', 'subjektet', 'subjekteve', 'kompani', 'kompanitë',
    'kompanive', 'individë', 'individët',
  ],
  entity: [
    'entitet', 'entiteti', 'entitetit', 'entitetin', 'entitete', 'entitetet', 'entiteteve', 'subjekt',
    'subjekti', 'subjekte', 'subjektet', 'subjekteve',
  ],
  environment: [
    'mjedis', 'mjedisi', 'mjedisit', 'mjedisin', 'mjedise', 'mjedisor', 'mjedisore', 'ambient', 'ambienti',
    'natyrë',
  ],
  envoy: [
    'i dërguar', 'i dërguari', 'të dërguarit', 'emisar', 'emisari', 'emisarit', 'përfaqësues special',
    'përfaqësuesi special',
  ],
  epidemic: ['epidemi', 'epidemia', 'epidemisë', 'epideminë', 'epidemitë', 'shpërthim', 'infeksion'],
  equality: ['barazi', 'barazia', 'barazisë', 'barazinë', 'i barabartë', 'të barabarta', 'barabartë'],
  equipment: [
    'pajisje', 'pajisja', 'pajisjes', 'pajisjen', 'pajisjet', 'pajisjeve', 'pajisjesh', 'mjete', 'armatim',
    'aparatura',
  ],
  espionage: ['spiunazh', 'spiunazhi', 'spiunazhit', 'spiunazhin', 'spiunim', 'spiun', 'spiunë'],
  evacuation: ['evakuim', 'evakuimi', 'evakuimit', 'evakuimin', 'evakuime', 'evakuuar', 'evakuoi'],
  event: [
    'ngjarje', 'ngjarja', 'ngjarjes', 'ngjarjen', 'ngjarjet', 'ngjarjeve', 'eveniment', 'evenimenti',
    'aktivitet', 'aktiviteti',
  ],
  evidence: [
    'prova', 'provat', 'provave', 'provë', 'dëshmi', 'dëshmitë', 'dëshmive', 'evidencë', 'evidenca', 'fakte',
  ],
  example: ['shembull', 'shembulli', 'shembullin', 'shembuj', 'shembujt', 'shembujve', 'rast'],
  'in return': ['në këmbim', 'këmbim', 'këmbimi'],
  'exchange rate': ['kurs këmbimi', 'kursi i këmbimit', 'kursit të këmbimit', 'kurs', 'kursi', 'këmbimit'],
  exercise: [
    'stërvitje', 'stërvitja', 'stërvitjes', 'stërvitjen', 'stërvitjet', 'stërvitjeve', 'ushtrim', 'ushtrime',
    'ushtrimet', 'ushtrimeve', 'manovra',
  ],
  exercises: [
    'stërvitje', 'stërvitjet', 'stërvitjeve', 'ushtrime', 'ushtrimet', 'ushtrimeve', 'manovra', 'manovrat',
    'manovrave',
  ],
  expert: [
    'ekspert', 'eksperti', 'ekspertit', 'ekspertë', 'ekspertët', 'ekspertëve', 'eksperte', 'specialist',
    'specialistë', 'specialistët',
  ],
  explosion: [
    'shpërthim', 'shpërthimi', 'shpërthimit', 'shpërthimin', 'shpërthime', 'shpërthimet', 'eksplodim',
    'eksplodimi', 'eksplozion', 'shpërtheu',
  ],
  explosive: [
    'eksploziv', 'eksplozivi', 'eksplozive', 'eksplozivët', 'lëndë plasëse', 'lëndë eksplozive',
    'mjet shpërthyes', 'shpërthyes', 'shpërthyese',
  ],
  extradition: [
    'ekstradim', 'ekstradimi', 'ekstradimit', 'ekstradimin', 'ekstradoj', 'ekstradoi', 'ekstraduar',
    'dorëzim',
  ],
  facility: [
    'objekt', 'objekti', 'objektit', 'objektin', 'objekte', 'objektet', 'objekteve', 'impiant', 'impianti',
    'instalim', 'instalime', 'strukturë',
  ],
  fact: ['fakt', 'fakti', 'faktit', 'faktin', 'fakte', 'faktet', 'fakteve', 'e vërtetë', 'realitet'],
  factory: [
    'fabrikë', 'fabrika', 'fabrikës', 'fabrikën', 'fabrikat', 'fabrikave', 'uzinë', 'uzina', 'uzinës',
    'uzinat', 'impiant',
  ],
  failure: [
    'dështim', 'dështimi', 'dështimit', 'dështimin', 'dështime', 'dështimet', 'mossukses', 'defekt', 'avari',
  ],
  family: [
    'familje', 'familja', 'familjes', 'familjen', 'familjet', 'familjeve', 'familjar', 'familjare',
    'familjarë', 'familjarët',
  ],
  fan: ['tifoz', 'tifozi', 'tifozët', 'tifozë', 'tifozëve', 'tifoze', 'adhurues', 'adhuruesit', 'adhuruesve'],
  farmer: ['fermer', 'fermeri', 'fermerit', 'fermerë', 'fermerët', 'fermerëve', 'bujk', 'bujqit'],
  father: ['baba', 'babai', 'babait', 'at', 'ati', 'atit', 'prind'],
  festival: ['festival', 'festivali', 'festivalit', 'festivalin', 'festivale', 'festivalet'],
  fighter: [
    'luftëtar', 'luftëtari', 'luftëtarë', 'luftëtarët', 'luftëtarëve', 'militant', 'militantë',
    'avion luftarak',
  ],
  'fighter jet': [
    'avion luftarak', 'avioni luftarak', 'avionë luftarakë', 'avionët luftarakë', 'avionëve luftarakë',
    'luftarak', 'luftarakë', 'gjuajtës',
  ],
  'fighter jets': [
    'avion luftarak', 'avioni luftarak', 'avionë luftarakë', 'avionët luftarakë', 'avionëve luftarakë',
    'luftarak', 'luftarakë', 'gjuajtës',
  ],
  figure: ['shifër', 'shifra', 'shifrës', 'shifrat', 'shifrave', 'numër', 'figurë', 'figura', 'personalitet'],
  film: ['film', 'filmi', 'filmit', 'filmin', 'filma', 'filmat', 'filmave', 'kinema', 'kinematografi'],
  final: [
    'finale', 'finalja', 'finales', 'finalen', 'finalet', 'përfundimtar', 'përfundimtare', 'përfundimtarë',
    'i fundit',
  ],
  finance: [
    'financë', 'financa', 'financat', 'financave', 'financiar', 'financiare', 'financoj', 'financim',
    'financimi', 'financimin',
  ],
  fine: [
    'gjobë', 'gjoba', 'gjobës', 'gjobën', 'gjobat', 'gjobave', 'gjobit', 'gjobiti', 'gjobitur', 'gjobitet',
  ],
  firearm: ['armë zjarri', 'armët e zjarrit', 'armë', 'armëve', 'pistoletë', 'pistoleta', 'pushkë'],
  firm: [
    'firmë', 'firma', 'firmës', 'firmën', 'firmat', 'firmave', 'kompani', 'kompania', 'i vendosur',
    'i fortë',
  ],
  'first lady': [
    'zonja e parë', 'zonjës së parë', 'zonjën e parë', 'zonja', 'zonjës', 'bashkëshortja e presidentit',
  ],
  fleet: ['flotë', 'flota', 'flotës', 'flotën', 'flotat', 'flotilje', 'flotilja'],
  flight: [
    'fluturim', 'fluturimi', 'fluturimit', 'fluturimin', 'fluturime', 'fluturimet', 'fluturimeve',
    'linjë ajrore', 'ikje', 'arratisje',
  ],
  flood: [
    'përmbytje', 'përmbytja', 'përmbytjes', 'përmbytjen', 'përmbytjet', 'përmbytjeve', 'vërshim', 'vërshime',
    'përmbyt', 'përmbyti', 'përmbytur', 'përmbyten',
  ],
  food: [
    'ushqim', 'ushqimi', 'ushqimit', 'ushqimin', 'ushqime', 'ushqimet', 'ushqimeve', 'ushqimor', 'ushqimore',
    'ushqimorë', 'prodhime ushqimore',
  ],
  footage: ['pamje', 'pamjet', 'pamjeve', 'video', 'videoja', 'videot', 'regjistrim', 'regjistrime'],
  football: [
    'futboll', 'futbolli', 'futbollit', 'futbollin', 'futbollist', 'futbollistë', 'futbollistët',
    'futbollistik',
  ],
  'foreign policy': [
    'politikë e jashtme', 'politika e jashtme', 'politikës së jashtme', 'politikën e jashtme', 'jashtme',
  ],
  forest: ['pyll', 'pylli', 'pyllit', 'pyllin', 'pyje', 'pyjet', 'pyjeve', 'pyjor', 'pyjore', 'pyjorë'],
  founder: ['themelues', 'themeluesi', 'themeluesit', 'themeluese', 'themeluesja'],
  fraud: [
    'mashtrim', 'mashtrimi', 'mashtrimit', 'mashtrimin', 'mashtrime', 'mashtrimet', 'mashtrues',
    'mashtruesit', 'zhvatje', 'falsifikim', 'abuzim',
  ],
  freedom: ['liri', 'liria', 'lirisë', 'lirinë', 'liritë', 'lirive', 'i lirë', 'pavarësi'],
  friend: ['mik', 'miku', 'mikut', 'mikun', 'miq', 'miqtë', 'miqve', 'shok', 'shoku', 'mike'],
  friendship: ['miqësi', 'miqësia', 'miqësisë', 'miqësinë', 'miqësor', 'miqësore'],
  front: ['front', 'fronti', 'frontit', 'frontin', 'fronte', 'vija e frontit', 'vijës së frontit', 'ballë'],
  frontline: [
    'vija e frontit', 'vijën e frontit', 'vijës së frontit', 'front', 'fronti', 'frontit', 'frontin',
    'vijë fronti',
  ],
  fuel: [
    'karburant', 'karburanti', 'karburantit', 'karburantin', 'karburante', 'karburantet', 'lëndë djegëse',
    'naftë', 'benzinë', 'gaz',
  ],
  funeral: [
    'funeral', 'funerali', 'funeralit', 'funeralin', 'varrim', 'varrimi', 'varrimit', 'varrimin',
    'ceremoni mortore', 'homazh', 'homazhe',
  ],
  future: [
    'e ardhme', 'e ardhmja', 'të ardhmen', 'të ardhmes', 'ardhshëm', 'i ardhshëm', 'e ardhshme',
    'të ardhshme', 'ardhme',
  ],
  game: ['lojë', 'loja', 'lojës', 'lojën', 'lojëra', 'lojërat', 'ndeshje', 'ndeshja', 'ndeshjen', 'ndeshjes'],
  gang: [
    'bandë', 'banda', 'bandës', 'bandën', 'bandat', 'bandave', 'grup kriminal', 'grupi kriminal',
    'grupe kriminale',
  ],
  gas: [
    'gaz', 'gazi', 'gazit', 'gazin', 'gaze', 'gazet', 'gazsjellës', 'gaz natyror', 'gazi natyror',
    'gazit natyror',
  ],
  gasoline: ['benzinë', 'benzina', 'benzinës', 'benzinën', 'karburant', 'karburanti', 'naftë'],
  gdp: [
    'pbb', 'prodhimi i brendshëm bruto', 'prodhimit të brendshëm bruto', 'prodhim i brendshëm bruto',
    'bruto',
  ],
  gender: ['gjini', 'gjinia', 'gjinisë', 'gjininë', 'gjinor', 'gjinore', 'barazi gjinore'],
  general: [
    'gjeneral', 'gjenerali', 'gjeneralit', 'gjeneralin', 'gjeneralë', 'gjeneralët', 'i përgjithshëm',
    'përgjithshëm', 'përgjithshme',
  ],
  'general staff': [
    'shtabi i përgjithshëm', 'shtabit të përgjithshëm', 'shtab i përgjithshëm', 'shtabi', 'shtabit',
    'përgjithshëm',
  ],
  genocide: ['gjenocid', 'gjenocidi', 'gjenocidit', 'gjenocidin', 'spastrim etnik', 'spastrimi etnik'],
  girl: ['vajzë', 'vajza', 'vajzës', 'vajzën', 'vajzat', 'vajzave'],
  goal: [
    'qëllim', 'qëllimi', 'qëllimit', 'qëllimin', 'qëllime', 'synim', 'synimi', 'objektiv', 'objektivi',
    'gol', 'goli', 'golin', 'golat', 'gola',
  ],
  gold: ['ar', 'ari', 'arit', 'arin', 'i artë', 'e artë', 'artë', 'medalje ari'],
  goods: ['mallra', 'mallrat', 'mallrave', 'mall', 'malli', 'produkte', 'produktet', 'produkteve', 'artikuj'],
  government: [
    'qeveri', 'qeveria', 'qeverisë', 'qeverinë', 'qeveritë', 'qeverive', 'qeveritar', 'qeveritare',
    'qeveritarë', 'ekzekutiv', 'ekzekutivi', 'kabinet',
  ],
  governor: [
    'guvernator', 'guvernatori', 'guvernatorit', 'guvernatorin', 'guvernatorë', 'prefekt', 'prefekti',
  ],
  grain: ['drithë', 'drithëra', 'drithërat', 'drithërave', 'grurë', 'gruri', 'grurit', 'misër', 'grurin'],
  grenade: ['granatë', 'granata', 'granatës', 'granatën', 'granatat', 'granatave', 'bombë dore'],
  grid: [
    'rrjet', 'rrjeti', 'rrjetit', 'rrjetin', 'rrjet elektrik', 'rrjeti elektrik', 'rrjetit elektrik',
    'rrjeti energjetik',
  ],
  group: [
    'grup', 'grupi', 'grupit', 'grupin', 'grupe', 'grupet', 'grupeve', 'grupesh', 'grupim', 'grupimi',
    'grupime',
  ],
  growth: [
    'rritje', 'rritja', 'rritjes', 'rritjen', 'rritje ekonomike', 'rritja ekonomike', 'zhvillim', 'zgjerim',
  ],
  guest: ['mysafir', 'mysafiri', 'mysafirë', 'i ftuar', 'të ftuar', 'të ftuarit', 'mik'],
  gun: [
    'armë', 'arma', 'armën', 'armës', 'armët', 'armëve', 'armë zjarri', 'pistoletë', 'pistoleta', 'pushkë',
    'top', 'topa',
  ],
  hacker: [
    'haker', 'hakeri', 'hakerit', 'hakerë', 'hakerët', 'hakerëve', 'hakerat', 'hakerave', 'hakerim',
    'pirat informatik',
  ],
  hate: ['urrejtje', 'urrejtja', 'urrejtjes', 'urrejtjen', 'urrej', 'urren', 'gjuhë e urrejtjes'],
  head: [
    'kreu', 'krye', 'kryet', 'shef', 'shefi', 'shefit', 'shefin', 'drejtues', 'drejtuesi', 'drejtuesit',
    'kryetar', 'kryetari', 'drejton', 'drejtoi', 'kryeson', 'kokë', 'koka', 'kokën',
  ],
  headline: ['titull', 'titulli', 'titullin', 'titujt', 'titujve', 'kryetitull', 'kryefaqe'],
  headquarters: [
    'seli', 'selia', 'selisë', 'selinë', 'shtab', 'shtabi', 'shtabit', 'shtabin', 'qendra', 'zyrat qendrore',
  ],
  health: [
    'shëndet', 'shëndeti', 'shëndetit', 'shëndetin', 'shëndetësi', 'shëndetësia', 'shëndetësisë',
    'shëndetësor', 'shëndetësore', 'shëndetësorë',
  ],
  hearing: [
    'seancë', 'seanca', 'seancës', 'seancën', 'seancat', 'seancave', 'seancë dëgjimore', 'seanca dëgjimore',
    'dëgjimore',
  ],
  heatwave: [
    'valë të nxehti', 'vala e të nxehtit', 'valë nxehtësie', 'vapë', 'vapa', 'vapës', 'i nxehti',
    'temperatura të larta',
  ],
  helicopter: [
    'helikopter', 'helikopteri', 'helikopterit', 'helikopterin', 'helikopterë', 'helikopterët',
    'helikopterëve',
  ],
  heritage: [
    'trashëgimi', 'trashëgimia', 'trashëgimisë', 'trashëgiminë', 'trashëgimi kulturore', 'monument kulture',
  ],
  hero: ['hero', 'heroi', 'heroit', 'heroin', 'heronj', 'heronjtë', 'heroinë', 'heroizëm'],
  highway: [
    'autostradë', 'autostrada', 'autostradës', 'autostradën', 'autostradat', 'rrugë', 'rruga', 'rrugës',
    'rrugë nacionale',
  ],
  history: [
    'histori', 'historia', 'historisë', 'historinë', 'historik', 'historike', 'historikë', 'historian',
    'historianë',
  ],
  home: [
    'shtëpi', 'shtëpia', 'shtëpisë', 'shtëpinë', 'shtëpitë', 'shtëpive', 'banesë', 'banesa', 'atdhe',
    'vendlindje', 'vatër',
  ],
  hospital: [
    'spital', 'spitali', 'spitalit', 'spitalin', 'spitale', 'spitalet', 'spitaleve', 'spitalor', 'spitalore',
    'klinikë', 'qendër spitalore',
  ],
  hostage: ['peng', 'pengu', 'pengut', 'pengun', 'pengje', 'pengjet', 'pengjeve'],
  house: [
    'shtëpi', 'shtëpia', 'shtëpisë', 'shtëpinë', 'shtëpitë', 'shtëpive', 'banesë', 'banesa', 'banesat',
    'dhomë',
  ],
  housing: [
    'strehim', 'strehimi', 'strehimit', 'banesë', 'banesa', 'banesat', 'banesave', 'banim', 'banimi',
    'apartamente',
  ],
  howitzer: ['obus', 'obusi', 'obusë', 'obusët', 'obusëve', 'haubicë', 'haubica', 'haubicat', 'artileri'],
  'human rights': [
    'të drejtat e njeriut', 'të drejtave të njeriut', 'të drejta të njeriut', 'drejtat e njeriut', 'njeriut',
    'të drejtat',
  ],
  'humanitarian aid': [
    'ndihmë humanitare', 'ndihma humanitare', 'ndihmës humanitare', 'ndihmat humanitare',
    'ndihmave humanitare', 'humanitare', 'humanitar',
  ],
  hurricane: ['uragan', 'uragani', 'uraganit', 'uraganin', 'uraganë', 'stuhi', 'ciklon', 'cikloni'],
  husband: ['bashkëshort', 'bashkëshorti', 'bashkëshortit', 'bashkëshortin', 'burrë', 'burri'],
  icbm: [
    'raketë balistike ndërkontinentale', 'raketa balistike ndërkontinentale',
    'raketave balistike ndërkontinentale', 'ndërkontinentale', 'balistike', 'raketë', 'raketa',
  ],
  idea: ['ide', 'ideja', 'idenë', 'idesë', 'idetë', 'ideve', 'koncept', 'mendim'],
  identity: [
    'identitet', 'identiteti', 'identitetit', 'identitetin', 'identitete', 'letërnjoftim',
    'kartë identiteti',
  ],
  immigration: [
    'imigracion', 'imigracioni', 'imigracionit', 'imigrim', 'emigracion', 'emigracioni', 'emigracionit',
    'migracion', 'migracioni', 'migracionit', 'emigrantë',
  ],
  impact: [
    'ndikim', 'ndikimi', 'ndikimit', 'ndikimin', 'ndikime', 'efekt', 'efekti', 'pasojë', 'pasojat',
    'goditje',
  ],
  importance: ['rëndësi', 'rëndësia', 'rëndësisë', 'rëndësinë', 'i rëndësishëm', 'rëndësishme'],
  incident: [
    'incident', 'incidenti', 'incidentit', 'incidentin', 'incidente', 'incidentet', 'incidenteve', 'ngjarje',
    'ngjarja',
  ],
  income: [
    'të ardhura', 'të ardhurat', 'të ardhurave', 'të ardhurash', 'e ardhur', 'të hyra', 'të hyrat', 'pagë',
    'paga',
  ],
  independence: ['pavarësi', 'pavarësia', 'pavarësisë', 'pavarësinë', 'i pavarur', 'pavarur'],
  indictment: ['aktakuzë', 'aktakuza', 'aktakuzës', 'aktakuzën', 'aktakuzat', 'aktakuzave', 'akuzë', 'akuza'],
  industry: [
    'industri', 'industria', 'industrisë', 'industrinë', 'industritë', 'industrive', 'industrial',
    'industriale', 'sektor', 'sektori',
  ],
  infantry: ['këmbësori', 'këmbësoria', 'këmbësorisë', 'këmbësorinë', 'këmbësorë'],
  infection: [
    'infeksion', 'infeksioni', 'infeksionit', 'infeksione', 'infeksionet', 'infektim', 'i infektuar',
    'të infektuar', 'raste',
  ],
  inflation: [
    'inflacion', 'inflacioni', 'inflacionit', 'inflacionin', 'rritje e çmimeve', 'shtrenjtim', 'shtrenjtimi',
    'çmimet',
  ],
  influence: [
    'ndikim', 'ndikimi', 'ndikimit', 'ndikimin', 'ndikime', 'influencë', 'influenca', 'ndikoj', 'ndikon',
    'ndikoi',
  ],
  information: [
    'informacion', 'informacioni', 'informacionit', 'informacionin', 'informacione', 'informacionet',
    'informata', 'informatat', 'të dhëna', 'të dhënat',
  ],
  infrastructure: [
    'infrastrukturë', 'infrastruktura', 'infrastrukturës', 'infrastrukturën', 'infrastrukturor',
    'infrastrukturore', 'infrastrukturat',
  ],
  initiative: [
    'nismë', 'nisma', 'nismës', 'nismën', 'nismat', 'iniciativë', 'iniciativa', 'iniciativës', 'iniciativën',
  ],
  injury: [
    'plagë', 'plaga', 'plagët', 'plagëve', 'lëndim', 'lëndime', 'lëndimet', 'dëmtim', 'dëmtime',
    'i plagosur',
  ],
  innovation: [
    'inovacion', 'inovacioni', 'inovacionit', 'inovacionin', 'inovacione', 'risi', 'risia', 'risitë',
    'novacion', 'inovativ',
  ],
  inspector: [
    'inspektor', 'inspektori', 'inspektorit', 'inspektorë', 'inspektorët', 'inspektorëve', 'inspektore',
  ],
  institute: ['institut', 'instituti', 'institutit', 'institutin', 'institute', 'institutet', 'instituteve'],
  institution: [
    'institucion', 'institucioni', 'institucionit', 'institucionin', 'institucione', 'institucionet',
    'institucioneve', 'institucional', 'institucionale',
  ],
  intelligence: [
    'inteligjencë', 'inteligjenca', 'inteligjencës', 'inteligjencën', 'zbulim', 'zbulimi', 'zbulimit',
    'shërbim sekret', 'shërbimi sekret', 'shërbimet sekrete', 'agjencia e zbulimit',
  ],
  interest: [
    'interes', 'interesi', 'interesit', 'interesin', 'interesa', 'interesat', 'interesave', 'interesim',
    'interesimi',
  ],
  'interest rate': [
    'normë interesi', 'norma e interesit', 'normës së interesit', 'normat e interesit',
    'normave të interesit', 'interes', 'interesi', 'interesit', 'interesave',
  ],
  'interest rates': [
    'normë interesi', 'norma e interesit', 'normës së interesit', 'normat e interesit',
    'normave të interesit', 'interes', 'interesi', 'interesit', 'interesave',
  ],
  internet: ['internet', 'interneti', 'internetit', 'internetin', 'online', 'rrjet', 'uebfaqe'],
  invasion: [
    'pushtim', 'pushtimi', 'pushtimit', 'pushtimin', 'invazion', 'invazioni', 'invazionit', 'invazionin',
    'agresion', 'agresioni',
  ],
  investigation: [
    'hetim', 'hetimi', 'hetimit', 'hetimin', 'hetime', 'hetimet', 'hetimeve', 'hetuesi', 'hetimor',
    'hetimore', 'investigim', 'investigimi',
  ],
  investment: [
    'investim', 'investimi', 'investimit', 'investimin', 'investime', 'investimet', 'investimeve',
    'investimesh', 'investitor', 'investitorë',
  ],
  investor: [
    'investitor', 'investitori', 'investitorit', 'investitorë', 'investitorët', 'investitorëve', 'investues',
    'investuesit',
  ],
  island: ['ishull', 'ishulli', 'ishullit', 'ishullin', 'ishuj', 'ishujt', 'ishujve', 'ishujsh', 'ishullor'],
  jail: [
    'burg', 'burgu', 'burgut', 'burgun', 'burgje', 'burgjet', 'burgjeve', 'burgim', 'burgimi', 'burgosur',
    'qeli', 'qelia',
  ],
  jet: [
    'avion', 'avioni', 'avionit', 'avionë', 'avionët', 'avion luftarak', 'avionë luftarakë', 'reaktiv',
    'avion reaktiv',
  ],
  job: [
    'punë', 'puna', 'punën', 'punës', 'vend pune', 'vende pune', 'vendet e punës', 'vendeve të punës',
    'punësim', 'detyrë', 'post',
  ],
  journal: ['revistë', 'revista', 'revistës', 'gazetë', 'ditar', 'ditari'],
  journalist: [
    'gazetar', 'gazetari', 'gazetarit', 'gazetarin', 'gazetarë', 'gazetarët', 'gazetarëve', 'gazetare',
    'gazetarja', 'reporter', 'reporteri',
  ],
  justice: [
    'drejtësi', 'drejtësia', 'drejtësisë', 'drejtësinë', 'gjyqësor', 'gjyqësori', 'gjyqësorit', 'drejtësie',
  ],
  kidnapping: ['rrëmbim', 'rrëmbimi', 'rrëmbimit', 'rrëmbimin', 'rrëmbime', 'rrëmbyer', 'rrëmbyesit'],
  king: ['mbret', 'mbreti', 'mbretit', 'mbretin', 'mbretër', 'mbretërit', 'monark'],
  lake: ['liqen', 'liqeni', 'liqenit', 'liqenin', 'liqene', 'liqenet', 'liqeneve'],
  landmine: [
    'minë tokësore', 'mina tokësore', 'minat tokësore', 'minave tokësore', 'mina', 'minat', 'minave',
  ],
  language: ['gjuhë', 'gjuha', 'gjuhës', 'gjuhën', 'gjuhët', 'gjuhëve', 'gjuhësor', 'gjuhësore'],
  'launch pad': [
    'platformë lëshimi', 'platforma e lëshimit', 'platformës së lëshimit', 'rampë lëshimi', 'lëshimi',
    'lëshimit',
  ],
  launcher: [
    'lëshues', 'lëshuesi', 'lëshuesit', 'lëshuese', 'platformë lëshimi', 'platforma lëshimi', 'raketahedhës',
    'raketahedhësi',
  ],
  law: [
    'ligj', 'ligji', 'ligjit', 'ligjin', 'ligje', 'ligjet', 'ligjeve', 'ligjor', 'ligjore', 'legjislacion',
    'e drejtë',
  ],
  lawmaker: [
    'deputet', 'deputeti', 'deputetit', 'deputetë', 'deputetët', 'deputetëve', 'ligjvënës', 'ligjvënësit',
    'ligjvënësve', 'parlamentar', 'parlamentarët',
  ],
  lawsuit: ['padi', 'padia', 'padisë', 'padinë', 'paditë', 'padive', 'proces gjyqësor', 'kallëzim'],
  lawyer: [
    'avokat', 'avokati', 'avokatit', 'avokatin', 'avokatë', 'avokatët', 'avokate', 'avokatja', 'jurist',
    'juristi', 'mbrojtës', 'mbrojtësi',
  ],
  leader: [
    'udhëheqës', 'udhëheqësi', 'udhëheqësit', 'udhëheqësin', 'udhëheqësve', 'udhëheqëse', 'lider', 'lideri',
    'liderit', 'liderin', 'liderë', 'liderët', 'liderëve', 'drejtues', 'drejtuesi', 'kreu',
  ],
  league: ['ligë', 'liga', 'ligës', 'ligën', 'ligat', 'kampionat', 'superliga', 'superligë'],
  legislation: [
    'legjislacion', 'legjislacioni', 'legjislacionit', 'legjislacionin', 'ligj', 'ligje', 'ligjet',
    'ligjeve', 'ligjvënie',
  ],
  letter: ['letër', 'letra', 'letrës', 'letrën', 'letrat', 'letrave', 'shkresë', 'shkresa', 'shkresën'],
  level: ['nivel', 'niveli', 'nivelit', 'nivelin', 'nivele', 'nivelet', 'niveleve', 'shkallë', 'shkalla'],
  life: ['jetë', 'jeta', 'jetës', 'jetën', 'jetët', 'jetëve', 'jetesë', 'jetesa', 'i gjallë', 'jetik'],
  list: ['listë', 'lista', 'listës', 'listën', 'listat', 'listave', 'listë e zezë', 'renditje'],
  loan: [
    'kredi', 'kredia', 'kredisë', 'kredinë', 'kreditë', 'kredive', 'hua', 'huaja', 'huasë', 'huanë',
    'huamarrje',
  ],
  location: [
    'vendndodhje', 'vendndodhja', 'vendndodhjes', 'vendndodhjen', 'vend', 'vendi', 'lokacion', 'lokacioni',
    'pozicion',
  ],
  loss: ['humbje', 'humbja', 'humbjes', 'humbjen', 'humbjet', 'humbjeve', 'dëm', 'dëme', 'dëmet', 'deficit'],
  mafia: [
    'mafie', 'mafia', 'mafies', 'mafien', 'mafioz', 'mafiozë', 'mafiozët', 'mafioze', 'krim i organizuar',
  ],
  magazine: ['revistë', 'revista', 'revistës', 'revistën', 'revistat', 'revistave', 'e përjavshme'],
  majority: [
    'shumicë', 'shumica', 'shumicës', 'shumicën', 'shumicë parlamentare', 'shumicë absolute',
    'pjesa më e madhe',
  ],
  man: ['burrë', 'burri', 'burrit', 'burrin', 'burra', 'burrat', 'burrave', 'mashkull', 'meshkuj', 'njeri'],
  manager: [
    'menaxher', 'menaxheri', 'menaxherit', 'menaxherë', 'menaxherët', 'menaxhere', 'drejtues', 'drejtuesi',
  ],
  mandate: ['mandat', 'mandati', 'mandatit', 'mandatin', 'mandate', 'mandatet', 'autorizim'],
  maneuver: ['manovër', 'manovra', 'manovrës', 'manovrat', 'manovrave', 'stërvitje'],
  manoeuvre: ['manovër', 'manovra', 'manovrës', 'manovrat', 'manovrave', 'stërvitje'],
  marine: ['marinë', 'marina', 'marinës', 'marinar', 'marinarë', 'detar', 'detare', 'këmbësor marine'],
  market: [
    'treg', 'tregu', 'tregut', 'tregun', 'tregje', 'tregjet', 'tregjeve', 'tregtar', 'tregtare', 'pazar',
    'pazari',
  ],
  marriage: ['martesë', 'martesa', 'martesës', 'martesën', 'martesat', 'martuar', 'bashkëshortor'],
  massacre: ['masakër', 'masakra', 'masakrës', 'masakrën', 'masakrat', 'masakrave', 'masakroi', 'masakruar'],
  match: ['ndeshje', 'ndeshja', 'ndeshjes', 'ndeshjen', 'ndeshjet', 'ndeshjeve', 'takim', 'sfidë', 'sfida'],
  material: [
    'material', 'materiali', 'materialit', 'materialin', 'materiale', 'materialet', 'materialeve', 'lëndë',
    'lëndët',
  ],
  mayor: [
    'kryetar bashkie', 'kryebashkiak', 'kryebashkiaku', 'kryebashkiakut', 'kryetari i bashkisë',
    'kryetari i komunës', 'kryetar komune', 'kryetari', 'kryetarja',
  ],
  medal: ['medalje', 'medalja', 'medaljes', 'medaljen', 'medaljet', 'medaljeve', 'medaljesh', 'dekoratë'],
  media: [
    'media', 'mediat', 'medias', 'mediave', 'mediash', 'mjete të informimit', 'shtyp', 'shtypi', 'mediatik',
    'mediatike',
  ],
  medicine: [
    'ilaç', 'ilaçi', 'ilaçe', 'ilaçet', 'ilaçeve', 'barna', 'barnat', 'barnave', 'mjekësi', 'mjekësia',
    'mjekësisë', 'mjekësor', 'mjekësore', 'medikamente',
  ],
  meeting: [
    'takim', 'takimi', 'takimit', 'takimin', 'takime', 'takimet', 'takimeve', 'mbledhje', 'mbledhja',
    'mbledhjes', 'mbledhjen', 'seancë',
  ],
  member: [
    'anëtar', 'anëtari', 'anëtarit', 'anëtarin', 'anëtarë', 'anëtarët', 'anëtarëve', 'anëtare', 'anëtaret',
    'shtet anëtar',
  ],
  memorandum: [
    'memorandum', 'memorandumi', 'memorandumit', 'memorandumin', 'memorandume', 'marrëveshje mirëkuptimi',
    'mirëkuptimi',
  ],
  'mental health': [
    'shëndet mendor', 'shëndeti mendor', 'shëndetit mendor', 'shëndetin mendor', 'mendor', 'mendore',
    'psikologjik',
  ],
  mercenary: ['mercenar', 'mercenari', 'mercenarë', 'mercenarët', 'mercenarëve'],
  message: ['mesazh', 'mesazhi', 'mesazhit', 'mesazhin', 'mesazhe', 'mesazhet', 'mesazheve', 'letër'],
  method: ['metodë', 'metoda', 'metodës', 'metodën', 'metodat', 'metodave', 'mënyrë', 'mënyra', 'mjet'],
  migrant: [
    'migrant', 'migranti', 'migrantë', 'migrantët', 'migrantëve', 'emigrant', 'emigrantë', 'emigrantët',
    'emigrantëve',
  ],
  militant: ['militant', 'militanti', 'militantë', 'militantët', 'militantëve', 'luftëtar', 'luftëtarë'],
  military: [
    'ushtri', 'ushtria', 'ushtrisë', 'ushtrinë', 'ushtarak', 'ushtarake', 'ushtarakë', 'ushtarakët',
    'ushtarakëve', 'ushtarakisht', 'forcat e armatosura',
  ],
  militia: [
    'milici', 'milicia', 'milicisë', 'milicinë', 'milicitë', 'milicive', 'grup i armatosur', 'paraushtarak',
    'paraushtarake',
  ],
  mine: ['minë', 'mina', 'minës', 'minën', 'minat', 'minave', 'minierë', 'miniera', 'minierës', 'minierat'],
  minister: [
    'ministër', 'ministri', 'ministrit', 'ministrin', 'ministra', 'ministrat', 'ministrave', 'ministre',
    'ministrja', 'ministres',
  ],
  ministry: [
    'ministri', 'ministria', 'ministrisë', 'ministrinë', 'ministritë', 'ministrive', 'dikaster', 'dikasteri',
  ],
  minority: [
    'pakicë', 'pakica', 'pakicës', 'pakicën', 'pakicat', 'pakicave', 'minoritet', 'minoriteti', 'minoritete',
    'minoritar', 'minoritare',
  ],
  missile: [
    'raketë', 'raketa', 'raketës', 'raketën', 'raketat', 'raketave', 'raketash', 'raketor', 'raketore',
    'predhë', 'predha', 'predhat',
  ],
  mission: ['mision', 'misioni', 'misionit', 'misionin', 'misione', 'misionet', 'misioneve', 'detyrë'],
  model: ['model', 'modeli', 'modelit', 'modelin', 'modele', 'modelet', 'modeleve', 'version', 'versioni'],
  monarch: ['monark', 'monarku', 'monarkut', 'mbret', 'mbretëreshë', 'monarki'],
  monarchy: ['monarki', 'monarkia', 'monarkisë', 'monarkinë', 'mbretëri', 'mbretëria'],
  money: [
    'para', 'paratë', 'parave', 'paraja', 'të holla', 'të hollat', 'fonde', 'fondet', 'mjete financiare',
    'financim',
  ],
  'money laundering': [
    'pastrim parash', 'pastrimi i parave', 'pastrim të parave', 'pastrimit të parave', 'pastrim', 'pastrimi',
    'parave',
  ],
  mother: ['nënë', 'nëna', 'nënës', 'nënën', 'nënat', 'nënave', 'prind'],
  mountain: [
    'mal', 'mali', 'malit', 'malin', 'male', 'malet', 'maleve', 'malor', 'malore', 'malësi', 'malësia',
  ],
  movement: [
    'lëvizje', 'lëvizja', 'lëvizjes', 'lëvizjen', 'lëvizjet', 'lëvizjeve', 'qarkullim', 'qarkullimi',
  ],
  municipality: [
    'bashki', 'bashkia', 'bashkisë', 'bashkinë', 'bashkitë', 'bashkive', 'komunë', 'komuna', 'komunës',
    'komunën', 'komunat', 'komunave',
  ],
  munition: [
    'municion', 'municioni', 'municionit', 'municione', 'municionet', 'municioneve', 'predha', 'armatim',
  ],
  munitions: [
    'municione', 'municionet', 'municioneve', 'municion', 'municioni', 'predha', 'predhat', 'armatim',
    'armatime',
  ],
  museum: ['muze', 'muzeu', 'muzeut', 'muzeun', 'muzetë', 'muzeve', 'muzeal'],
  music: ['muzikë', 'muzika', 'muzikës', 'muzikën', 'muzikor', 'muzikore', 'këngë', 'kënga', 'koncert'],
  nation: [
    'komb', 'kombi', 'kombit', 'kombin', 'kombe', 'kombet', 'kombeve', 'kombëtar', 'kombëtare', 'popull',
    'populli', 'shtet',
  ],
  'national security': [
    'siguri kombëtare', 'siguria kombëtare', 'sigurisë kombëtare', 'sigurinë kombëtare', 'kombëtare',
  ],
  'national team': [
    'kombëtare', 'kombëtarja', 'kombëtares', 'kombëtaren', 'përfaqësuese', 'përfaqësuesja', 'përfaqësueses',
    'ekipi kombëtar', 'ekipi', 'ekip', 'skuadra',
  ],
  'natural gas': [
    'gaz natyror', 'gazi natyror', 'gazit natyror', 'gazin natyror', 'gaz', 'gazi', 'gazit', 'gazsjellës',
    'lng',
  ],
  navy: [
    'marinë', 'marina', 'marinës', 'marinën', 'marina ushtarake', 'flotë', 'flota', 'flotës',
    'forcat detare', 'detare', 'detar',
  ],
  negotiation: [
    'negociatë', 'negociata', 'negociatat', 'negociatave', 'negocim', 'bisedime', 'bisedimet', 'bisedimeve',
  ],
  negotiations: [
    'negociata', 'negociatat', 'negociatave', 'bisedime', 'bisedimet', 'bisedimeve', 'negocime', 'negocimet',
  ],
  network: [
    'rrjet', 'rrjeti', 'rrjetit', 'rrjetin', 'rrjete', 'rrjetet', 'rrjeteve', 'rrjetesh', 'rrjetëzim',
  ],
  news: [
    'lajm', 'lajmi', 'lajmit', 'lajmin', 'lajme', 'lajmet', 'lajmeve', 'lajmesh', 'informacion', 'njoftim',
  ],
  'news agencies': [
    'agjenci lajmesh', 'agjencia e lajmeve', 'agjencisë së lajmeve', 'agjencitë e lajmeve', 'agjenci',
    'agjencia', 'agjencisë', 'lajmeve',
  ],
  'news agency': [
    'agjenci lajmesh', 'agjencia e lajmeve', 'agjencisë së lajmeve', 'agjencitë e lajmeve', 'agjenci',
    'agjencia', 'agjencisë', 'lajmeve',
  ],
  newspaper: [
    'gazetë', 'gazeta', 'gazetës', 'gazetën', 'gazetat', 'gazetave', 'e përditshme', 'e përditshmja',
    'të përditshmes', 'përditshme', 'përditshmja',
  ],
  'nuclear power': [
    'energji bërthamore', 'energjia bërthamore', 'energjisë bërthamore', 'central bërthamor',
    'centrali bërthamor', 'centralit bërthamor', 'bërthamore',
  ],
  'nuclear weapon': [
    'armë bërthamore', 'arma bërthamore', 'armët bërthamore', 'armëve bërthamore', 'armë nukleare',
    'armët nukleare', 'bërthamore', 'bërthamor', 'arsenal bërthamor',
  ],
  'nuclear weapons': [
    'armë bërthamore', 'armët bërthamore', 'armëve bërthamore', 'armë nukleare', 'armët nukleare',
    'bërthamore', 'bërthamor', 'arsenal bërthamor',
  ],
  number: ['numër', 'numri', 'numrit', 'numrin', 'numra', 'numrat', 'numrave', 'shifër', 'shifra', 'sasi'],
  nurse: ['infermier', 'infermieri', 'infermierë', 'infermierët', 'infermiere', 'infermierja', 'infermieret'],
  observer: ['vëzhgues', 'vëzhguesi', 'vëzhguesit', 'vëzhguesve', 'vëzhguese', 'monitorues'],
  ocean: ['oqean', 'oqeani', 'oqeanit', 'oqeanin', 'oqeane', 'oqeanet', 'oqeaneve', 'oqeanik'],
  offensive: [
    'ofensivë', 'ofensiva', 'ofensivës', 'ofensivën', 'ofensivat', 'sulm', 'sulmi', 'sulmues', 'sulmuese',
    'fyes', 'fyese',
  ],
  officer: [
    'oficer', 'oficeri', 'oficerit', 'oficerin', 'oficerë', 'oficerët', 'oficerëve', 'zyrtar', 'efektiv',
    'efektivë', 'efektivët',
  ],
  official: [
    'zyrtar', 'zyrtari', 'zyrtarit', 'zyrtarin', 'zyrtarë', 'zyrtarët', 'zyrtarëve', 'zyrtare', 'zyrtarja',
    'zyrtarisht',
  ],
  oil: [
    'naftë', 'nafta', 'naftës', 'naftën', 'naftëtar', 'naftëtare', 'nafte', 'vaj', 'vaji', 'vajit',
    'naftës bruto',
  ],
  olympic: ['olimpik', 'olimpike', 'olimpikë', 'lojërat olimpike', 'olimpiadë', 'olimpiada', 'olimpiadës'],
  olympics: [
    'lojërat olimpike', 'lojërave olimpike', 'olimpiadë', 'olimpiada', 'olimpiadës', 'olimpiadën',
    'olimpike', 'olimpik',
  ],
  operation: [
    'operacion', 'operacioni', 'operacionit', 'operacionin', 'operacione', 'operacionet', 'operacioneve',
    'aksion', 'aksioni', 'ndërhyrje',
  ],
  opinion: [
    'mendim', 'mendimi', 'mendimit', 'mendimin', 'mendime', 'opinion', 'opinioni', 'opinionit', 'qëndrim',
    'pikëpamje',
  ],
  opponent: [
    'kundërshtar', 'kundërshtari', 'kundërshtarit', 'kundërshtarë', 'kundërshtarët', 'kundërshtarëve',
    'oponent', 'oponentë', 'rival',
  ],
  opportunity: [
    'mundësi', 'mundësia', 'mundësisë', 'mundësinë', 'mundësitë', 'mundësive', 'rast', 'rasti', 'shans',
  ],
  opposition: [
    'opozitë', 'opozita', 'opozitës', 'opozitën', 'opozitar', 'opozitare', 'opozitarë', 'opozitarët',
    'opozitarëve',
  ],
  organisation: [
    'organizatë', 'organizata', 'organizatës', 'organizatën', 'organizatat', 'organizatave', 'organizim',
    'organizimi', 'organizatë joqeveritare',
  ],
  'organised crime': [
    'krim i organizuar', 'krimi i organizuar', 'krimit të organizuar', 'krimin e organizuar',
    'grupe kriminale', 'organizuar',
  ],
  organization: [
    'organizatë', 'organizata', 'organizatës', 'organizatën', 'organizatat', 'organizatave', 'organizim',
    'organizimi', 'organizatë joqeveritare',
  ],
  'organized crime': [
    'krim i organizuar', 'krimi i organizuar', 'krimit të organizuar', 'krimin e organizuar',
    'grupe kriminale', 'organizuar',
  ],
  owner: [
    'pronar', 'pronari', 'pronarit', 'pronarin', 'pronarë', 'pronarët', 'pronarëve', 'pronare', 'zotërues',
  ],
  pact: ['pakt', 'pakti', 'paktit', 'paktin', 'pakte', 'marrëveshje', 'aleancë'],
  pandemic: ['pandemi', 'pandemia', 'pandemisë', 'pandeminë', 'pandemitë', 'covid', 'koronavirus'],
  parade: ['paradë', 'parada', 'paradës', 'paradën', 'paradat', 'parakalim', 'parakalimi', 'parakalimit'],
  parliament: [
    'parlament', 'parlamenti', 'parlamentit', 'parlamentin', 'parlamente', 'parlamentar', 'parlamentare',
    'parlamentarë', 'kuvend', 'kuvendi', 'kuvendit', 'kuvendin',
  ],
  part: [
    'pjesë', 'pjesa', 'pjesës', 'pjesën', 'pjesët', 'pjesëve', 'pjesësh', 'komponent', 'përbërës',
    'pjesërisht',
  ],
  partner: [
    'partner', 'partneri', 'partnerit', 'partnerin', 'partnerë', 'partnerët', 'partnerëve', 'partnere',
    'partnerja',
  ],
  partnership: [
    'partneritet', 'partneriteti', 'partneritetit', 'partneritetin', 'partneritete', 'bashkëpunim',
  ],
  party: [
    'parti', 'partia', 'partisë', 'partinë', 'partitë', 'partive', 'partiak', 'partiake', 'palë', 'pala',
    'palës', 'palët', 'palëve',
  ],
  passenger: [
    'pasagjer', 'pasagjeri', 'pasagjerë', 'pasagjerët', 'pasagjerëve', 'udhëtar', 'udhëtarë', 'udhëtarët',
    'udhëtarëve',
  ],
  past: ['e kaluar', 'e kaluara', 'të kaluarën', 'të kaluarës', 'kaluar', 'i kaluar', 'të kaluar', 'dikur'],
  patient: [
    'pacient', 'pacienti', 'pacientit', 'pacientë', 'pacientët', 'pacientëve', 'paciente', 'i sëmurë',
    'të sëmurë',
  ],
  peace: ['paqe', 'paqja', 'paqes', 'paqen', 'paqësor', 'paqësore', 'paqësorë', 'marrëveshje paqeje'],
  peacekeeper: [
    'paqeruajtës', 'paqeruajtësi', 'paqeruajtësit', 'paqeruajtësve', 'forca paqeruajtëse',
    'trupa paqeruajtëse',
  ],
  peacekeeping: [
    'paqeruajtës', 'paqeruajtëse', 'paqeruajtjes', 'paqeruajtje', 'mision paqeruajtës',
    'misioni paqeruajtës', 'forca paqeruajtëse',
  ],
  pension: [
    'pension', 'pensioni', 'pensionit', 'pensionin', 'pensione', 'pensionet', 'pensioneve', 'pensionist',
    'pensionistë', 'pensionistët', 'pensionistëve',
  ],
  people: [
    'njerëz', 'njerëzit', 'njerëzve', 'njerëzish', 'popull', 'populli', 'popullit', 'popullin', 'persona',
    'personat', 'qytetarë', 'banorë',
  ],
  period: ['periudhë', 'periudha', 'periudhës', 'periudhën', 'periudhat', 'periudhave', 'kohë', 'afat'],
  person: [
    'person', 'personi', 'personit', 'personin', 'persona', 'personat', 'personave', 'njeri', 'individ',
    'individi',
  ],
  petrol: ['benzinë', 'benzina', 'benzinës', 'benzinën', 'karburant', 'karburanti', 'naftë'],
  phone: [
    'telefon', 'telefoni', 'telefonit', 'telefonin', 'telefona', 'telefonat', 'celular', 'celulari',
    'celularë', 'telefonatë', 'telefonata',
  ],
  photo: [
    'foto', 'fotoja', 'fotot', 'fotografi', 'fotografia', 'fotografitë', 'fotografive', 'imazh', 'imazhe',
    'pamje',
  ],
  picture: ['foto', 'fotoja', 'fotografi', 'fotografia', 'imazh', 'imazhi', 'pamje', 'pikturë', 'tablo'],
  pilot: ['pilot', 'piloti', 'pilotit', 'pilotin', 'pilotë', 'pilotët', 'pilotëve'],
  pipeline: [
    'tubacion', 'tubacioni', 'tubacionit', 'tubacionin', 'tubacione', 'gazsjellës', 'gazsjellësi',
    'gazsjellësit', 'naftësjellës', 'naftësjellësi',
  ],
  place: [
    'vend', 'vendi', 'vendit', 'vendin', 'vende', 'vendet', 'vendeve', 'vendndodhje', 'lokalitet',
    'zhvillohet',
  ],
  plane: [
    'avion', 'avioni', 'avionit', 'avionin', 'avionë', 'avionët', 'avionëve', 'aeroplan', 'aeroplani',
    'aeroplanin',
  ],
  player: [
    'lojtar', 'lojtari', 'lojtarit', 'lojtarin', 'lojtarë', 'lojtarët', 'lojtarëve', 'lojtare', 'futbollist',
    'basketbollist',
  ],
  point: ['pikë', 'pika', 'pikës', 'pikën', 'pikët', 'pikëve', 'pikësh', 'pikë kalimi', 'pikëpamje'],
  police: [
    'polici', 'policia', 'policisë', 'policinë', 'policit', 'polic', 'policë', 'policët', 'policëve',
    'policor', 'policore',
  ],
  'police officer': [
    'polic', 'policit', 'policë', 'policët', 'policëve', 'efektiv policie', 'zyrtar policie',
    'punonjës policie', 'policia',
  ],
  policy: ['politikë', 'politika', 'politikës', 'politikën', 'politikat', 'politikave', 'strategji'],
  politician: [
    'politikan', 'politikani', 'politikanit', 'politikanë', 'politikanët', 'politikanëve', 'politikane',
  ],
  politics: ['politikë', 'politika', 'politikës', 'politikën', 'politik', 'politike', 'skena politike'],
  poll: [
    'sondazh', 'sondazhi', 'sondazhit', 'sondazhin', 'sondazhe', 'sondazhet', 'sondazheve', 'anketë',
    'anketa', 'votim', 'qendër votimi',
  ],
  pollution: ['ndotje', 'ndotja', 'ndotjes', 'ndotjen', 'ndotës', 'ndotëse', 'ndot', 'ndotur'],
  pope: ['papë', 'papa', 'papës', 'papën', 'papati', 'papatit', 'pontif'],
  population: [
    'popullsi', 'popullsia', 'popullsisë', 'popullsinë', 'popullatë', 'popullata', 'popullatës', 'banorë',
    'banorët', 'demografik', 'demografike',
  ],
  port: [
    'port', 'porti', 'portit', 'portin', 'porte', 'portet', 'porteve', 'portual', 'portuale', 'liman',
    'limani',
  ],
  position: [
    'pozicion', 'pozicioni', 'pozicionit', 'pozicionin', 'pozicione', 'pozitë', 'pozita', 'pozitën',
    'qëndrim', 'qëndrimi', 'qëndrimin', 'post', 'posti',
  ],
  positions: [
    'pozicion', 'pozicioni', 'pozicionit', 'pozicionin', 'pozicione', 'pozitë', 'pozita', 'pozitën',
    'qëndrim', 'qëndrimi', 'qëndrimin', 'post', 'posti',
  ],
  post: [
    'postim', 'postimi', 'postimit', 'postimin', 'postime', 'postimet', 'postoi', 'postoj', 'postuar',
    'post', 'posti', 'postit', 'detyrë',
  ],
  poverty: [
    'varfëri', 'varfëria', 'varfërisë', 'varfërinë', 'i varfër', 'të varfër', 'të varfërit', 'skamje',
    'mjerim',
  ],
  pow: [
    'rob lufte', 'robër lufte', 'robërit e luftës', 'robërve të luftës', 'të burgosur lufte', 'rob', 'robër',
    'robërit',
  ],
  power: [
    'pushtet', 'pushteti', 'pushtetit', 'pushtetin', 'fuqi', 'fuqia', 'fuqisë', 'fuqinë', 'fuqitë',
    'energji', 'energjia', 'energjisë', 'rrymë', 'rryma',
  ],
  'power plant': [
    'central', 'centrali', 'centralit', 'centralin', 'centrale', 'centralet', 'termocentral',
    'termocentrali', 'hidrocentral', 'hidrocentrali', 'hidrocentrale', 'impiant',
  ],
  'power plants': [
    'central', 'centrali', 'centralit', 'centralin', 'centrale', 'centralet', 'termocentral',
    'termocentrali', 'hidrocentral', 'hidrocentrali', 'hidrocentrale', 'impiant',
  ],
  premier: [
    'kryeministër', 'kryeministri', 'kryeministrit', 'kryeministrin', 'kryeministre', 'kryeministrja',
    'premier', 'premieri',
  ],
  presidency: [
    'presidencë', 'presidenca', 'presidencës', 'presidencën', 'president', 'presidenti', 'kryesim',
    'kryesimi', 'kryesues',
  ],
  president: [
    'president', 'presidenti', 'presidentit', 'presidentin', 'presidentë', 'presidentët', 'presidente',
    'presidentja', 'presidentes', 'presidencë', 'presidenca', 'presidencës',
  ],
  press: [
    'shtyp', 'shtypi', 'shtypit', 'shtypin', 'media', 'mediat', 'gazetari', 'gazetarët',
    'konferencë për shtyp',
  ],
  'press conference': [
    'konferencë për shtyp', 'konferenca për shtyp', 'konferencës për shtyp', 'konferencën për shtyp',
    'shtyp', 'shtypin',
  ],
  price: [
    'çmim', 'çmimi', 'çmimit', 'çmimin', 'çmime', 'çmimet', 'çmimeve', 'çmimesh', 'kosto', 'tarifë',
    'tarifa',
  ],
  'prime minister': [
    'kryeministër', 'kryeministri', 'kryeministrit', 'kryeministrin', 'kryeministre', 'kryeministrja',
    'kryeministres', 'premier', 'premieri',
  ],
  prince: ['princ', 'princi', 'princit', 'princin', 'princërit', 'princeshë', 'princesha'],
  priority: [
    'prioritet', 'prioriteti', 'prioritetit', 'prioritetin', 'prioritete', 'prioritetet', 'përparësi',
    'përparësia',
  ],
  prison: [
    'burg', 'burgu', 'burgut', 'burgun', 'burgje', 'burgjet', 'burgjeve', 'burgim', 'burgimi', 'burgimin',
    'i burgosur', 'institucion korrektues',
  ],
  prisoner: [
    'i burgosur', 'të burgosur', 'të burgosurit', 'të burgosurve', 'i burgosuri', 'rob', 'robër', 'robërit',
    'robërve',
  ],
  privatization: [
    'privatizim', 'privatizimi', 'privatizimit', 'privatizimin', 'privatizime', 'privatizoi', 'privatizuar',
  ],
  problem: [
    'problem', 'problemi', 'problemit', 'problemin', 'probleme', 'problemet', 'problemeve', 'problematik',
    'vështirësi', 'çështje',
  ],
  process: [
    'proces', 'procesi', 'procesit', 'procesin', 'procese', 'proceset', 'proceseve', 'procedurë',
    'procedura',
  ],
  product: [
    'produkt', 'produkti', 'produktit', 'produktin', 'produkte', 'produktet', 'produkteve', 'prodhim',
    'prodhime', 'mall', 'mallra',
  ],
  production: [
    'prodhim', 'prodhimi', 'prodhimit', 'prodhimin', 'prodhime', 'prodhimet', 'prodhues', 'prodhuese',
    'prodhimtari',
  ],
  profit: ['fitim', 'fitimi', 'fitimit', 'fitimin', 'fitime', 'fitimet', 'fitimeve', 'përfitim', 'përfitime'],
  program: [
    'program', 'programi', 'programit', 'programin', 'programe', 'programet', 'programeve', 'projekt',
  ],
  programme: [
    'program', 'programi', 'programit', 'programin', 'programe', 'programet', 'programeve', 'projekt',
  ],
  progress: [
    'progres', 'progresi', 'progresit', 'progresin', 'përparim', 'përparimi', 'përparimin', 'ecuri',
    'ecuria', 'ecurinë',
  ],
  project: [
    'projekt', 'projekti', 'projektit', 'projektin', 'projekte', 'projektet', 'projekteve', 'projektim',
    'projektligj',
  ],
  propaganda: ['propagandë', 'propaganda', 'propagandës', 'propagandën', 'propagandistik', 'propagandistike'],
  property: [
    'pronë', 'prona', 'pronës', 'pronën', 'pronat', 'pronave', 'pasuri', 'pasuria', 'pasurinë', 'pasurive',
    'pronësi', 'pronësia',
  ],
  proposal: [
    'propozim', 'propozimi', 'propozimit', 'propozimin', 'propozime', 'propozimet', 'propozimeve', 'ofertë',
    'oferta', 'plan',
  ],
  prosecution: [
    'prokurori', 'prokuroria', 'prokurorisë', 'prokurorinë', 'prokurorit', 'ndjekje penale',
    'ndjekja penale', 'akuzë', 'akuza',
  ],
  prosecutor: [
    'prokuror', 'prokurori', 'prokurorit', 'prokurorin', 'prokurorë', 'prokurorët', 'prokurorëve',
    'prokurore', 'prokurorja', 'prokuroria', 'prokurorisë',
  ],
  protester: [
    'protestues', 'protestuesi', 'protestuesit', 'protestuesve', 'protestuese', 'demonstrues',
    'demonstruesit',
  ],
  province: [
    'provincë', 'provinca', 'provincës', 'provincën', 'provincat', 'krahinë', 'krahina', 'krahinës', 'rajon',
  ],
  purpose: ['qëllim', 'qëllimi', 'qëllimit', 'qëllimin', 'qëllime', 'synim', 'synimi', 'destinacion'],
  quality: [
    'cilësi', 'cilësia', 'cilësisë', 'cilësinë', 'cilësitë', 'cilësor', 'cilësore', 'cilësorë', 'kualitet',
    'kualiteti',
  ],
  quantity: ['sasi', 'sasia', 'sasisë', 'sasinë', 'sasitë', 'sasive', 'numër', 'vëllim'],
  queen: ['mbretëreshë', 'mbretëresha', 'mbretëreshës', 'mbretëreshën'],
  race: ['garë', 'gara', 'garës', 'garën', 'garat', 'garave', 'racë', 'raca', 'racës', 'gara zgjedhore'],
  racism: ['racizëm', 'racizmi', 'racizmit', 'racist', 'raciste', 'racistë'],
  radar: ['radar', 'radari', 'radarit', 'radarin', 'radarë', 'radarët', 'radarëve'],
  radio: ['radio', 'radioja', 'radios', 'radion', 'radiot', 'radiotelevizion'],
  railway: [
    'hekurudhë', 'hekurudha', 'hekurudhës', 'hekurudhën', 'hekurudhat', 'hekurudhor', 'hekurudhore',
    'hekurudhorë', 'linjë hekurudhore',
  ],
  rain: ['shi', 'shiu', 'shiut', 'shiun', 'shira', 'shirat', 'reshje', 'reshjet', 'reshjeve', 'reshje shiu'],
  rape: [
    'përdhunim', 'përdhunimi', 'përdhunimit', 'përdhunimin', 'përdhunime', 'përdhunoi', 'përdhunuar',
    'dhunë seksuale',
  ],
  rate: [
    'normë', 'norma', 'normës', 'normën', 'normat', 'shkallë', 'shkalla', 'shkallën', 'ritëm', 'ritmi',
    'nivel', 'përqindje', 'tarifë',
  ],
  reactor: ['reaktor', 'reaktori', 'reaktorit', 'reaktorin', 'reaktorë', 'reaktorët', 'bërthamor'],
  reason: ['arsye', 'arsyeja', 'arsyes', 'arsyen', 'arsyet', 'arsyeve', 'shkak', 'shkaku', 'motiv', 'motivi'],
  rebel: [
    'rebel', 'rebeli', 'rebelë', 'rebelët', 'rebelëve', 'kryengritës', 'kryengritësit', 'rebelim',
    'rebelimi',
  ],
  recession: [
    'recesion', 'recesioni', 'recesionit', 'recesionin', 'rënie ekonomike', 'tkurrje ekonomike',
    'krizë ekonomike', 'stanjacion',
  ],
  referendum: ['referendum', 'referendumi', 'referendumit', 'referendumin', 'referendume'],
  reform: [
    'reformë', 'reforma', 'reformës', 'reformën', 'reformat', 'reformave', 'reformoj', 'reformon',
    'reformoi', 'reformuar', 'reformues',
  ],
  refugee: [
    'refugjat', 'refugjati', 'refugjatë', 'refugjatët', 'refugjatëve', 'refugjate', 'refugjatësh',
    'të zhvendosur',
  ],
  regime: ['regjim', 'regjimi', 'regjimit', 'regjimin', 'regjime', 'regjimet', 'pushtet'],
  region: [
    'rajon', 'rajoni', 'rajonit', 'rajonin', 'rajone', 'rajonet', 'rajoneve', 'rajonal', 'rajonale',
    'rajonalë', 'zonë', 'zona', 'krahinë',
  ],
  relation: [
    'marrëdhënie', 'marrëdhënia', 'marrëdhënien', 'marrëdhëniet', 'marrëdhënieve', 'raport', 'raporte',
    'lidhje', 'lidhjet',
  ],
  relations: [
    'marrëdhënie', 'marrëdhëniet', 'marrëdhënieve', 'raporte', 'raportet', 'raporteve', 'lidhje', 'lidhjet',
    'lidhjeve',
  ],
  relationship: [
    'marrëdhënie', 'marrëdhënia', 'marrëdhënien', 'marrëdhëniet', 'lidhje', 'lidhja', 'lidhjen', 'raport',
  ],
  religion: [
    'fe', 'feja', 'fesë', 'fenë', 'fetë', 'feve', 'fetar', 'fetare', 'fetarë', 'religjion', 'religjioni',
    'besim fetar',
  ],
  renewable: [
    'i rinovueshëm', 'rinovueshëm', 'rinovueshme', 'të rinovueshme', 'burime të rinovueshme',
    'energji e rinovueshme', 'energjisë së rinovueshme',
  ],
  representative: [
    'përfaqësues', 'përfaqësuesi', 'përfaqësuesit', 'përfaqësuesin', 'përfaqësuesve', 'përfaqësuese',
    'përfaqësuesja', 'përfaqësuesit e',
  ],
  republic: ['republikë', 'republika', 'republikës', 'republikën', 'republikan', 'republikane'],
  research: [
    'kërkim', 'kërkimi', 'kërkimit', 'kërkime', 'kërkimet', 'kërkimeve', 'kërkimor', 'kërkimore', 'hulumtim',
    'hulumtimi', 'hulumtime', 'studim', 'studime',
  ],
  researcher: [
    'studiues', 'studiuesi', 'studiuesit', 'studiuesve', 'studiuese', 'hulumtues', 'hulumtuesit', 'kërkues',
    'kërkuesit',
  ],
  reserve: [
    'rezervë', 'rezerva', 'rezervës', 'rezervat', 'rezervave', 'rezervist', 'rezervistë', 'rezervistët',
  ],
  resident: [
    'banor', 'banori', 'banorit', 'banorë', 'banorët', 'banorëve', 'banore', 'rezident', 'rezidentë',
    'vendas', 'vendasit',
  ],
  resolution: [
    'rezolutë', 'rezoluta', 'rezolutës', 'rezolutën', 'rezolutat', 'rezolutave', 'zgjidhje', 'zgjidhja',
    'vendosmëri',
  ],
  resource: ['burim', 'burime', 'burimet', 'burimeve', 'resurs', 'resurse', 'resurset', 'pasuri natyrore'],
  result: [
    'rezultat', 'rezultati', 'rezultatit', 'rezultatin', 'rezultate', 'rezultatet', 'rezultateve',
    'si rezultat', 'pasojë',
  ],
  revenue: [
    'të ardhura', 'të ardhurat', 'të ardhurave', 'të hyra', 'të hyrat', 'të hyrave', 'arkëtime', 'xhiro',
  ],
  rifle: ['pushkë', 'pushka', 'pushkës', 'pushkët', 'pushkëve', 'pushkë automatike', 'kallashnikov', 'armë'],
  rights: ['të drejta', 'të drejtat', 'të drejtave', 'të drejtash', 'drejtat', 'e drejta', 'liri'],
  risk: [
    'rrezik', 'rreziku', 'rrezikut', 'rrezikun', 'rreziqe', 'rreziqet', 'rreziqeve', 'rrezikshmëri',
    'rrezikshmëria', 'rrezikoj', 'rrezikon',
  ],
  rival: [
    'rival', 'rivali', 'rivalit', 'rivalin', 'rivalë', 'rivalët', 'rivalëve', 'rivale', 'rivalitet',
    'rivaliteti', 'kundërshtar',
  ],
  rivalry: ['rivalitet', 'rivaliteti', 'rivalitetit', 'rivalitetin', 'konkurrencë', 'garë'],
  river: ['lumë', 'lumi', 'lumit', 'lumin', 'lumenj', 'lumenjtë', 'lumenjve', 'lumor'],
  road: [
    'rrugë', 'rruga', 'rrugës', 'rrugën', 'rrugët', 'rrugëve', 'rrugor', 'rrugore', 'rrugorë', 'autostradë',
  ],
  robbery: [
    'grabitje', 'grabitja', 'grabitjes', 'grabitjen', 'grabitjet', 'grabitjeve', 'grabitës', 'grabitësit',
  ],
  robot: ['robot', 'roboti', 'robotit', 'robotin', 'robotë', 'robotët', 'robotik', 'robotike'],
  rocket: [
    'raketë', 'raketa', 'raketës', 'raketën', 'raketat', 'raketave', 'raketor', 'raketore', 'predhë',
    'predha', 'mbajtëse',
  ],
  role: ['rol', 'roli', 'rolit', 'rolin', 'role', 'rolet', 'funksion', 'funksioni', 'detyrë'],
  ruling: [
    'vendim', 'vendimi', 'vendimit', 'vendimin', 'vendime', 'aktgjykim', 'aktgjykimi', 'aktgjykimin',
    'aktvendim', 'qeverisës', 'në pushtet',
  ],
  rumor: ['thashetheme', 'thashethemet', 'zëra', 'zërat', 'spekulime', 'spekulimet', 'fjalë'],
  rumour: ['thashetheme', 'thashethemet', 'zëra', 'zërat', 'spekulime', 'spekulimet', 'fjalë'],
  sailor: ['marinar', 'marinari', 'marinarë', 'marinarët', 'marinarëve', 'detar', 'detarë'],
  salary: [
    'pagë', 'paga', 'pagës', 'pagën', 'pagat', 'pagave', 'rrogë', 'rroga', 'rrogat', 'rrogave', 'të ardhura',
  ],
  satellite: [
    'satelit', 'sateliti', 'satelitit', 'satelitin', 'satelitë', 'satelitët', 'satelitëve', 'satelitor',
    'satelitore',
  ],
  scale: ['shkallë', 'shkalla', 'shkallës', 'shkallën', 'përmasë', 'përmasa', 'përmasat', 'masë'],
  scandal: [
    'skandal', 'skandali', 'skandalit', 'skandalin', 'skandale', 'skandalet', 'afera', 'aferë', 'aferën',
  ],
  school: [
    'shkollë', 'shkolla', 'shkollës', 'shkollën', 'shkollat', 'shkollave', 'shkollor', 'shkollore',
    'gjimnaz', 'mësim',
  ],
  science: [
    'shkencë', 'shkenca', 'shkencës', 'shkencën', 'shkencat', 'shkencave', 'shkencor', 'shkencore',
    'shkencorë', 'shkencëtarë',
  ],
  scientist: [
    'shkencëtar', 'shkencëtari', 'shkencëtarit', 'shkencëtarë', 'shkencëtarët', 'shkencëtarëve',
    'shkencëtare',
  ],
  score: [
    'rezultat', 'rezultati', 'rezultatin', 'shënoj', 'shënon', 'shënoi', 'shënuar', 'pikë', 'pikët', 'golat',
  ],
  sea: ['det', 'deti', 'detit', 'detin', 'dete', 'detet', 'deteve', 'detar', 'detare', 'detarë', 'ujëra'],
  seat: [
    'vend', 'vendi', 'vende', 'vendet', 'vendeve', 'ulëse', 'ulëset', 'mandat', 'mandate', 'mandatet',
    'seli', 'selia',
  ],
  secretary: ['sekretar', 'sekretari', 'sekretarit', 'sekretarin', 'sekretarë', 'sekretare', 'sekretarja'],
  'secretary general': [
    'sekretar i përgjithshëm', 'sekretari i përgjithshëm', 'sekretarit të përgjithshëm', 'sekretar',
    'sekretari', 'përgjithshëm',
  ],
  security: [
    'siguri', 'siguria', 'sigurisë', 'sigurinë', 'sigurim', 'sigurimi', 'sigurimit', 'sigurimin',
    'i sigurisë',
  ],
  'security council': [
    'këshilli i sigurimit', 'këshillit të sigurimit', 'këshillin e sigurimit', 'këshill i sigurisë',
    'këshilli i sigurisë kombëtare', 'këshillit', 'sigurimit', 'sigurisë',
  ],
  'security force': ['forca e sigurisë', 'forcës së sigurisë', 'forcat e sigurisë', 'fsk', 'sigurisë'],
  'security forces': [
    'forcat e sigurisë', 'forcave të sigurisë', 'forca të sigurisë', 'forcat e rendit', 'forcat policore',
    'sigurisë',
  ],
  semiconductor: [
    'gjysmëpërçues', 'gjysmëpërçuesi', 'gjysmëpërçuesit', 'gjysmëpërçuesve', 'gjysmëpërçuesish', 'çipa',
    'çipat', 'mikroçipa',
  ],
  shelling: [
    'granatim', 'granatimi', 'granatimit', 'granatime', 'granatimet', 'granatimeve', 'bombardim',
    'bombardime', 'zjarr artilerie',
  ],
  shelter: [
    'strehë', 'streha', 'strehës', 'strehim', 'strehimi', 'strehimore', 'strehimorja', 'strehimoret',
    'strehimoreve', 'bunker', 'bunkerë', 'strehoj', 'strehon', 'strehoi',
  ],
  shipment: [
    'dërgesë', 'dërgesa', 'dërgesës', 'dërgesën', 'dërgesat', 'dërgesave', 'ngarkesë', 'ngarkesa',
    'transport',
  ],
  shooting: ['të shtëna', 'të shtënat', 'të shtënave', 'breshëri', 'incident me armë zjarri', 'xhirim'],
  shortage: [
    'mungesë', 'mungesa', 'mungesës', 'mungesën', 'mungesat', 'mungesave', 'deficit', 'pamjaftueshmëri',
    'krizë',
  ],
  side: [
    'anë', 'ana', 'anës', 'anën', 'anët', 'anëve', 'palë', 'pala', 'palës', 'palën', 'palët', 'palëve',
    'krah',
  ],
  siege: ['rrethim', 'rrethimi', 'rrethimit', 'rrethimin', 'nën rrethim', 'rrethuar'],
  silver: ['argjend', 'argjendi', 'argjendit', 'argjendin', 'i argjendtë', 'argjendtë', 'medalje argjendi'],
  situation: [
    'situatë', 'situata', 'situatës', 'situatën', 'situatat', 'gjendje', 'gjendja', 'gjendjen', 'gjendjes',
    'rrethana',
  ],
  size: ['madhësi', 'madhësia', 'madhësisë', 'madhësinë', 'përmasë', 'përmasa', 'përmasat', 'masë'],
  smuggling: [
    'kontrabandë', 'kontrabanda', 'kontrabandës', 'kontrabandën', 'trafik', 'trafiku', 'trafikim',
    'trafikimi', 'kontrabandist', 'kontrabandistë',
  ],
  sniper: ['snajper', 'snajperi', 'snajperist', 'snajperistë', 'snajperistët'],
  snow: ['borë', 'bora', 'borës', 'borën', 'reshje bore', 'dëborë', 'dëbora', 'dëborës'],
  soccer: ['futboll', 'futbolli', 'futbollit', 'futbollin', 'futbollist', 'futbollistë', 'futbollistët'],
  'social media': [
    'rrjete sociale', 'rrjetet sociale', 'rrjeteve sociale', 'media sociale', 'mediat sociale',
    'mediave sociale', 'sociale',
  ],
  society: [
    'shoqëri', 'shoqëria', 'shoqërisë', 'shoqërinë', 'shoqëritë', 'shoqëror', 'shoqërore', 'shoqërorë',
    'social', 'sociale',
  ],
  software: [
    'softuer', 'softueri', 'softuerit', 'softuerin', 'softuere', 'program kompjuterik',
    'programe kompjuterike', 'aplikacion',
  ],
  solar: [
    'diellor', 'diellore', 'diellorë', 'solar', 'solare', 'panele diellore', 'energji diellore',
    'energjisë diellore',
  ],
  soldier: [
    'ushtar', 'ushtari', 'ushtarit', 'ushtarin', 'ushtarë', 'ushtarët', 'ushtarëve', 'ushtarake', 'ushtarak',
    'ushtarakë', 'ushtarakët', 'efektivë',
  ],
  solution: ['zgjidhje', 'zgjidhja', 'zgjidhjes', 'zgjidhjen', 'zgjidhjet', 'zgjidhjeve', 'rrugëdalje'],
  son: ['bir', 'biri', 'birit', 'birin', 'bij', 'bijtë', 'djalë', 'djali', 'djalin', 'djalit'],
  source: ['burim', 'burimi', 'burimit', 'burimin', 'burime', 'burimet', 'burimeve', 'burimesh'],
  sovereignty: ['sovranitet', 'sovraniteti', 'sovranitetit', 'sovranitetin', 'sovran', 'sovrane'],
  space: [
    'hapësirë', 'hapësira', 'hapësirës', 'hapësirën', 'hapësinor', 'hapësinore', 'hapësinorë', 'kozmos',
    'kozmosi', 'kozmik', 'kozmike',
  ],
  spacecraft: [
    'anije kozmike', 'anija kozmike', 'anijes kozmike', 'anije hapësinore', 'mjet hapësinor', 'kozmike',
    'hapësinore',
  ],
  'special forces': [
    'forcat speciale', 'forcave speciale', 'forca speciale', 'njësitë speciale', 'njësi speciale',
    'speciale',
  ],
  speculation: [
    'spekulim', 'spekulimi', 'spekulime', 'spekulimet', 'spekulimeve', 'hamendësim', 'hamendësime',
    'supozime',
  ],
  speech: [
    'fjalim', 'fjalimi', 'fjalimit', 'fjalimin', 'fjalime', 'fjalimet', 'fjalimeve', 'ligjëratë',
    'ligjërata', 'liri e fjalës',
  ],
  spokesman: [
    'zëdhënës', 'zëdhënësi', 'zëdhënësit', 'zëdhënësin', 'zëdhënësve', 'zëdhënëse', 'zëdhënësja',
    'zëdhënëses',
  ],
  spokesperson: [
    'zëdhënës', 'zëdhënësi', 'zëdhënësit', 'zëdhënësin', 'zëdhënësve', 'zëdhënëse', 'zëdhënësja',
    'zëdhënëses',
  ],
  spokeswoman: ['zëdhënëse', 'zëdhënësja', 'zëdhënëses', 'zëdhënësen', 'zëdhënës'],
  sport: [
    'sport', 'sporti', 'sportit', 'sportin', 'sporte', 'sportet', 'sporteve', 'sportiv', 'sportive',
    'sportivë', 'sportist', 'sportistë',
  ],
  stadium: [
    'stadium', 'stadiumi', 'stadiumit', 'stadiumin', 'stadiume', 'stadiumet', 'fushë', 'fusha', 'fushën',
  ],
  statement: [
    'deklaratë', 'deklarata', 'deklaratës', 'deklaratën', 'deklaratat', 'deklaratave', 'komunikatë',
    'komunikata', 'qëndrim', 'qëndrimi', 'njoftim',
  ],
  station: [
    'stacion', 'stacioni', 'stacionit', 'stacionin', 'stacione', 'stacionet', 'stacioneve', 'stacionoj',
    'stacionuar',
  ],
  step: ['hap', 'hapi', 'hapit', 'hapin', 'hapa', 'hapat', 'hapave', 'masë', 'masa'],
  stock: [
    'aksion', 'aksione', 'aksionet', 'aksioneve', 'aksionar', 'aksionarë', 'bursë', 'bursa', 'rezervë',
    'rezerva', 'stok', 'stoqe', 'stoqet',
  ],
  'stock market': [
    'bursë', 'bursa', 'bursës', 'bursën', 'bursat', 'tregu i aksioneve', 'tregjet financiare', 'aksione',
    'aksionet',
  ],
  storm: [
    'stuhi', 'stuhia', 'stuhisë', 'stuhinë', 'stuhitë', 'furtunë', 'furtuna', 'furtunës', 'shtrëngatë',
    'shtrëngata',
  ],
  story: [
    'histori', 'historia', 'historinë', 'historisë', 'rrëfim', 'rrëfimi', 'tregim', 'shkrim', 'lajm',
    'reportazh',
  ],
  strategy: [
    'strategji', 'strategjia', 'strategjisë', 'strategjinë', 'strategjitë', 'strategjik', 'strategjike',
    'plan',
  ],
  street: ['rrugë', 'rruga', 'rrugës', 'rrugën', 'rrugët', 'rrugëve', 'bulevard', 'bulevardi', 'shesh'],
  student: [
    'student', 'studenti', 'studentit', 'studentë', 'studentët', 'studentëve', 'studente', 'studentja',
    'nxënës', 'nxënësi', 'nxënësit', 'nxënësve',
  ],
  submarine: ['nëndetëse', 'nëndetësja', 'nëndetëses', 'nëndetësen', 'nëndetëset', 'nëndetëseve', 'nëndetës'],
  subsidy: [
    'subvencion', 'subvencioni', 'subvencione', 'subvencionet', 'subvencioneve', 'mbështetje financiare',
    'grant',
  ],
  success: ['sukses', 'suksesi', 'suksesit', 'suksesin', 'suksese', 'suksesshëm', 'suksesshme', 'arritje'],
  summit: ['samit', 'samiti', 'samitit', 'samitin', 'samite', 'samitet', 'takim i nivelit të lartë', 'takim'],
  'supply chain': [
    'zinxhir furnizimi', 'zinxhiri i furnizimit', 'zinxhirët e furnizimit', 'zinxhirit të furnizimit',
    'zinxhir', 'furnizimit', 'furnizim',
  ],
  supporter: [
    'mbështetës', 'mbështetësi', 'mbështetësit', 'mbështetësve', 'mbështetëse', 'përkrahës', 'përkrahësit',
    'simpatizant', 'simpatizantë', 'simpatizantët',
  ],
  survivor: ['i mbijetuar', 'të mbijetuar', 'të mbijetuarit', 'të mbijetuarve', 'mbijetues', 'mbijetuesit'],
  system: [
    'sistem', 'sistemi', 'sistemit', 'sistemin', 'sisteme', 'sistemet', 'sistemeve', 'sistemesh',
    'sistematik',
  ],
  talks: [
    'bisedime', 'bisedimet', 'bisedimeve', 'bisedimesh', 'negociata', 'negociatat', 'negociatave', 'takime',
    'dialog',
  ],
  tank: [
    'tank', 'tanku', 'tankut', 'tankun', 'tanke', 'tanket', 'tankeve', 'tankesh', 'cisternë', 'cisterna',
    'rezervuar',
  ],
  tariff: [
    'tarifë', 'tarifa', 'tarifës', 'tarifën', 'tarifat', 'tarifave', 'tarifa doganore', 'taksa doganore',
    'doganore', 'doganë',
  ],
  teacher: [
    'mësues', 'mësuesi', 'mësuesit', 'mësuesin', 'mësuesve', 'mësuese', 'mësuesja', 'arsimtar', 'arsimtarë',
    'pedagog',
  ],
  team: [
    'ekip', 'ekipi', 'ekipit', 'ekipin', 'ekipe', 'ekipet', 'ekipeve', 'skuadër', 'skuadra', 'skuadrës',
    'skuadrën', 'skuadrat', 'grup pune',
  ],
  technology: [
    'teknologji', 'teknologjia', 'teknologjisë', 'teknologjinë', 'teknologjitë', 'teknologjive',
    'teknologjik', 'teknologjike', 'teknologjikë',
  ],
  television: [
    'televizion', 'televizioni', 'televizionit', 'televizionin', 'televizione', 'televizionet', 'televiziv',
    'televizive', 'tv', 'ekran',
  ],
  temperature: [
    'temperaturë', 'temperatura', 'temperaturës', 'temperaturën', 'temperaturat', 'temperaturave', 'gradë',
    'gradë celsius',
  ],
  tender: [
    'tender', 'tenderi', 'tenderit', 'tenderin', 'tendera', 'tenderët', 'tenderave', 'prokurim', 'prokurimi',
    'ankand',
  ],
  tension: [
    'tension', 'tensioni', 'tensionit', 'tensionin', 'tensione', 'tensionet', 'tensioneve', 'tensionuar',
    'acarim', 'acarimi',
  ],
  term: [
    'mandat', 'mandati', 'mandatit', 'mandatin', 'afat', 'afati', 'afatit', 'term', 'termi', 'termin',
    'kushte',
  ],
  territory: [
    'territor', 'territori', 'territorit', 'territorin', 'territore', 'territoret', 'territoreve',
    'territorial', 'territoriale', 'tokë', 'troje',
  ],
  terrorism: [
    'terrorizëm', 'terrorizmi', 'terrorizmit', 'terrorizmin', 'terrorist', 'terroriste', 'terror', 'terrori',
    'antiterror',
  ],
  terrorist: [
    'terrorist', 'terroristi', 'terroristë', 'terroristët', 'terroristëve', 'terroriste', 'terror',
    'terrori',
  ],
  testimony: ['dëshmi', 'dëshmia', 'dëshmisë', 'dëshminë', 'dëshmitë', 'dëshmive', 'deklarata', 'deklaratë'],
  theft: ['vjedhje', 'vjedhja', 'vjedhjes', 'vjedhjen', 'vjedhjet', 'vjedhjeve', 'vjedhur'],
  threat: [
    'kërcënim', 'kërcënimi', 'kërcënimit', 'kërcënimin', 'kërcënime', 'kërcënimet', 'kërcënimeve', 'rrezik',
    'rreziku',
  ],
  topic: ['temë', 'tema', 'temës', 'temën', 'temat', 'temave', 'çështje', 'subjekt'],
  tourism: [
    'turizëm', 'turizmi', 'turizmit', 'turizmin', 'turistik', 'turistike', 'turistikë', 'turistë',
    'sezoni turistik',
  ],
  tourist: [
    'turist', 'turisti', 'turistë', 'turistët', 'turistëve', 'turiste', 'turistik', 'turistike', 'vizitorë',
  ],
  tournament: [
    'turne', 'turneu', 'turneut', 'turneun', 'turnir', 'turniri', 'turnirit', 'kampionat', 'kampionati',
  ],
  town: [
    'qytet', 'qyteti', 'qytetit', 'qytetin', 'qytete', 'qytetet', 'qytezë', 'qyteza', 'qytezës', 'fshat',
    'komunë',
  ],
  'trade union': [
    'sindikatë', 'sindikata', 'sindikatës', 'sindikatën', 'sindikatat', 'sindikatave', 'sindikalist',
    'sindikalistët',
  ],
  traffic: ['trafik', 'trafiku', 'trafikut', 'trafikun', 'qarkullim', 'qarkullimi', 'qarkullimit', 'rrugor'],
  trafficking: [
    'trafik', 'trafiku', 'trafikut', 'trafikun', 'trafikim', 'trafikimi', 'trafikimit', 'trafikimin',
    'trafikant', 'trafikantë', 'trafikantët', 'trafikantëve',
  ],
  treaty: [
    'traktat', 'traktati', 'traktatit', 'traktatin', 'traktate', 'traktatet', 'marrëveshje', 'konventë',
    'konventa',
  ],
  trial: [
    'gjyq', 'gjyqi', 'gjyqit', 'gjyqin', 'gjykim', 'gjykimi', 'gjykimit', 'gjykimin', 'proces gjyqësor',
    'procesi gjyqësor', 'seancë', 'seanca', 'provë', 'testim',
  ],
  trip: ['udhëtim', 'udhëtimi', 'udhëtimit', 'udhëtimin', 'udhëtime', 'vizitë', 'vizita', 'turne'],
  troop: [
    'trupë', 'trupa', 'trupat', 'trupave', 'forca', 'forcat', 'forcave', 'ushtarë', 'ushtarët', 'ushtarëve',
    'efektivë',
  ],
  troops: [
    'trupa', 'trupat', 'trupave', 'forca', 'forcat', 'forcave', 'ushtarë', 'ushtarët', 'ushtarëve',
    'efektivë', 'kontingjent', 'kontingjenti',
  ],
  truce: ['armëpushim', 'armëpushimi', 'armëpushimit', 'armëpushimin', 'armistic', 'armëpushim i përkohshëm'],
  truck: [
    'kamion', 'kamioni', 'kamionit', 'kamionin', 'kamionë', 'kamionët', 'kamionëve', 'automjet transporti',
  ],
  truth: ['e vërtetë', 'e vërteta', 'të vërtetën', 'të vërtetës', 'vërtetësi', 'realitet'],
  tsunami: ['cunami', 'cunamit', 'cunamin', 'valë', 'vala gjigante'],
  turnout: ['pjesëmarrje', 'pjesëmarrja', 'pjesëmarrjes', 'pjesëmarrjen', 'dalje në zgjedhje', 'dalja'],
  tv: [
    'televizion', 'televizioni', 'televizionit', 'televizionin', 'televiziv', 'televizive', 'tv', 'emision',
  ],
  type: [
    'lloj', 'lloji', 'llojit', 'llojin', 'lloje', 'llojet', 'llojeve', 'llojesh', 'tip', 'tipi', 'model',
  ],
  ultimatum: ['ultimatum', 'ultimatumi', 'ultimatumit', 'ultimatumin', 'afat'],
  unemployment: [
    'papunësi', 'papunësia', 'papunësisë', 'papunësinë', 'i papunë', 'të papunë', 'të papunët',
    'të papunëve',
  ],
  uniform: ['uniformë', 'uniforma', 'uniformës', 'uniformën', 'uniformat', 'uniformë ushtarake'],
  union: [
    'bashkim', 'bashkimi', 'bashkimit', 'bashkimin', 'sindikatë', 'sindikata', 'sindikatës', 'sindikatat',
    'sindikatave', 'union', 'unioni',
  ],
  unit: [
    'njësi', 'njësia', 'njësisë', 'njësinë', 'njësitë', 'njësive', 'repart', 'reparti', 'repartit',
    'reparte',
  ],
  united: [
    'bashkuar', 'i bashkuar', 'e bashkuar', 'të bashkuar', 'të bashkuara', 'bashkuara', 'unitet', 'uniteti',
    'bashkim',
  ],
  units: [
    'njësi', 'njësia', 'njësisë', 'njësinë', 'njësitë', 'njësive', 'repart', 'reparti', 'repartit',
    'reparte',
  ],
  university: [
    'universitet', 'universiteti', 'universitetit', 'universitetin', 'universitete', 'universitetet',
    'universiteteve', 'universitar', 'universitare',
  ],
  uranium: [
    'uranium', 'uraniumi', 'uraniumit', 'uraniumin', 'uranium i pasuruar', 'pasurim', 'pasurimi',
    'pasurimit',
  ],
  vaccine: [
    'vaksinë', 'vaksina', 'vaksinës', 'vaksinën', 'vaksinat', 'vaksinave', 'vaksinim', 'vaksinimi',
    'vaksinimit', 'vaksinuar', 'doza',
  ],
  value: ['vlerë', 'vlera', 'vlerës', 'vlerën', 'vlerat', 'vlerave', 'vleftë', 'çmim'],
  vehicle: [
    'automjet', 'automjeti', 'automjetit', 'automjetin', 'automjete', 'automjetet', 'automjeteve', 'mjet',
    'mjeti', 'mjete', 'mjetet', 'makinë', 'makina', 'veturë',
  ],
  verdict: [
    'vendim', 'vendimi', 'vendimin', 'vendimit', 'aktgjykim', 'aktgjykimi', 'aktgjykimin', 'verdikt',
    'verdikti', 'verdiktin', 'vendim gjyqësor',
  ],
  vessel: [
    'anije', 'anija', 'anijes', 'anijen', 'anijet', 'anijeve', 'mjet lundrues', 'mjete lundruese', 'enë',
  ],
  veteran: ['veteran', 'veterani', 'veteranit', 'veteranë', 'veteranët', 'veteranëve', 'veterane'],
  'vice president': [
    'zëvendëspresident', 'zëvendëspresidenti', 'zëvendëspresidentit', 'zëvendëspresidente', 'nënpresident',
    'nënpresidenti', 'zëvendëspresidentja',
  ],
  victim: [
    'viktimë', 'viktima', 'viktimës', 'viktimën', 'viktimat', 'viktimave', 'i vrarë', 'të vrarë',
    'të vrarët',
  ],
  victory: [
    'fitore', 'fitorja', 'fitores', 'fitoren', 'fitoret', 'fitoreve', 'triumf', 'triumfi', 'fitues',
    'fituar', 'fitoi',
  ],
  video: [
    'video', 'videoja', 'videos', 'videon', 'videot', 'videove', 'pamje', 'pamjet', 'regjistrim', 'incizim',
  ],
  view: [
    'pikëpamje', 'pikëpamja', 'pikëpamjet', 'këndvështrim', 'këndvështrimi', 'mendim', 'mendimi', 'qëndrim',
    'pamje', 'pamja',
  ],
  village: [
    'fshat', 'fshati', 'fshatit', 'fshatin', 'fshatra', 'fshatrat', 'fshatrave', 'fshatar', 'fshatarë',
    'fshatarët',
  ],
  violence: ['dhunë', 'dhuna', 'dhunës', 'dhunën', 'dhunshëm', 'dhunshme', 'akte dhune'],
  virus: ['virus', 'virusi', 'virusit', 'virusin', 'viruse', 'viruset', 'viral', 'virale'],
  visitor: ['vizitor', 'vizitori', 'vizitorë', 'vizitorët', 'vizitorëve', 'vizitore', 'turist', 'turistë'],
  volcano: [
    'vullkan', 'vullkani', 'vullkanit', 'vullkanin', 'vullkane', 'shpërthim vullkanik', 'vullkanik',
    'vullkanike',
  ],
  voter: [
    'votues', 'votuesi', 'votuesit', 'votuesve', 'votuese', 'zgjedhës', 'zgjedhësi', 'zgjedhësit',
    'zgjedhësve', 'elektorat', 'elektorati',
  ],
  war: [
    'luftë', 'lufta', 'luftës', 'luftën', 'luftëra', 'luftërat', 'luftërave', 'luftarak', 'luftarake',
    'lufte', 'luftime',
  ],
  'war crime': [
    'krim lufte', 'krime lufte', 'krimet e luftës', 'krimeve të luftës', 'krim', 'krime', 'luftës',
  ],
  'war crimes': ['krime lufte', 'krimet e luftës', 'krimeve të luftës', 'krime', 'krimet', 'luftës'],
  warhead: [
    'kokë luftarake', 'koka luftarake', 'kokat luftarake', 'kokave luftarake', 'mbushje luftarake',
    'kokë bërthamore',
  ],
  warplane: [
    'avion luftarak', 'avioni luftarak', 'avionë luftarakë', 'avionët luftarakë', 'avionëve luftarakë',
    'luftarak', 'luftarakë', 'avion', 'avionë',
  ],
  warship: [
    'luftanije', 'luftanija', 'luftanijes', 'luftanijen', 'luftanijet', 'luftanijeve', 'anije luftarake',
    'anijet luftarake',
  ],
  water: [
    'ujë', 'uji', 'ujit', 'ujin', 'ujëra', 'ujërat', 'ujërave', 'ujor', 'ujore', 'ujësjellës', 'ujësjellësi',
  ],
  way: ['mënyrë', 'mënyra', 'mënyrës', 'mënyrën', 'mënyrat', 'rrugë', 'rruga', 'udhë'],
  wealth: ['pasuri', 'pasuria', 'pasurisë', 'pasurinë', 'pasuritë', 'i pasur', 'të pasur', 'begati'],
  weapon: [
    'armë', 'arma', 'armës', 'armën', 'armët', 'armëve', 'armësh', 'armatim', 'armatime', 'armatimet',
    'armatimeve',
  ],
  weapons: ['armë', 'armët', 'armëve', 'armësh', 'armatime', 'armatimet', 'armatimeve', 'armatim', 'arsenal'],
  weather: [
    'mot', 'moti', 'motit', 'motin', 'kushte atmosferike', 'kushtet atmosferike', 'meteorologjik',
    'meteorologjike', 'parashikimi i motit',
  ],
  website: [
    'faqe interneti', 'faqja e internetit', 'faqen e internetit', 'uebfaqe', 'uebfaqja', 'uebfaqen',
    'uebsajt', 'portal', 'portali', 'portalit', 'faqe zyrtare',
  ],
  wedding: ['dasmë', 'dasma', 'dasmës', 'dasmën', 'martesë', 'ceremoni martese'],
  welfare: [
    'mirëqenie', 'mirëqenia', 'mirëqenies', 'mirëqenien', 'ndihmë sociale', 'ndihma sociale',
    'asistencë sociale', 'skema sociale',
  ],
  wife: [
    'bashkëshorte', 'bashkëshortja', 'bashkëshortes', 'bashkëshorten', 'grua', 'gruaja', 'gruas', 'gruan',
  ],
  wildfire: [
    'zjarr në pyll', 'zjarre pyjore', 'zjarret pyjore', 'zjarreve pyjore', 'zjarr pyjor', 'zjarri pyjor',
    'zjarr', 'zjarre', 'zjarret', 'pyjore', 'pyjor',
  ],
  wind: ['erë', 'era', 'erës', 'erën', 'erëra', 'erërat', 'energji e erës', 'turbina të erës'],
  woman: ['grua', 'gruaja', 'gruas', 'gruan', 'gra', 'gratë', 'grave', 'femër', 'femra', 'femrat', 'zonjë'],
  worker: [
    'punëtor', 'punëtori', 'punëtorit', 'punëtorë', 'punëtorët', 'punëtorëve', 'punëtore', 'punonjës',
    'punonjësi', 'punonjësit', 'punonjësve',
  ],
  world: [
    'botë', 'bota', 'botës', 'botën', 'botëror', 'botërore', 'botërorë', 'mbarëbotëror', 'globale', 'global',
  ],
  'world cup': [
    'kupa e botës', 'kupës së botës', 'kupën e botës', 'kampionati botëror', 'kampionatit botëror',
    'botërori', 'botërorit', 'botëror', 'kupa', 'kupës',
  ],
  youth: [
    'të rinj', 'të rinjtë', 'të rinjve', 'rini', 'rinia', 'rinisë', 'rininë', 'i ri', 'e re', 'të reja',
  ],
  zone: ['zonë', 'zona', 'zonës', 'zonën', 'zonat', 'zonave', 'zonash', 'rajon', 'perimetër'],
  // ── Adjectives and adverbs ──
  abroad: [
    'jashtë vendit', 'jashtë shtetit', 'jashtë', 'në botë', 'jashtë atdheut', 'në mërgim', 'mërgim',
    'emigrim',
  ],
  active: ['aktiv', 'aktive', 'aktivë', 'aktivisht', 'aktivitet', 'aktiviteti', 'veprues'],
  advanced: [
    'i avancuar', 'avancuar', 'e avancuar', 'të avancuar', 'të avancuara', 'përparuar', 'i përparuar',
    'modern', 'sofistikuar',
  ],
  aerial: ['ajror', 'ajrore', 'ajrorë', 'nga ajri', 'hapësira ajrore'],
  again: ['përsëri', 'sërish', 'prapë', 'rishtas', 'edhe një herë', 'rishtazi'],
  alive: ['gjallë', 'i gjallë', 'e gjallë', 'të gjallë', 'mbijetuar', 'jetë'],
  allegedly: ['gjoja', 'pretendohet', 'dyshohet', 'i dyshuar', 'supozohet', 'thuhet'],
  almost: ['pothuajse', 'pothuaj', 'gati', 'thuajse', 'afro', 'afërsisht'],
  already: ['tashmë', 'tanimë', 'qysh', 'që më parë'],
  always: ['gjithmonë', 'gjithnjë', 'përherë', 'vazhdimisht'],
  annual: ['vjetor', 'vjetore', 'vjetorë', 'vjetorin', 'në vit', 'çdo vit', 'për vit'],
  approximately: ['afërsisht', 'përafërsisht', 'rreth', 'afro', 'gati', 'përafërsi', 'përafërt'],
  armed: [
    'i armatosur', 'e armatosur', 'të armatosur', 'të armatosura', 'armatosur', 'armatosura', 'armatosen',
    'armë',
  ],
  authoritarian: ['autoritar', 'autoritare', 'autoritarë', 'autoritarizëm', 'autoritarizmi', 'diktatorial'],
  available: ['i disponueshëm', 'disponueshëm', 'disponueshme', 'në dispozicion', 'dispozicion', 'i gatshëm'],
  bad: ['keq', 'i keq', 'e keqe', 'të keq', 'të këqija', 'keqe', 'dobët'],
  ballistic: ['balistik', 'balistike', 'balistikë', 'raketë balistike', 'raketa balistike'],
  best: [
    'më i miri', 'më e mira', 'më të mirë', 'më të mirët', 'më të mirat', 'më mirë', 'i mirë', 'më i mirë',
  ],
  better: ['më mirë', 'më i mirë', 'më e mirë', 'më të mirë', 'përmirësim', 'përmirësuar'],
  big: ['i madh', 'e madhe', 'të madh', 'të mëdha', 'të mëdhenj', 'madh', 'madhe', 'mëdha', 'mëdhenj'],
  bilateral: [
    'dypalësh', 'dypalëshe', 'dypalëshin', 'bilateral', 'bilaterale', 'dypalëshme', 'mes dy vendeve',
  ],
  biological: ['biologjik', 'biologjike', 'biologjikë'],
  black: ['i zi', 'e zezë', 'të zi', 'të zeza', 'zezë', 'zeza', 'zinj'],
  bloody: ['i përgjakshëm', 'përgjakshëm', 'përgjakshme', 'gjakderdhje', 'gjak'],
  blue: ['blu', 'kaltër', 'i kaltër', 'e kaltër', 'të kaltër'],
  chemical: ['kimik', 'kimike', 'kimikë', 'kimikatet', 'kimikate', 'lëndë kimike'],
  civil: ['civil', 'civile', 'civilë', 'qytetar', 'qytetare', 'shoqëria civile'],
  clear: ['qartë', 'i qartë', 'e qartë', 'të qartë', 'të qarta', 'qarta', 'qartësi', 'qartësisht', 'dukshëm'],
  close: [
    'afër', 'i afërt', 'e afërt', 'të afërt', 'të afërta', 'afërt', 'ngushtë', 'i ngushtë', 'ngushta',
    'mbyll', 'mbylli', 'mbyllur', 'mbyllje', 'mbyllja',
  ],
  cold: ['i ftohtë', 'e ftohtë', 'ftohtë', 'të ftohtë', 'ftohta', 'i ftohti', 'të ftohtit', 'luftë e ftohtë'],
  completely: ['plotësisht', 'tërësisht', 'krejtësisht', 'krejt', 'totalisht', 'fare'],
  concerned: [
    'i shqetësuar', 'e shqetësuar', 'të shqetësuar', 'shqetësuar', 'shqetësim', 'shqetësohet', 'shqetësohen',
    'i interesuar',
  ],
  conservative: ['konservator', 'konservatore', 'konservatorë', 'konservatorët', 'konservatorëve'],
  controversial: [
    'i diskutueshëm', 'diskutueshëm', 'diskutueshme', 'kontrovers', 'kontroverse', 'kontroversial',
    'i debatueshëm', 'polemikë',
  ],
  conventional: ['konvencional', 'konvencionale', 'konvencionalë', 'klasik', 'tradicional'],
  corrupt: ['i korruptuar', 'korruptuar', 'të korruptuar', 'korrupsion', 'korruptiv', 'korruptive'],
  critical: ['kritik', 'kritike', 'kritikë', 'vendimtar', 'vendimtare', 'rëndë', 'i rëndë'],
  current: [
    'aktual', 'aktuale', 'aktualë', 'aktualisht', 'tanishëm', 'i tanishëm', 'e tanishme', 'tanishme',
    'rrymë', 'rryma',
  ],
  dangerous: [
    'i rrezikshëm', 'e rrezikshme', 'të rrezikshëm', 'të rrezikshme', 'rrezikshëm', 'rrezikshme', 'rrezik',
  ],
  dead: [
    'i vdekur', 'të vdekur', 'të vdekurit', 'të vdekurve', 'vdekur', 'vdekje', 'viktima', 'i vrarë',
    'të vrarë', 'trupi i pajetë',
  ],
  deadly: ['vdekjeprurës', 'vdekjeprurëse', 'vdekjeprurësit', 'fatal', 'fatale', 'vrasës'],
  democratic: [
    'demokratik', 'demokratike', 'demokratikë', 'demokrat', 'demokrate', 'demokratë', 'demokratët',
    'demokratikisht',
  ],
  difficult: [
    'vështirë', 'i vështirë', 'e vështirë', 'të vështirë', 'të vështira', 'vështira', 'vështirësi',
    'vështirësitë',
  ],
  diplomatic: ['diplomatik', 'diplomatike', 'diplomatikë', 'diplomaci', 'diplomatikisht', 'diplomat'],
  direct: [
    'drejtpërdrejtë', 'i drejtpërdrejtë', 'e drejtpërdrejtë', 'drejtpërdrejt', 'direkt', 'direkte', 'drejtë',
  ],
  directly: ['drejtpërdrejt', 'direkt', 'drejtpërsëdrejti', 'drejtpërdrejtë'],
  domestic: [
    'vendas', 'vendase', 'vendor', 'vendore', 'i brendshëm', 'e brendshme', 'brendshëm', 'brendshme',
    'shtëpiak', 'familjar',
  ],
  early: ['herët', 'i hershëm', 'e hershme', 'hershëm', 'hershme', 'parakohshëm', 'fillim', 'fillimi'],
  eastern: ['lindor', 'lindore', 'lindorë', 'lindoret', 'lindje', 'lindjes'],
  economic: ['ekonomik', 'ekonomike', 'ekonomikë', 'ekonomi', 'ekonomisë', 'ekonomikisht'],
  electric: ['elektrik', 'elektrike', 'elektrikë', 'energji elektrike'],
  especially: ['veçanërisht', 'sidomos', 'posaçërisht', 'në veçanti', 'kryesisht'],
  ethnic: ['etnik', 'etnike', 'etnikë', 'etni', 'etnitë', 'kombësi', 'kombësia'],
  expensive: [
    'i shtrenjtë', 'shtrenjtë', 'e shtrenjtë', 'të shtrenjta', 'shtrenjta', 'kushtueshëm', 'i kushtueshëm',
    'shtrenjtim',
  ],
  extreme: [
    'ekstrem', 'ekstreme', 'ekstremë', 'ekstremist', 'ekstremistë', 'skajshëm', 'i skajshëm',
    'jashtëzakonshëm',
  ],
  fair: ['i drejtë', 'e drejtë', 'i ndershëm', 'ndershëm', 'ndershme', 'korrekt', 'panair', 'panairi'],
  false: ['i rremë', 'e rreme', 'rremë', 'rreme', 'të rreme', 'fals', 'false', 'gënjeshtër', 'pavërtetë'],
  famous: [
    'i famshëm', 'e famshme', 'famshëm', 'famshme', 'i njohur', 'njohur', 'njohura', 'i mirënjohur',
    'mirënjohur',
  ],
  far: ['larg', 'i largët', 'e largët', 'largët', 'largëta', 'distancë', 'së largu'],
  fast: [
    'shpejt', 'i shpejtë', 'e shpejtë', 'shpejtë', 'shpejta', 'shpejtësi', 'me shpejtësi', 'shpejtësisht',
  ],
  federal: ['federal', 'federale', 'federalë', 'federatë', 'federata'],
  finally: ['më në fund', 'përfundimisht', 'në fund', 'së fundi', 'përfundim'],
  financial: ['financiar', 'financiare', 'financiarë', 'financë', 'financa', 'financat', 'financiarisht'],
  foreign: [
    'i huaj', 'e huaj', 'të huaj', 'huaj', 'të huajt', 'të huajve', 'jashtëm', 'i jashtëm', 'e jashtme',
    'jashtme', 'jashtë',
  ],
  'foreign affairs': ['punë të jashtme', 'punët e jashtme', 'punëve të jashtme', 'punëve', 'jashtme'],
  'foreign minister': [
    'ministër i jashtëm', 'ministri i jashtëm', 'ministrit të jashtëm', 'ministri i punëve të jashtme',
    'ministrja e jashtme', 'shefi i diplomacisë', 'ministër', 'ministri', 'ministrit', 'jashtëm', 'jashtme',
  ],
  'foreign ministers': [
    'ministër i jashtëm', 'ministri i jashtëm', 'ministrit të jashtëm', 'ministri i punëve të jashtme',
    'ministrja e jashtme', 'shefi i diplomacisë', 'ministër', 'ministri', 'ministrit', 'jashtëm', 'jashtme',
  ],
  'foreign ministry': [
    'ministria e jashtme', 'ministrisë së jashtme', 'ministrinë e jashtme', 'ministria e punëve të jashtme',
    'ministrisë së punëve të jashtme', 'ministria', 'ministrisë', 'jashtme', 'punëve',
  ],
  former: ['ish', 'i mëparshëm', 'e mëparshme', 'mëparshëm', 'mëparshme', 'dikur'],
  friendly: ['miqësor', 'miqësore', 'miqësorë', 'miqësisht', 'mik', 'miq'],
  full: ['i plotë', 'e plotë', 'plotë', 'plota', 'plotësisht', 'tërë', 'i tërë', 'mbushur', 'i mbushur'],
  global: [
    'global', 'globale', 'globalë', 'botëror', 'botërore', 'botërorë', 'mbarëbotëror', 'mbarëbotërore',
    'globalisht',
  ],
  good: ['mirë', 'i mirë', 'e mirë', 'të mirë', 'të mira', 'mira', 'mirët'],
  great: ['madh', 'i madh', 'e madhe', 'i shkëlqyer', 'shkëlqyer', 'madhështor', 'fuqi e madhe'],
  green: [
    'gjelbër', 'i gjelbër', 'e gjelbër', 'të gjelbër', 'gjelbërt', 'jeshil', 'jeshile', 'gjelbërim',
    'të gjelbrit',
  ],
  guilty: ['fajtor', 'fajtore', 'fajtorë', 'fajtorët', 'fajësi', 'fajësinë', 'fajin', 'faj'],
  heavy: ['i rëndë', 'e rëndë', 'të rëndë', 'të rënda', 'rëndë', 'rënda', 'peshë', 'masiv'],
  high: ['i lartë', 'e lartë', 'të lartë', 'të larta', 'lartë', 'larta', 'lartësi', 'lart', 'niveli i lartë'],
  historic: ['historik', 'historike', 'historikë', 'historia', 'histori', 'i paprecedentë'],
  hostile: ['armiqësor', 'armiqësore', 'armiqësorë', 'armiqësi', 'armiqësia', 'armik', 'kundërshtar'],
  hot: ['i nxehtë', 'e nxehtë', 'nxehtë', 'të nxehtë', 'nxehta', 'i nxehti', 'vapë', 'vapa'],
  huge: [
    'i madh', 'e madhe', 'i stërmadh', 'stërmadh', 'stërmadhe', 'i jashtëzakonshëm', 'gjigant', 'gjigante',
    'masiv', 'masive', 'madhe',
  ],
  human: [
    'njerëzor', 'njerëzore', 'njerëzorë', 'njeri', 'njeriu', 'njeriut', 'njerëzit', 'njerëzve', 'humane',
  ],
  humanitarian: ['humanitar', 'humanitare', 'humanitarë', 'humanitarët', 'ndihmë humanitare'],
  hypersonic: ['hipersonik', 'hipersonike', 'hipersonikë', 'supersonik'],
  illegal: [
    'i paligjshëm', 'e paligjshme', 'paligjshëm', 'paligjshme', 'të paligjshme', 'ilegal', 'ilegale',
    'ilegalë', 'kundërligjshëm', 'kundërligjshme', 'jashtëligjshëm',
  ],
  immediately: ['menjëherë', 'menjëherësh', 'pa vonesë', 'në çast', 'sakaq', 'menjëhershëm'],
  important: [
    'i rëndësishëm', 'e rëndësishme', 'rëndësishëm', 'rëndësishme', 'të rëndësishme', 'rëndësi', 'rëndësia',
    'rëndësinë',
  ],
  independent: [
    'i pavarur', 'e pavarur', 'pavarur', 'të pavarur', 'të pavarura', 'pavarura', 'pavarësi', 'pavarësia',
  ],
  innocent: ['i pafajshëm', 'e pafajshme', 'pafajshëm', 'pafajshme', 'të pafajshëm', 'pafajësi', 'pafajësia'],
  intercontinental: [
    'ndërkontinental', 'ndërkontinentale', 'ndërkontinentalë', 'raketë balistike ndërkontinentale',
  ],
  interesting: [
    'interesant', 'interesante', 'interesantë', 'i interesant', 'interesim', 'intrigues', 'intriguese',
  ],
  interior: [
    'i brendshëm', 'e brendshme', 'brendshëm', 'brendshme', 'punëve të brendshme', 'brendësi', 'brendësia',
  ],
  'interior minister': [
    'ministër i brendshëm', 'ministri i brendshëm', 'ministrit të brendshëm',
    'ministri i punëve të brendshme', 'ministrja e brendshme', 'ministër', 'ministri', 'brendshëm',
    'brendshme',
  ],
  'interior ministry': [
    'ministria e brendshme', 'ministrisë së brendshme', 'ministrinë e brendshme',
    'ministria e punëve të brendshme', 'ministrisë së punëve të brendshme', 'ministria', 'ministrisë',
    'brendshme',
  ],
  internal: [
    'i brendshëm', 'e brendshme', 'brendshëm', 'brendshme', 'të brendshme', 'punëve të brendshme',
    'brendësi',
  ],
  international: [
    'ndërkombëtar', 'ndërkombëtare', 'ndërkombëtarë', 'ndërkombëtarët', 'ndërkombëtarisht', 'bota',
    'botëror', 'globale',
  ],
  joint: [
    'i përbashkët', 'e përbashkët', 'përbashkët', 'të përbashkët', 'të përbashkëta', 'përbashkëta',
    'bashkërisht', 'së bashku',
  ],
  jointly: ['së bashku', 'bashkërisht', 'përbashkët', 'të përbashkët', 'bashkë'],
  key: [
    'kyç', 'kyçe', 'çelës', 'çelësi', 'çelësin', 'kryesor', 'kryesore', 'thelbësor', 'thelbësore',
    'vendimtar',
  ],
  large: [
    'i madh', 'e madhe', 'të madh', 'të mëdha', 'madh', 'madhe', 'mëdha', 'mëdhenj', 'gjerë', 'i gjerë',
    'shkallë të gjerë',
  ],
  late: ['vonë', 'i vonë', 'i vonuar', 'vonuar', 'vonuara', 'ndjerë', 'i ndjeri', 'e ndjera', 'fund'],
  leading: ['kryesor', 'kryesore', 'udhëheqës', 'udhëheqëse', 'drejtues', 'prijës', 'prijëse', 'i parë'],
  left: [
    'majtë', 'e majtë', 'i majtë', 'të majtë', 'majta', 'majtas', 'e majta', 'krahu i majtë', 'la', 'lanë',
    'u largua', 'mbetur',
  ],
  legal: [
    'ligjor', 'ligjore', 'ligjorë', 'ligjshëm', 'i ligjshëm', 'e ligjshme', 'ligjshme', 'juridik',
    'juridike', 'ligjërisht',
  ],
  liberal: ['liberal', 'liberale', 'liberalë', 'liberalët', 'liberalizëm', 'liberalizmi'],
  light: ['lehtë', 'i lehtë', 'e lehtë', 'të lehta', 'lehta', 'dritë', 'drita', 'dritën', 'ndriçim'],
  local: [
    'lokal', 'lokale', 'lokalë', 'vendor', 'vendore', 'vendorë', 'vendas', 'vendase', 'vendasit', 'komunal',
  ],
  long: ['i gjatë', 'e gjatë', 'gjatë', 'gjata', 'të gjata', 'afatgjatë', 'gjatësi', 'gjatësia'],
  'long term': ['afatgjatë', 'afatgjata', 'i qëndrueshëm', 'në afat të gjatë', 'afat', 'gjatë'],
  low: ['i ulët', 'e ulët', 'ulët', 'të ulët', 'të ulëta', 'ulëta', 'nivel i ulët', 'minimal'],
  main: [
    'kryesor', 'kryesore', 'kryesorë', 'kryesoret', 'kryesisht', 'kryesorja', 'kryesori', 'qendror',
    'themelor',
  ],
  mainly: ['kryesisht', 'në radhë të parë', 'sidomos', 'kryesor'],
  major: [
    'madhor', 'madhore', 'kryesor', 'kryesore', 'i madh', 'e madhe', 'i rëndësishëm', 'major', 'majori',
    'madh', 'madhe',
  ],
  modern: ['modern', 'moderne', 'modernë', 'bashkëkohor', 'bashkëkohore', 'modernizim', 'modernizuar'],
  national: [
    'kombëtar', 'kombëtare', 'kombëtarë', 'kombëtarët', 'kombëtarja', 'shtetëror', 'shtetërore', 'nacional',
    'nacionale',
  ],
  naval: ['detar', 'detare', 'detarë', 'i marinës', 'marinës', 'marina', 'marinën', 'luftanije', 'flotë'],
  near: ['afër', 'pranë', 'i afërt', 'afërt', 'e afërt', 'në afërsi', 'afërsi', 'afërsia', 'rrethinat'],
  necessary: [
    'i nevojshëm', 'e nevojshme', 'nevojshëm', 'nevojshme', 'të nevojshme', 'domosdoshëm', 'i domosdoshëm',
    'domosdoshme', 'nevojë',
  ],
  negative: ['negativ', 'negative', 'negativë', 'negativisht', 'i keq', 'keq'],
  never: ['kurrë', 'asnjëherë', 'kurrsesi', 'asnjë herë'],
  new: ['i ri', 'e re', 'të ri', 'të rinj', 'të reja', 'ri', 're', 'rinj', 'reja', 'risi', 'i sapokrijuar'],
  northern: ['verior', 'veriore', 'veriorë', 'veriu', 'veriut', 'verilindor', 'veriperëndimor'],
  nuclear: [
    'bërthamor', 'bërthamore', 'bërthamorë', 'bërthamorët', 'nuklear', 'nukleare', 'atomik', 'atomike',
  ],
  officially: ['zyrtarisht', 'zyrtar', 'zyrtare', 'në mënyrë zyrtare'],
  often: ['shpesh', 'shpeshherë', 'rëndom', 'zakonisht', 'herë pas here'],
  old: [
    'i vjetër', 'e vjetër', 'vjetër', 'të vjetër', 'të vjetra', 'vjetra', 'plak', 'plakë', 'moshuar',
    'i moshuar', 'të moshuarit', 'vjeç', 'vjeçar', 'vjeçare',
  ],
  openly: ['hapur', 'haptazi', 'publikisht', 'në mënyrë të hapur'],
  peaceful: ['paqësor', 'paqësore', 'paqësorë', 'paqësisht', 'në mënyrë paqësore', 'paqe'],
  permanent: [
    'i përhershëm', 'e përhershme', 'përhershëm', 'përhershme', 'të përhershëm', 'përherë', 'permanent',
    'permanente',
  ],
  poor: [
    'i varfër', 'e varfër', 'varfër', 'të varfër', 'të varfra', 'varfra', 'varfëri', 'varfëria', 'dobët',
    'keq',
  ],
  popular: [
    'popullor', 'popullore', 'popullorë', 'i njohur', 'njohur', 'i pëlqyer', 'popullaritet', 'popullariteti',
    'popull',
  ],
  positive: ['pozitiv', 'pozitive', 'pozitivë', 'pozitivisht', 'mirë'],
  possible: [
    'i mundshëm', 'e mundshme', 'mundshëm', 'mundshme', 'të mundshme', 'mundur', 'i mundur', 'mundësi',
    'mundësia', 'ndoshta',
  ],
  powerful: [
    'i fuqishëm', 'e fuqishme', 'fuqishëm', 'fuqishme', 'të fuqishme', 'fuqishmit', 'fuqi', 'i fortë',
    'forta',
  ],
  previous: [
    'i mëparshëm', 'e mëparshme', 'mëparshëm', 'mëparshme', 'të mëparshme', 'paraardhës', 'paraardhësi',
    'paraardhësit', 'më parë',
  ],
  private: ['privat', 'private', 'privatë', 'privatisht', 'personal', 'personale', 'i veçantë'],
  public: [
    'publik', 'publike', 'publikë', 'publikun', 'publiku', 'publikut', 'publikisht', 'opinion publik',
    'opinioni publik', 'shtetëror', 'shtetërore',
  ],
  publicly: ['publikisht', 'hapur', 'haptazi', 'para publikut', 'publik'],
  quickly: ['shpejt', 'me shpejtësi', 'shpejtë', 'menjëherë', 'shpejtësisht'],
  rare: [
    'i rrallë', 'e rrallë', 'rrallë', 'të rrallë', 'të rralla', 'rralla', 'rrallëherë', 'rrallësi',
    'jashtëzakonshëm',
  ],
  ready: [
    'gati', 'i gatshëm', 'e gatshme', 'gatshëm', 'gatshme', 'të gatshëm', 'gatishmëri', 'gatishmëria',
    'përgatitur',
  ],
  real: ['i vërtetë', 'e vërtetë', 'vërtetë', 'real', 'reale', 'realë', 'realitet', 'realiteti', 'faktik'],
  recent: [
    'i fundit', 'e fundit', 'të fundit', 'fundit', 'së fundmi', 'kohëve të fundit', 'kohët e fundit',
    'fundmi', 'i kohëve të fundit',
  ],
  red: ['kuq', 'i kuq', 'e kuqe', 'të kuq', 'të kuqe', 'kuqe', 'kuqja'],
  regional: ['rajonal', 'rajonale', 'rajonalë', 'rajon', 'rajoni', 'rajonit', 'rajonin'],
  reportedly: [
    'sipas raportimeve', 'raportohet', 'thuhet', 'gjoja', 'raportimeve', 'sipas medias', 'sipas burimeve',
  ],
  responsible: [
    'përgjegjës', 'përgjegjëse', 'përgjegjësit', 'përgjegjësi', 'përgjegjësia', 'përgjegjësinë', 'fajtor',
    'në ngarkim',
  ],
  rich: ['i pasur', 'e pasur', 'pasur', 'të pasur', 'të pasura', 'pasura', 'pasuri', 'pasuria', 'i begatë'],
  right: [
    'djathtë', 'i djathtë', 'e djathtë', 'të djathtë', 'djathta', 'djathtas', 'e djathta', 'krahu i djathtë',
    'e drejtë', 'të drejtë', 'të drejtën', 'saktë', 'i saktë',
  ],
  safe: [
    'i sigurt', 'e sigurt', 'sigurt', 'të sigurt', 'të sigurta', 'sigurta', 'siguri', 'sigurinë', 'sigurisë',
    'sigurtë',
  ],
  same: [
    'i njëjtë', 'e njëjtë', 'njëjtë', 'njëjta', 'njëjtin', 'njëjtat', 'të njëjtë', 'të njëjtat',
    'të njëjtën', 'njësoj',
  ],
  secret: [
    'sekret', 'sekrete', 'sekreti', 'sekretin', 'sekretet', 'i fshehtë', 'e fshehtë', 'fshehtë', 'fshehta',
    'të fshehta', 'fshehtas', 'fshehtësi', 'fshehur', 'konfidencial',
  ],
  secretly: ['fshehtas', 'fshehurazi', 'në fshehtësi', 'fshehtësi', 'tinëz', 'në mënyrë të fshehtë'],
  serious: [
    'serioz', 'serioze', 'seriozë', 'seriozisht', 'i rëndë', 'e rëndë', 'rëndë', 'të rënda', 'rënda',
    'seriozitet',
  ],
  short: [
    'i shkurtër', 'e shkurtër', 'shkurtër', 'shkurtra', 'të shkurtra', 'shkurt', 'afatshkurtër', 'shkurtim',
  ],
  'short term': ['afatshkurtër', 'afatshkurtra', 'afatshkurtë', 'në afat të shkurtër', 'i përkohshëm'],
  significant: [
    'i rëndësishëm', 'rëndësishëm', 'rëndësishme', 'domethënës', 'domethënëse', 'i konsiderueshëm',
    'konsiderueshëm', 'konsiderueshme', 'ndjeshëm', 'ndjeshme',
  ],
  similar: [
    'i ngjashëm', 'e ngjashme', 'ngjashëm', 'ngjashme', 'të ngjashme', 'ngjashmëri', 'ngjashmëria', 'njësoj',
    'si',
  ],
  small: ['i vogël', 'e vogël', 'vogël', 'të vogël', 'të vegjël', 'të vogla', 'vogla', 'vegjël', 'imët'],
  social: ['social', 'sociale', 'socialë', 'shoqëror', 'shoqërore', 'shoqërorë', 'shoqëri', 'shoqërisë'],
  southern: ['jugor', 'jugore', 'jugorë', 'jugu', 'jugut', 'juglindor', 'jugperëndimor'],
  special: [
    'special', 'speciale', 'specialë', 'i veçantë', 'e veçantë', 'veçantë', 'veçanta', 'posaçëm',
    'i posaçëm', 'posaçme',
  ],
  strategic: ['strategjik', 'strategjike', 'strategjikë', 'strategjia', 'strategji', 'strategjikisht'],
  strong: [
    'i fortë', 'e fortë', 'fortë', 'të fortë', 'të forta', 'forta', 'fuqishëm', 'i fuqishëm', 'fuqishme',
    'fuqi', 'forcë',
  ],
  successful: [
    'i suksesshëm', 'e suksesshme', 'suksesshëm', 'suksesshme', 'të suksesshme', 'me sukses', 'sukses',
    'suksesi',
  ],
  sudden: ['i papritur', 'e papritur', 'papritur', 'të papritur', 'befasisht', 'befas', 'papritmas'],
  tactical: ['taktik', 'taktike', 'taktikë', 'taktika', 'taktikat'],
  temporary: [
    'i përkohshëm', 'e përkohshme', 'përkohshëm', 'përkohshme', 'të përkohshme', 'përkohësisht', 'provizor',
    'provizore',
  ],
  together: ['së bashku', 'bashkë', 'bashkërisht', 'përbashkët', 'të përbashkët', 'bashkëpunim'],
  trilateral: ['trepalësh', 'trepalëshe', 'trepalëshin', 'trepalëshit', 'tre vendeve'],
  true: ['i vërtetë', 'e vërtetë', 'vërtetë', 'të vërtetë', 'e vërteta', 'vërtet', 'saktë', 'i saktë'],
  unexpected: [
    'i papritur', 'e papritur', 'papritur', 'të papritur', 'të papritura', 'papritura', 'papritmas',
    'befasues', 'befasuese',
  ],
  unprecedented: [
    'i paprecedentë', 'e paprecedentë', 'paprecedentë', 'paparë', 'i paparë', 'e paparë', 'pa precedent',
    'i pashembullt', 'pashembullt',
  ],
  urgent: [
    'urgjent', 'urgjente', 'urgjentë', 'urgjentisht', 'urgjencë', 'urgjenca', 'emergjent', 'menjëhershëm',
  ],
  violent: [
    'i dhunshëm', 'e dhunshme', 'dhunshëm', 'dhunshme', 'të dhunshme', 'dhunë', 'dhuna', 'dhunës', 'ashpër',
  ],
  weak: ['i dobët', 'e dobët', 'dobët', 'të dobët', 'të dobëta', 'dobëta', 'dobësi', 'dobësia', 'brishtë'],
  western: [
    'perëndimor', 'perëndimore', 'perëndimorë', 'perëndimorët', 'perëndimoreve', 'perëndim', 'perëndimi',
    'perëndimit',
  ],
  white: ['bardhë', 'i bardhë', 'e bardhë', 'të bardhë', 'të bardha', 'bardha', 'bardhët'],
  whole: [
    'i tërë', 'e tërë', 'tërë', 'gjithë', 'mbarë', 'i gjithë', 'e gjithë', 'tërësi', 'tërësia', 'krejt',
  ],
  worried: [
    'i shqetësuar', 'e shqetësuar', 'të shqetësuar', 'shqetësuar', 'shqetësim', 'shqetësimi', 'shqetësohet',
    'shqetësohen', 'merak', 'i preokupuar',
  ],
  worse: ['më keq', 'më i keq', 'më e keqe', 'më të këqija', 'përkeqësim', 'përkeqësohet', 'përkeqësuar'],
  young: ['i ri', 'e re', 'të rinj', 'të reja', 'i riu', 'rinj', 'rinia', 'rinisë', 'i mitur', 'të mitur'],
  // ── Time: days, months, seasons, relative time ──
  afternoon: ['pasdite', 'pasditen', 'pasdites', 'pasditja', 'mbasdite', 'mbasditen'],
  ago: ['më parë', 'para', 'përpara', 'kohë më parë'],
  april: ['prill', 'prilli', 'prillit', 'prillin'],
  august: ['gusht', 'gushti', 'gushtit', 'gushtin'],
  autumn: ['vjeshtë', 'vjeshta', 'vjeshtës', 'vjeshtën', 'vjeshtor'],
  century: ['shekull', 'shekulli', 'shekullit', 'shekullin', 'shekuj', 'shekujt', 'shekujve', 'shekullor'],
  daily: [
    'ditor', 'ditore', 'ditorë', 'përditë', 'përditshëm', 'i përditshëm', 'e përditshme', 'përditshme',
    'çdo ditë', 'në ditë',
  ],
  date: ['datë', 'data', 'datës', 'datën', 'datat', 'datave', 'datuar', 'afat'],
  dawn: ['agim', 'agimi', 'agimit', 'agu', 'në të gdhirë', 'mëngjes herët'],
  day: ['ditë', 'dita', 'ditës', 'ditën', 'ditët', 'ditëve', 'ditësh', 'ditor', 'ditore'],
  deadline: ['afat', 'afati', 'afatit', 'afatin', 'afate', 'afatet', 'afat kohor', 'afati i fundit'],
  decade: [
    'dekadë', 'dekada', 'dekadës', 'dekadën', 'dekadat', 'dekadave', 'dhjetëvjeçar', 'dhjetëvjeçari',
    'dhjetë vjet',
  ],
  december: ['dhjetor', 'dhjetori', 'dhjetorit', 'dhjetorin'],
  during: ['gjatë', 'në kohën e', 'kohën', 'përgjatë'],
  earlier: [
    'më herët', 'herët', 'më parë', 'më përpara', 'paraprakisht', 'paraprak', 'paraprake', 'më hershme',
  ],
  era: ['epokë', 'epoka', 'epokës', 'epokën', 'erë', 'periudhë'],
  evening: ['mbrëmje', 'mbrëmja', 'mbrëmjen', 'mbrëmjes', 'mbrëmjeve', 'natë', 'darkë'],
  february: ['shkurt', 'shkurti', 'shkurtit', 'shkurtin'],
  friday: ['e premte', 'të premten', 'premten', 'premte', 'të premteve', 'premtja'],
  holiday: [
    'festë', 'festa', 'festës', 'festën', 'festat', 'festave', 'pushim', 'pushime', 'pushimet',
    'ditë pushimi',
  ],
  hour: ['orë', 'ora', 'orës', 'orën', 'orët', 'orëve', 'orësh', 'orar', 'orari'],
  january: ['janar', 'janari', 'janarit', 'janarin'],
  july: ['korrik', 'korriku', 'korrikut', 'korrikun'],
  june: ['qershor', 'qershori', 'qershorit', 'qershorin'],
  'last month': ['muajin e kaluar', 'muajit të kaluar', 'kaluar', 'muajin'],
  'last week': ['javën e kaluar', 'javës së kaluar', 'kaluar', 'javën'],
  'last year': ['vitin e kaluar', 'vitit të kaluar', 'vjet', 'vjetë', 'kaluar', 'vitin'],
  later: ['më vonë', 'vonë', 'pastaj', 'më pas', 'në vijim', 'pasardhëse', 'më tej'],
  may: ['maj', 'maji', 'majit', 'majin'],
  midnight: ['mesnatë', 'mesnata', 'mesnatës', 'mesnatën', 'pas mesnate'],
  minute: ['minutë', 'minuta', 'minutës', 'minutën', 'minutat', 'minutave', 'minutash'],
  moment: ['moment', 'momenti', 'momentit', 'momentin', 'momente', 'çast', 'çasti', 'çastin', 'aktualisht'],
  monday: ['e hënë', 'të hënën', 'hënën', 'hënë', 'të hënave', 'e hëna'],
  month: ['muaj', 'muaji', 'muajit', 'muajin', 'muajt', 'muajve', 'muajsh', 'mujor', 'mujore'],
  monthly: ['mujor', 'mujore', 'mujorë', 'çdo muaj', 'në muaj', 'mujorisht'],
  morning: ['mëngjes', 'mëngjesi', 'mëngjesin', 'mëngjesit', 'mëngjeseve', 'paradite', 'paraditen', 'agim'],
  'next month': ['muajin e ardhshëm', 'muajit të ardhshëm', 'muajin tjetër', 'ardhshëm', 'muajin'],
  'next week': ['javën e ardhshme', 'javës së ardhshme', 'javën tjetër', 'ardhshme', 'javën'],
  'next year': ['vitin e ardhshëm', 'vitit të ardhshëm', 'vitin tjetër', 'ardhshëm', 'vitin', 'vitit'],
  night: ['natë', 'nata', 'natën', 'natës', 'netët', 'netëve', 'natën e', 'mbrëmje', 'mbrëmjen', 'nate'],
  noon: ['mesditë', 'mesdita', 'mesditës', 'mesditën', 'drekë', 'dreka'],
  november: ['nëntor', 'nëntori', 'nëntorit', 'nëntorin'],
  now: ['tani', 'tash', 'tashmë', 'aktualisht', 'momentin', 'për momentin', 'sot'],
  october: ['tetor', 'tetori', 'tetorit', 'tetorin'],
  recently: [
    'së fundmi', 'kohët e fundit', 'kohëve të fundit', 'fundmi', 'së voni', 'rishtazi', 'së fundi', 'fundit',
    'së afërmi',
  ],
  saturday: ['e shtunë', 'të shtunën', 'shtunën', 'shtunë', 'të shtunave', 'e shtuna'],
  season: [
    'sezon', 'sezoni', 'sezonit', 'sezonin', 'sezone', 'stinë', 'stina', 'stinës', 'stinën', 'sezonal',
    'sezonale',
  ],
  september: ['shtator', 'shtatori', 'shtatorit', 'shtatorin'],
  soon: ['së shpejti', 'shpejt', 'shpejti', 'së afërmi', 'në të ardhmen e afërt', 'së shpejt'],
  spring: ['pranverë', 'pranvera', 'pranverës', 'pranverën', 'pranveror', 'pranverore', 'burim'],
  summer: ['verë', 'vera', 'verës', 'verën', 'veror', 'verore', 'sezon veror'],
  sunday: ['e diel', 'të dielën', 'dielën', 'diel', 'të dielave', 'e diela'],
  'this year': ['këtë vit', 'sivjet', 'këtij viti', 'vitin aktual', 'vitin në vazhdim', 'vit', 'viti'],
  thursday: ['e enjte', 'të enjten', 'enjten', 'enjte', 'të enjteve', 'e enjtja'],
  time: ['kohë', 'koha', 'kohës', 'kohën', 'kohët', 'herë', 'herën', 'herët', 'afat', 'orë', 'periudhë'],
  today: ['sot', 'sotme', 'e sotme', 'të sotme', 'sotëm', 'i sotëm', 'ditën e sotme', 'sonte'],
  tomorrow: ['nesër', 'e nesërme', 'nesërm', 'nesërme', 'të nesërmen', 'nesërmen', 'ditën e nesërme'],
  tonight: ['sonte', 'sonte në mbrëmje', 'këtë mbrëmje', 'këtë natë', 'mbrëmje'],
  tuesday: ['e martë', 'të martën', 'martën', 'martë', 'të martave', 'e marta'],
  wednesday: ['e mërkurë', 'të mërkurën', 'mërkurën', 'mërkurë', 'të mërkurave', 'e mërkura'],
  week: ['javë', 'java', 'javës', 'javën', 'javët', 'javëve', 'javësh', 'javor', 'javore'],
  weekend: ['fundjavë', 'fundjava', 'fundjavës', 'fundjavën', 'fundjavat', 'fundjavave', 'fundjavor'],
  weekly: ['javor', 'javore', 'javorë', 'çdo javë', 'në javë', 'e përjavshme', 'përjavshme'],
  winter: ['dimër', 'dimri', 'dimrit', 'dimrin', 'dimra', 'dimëror', 'dimërore', 'dimërorë'],
  year: [
    'vit', 'viti', 'vitit', 'vitin', 'vite', 'vitet', 'viteve', 'vitesh', 'vjet', 'vjetor', 'vjetore',
    'vjeç', 'vjeçar', 'vjeçare',
  ],
  yearly: ['vjetor', 'vjetore', 'vjetorë', 'çdo vit', 'në vit', 'për vit'],
  yesterday: [
    'dje', 'e djeshme', 'të djeshme', 'djeshëm', 'i djeshëm', 'djeshme', 'ditën e djeshme', 'mbrëmë',
  ],
  // ── Numbers, ordinals and quantities ──
  billion: ['miliard', 'miliardë', 'miliardi', 'miliardët', 'miliardave', 'mld'],
  dozen: ['duzinë', 'duzina', 'dhjetëra'],
  dozens: ['dhjetëra', 'duzina', 'disa dhjetëra'],
  eight: ['tetë', 'të tetë'],
  eighteen: ['tetëmbëdhjetë'],
  eighth: ['i tetë', 'e tetë', 'të tetë', 'e teta', 'teta'],
  eighty: ['tetëdhjetë'],
  eleven: ['njëmbëdhjetë'],
  fifteen: ['pesëmbëdhjetë'],
  fifth: ['i pestë', 'e pestë', 'të pestë', 'e pesta', 'pestë', 'pesta'],
  fifty: ['pesëdhjetë'],
  first: [
    'i parë', 'e parë', 'të parë', 'të parët', 'e para', 'parë', 'para', 'fillimisht', 'së pari',
    'fillestar',
  ],
  five: ['pesë', 'të pesë', 'pesëshe'],
  forty: ['dyzet', 'dyzetë'],
  four: ['katër', 'të katër', 'të katërt', 'katërshe'],
  fourteen: ['katërmbëdhjetë'],
  fourth: ['i katërt', 'e katërt', 'të katërt', 'e katërta', 'katërt', 'katërta'],
  half: ['gjysmë', 'gjysma', 'gjysmës', 'gjysmën', 'gjysmat', 'përgjysmë', 'gjysmëvjetor'],
  hundred: ['qind', 'njëqind', 'qindra'],
  hundreds: ['qindra', 'qind'],
  million: ['milion', 'milionë', 'milioni', 'milionët', 'milionave', 'miliona', 'mln'],
  millions: ['miliona', 'milionë', 'milionat', 'milionave', 'milion'],
  nine: ['nëntë', 'të nëntë'],
  nineteen: ['nëntëmbëdhjetë'],
  ninety: ['nëntëdhjetë'],
  ninth: ['i nëntë', 'e nëntë', 'të nëntë', 'e nënta', 'nënta'],
  one: ['një', 'njëri', 'njëra', 'njërin', 'njërën', 'i vetëm', 'vetëm një'],
  'per cent': ['përqind', 'përqindje', 'përqindja', 'përqindjen', 'përqindjes'],
  percent: ['përqind', 'përqindje', 'përqindja', 'përqindjen', 'përqindjes', 'përqindjet'],
  quarter: ['çerek', 'çereku', 'çerekun', 'tremujor', 'tremujori', 'tremujorit', 'tremujorin', 'lagje'],
  second: [
    'i dytë', 'e dytë', 'të dytë', 'e dyta', 'dytë', 'dyta', 'së dyti', 'sekondë', 'sekonda', 'sekondat',
  ],
  seven: ['shtatë', 'të shtatë'],
  seventeen: ['shtatëmbëdhjetë'],
  seventh: ['i shtatë', 'e shtatë', 'të shtatë', 'e shtata', 'shtata'],
  seventy: ['shtatëdhjetë'],
  six: ['gjashtë', 'të gjashtë'],
  sixteen: ['gjashtëmbëdhjetë'],
  sixth: ['i gjashtë', 'e gjashtë', 'të gjashtë', 'e gjashta', 'gjashta'],
  sixty: ['gjashtëdhjetë'],
  ten: ['dhjetë', 'të dhjetë', 'dhjetëshe'],
  tenth: ['i dhjetë', 'e dhjetë', 'të dhjetë', 'e dhjeta', 'dhjeta'],
  third: ['i tretë', 'e tretë', 'të tretë', 'e treta', 'tretë', 'treta', 'së treti', 'një e treta'],
  thirteen: ['trembëdhjetë'],
  thirty: ['tridhjetë'],
  thousand: ['mijë', 'një mijë', 'mijëra', 'mijërat'],
  thousands: ['mijëra', 'mijërat', 'mijë'],
  three: ['tre', 'tri', 'të tre', 'të tria', 'treshe', 'treshja'],
  trillion: ['trilion', 'trilionë', 'trilioni', 'mijë miliardë'],
  twelve: ['dymbëdhjetë'],
  twenty: ['njëzet', 'njëzetë'],
  two: ['dy', 'të dy', 'të dyja', 'dyja', 'dyshe', 'çift'],
  // ── Geography: regions, seas, countries and demonyms, cities ──
  'abu dhabi': ['abu dabi', 'abu dhabi', 'abu dabiu', 'abu dabit'],
  adriatic: ['adriatik', 'adriatiku', 'adriatikut', 'adriatikun', 'adriatike', 'deti adriatik'],
  aegean: ['egje', 'egjeu', 'egjeut', 'deti egje'],
  afghan: ['afgan', 'afgane', 'afganë', 'afganët', 'afganistan', 'afganistanit'],
  afghanistan: [
    'afganistan', 'afganistani', 'afganistanit', 'afganistanin', 'afgan', 'afgane', 'afganë', 'afganët',
  ],
  africa: ['afrikë', 'afrika', 'afrikës', 'afrikën', 'afrikan', 'afrikane', 'afrikanë', 'afrikanët'],
  african: ['afrikan', 'afrikane', 'afrikanë', 'afrikanët', 'afrikanëve', 'afrikë', 'afrikës'],
  alaska: ['alaskë', 'alaska', 'alaskës', 'alaskën'],
  albania: [
    'shqipëri', 'shqipëria', 'shqipërisë', 'shqipërinë', 'shqiptar', 'shqiptare', 'shqiptarë', 'shqiptarët',
    'shqip',
  ],
  albanian: [
    'shqiptar', 'shqiptare', 'shqiptarë', 'shqiptarët', 'shqiptarëve', 'shqip', 'shqipe', 'shqipja',
    'shqipes', 'gjuha shqipe', 'shqipëri', 'shqipërisë',
  ],
  algeria: ['algjeri', 'algjeria', 'algjerisë', 'algjerinë', 'algjerian', 'algjeriane'],
  america: ['amerikë', 'amerika', 'amerikës', 'amerikën', 'amerikan', 'amerikane', 'shba'],
  american: [
    'amerikan', 'amerikane', 'amerikanë', 'amerikanët', 'amerikanëve', 'amerikë', 'amerika', 'amerikës',
    'shba', 'shtetet e bashkuara',
  ],
  americas: ['amerikat', 'amerikave', 'amerikë'],
  amsterdam: ['amsterdam', 'amsterdami', 'amsterdamit', 'amsterdamin'],
  ankara: ['ankara', 'ankaraja', 'ankarasë', 'ankaranë'],
  antarctica: ['antarktidë', 'antarktida', 'antarktidës', 'antarktik', 'antarktike'],
  arab: ['arab', 'arabe', 'arabë', 'arabët', 'arabëve', 'arabisht', 'bota arabe'],
  arctic: ['arktik', 'arktiku', 'arktikut', 'arktikun', 'arktike', 'polar', 'polare', 'poli i veriut'],
  argentina: [
    'argjentinë', 'argjentina', 'argjentinës', 'argjentinën', 'argjentinas', 'argjentinase', 'argjentinasit',
  ],
  armenia: ['armeni', 'armenia', 'armenisë', 'armeninë', 'armen', 'armene', 'armenë', 'armenët', 'armenian'],
  asia: ['azi', 'azia', 'azisë', 'azinë', 'aziatik', 'aziatike', 'aziatikë'],
  asian: ['aziatik', 'aziatike', 'aziatikë', 'aziatikët', 'azi', 'azisë'],
  athens: ['athinë', 'athina', 'athinës', 'athinën'],
  atlantic: [
    'atlantik', 'atlantiku', 'atlantikut', 'atlantikun', 'atlantike', 'oqeani atlantik', 'veriatlantike',
    'transatlantike',
  ],
  australia: [
    'australi', 'australia', 'australisë', 'australinë', 'australian', 'australiane', 'australianë',
  ],
  austria: ['austri', 'austria', 'austrisë', 'austrinë', 'austriak', 'austriake', 'austriakë'],
  azerbaijan: [
    'azerbajxhan', 'azerbajxhani', 'azerbajxhanit', 'azerbajxhanin', 'azerbajxhanas', 'azerbajxhanase',
    'azer', 'azere',
  ],
  baghdad: ['bagdad', 'bagdadi', 'bagdadit', 'bagdadin'],
  balkan: ['ballkan', 'ballkani', 'ballkanit', 'ballkanik', 'ballkanike', 'ballkanikë'],
  balkans: ['ballkan', 'ballkani', 'ballkanit', 'ballkanin', 'ballkanik', 'ballkanike', 'ballkanikë'],
  baltic: [
    'balltik', 'balltiku', 'balltikut', 'balltikun', 'balltike', 'baltik', 'baltiku', 'baltike',
    'vendet balltike',
  ],
  bangkok: ['bangkok', 'bangkoku', 'bangkokut'],
  bangladesh: ['bangladesh', 'bangladeshi', 'bangladeshit', 'bangladeshas'],
  beijing: ['pekin', 'pekini', 'pekinit', 'pekinin', 'beijing'],
  belarus: [
    'bjellorusi', 'bjellorusia', 'bjellorusisë', 'bjellorusinë', 'bjellorus', 'bjelloruse', 'bjellorusë',
    'belarus', 'belarusi',
  ],
  belgium: ['belgjikë', 'belgjika', 'belgjikës', 'belgjikën', 'belg', 'belge', 'belgë'],
  belgrade: ['beograd', 'beogradi', 'beogradit', 'beogradin', 'beogradas'],
  berlin: ['berlin', 'berlini', 'berlinit', 'berlinin'],
  bern: ['bernë', 'berna', 'bernës'],
  'black sea': ['deti i zi', 'detin e zi', 'detit të zi', 'det i zi', 'detit', 'deti'],
  bosnia: [
    'bosnjë', 'bosnja', 'bosnjës', 'bosnjën', 'bosnje e hercegovinë', 'bosnja dhe hercegovina', 'boshnjak',
    'boshnjake', 'boshnjakë', 'hercegovinë', 'hercegovina', 'hercegovinës',
  ],
  bosphorus: ['bosfor', 'bosfori', 'bosforit', 'ngushtica e bosforit'],
  bratislava: ['bratisllavë', 'bratisllava', 'bratisllavës'],
  brazil: ['brazil', 'brazili', 'brazilit', 'brazilin', 'brazilian', 'braziliane', 'brazilianë'],
  britain: [
    'britani', 'britania', 'britanisë', 'britaninë', 'britania e madhe', 'britanisë së madhe',
    'mbretëria e bashkuar', 'mbretërisë së bashkuar', 'britanik', 'britanike', 'britanikë',
  ],
  british: [
    'britanik', 'britanike', 'britanikë', 'britanikët', 'britanikëve', 'britani', 'britanisë', 'anglez',
    'angleze', 'londinez', 'mbretërisë',
  ],
  brussels: ['bruksel', 'brukseli', 'brukselit', 'brukselin'],
  bucharest: ['bukuresht', 'bukureshti', 'bukureshtit', 'bukureshtin'],
  budapest: ['budapest', 'budapesti', 'budapestit', 'budapestin'],
  bulgaria: [
    'bullgari', 'bullgaria', 'bullgarisë', 'bullgarinë', 'bullgar', 'bullgare', 'bullgarë', 'bullgarët',
  ],
  cairo: ['kajro', 'kajros', 'kajron'],
  california: ['kaliforni', 'kalifornia', 'kalifornisë', 'kalifornian'],
  canada: ['kanada', 'kanadaja', 'kanadasë', 'kanadanë', 'kanadez', 'kanadeze', 'kanadezë', 'kanadezët'],
  caucasus: ['kaukaz', 'kaukazi', 'kaukazit', 'kaukazin', 'kaukazian', 'kaukaziane'],
  'central asia': ['azia qendrore', 'azisë qendrore', 'azinë qendrore', 'azi qendrore', 'qendrore'],
  chechnya: ['çeçeni', 'çeçenia', 'çeçenisë', 'çeçeninë', 'çeçen', 'çeçene', 'çeçenë'],
  chile: ['kili', 'kilia', 'kilisë', 'kilinë', 'kilian', 'kiliane'],
  china: [
    'kinë', 'kina', 'kinës', 'kinën', 'kinez', 'kineze', 'kinezë', 'kinezët', 'kinezëve', 'pekin', 'pekini',
    'pekinit',
  ],
  chinese: [
    'kinez', 'kineze', 'kinezë', 'kinezët', 'kinezëve', 'kinezisht', 'kinë', 'kina', 'kinës', 'kinën',
  ],
  colombia: ['kolumbi', 'kolumbia', 'kolumbisë', 'kolumbinë', 'kolumbian', 'kolumbiane'],
  congo: ['kongo', 'kongos', 'kongoja', 'kongolez', 'kongoleze'],
  copenhagen: ['kopenhagë', 'kopenhaga', 'kopenhagës', 'kopenhagën'],
  crimea: ['krime', 'krimea', 'krimesë', 'krimenë', 'gadishulli i krimesë', 'krimean', 'krimeane'],
  croatia: ['kroaci', 'kroacia', 'kroacisë', 'kroacinë', 'kroat', 'kroate', 'kroatë', 'kroatët'],
  cuba: ['kubë', 'kuba', 'kubës', 'kubën', 'kuban', 'kubane', 'kubanez', 'kubaneze', 'kubanezë'],
  cyprus: ['qipro', 'qipron', 'qiprosë', 'qipriot', 'qipriote', 'qipriotë', 'qiprioti', 'qipros'],
  czech: ['çek', 'çeke', 'çekë', 'çekët', 'çeki', 'çekia', 'çekisë', 'republika çeke', 'republikës çeke'],
  'czech republic': [
    'republika çeke', 'republikës çeke', 'republikën çeke', 'çeki', 'çekia', 'çekisë', 'çeke', 'çek',
  ],
  damascus: ['damask', 'damasku', 'damaskut', 'damaskun'],
  danube: ['danub', 'danubi', 'danubit', 'danubin'],
  davos: ['davos', 'davosi', 'davosit'],
  denmark: ['danimarkë', 'danimarka', 'danimarkës', 'danimarkën', 'danez', 'daneze', 'danezë', 'danezët'],
  doha: ['doha', 'dohas', 'dohanë'],
  donbas: [
    'donbas', 'donbasi', 'donbasit', 'donbasin', 'donbass', 'donjeck', 'donjecku', 'luhansk', 'luhansku',
  ],
  dubai: ['dubai', 'dubait', 'dubain'],
  dublin: ['dublin', 'dublini', 'dublinit', 'dublinin'],
  durres: ['durrës', 'durrësi', 'durrësit', 'durrësin', 'durrsak', 'durrsakë'],
  dutch: [
    'holandez', 'holandeze', 'holandezë', 'holandezët', 'holandisht', 'holandë', 'holandës', 'niderlandez',
  ],
  east: ['lindje', 'lindja', 'lindjes', 'lindjen', 'lindor', 'lindore', 'lindorë', 'në lindje'],
  'east asia': ['azia lindore', 'azisë lindore', 'azinë lindore', 'lindja e largët', 'lindore'],
  'east china': [
    'deti i kinës lindore', 'detin e kinës lindore', 'detit të kinës lindore', 'kinës lindore', 'lindore',
    'kinë', 'kina', 'kinës',
  ],
  egypt: [
    'egjipt', 'egjipti', 'egjiptit', 'egjiptin', 'egjiptian', 'egjiptiane', 'egjiptianë', 'egjiptianët',
  ],
  elbasan: ['elbasan', 'elbasani', 'elbasanit', 'elbasanin'],
  emirates: ['emiratet', 'emirateve', 'emiratet e bashkuara arabe', 'emiratet arabe', 'emiratas'],
  england: ['angli', 'anglia', 'anglisë', 'anglinë', 'anglez', 'angleze', 'anglezë', 'anglezët', 'anglisht'],
  english: ['anglisht', 'anglez', 'angleze', 'anglezë', 'anglezët', 'angli', 'anglisë', 'gjuha angleze'],
  'english channel': ['kanali anglez', 'manshit', 'lamanshit'],
  estonia: ['estoni', 'estonia', 'estonisë', 'estoninë', 'estonez', 'estoneze', 'estonezë'],
  ethiopia: ['etiopi', 'etiopia', 'etiopisë', 'etiopinë', 'etiopian', 'etiopiane'],
  eurasia: ['euroazi', 'euroazia', 'euroazisë', 'euroaziatik', 'euroaziatike'],
  europe: [
    'evropë', 'evropa', 'evropës', 'evropën', 'europë', 'europa', 'europës', 'europën', 'evropian',
    'evropiane', 'europian', 'europiane', 'kontinent',
  ],
  european: [
    'evropian', 'evropiane', 'evropianë', 'evropianët', 'evropianëve', 'europian', 'europiane', 'europianë',
    'europianët', 'evropë', 'evropës',
  ],
  'far east': ['lindja e largët', 'lindjen e largët', 'lindjes së largët', 'largët', 'lindja'],
  ferizaj: ['ferizaj', 'ferizajt', 'ferizajn'],
  finland: ['finlandë', 'finlanda', 'finlandës', 'finlandën', 'finlandez', 'finlandeze', 'finlandezë'],
  florida: ['floridë', 'florida', 'floridës', 'floridën'],
  france: [
    'francë', 'franca', 'francës', 'francën', 'francez', 'franceze', 'francezë', 'francezët', 'francezëve',
    'paris', 'parisi',
  ],
  french: [
    'francez', 'franceze', 'francezë', 'francezët', 'francezëve', 'frëngjisht', 'frëng', 'francë', 'francës',
    'franca',
  ],
  gaza: ['gaza', 'gazës', 'gazën', 'rripi i gazës', 'rripin e gazës', 'rripit të gazës'],
  geneva: ['gjenevë', 'gjeneva', 'gjenevës', 'gjenevën'],
  georgia: [
    'gjeorgji', 'gjeorgjia', 'gjeorgjisë', 'gjeorgjinë', 'gjeorgjian', 'gjeorgjiane', 'gjeorgjianë',
    'xhorxhia',
  ],
  german: [
    'gjerman', 'gjermane', 'gjermanë', 'gjermanët', 'gjermanëve', 'gjermanisht', 'gjermani', 'gjermania',
    'gjermanisë',
  ],
  germany: [
    'gjermani', 'gjermania', 'gjermanisë', 'gjermaninë', 'gjerman', 'gjermane', 'gjermanë', 'gjermanët',
    'gjermanëve', 'berlin', 'berlini',
  ],
  gjakova: ['gjakovë', 'gjakova', 'gjakovës', 'gjakovën'],
  gjilan: ['gjilan', 'gjilani', 'gjilanit', 'gjilanin'],
  gjirokaster: ['gjirokastër', 'gjirokastra', 'gjirokastrës', 'gjirokastrën'],
  greece: [
    'greqi', 'greqia', 'greqisë', 'greqinë', 'grek', 'greke', 'grekë', 'grekët', 'grekëve', 'athinë',
    'athina',
  ],
  greek: ['grek', 'greke', 'grekë', 'grekët', 'grekëve', 'greqisht', 'greqi', 'greqia', 'greqisë'],
  guam: ['guam', 'guami', 'guamit'],
  gulf: ['gji', 'gjiri', 'gjirit', 'gjirin', 'gjiret', 'gjirit persik', 'vendet e gjirit'],
  hague: ['hagë', 'haga', 'hagës', 'hagën'],
  havana: ['havanë', 'havana', 'havanës', 'havanën'],
  hawaii: ['havai', 'havait', 'havajt', 'havaji'],
  helsinki: ['helsinki', 'helsinkit', 'helsinkin'],
  hiroshima: ['hiroshimë', 'hiroshima', 'hiroshimës'],
  holland: ['holandë', 'holanda', 'holandës', 'holandën', 'holandez', 'holandeze', 'holandezë'],
  'hong kong': ['hong kong', 'hong kongu', 'hong kongut', 'hongkong', 'hongkongu', 'hongkongut'],
  hungary: [
    'hungari', 'hungaria', 'hungarisë', 'hungarinë', 'hungarez', 'hungareze', 'hungarezë', 'hungarezët',
  ],
  iceland: ['islandë', 'islanda', 'islandës', 'islandën', 'islandez', 'islandeze'],
  india: ['indi', 'india', 'indisë', 'indinë', 'indian', 'indiane', 'indianë', 'indianët'],
  indian: ['indian', 'indiane', 'indianë', 'indianët', 'indianëve', 'indi', 'india', 'indisë'],
  'indian ocean': ['oqeani indian', 'oqeanit indian', 'oqeanin indian', 'oqeani', 'oqeanit', 'indian'],
  indonesia: ['indonezi', 'indonezia', 'indonezisë', 'indonezinë', 'indonezian', 'indoneziane'],
  ionian: ['jon', 'joni', 'jonit', 'deti jon', 'jonian', 'joniane'],
  iran: [
    'iran', 'irani', 'iranit', 'iranin', 'iranian', 'iraniane', 'iranianë', 'iranianët', 'iranianëve',
    'teheran', 'teherani',
  ],
  iranian: [
    'iranian', 'iraniane', 'iranianë', 'iranianët', 'iranianëve', 'iran', 'irani', 'iranit', 'persian',
  ],
  iraq: ['irak', 'iraku', 'irakut', 'irakun', 'irakian', 'irakiane', 'irakianë', 'irakianët'],
  ireland: ['irlandë', 'irlanda', 'irlandës', 'irlandën', 'irlandez', 'irlandeze', 'irlandezë', 'irlandezët'],
  israel: [
    'izrael', 'izraeli', 'izraelit', 'izraelin', 'izraelite', 'izraelitë', 'izraelitët', 'izraelitëve',
    'izraelian', 'izraeliane',
  ],
  israeli: [
    'izraelit', 'izraelite', 'izraelitë', 'izraelitët', 'izraelitëve', 'izraelian', 'izraeliane',
    'izraelianë', 'izrael', 'izraeli',
  ],
  istanbul: ['stamboll', 'stambolli', 'stambollit', 'stambollin', 'istanbul', 'istanbuli'],
  italian: [
    'italian', 'italiane', 'italianë', 'italianët', 'italianëve', 'italisht', 'itali', 'italia', 'italisë',
  ],
  italy: ['itali', 'italia', 'italisë', 'italinë', 'italian', 'italiane', 'italianë', 'italianët', 'romë'],
  japan: [
    'japoni', 'japonia', 'japonisë', 'japoninë', 'japonez', 'japoneze', 'japonezë', 'japonezët',
    'japonezëve', 'tokio',
  ],
  japanese: [
    'japonez', 'japoneze', 'japonezë', 'japonezët', 'japonezëve', 'japonisht', 'japoni', 'japonia',
    'japonisë',
  ],
  jerusalem: ['jerusalem', 'jerusalemi', 'jerusalemit', 'jerusalemin'],
  jordan: ['jordani', 'jordania', 'jordanisë', 'jordaninë', 'jordanez', 'jordaneze', 'lumi jordan'],
  kabul: ['kabul', 'kabuli', 'kabulit', 'kabulin'],
  kashmir: ['kashmir', 'kashmiri', 'kashmirit', 'kashmirin'],
  kazakhstan: ['kazakistan', 'kazakistani', 'kazakistanit', 'kazakistanin', 'kazak', 'kazake'],
  kenya: ['kenia', 'kenisë', 'kenian', 'keniane'],
  kharkiv: ['harkiv', 'harkivi', 'harkivit', 'kharkiv', 'kharkivi', 'harkov'],
  kherson: ['herson', 'hersoni', 'hersonit', 'kherson'],
  kiev: ['kiev', 'kievi', 'kievit', 'kievin', 'kyiv', 'kyivi', 'kievas'],
  korca: ['korçë', 'korça', 'korçës', 'korçën'],
  korce: ['korçë', 'korça', 'korçës', 'korçën'],
  korea: ['kore', 'koreja', 'koresë', 'korenë', 'korean', 'koreane', 'koreanë', 'koreanët'],
  korean: [
    'korean', 'koreane', 'koreanë', 'koreanët', 'koreanëve', 'koreanisht', 'kore', 'koreja', 'koresë',
    'korenë',
  ],
  'korean peninsula': [
    'gadishulli korean', 'gadishullit korean', 'gadishullin korean', 'gadishull', 'gadishulli',
    'gadishullit', 'korean', 'koreane',
  ],
  kosovan: ['kosovar', 'kosovare', 'kosovarë', 'kosovarët', 'kosovarëve', 'kosovë', 'kosova', 'kosovës'],
  kosovar: ['kosovar', 'kosovare', 'kosovarë', 'kosovarët', 'kosovarëve', 'kosovë', 'kosova', 'kosovës'],
  kosovo: [
    'kosovë', 'kosova', 'kosovës', 'kosovën', 'kosovar', 'kosovare', 'kosovarë', 'kosovarët', 'kosovarëve',
    'republika e kosovës',
  ],
  kumanovo: ['kumanovë', 'kumanova', 'kumanovës'],
  kurd: ['kurd', 'kurde', 'kurdë', 'kurdët', 'kurdëve'],
  kurdish: ['kurd', 'kurde', 'kurdë', 'kurdët', 'kurdëve', 'kurdisht', 'kurdistan', 'kurdistani'],
  kurdistan: ['kurdistan', 'kurdistani', 'kurdistanit', 'kurdistanin', 'kurd', 'kurde'],
  kuwait: ['kuvajt', 'kuvajti', 'kuvajtit', 'kuvajtian', 'kuvajtiane'],
  kyiv: ['kiev', 'kievi', 'kievit', 'kievin', 'kyiv', 'kyivi', 'kievas'],
  'latin america': [
    'amerikë latine', 'amerika latine', 'amerikës latine', 'amerikën latine', 'latine', 'latinoamerikan',
    'latinoamerikane',
  ],
  latvia: ['letoni', 'letonia', 'letonisë', 'letoninë', 'leton', 'letone', 'letonë'],
  lebanon: ['liban', 'libani', 'libanit', 'libanin', 'libanez', 'libaneze', 'libanezë', 'libanezët'],
  libya: ['libi', 'libia', 'libisë', 'libinë', 'libian', 'libiane', 'libianë'],
  lisbon: ['lisbonë', 'lisbona', 'lisbonës', 'lisbonën'],
  lithuania: ['lituani', 'lituania', 'lituanisë', 'lituaninë', 'lituanez', 'lituaneze', 'lituanezë'],
  london: ['londër', 'londra', 'londrës', 'londrën', 'londinez', 'londineze'],
  'los angeles': ['los anxhelos', 'los angeles', 'los anxhelosi'],
  luxembourg: ['luksemburg', 'luksemburgu', 'luksemburgut', 'luksemburgun', 'luksemburgas'],
  macedonia: [
    'maqedoni', 'maqedonia', 'maqedonisë', 'maqedoninë', 'maqedonas', 'maqedonase', 'maqedonasit',
    'maqedonia e veriut', 'maqedonisë së veriut',
  ],
  macedonian: [
    'maqedonas', 'maqedonase', 'maqedonasit', 'maqedonasve', 'maqedonisht', 'maqedoni', 'maqedonisë',
    'maqedonia',
  ],
  madrid: ['madrid', 'madridi', 'madridit', 'madridin'],
  malaysia: ['malajzi', 'malajzia', 'malajzisë', 'malajzinë', 'malajzian', 'malajziane'],
  malta: ['maltë', 'malta', 'maltës', 'maltën', 'maltez', 'malteze'],
  mariupol: ['mariupol', 'mariupoli', 'mariupolit'],
  mediterranean: ['mesdhe', 'mesdheu', 'mesdheut', 'mesdheun', 'mesdhetar', 'mesdhetare', 'deti mesdhe'],
  mexico: ['meksikë', 'meksika', 'meksikës', 'meksikën', 'meksikan', 'meksikane', 'meksikanë', 'meksikanët'],
  'middle east': [
    'lindja e mesme', 'lindjen e mesme', 'lindjes së mesme', 'lindje e mesme', 'mesme', 'lindja', 'lindjes',
  ],
  minsk: ['minsk', 'minsku', 'minskut', 'minskun'],
  mitrovica: ['mitrovicë', 'mitrovica', 'mitrovicës', 'mitrovicën'],
  moldova: ['moldavi', 'moldavia', 'moldavisë', 'moldavinë', 'moldova', 'moldovës', 'moldav', 'moldave'],
  mongolia: ['mongoli', 'mongolia', 'mongolisë', 'mongolinë', 'mongol', 'mongole', 'mongolë'],
  montenegrin: ['malazez', 'malazeze', 'malazezë', 'malazezët', 'malazezëve', 'mali i zi', 'malit të zi'],
  montenegro: [
    'mali i zi', 'malit të zi', 'malin e zi', 'mal i zi', 'malazez', 'malazeze', 'malazezë', 'malazezët',
    'podgoricë',
  ],
  morocco: ['marok', 'maroku', 'marokut', 'marokun', 'marokan', 'marokane', 'marokenë'],
  moscow: ['moskë', 'moska', 'moskës', 'moskën', 'moskovit', 'moskovite'],
  munich: ['mynih', 'mynihu', 'mynihut', 'mynihun', 'munih'],
  myanmar: ['mianmar', 'mianmari', 'mianmarit', 'birmani', 'birmania', 'birmanisë'],
  netherlands: [
    'holandë', 'holanda', 'holandës', 'holandën', 'vendet e ulëta', 'holandez', 'holandeze', 'holandezë',
    'holandezët', 'niderlandë',
  ],
  'new delhi': ['nju delhi', 'delhi', 'delhit', 'new delhi'],
  'new york': [
    'nju jork', 'nju jorku', 'nju jorkut', 'nju jorkun', 'new york', 'njujork', 'njujorku', 'njujorkut',
  ],
  'new zealand': [
    'zelandë e re', 'zelanda e re', 'zelandës së re', 'zelandën e re', 'zelandez', 'zelandeze', 'zelandë',
    'zelanda', 'zelandës',
  ],
  nigeria: ['nigeri', 'nigeria', 'nigerisë', 'nigerinë', 'nigerian', 'nigeriane', 'nigerianë'],
  north: ['veri', 'veriu', 'veriut', 'verior', 'veriore', 'veriorë', 'në veri'],
  'north africa': [
    'afrika e veriut', 'afrikës së veriut', 'afrikën e veriut', 'veriafrikan', 'veriafrikane', 'afrikës',
    'veriut',
  ],
  'north korea': [
    'kore', 'koreja', 'koresë', 'korenë', 'koreja e veriut', 'koresë së veriut', 'korenë e veriut', 'veriut',
    'verior', 'veriore', 'koreano-verior', 'koreano-veriore', 'verikorean', 'verikoreane', 'verikoreanë',
    'phenian', 'phenjan',
  ],
  'north korean': [
    'koreano-verior', 'koreano-veriore', 'koreano-veriorë', 'verikorean', 'verikoreane', 'verikoreanë',
    'verikoreanët', 'koreja e veriut', 'koresë së veriut', 'koreja', 'koresë', 'korenë', 'veriut', 'verior',
    'veriore', 'phenian', 'phenjan',
  ],
  'north macedonia': [
    'maqedonia e veriut', 'maqedonisë së veriut', 'maqedoninë e veriut', 'maqedoni e veriut', 'maqedoni',
    'maqedonia', 'maqedonisë', 'maqedoninë', 'maqedonas', 'maqedonase', 'veriut',
  ],
  northeast: ['verilindje', 'verilindja', 'verilindjes', 'verilindor', 'verilindore', 'verilindorë'],
  northwest: ['veriperëndim', 'veriperëndimi', 'veriperëndimit', 'veriperëndimor', 'veriperëndimore'],
  norway: ['norvegji', 'norvegjia', 'norvegjisë', 'norvegjinë', 'norvegjez', 'norvegjeze', 'norvegjezë'],
  odesa: ['odesë', 'odesa', 'odesës', 'odesën', 'odessa'],
  odessa: ['odesë', 'odesa', 'odesës', 'odesën', 'odessa'],
  ohrid: ['ohër', 'ohri', 'ohrit', 'ohrin', 'liqeni i ohrit'],
  okinawa: ['okinavë', 'okinava', 'okinavës', 'okinawa'],
  oslo: ['oslo', 'oslos'],
  ottawa: ['otava', 'otavës', 'ottava'],
  pacific: ['paqësor', 'paqësori', 'paqësorit', 'paqësorin', 'oqeani paqësor', 'oqeanit paqësor', 'paqësore'],
  pakistan: [
    'pakistan', 'pakistani', 'pakistanit', 'pakistanin', 'pakistanez', 'pakistaneze', 'pakistanezë',
    'pakistanezët',
  ],
  palestine: [
    'palestinë', 'palestina', 'palestinës', 'palestinën', 'palestinez', 'palestineze', 'palestinezë',
    'palestinezët', 'palestinezëve',
  ],
  palestinian: [
    'palestinez', 'palestineze', 'palestinezë', 'palestinezët', 'palestinezëve', 'palestinë', 'palestinës',
    'palestina',
  ],
  paris: ['paris', 'parisi', 'parisit', 'parisin', 'parizian', 'pariziane'],
  peja: ['pejë', 'peja', 'pejës', 'pejën'],
  'persian gulf': ['gjiri persik', 'gjirit persik', 'gjirin persik', 'gjiri', 'gjirit', 'persik'],
  philippines: ['filipine', 'filipinet', 'filipineve', 'filipinas', 'filipinase', 'filipinasit'],
  podgorica: ['podgoricë', 'podgorica', 'podgoricës', 'podgoricën'],
  poland: ['poloni', 'polonia', 'polonisë', 'poloninë', 'polak', 'polake', 'polakë', 'polakët', 'polonez'],
  polish: ['polak', 'polake', 'polakë', 'polakët', 'polonisht', 'poloni', 'polonia', 'polonisë'],
  portugal: ['portugali', 'portugalia', 'portugalisë', 'portugalinë', 'portugez', 'portugeze', 'portugezë'],
  prague: ['pragë', 'praga', 'pragës', 'pragën'],
  presevo: ['preshevë', 'presheva', 'preshevës', 'preshevën', 'lugina e preshevës'],
  prishtina: ['prishtinë', 'prishtina', 'prishtinës', 'prishtinën', 'prishtinas'],
  pristina: ['prishtinë', 'prishtina', 'prishtinës', 'prishtinën', 'prishtinas'],
  prizren: ['prizren', 'prizreni', 'prizrenit', 'prizrenin'],
  pyongyang: [
    'phenian', 'pheniani', 'phenianit', 'phenianin', 'phenjan', 'phenjani', 'phenjanit', 'phenjanin',
    'pyongyang',
  ],
  qatar: ['katar', 'katari', 'katarit', 'katarin', 'katarian', 'katariane', 'katarianë'],
  'red sea': ['deti i kuq', 'detin e kuq', 'detit të kuq', 'det i kuq', 'detit', 'deti', 'kuq'],
  riyadh: ['riad', 'riadi', 'riadit', 'riadin', 'rijad'],
  romania: ['rumani', 'rumania', 'rumanisë', 'rumaninë', 'rumun', 'rumune', 'rumunë', 'rumunët', 'rumanisht'],
  rome: ['romë', 'roma', 'romës', 'romën', 'romak', 'romake'],
  russia: [
    'rusi', 'rusia', 'rusisë', 'rusinë', 'rus', 'ruse', 'rusë', 'rusët', 'rusëve', 'moskë', 'moska',
    'moskës', 'federata ruse',
  ],
  russian: ['rus', 'ruse', 'rusë', 'rusët', 'rusëve', 'rusisht', 'rusi', 'rusia', 'rusisë', 'rusinë'],
  sarajevo: ['sarajevë', 'sarajeva', 'sarajevës', 'sarajevën'],
  saudi: ['saudit', 'saudite', 'sauditë', 'sauditët', 'arabia saudite', 'arabisë saudite'],
  'saudi arabia': [
    'arabi saudite', 'arabia saudite', 'arabisë saudite', 'arabinë saudite', 'saudite', 'saudit', 'sauditë',
    'arabia', 'arabisë',
  ],
  scandinavia: [
    'skandinavi', 'skandinavia', 'skandinavisë', 'skandinav', 'skandinave', 'skandinavë', 'nordik',
    'nordike',
  ],
  scotland: ['skoci', 'skocia', 'skocisë', 'skocinë', 'skocez', 'skoceze', 'skocezë'],
  seoul: ['seul', 'seuli', 'seulit', 'seulin'],
  serb: ['serb', 'serbe', 'serbë', 'serbët', 'serbëve', 'serbi', 'serbia', 'serbisë'],
  serbia: [
    'serbi', 'serbia', 'serbisë', 'serbinë', 'serb', 'serbe', 'serbë', 'serbët', 'serbëve', 'beograd',
    'beogradi',
  ],
  serbian: ['serb', 'serbe', 'serbë', 'serbët', 'serbëve', 'serbisht', 'serbi', 'serbia', 'serbisë'],
  shanghai: ['shangai', 'shangait', 'shangain', 'shanghai'],
  shkoder: ['shkodër', 'shkodra', 'shkodrës', 'shkodrën'],
  shkodra: ['shkodër', 'shkodra', 'shkodrës', 'shkodrën'],
  siberia: ['siberi', 'siberia', 'siberisë', 'siberinë', 'siberian', 'siberiane'],
  singapore: ['singapor', 'singapori', 'singaporit', 'singaporin'],
  skopje: ['shkup', 'shkupi', 'shkupit', 'shkupin'],
  slovakia: ['sllovaki', 'sllovakia', 'sllovakisë', 'sllovakinë', 'sllovak', 'sllovake', 'sllovakë'],
  slovenia: ['slloveni', 'sllovenia', 'sllovenisë', 'slloveninë', 'slloven', 'sllovene', 'sllovenë'],
  sofia: ['sofje', 'sofja', 'sofjes', 'sofjen'],
  somalia: ['somali', 'somalia', 'somalisë', 'somalinë', 'somalez', 'somaleze'],
  south: ['jug', 'jugu', 'jugut', 'jugor', 'jugore', 'jugorë', 'në jug'],
  'south africa': [
    'afrikë e jugut', 'afrika e jugut', 'afrikës së jugut', 'afrikën e jugut', 'afrikano-jugor',
    'afrikano-jugore', 'afrikës', 'afrika', 'jugut',
  ],
  'south china': [
    'deti i kinës jugore', 'detin e kinës jugore', 'detit të kinës jugore', 'kinës jugore', 'jugore', 'kinë',
    'kina', 'kinës',
  ],
  'south korea': [
    'kore', 'koreja', 'koresë', 'korenë', 'koreja e jugut', 'koresë së jugut', 'korenë e jugut', 'jugut',
    'jugor', 'jugore', 'koreano-jugor', 'koreano-jugore', 'jugkorean', 'jugkoreane', 'seul', 'seuli',
  ],
  'south korean': [
    'koreano-jugor', 'koreano-jugore', 'koreano-jugorë', 'jugkorean', 'jugkoreane', 'jugkoreanë',
    'jugkoreanët', 'koreja e jugut', 'koresë së jugut', 'koreja', 'koresë', 'jugut', 'jugor', 'jugore',
    'seul',
  ],
  southeast: ['juglindje', 'juglindja', 'juglindjes', 'juglindor', 'juglindore', 'juglindorë'],
  'southeast asia': ['azia juglindore', 'azisë juglindore', 'azinë juglindore', 'juglindore'],
  southwest: ['jugperëndim', 'jugperëndimi', 'jugperëndimit', 'jugperëndimor', 'jugperëndimore'],
  spain: [
    'spanjë', 'spanja', 'spanjës', 'spanjën', 'spanjoll', 'spanjolle', 'spanjollë', 'spanjollët', 'madrid',
  ],
  spanish: ['spanjoll', 'spanjolle', 'spanjollë', 'spanjollët', 'spanjisht', 'spanjë', 'spanja', 'spanjës'],
  'st petersburg': ['shën petersburg', 'petersburg', 'petersburgu', 'petersburgut', 'sankt petersburg'],
  stockholm: ['stokholm', 'stokholmi', 'stokholmit', 'stokholmin'],
  strait: ['ngushticë', 'ngushtica', 'ngushticës', 'ngushticën', 'ngushticat'],
  strasbourg: ['strasburg', 'strasburgu', 'strasburgut', 'strasburgun'],
  sudan: ['sudan', 'sudani', 'sudanit', 'sudanin', 'sudanez', 'sudaneze', 'sudanezë'],
  suez: ['suez', 'suezit', 'kanali i suezit', 'kanalit të suezit'],
  sweden: ['suedi', 'suedia', 'suedisë', 'suedinë', 'suedez', 'suedeze', 'suedezë', 'suedezët'],
  swiss: ['zviceran', 'zvicerane', 'zviceranë', 'zviceranët', 'zvicër', 'zvicra', 'zvicrës'],
  switzerland: ['zvicër', 'zvicra', 'zvicrës', 'zvicrën', 'zviceran', 'zvicerane', 'zviceranë', 'zviceranët'],
  syria: [
    'siri', 'siria', 'sirisë', 'sirinë', 'sirian', 'siriane', 'sirianë', 'sirianët', 'sirianëve', 'damask',
  ],
  syrian: ['sirian', 'siriane', 'sirianë', 'sirianët', 'sirianëve', 'siri', 'siria', 'sirisë'],
  taipei: ['taipei', 'taipeit', 'tajpei'],
  taiwan: [
    'tajvan', 'tajvani', 'tajvanit', 'tajvanin', 'tajvanez', 'tajvaneze', 'tajvanezë', 'tajvanezët',
    'taipei',
  ],
  'taiwan strait': [
    'ngushtica e tajvanit', 'ngushticën e tajvanit', 'ngushticës së tajvanit', 'ngushticë', 'ngushtica',
    'tajvanit',
  ],
  tehran: ['teheran', 'teherani', 'teheranit', 'teheranin'],
  'tel aviv': ['tel aviv', 'tel avivi', 'tel avivit'],
  tetovo: ['tetovë', 'tetova', 'tetovës', 'tetovën'],
  texas: ['teksas', 'teksasi', 'teksasit', 'teksasin'],
  thailand: ['tajlandë', 'tajlanda', 'tajlandës', 'tajlandën', 'tajlandez', 'tajlandeze'],
  thessaloniki: ['selanik', 'selaniku', 'selanikut', 'selanikun', 'thesaloniki'],
  tibet: ['tibet', 'tibeti', 'tibetit', 'tibetian', 'tibetiane'],
  tirana: ['tiranë', 'tirana', 'tiranës', 'tiranën', 'tiranas', 'tiranase'],
  tokyo: ['tokio', 'tokios', 'tokion'],
  tunisia: ['tunizi', 'tunizia', 'tunizisë', 'tunizinë', 'tunizian', 'tuniziane'],
  turkey: [
    'turqi', 'turqia', 'turqisë', 'turqinë', 'turk', 'turke', 'turq', 'turqit', 'turqve', 'turqisht',
    'ankara', 'ankaraja', 'turkiye',
  ],
  turkish: ['turk', 'turke', 'turq', 'turqit', 'turqve', 'turqisht', 'turqi', 'turqia', 'turqisë'],
  uae: ['emiratet e bashkuara arabe', 'emiratet', 'emirateve', 'emiratet arabe', 'eba', 'emiratas'],
  uk: [
    'mbretëria e bashkuar', 'mbretërisë së bashkuar', 'mbretërinë e bashkuar', 'mbretëria', 'mbretërisë',
    'bashkuar', 'britani', 'britania', 'britanisë', 'britanik', 'britanike',
  ],
  ukraine: [
    'ukrainë', 'ukraina', 'ukrainës', 'ukrainën', 'ukrainas', 'ukrainase', 'ukrainasit', 'ukrainasve',
    'kiev', 'kievi', 'kievit',
  ],
  ukrainian: [
    'ukrainas', 'ukrainase', 'ukrainasit', 'ukrainasve', 'ukrainisht', 'ukrainë', 'ukraina', 'ukrainës',
    'ukrainën',
  ],
  'united kingdom': [
    'mbretëria e bashkuar', 'mbretërisë së bashkuar', 'mbretërinë e bashkuar', 'mbretëria', 'mbretërisë',
    'bashkuar', 'britani', 'britania', 'britanisë',
  ],
  'united states': [
    'shtetet e bashkuara', 'shteteve të bashkuara', 'shtetet', 'shteteve', 'bashkuara', 'shba', 'amerikë',
    'amerika', 'amerikës', 'amerikan', 'amerikane',
  ],
  us: [
    'shba', 'shtetet e bashkuara', 'shteteve të bashkuara', 'shtetet', 'bashkuara', 'amerikë', 'amerika',
    'amerikës', 'amerikan', 'amerikane',
  ],
  usa: [
    'shba', 'shtetet e bashkuara', 'shteteve të bashkuara', 'shtetet', 'bashkuara', 'amerikë', 'amerika',
    'amerikës', 'amerikan', 'amerikane',
  ],
  uzbekistan: ['uzbekistan', 'uzbekistani', 'uzbekistanit', 'uzbek', 'uzbeke'],
  vatican: ['vatikan', 'vatikani', 'vatikanit', 'vatikanin', 'selia e shenjtë'],
  venezuela: [
    'venezuelë', 'venezuela', 'venezuelës', 'venezuelën', 'venezuelas', 'venezuelase', 'venezuelianë',
  ],
  vienna: ['vjenë', 'vjena', 'vjenës', 'vjenën'],
  vietnam: ['vietnam', 'vietnami', 'vietnamit', 'vietnamin', 'vietnamez', 'vietnameze', 'vietnamezë'],
  vladivostok: ['vladivostok', 'vladivostoku', 'vladivostokut', 'vladivostokun'],
  vlora: ['vlorë', 'vlora', 'vlorës', 'vlorën'],
  vlore: ['vlorë', 'vlora', 'vlorës', 'vlorën'],
  wales: ['uells', 'uellsi', 'uellsit', 'uellsin', 'uellsian', 'uellsiane'],
  warsaw: ['varshavë', 'varshava', 'varshavës', 'varshavën'],
  washington: [
    'uashington', 'uashingtoni', 'uashingtonit', 'uashingtonin', 'washington', 'washingtoni', 'washingtonit',
  ],
  west: [
    'perëndim', 'perëndimi', 'perëndimit', 'perëndimin', 'perëndimor', 'perëndimore', 'perëndimorë',
    'në perëndim',
  ],
  'west bank': [
    'bregu perëndimor', 'bregut perëndimor', 'bregun perëndimor', 'breg', 'bregut', 'perëndimor',
    'cisjordani', 'cisjordania',
  ],
  'western balkans': [
    'ballkani perëndimor', 'ballkanit perëndimor', 'ballkanin perëndimor', 'ballkan', 'ballkani',
    'ballkanit', 'perëndimor',
  ],
  xinjiang: ['xinjiang', 'xinjiangu', 'ujgur', 'ujgurë', 'ujgurët'],
  yemen: ['jemen', 'jemeni', 'jemenit', 'jemenin', 'jemenas', 'jemenase', 'jemenasit', 'huthi', 'huthët'],
  zagreb: ['zagreb', 'zagrebi', 'zagrebit', 'zagrebin'],
  // ── Institutions, organisations, parties, agencies, currencies, religions ──
  afp: ['afp', 'agjencia franceze e lajmeve', 'france presse'],
  'african union': ['bashkimi afrikan', 'bashkimit afrikan', 'bashkimin afrikan', 'afrikan'],
  'al qaeda': ['al kaida', 'al-kaida', 'al kaidës', 'al-kaidës', 'kaida', 'kaidës'],
  'arab league': ['lidhja arabe', 'lidhjes arabe', 'lidhjen arabe', 'liga arabe', 'arabe'],
  asean: ['asean', 'shoqata e kombeve të azisë juglindore'],
  'associated press': ['associated press', 'ap', 'agjencia amerikane e lajmeve'],
  bbc: ['bbc', 'transmetuesi britanik'],
  bektashi: ['bektashi', 'bektashinj', 'bektashianë', 'kryegjyshata', 'kryegjyshatës', 'bektashian'],
  bishop: ['peshkop', 'peshkopi', 'peshkopit', 'peshkopin', 'peshkopë', 'peshkopët'],
  bitcoin: [
    'bitcoin', 'bitkoin', 'kriptomonedhë', 'kriptomonedha', 'kriptomonedhat', 'kriptovalutë', 'kriptovaluta',
  ],
  brics: ['brics'],
  buddhist: ['budist', 'budiste', 'budistë', 'budizëm', 'budizmi'],
  bundestag: ['bundestag', 'bundestagu', 'bundestagut', 'parlamenti gjerman'],
  catholic: ['katolik', 'katolike', 'katolikë', 'katolikët', 'katolikëve', 'kisha katolike', 'katolicizëm'],
  christian: [
    'i krishterë', 'e krishterë', 'të krishterë', 'të krishterët', 'krishterë', 'krishtere', 'krishterët',
    'krishterim', 'krishterimi',
  ],
  christianity: ['krishterim', 'krishterimi', 'krishterimit', 'krishterimin', 'i krishterë', 'të krishterët'],
  christmas: ['krishtlindje', 'krishtlindjet', 'krishtlindjeve', 'krishtlindja', 'natë e krishtlindjes'],
  church: ['kishë', 'kisha', 'kishës', 'kishën', 'kishat', 'kishave', 'kishtar', 'kishtare'],
  cia: ['cia', 'agjencia qendrore e inteligjencës'],
  cnn: ['cnn', 'rrjeti amerikan'],
  communist: [
    'komunist', 'komuniste', 'komunistë', 'komunistët', 'komunistëve', 'komunizëm', 'komunizmi',
    'komunizmit', 'partia komuniste',
  ],
  congress: ['kongres', 'kongresi', 'kongresit', 'kongresin', 'kongresmen', 'kongresmenë', 'kongresistë'],
  'constitutional court': [
    'gjykata kushtetuese', 'gjykatës kushtetuese', 'gjykatën kushtetuese', 'gjykatë kushtetuese',
    'kushtetuese',
  ],
  cryptocurrency: [
    'kriptomonedhë', 'kriptomonedha', 'kriptomonedhat', 'kriptomonedhave', 'kriptovalutë', 'kriptovaluta',
    'bitcoin',
  ],
  democrat: ['demokrat', 'demokrate', 'demokratë', 'demokratët', 'demokratëve', 'partia demokratike', 'pd'],
  dinar: ['dinar', 'dinari', 'dinarit', 'dinarë', 'dinarët', 'dinarëve'],
  dollar: [
    'dollar', 'dollari', 'dollarit', 'dollarin', 'dollarë', 'dollarët', 'dollarëve', 'dollarësh', 'usd',
  ],
  'downing street': ['downing street', 'dauning strit', 'zyra e kryeministrit britanik', 'qeveria britanike'],
  duma: ['duma', 'dumës', 'dumën', 'duma e shtetit', 'parlamenti rus'],
  easter: ['pashkë', 'pashkët', 'pashkëve', 'e diela e pashkëve'],
  ecb: [
    'bqe', 'banka qendrore evropiane', 'bankës qendrore evropiane', 'bankën qendrore evropiane',
    'qendrore evropiane',
  ],
  eid: ['bajram', 'bajrami', 'bajramit', 'bajramin', 'fitër bajram', 'kurban bajram'],
  elysee: ['elize', 'elizesë', 'elizenë', 'pallati elize', 'presidenca franceze'],
  eu: [
    'be', 'bashkimi evropian', 'bashkimit evropian', 'bashkimin evropian', 'bashkimi europian',
    'bashkimit europian', 'bashkimi', 'bashkimit', 'evropian', 'europian', 'brukseli',
  ],
  eulex: ['eulex', 'misioni i be-së për sundimin e ligjit'],
  euro: ['euro', 'euroja', 'eurosë', 'euron', 'eur', 'eurozonë', 'eurozona', 'eurozonës'],
  'european commission': [
    'komisioni evropian', 'komisionit evropian', 'komisionin evropian', 'komisioni europian',
    'komisionit europian', 'komisioni', 'komisionit', 'evropian', 'europian',
  ],
  'european council': [
    'këshilli evropian', 'këshillit evropian', 'këshillin evropian', 'këshilli europian', 'këshilli',
    'këshillit', 'evropian', 'europian',
  ],
  'european parliament': [
    'parlamenti evropian', 'parlamentit evropian', 'parlamentin evropian', 'parlamenti europian',
    'parlamentit europian', 'parlamenti', 'parlamentit', 'evropian', 'europian',
  ],
  'european union': [
    'bashkimi evropian', 'bashkimit evropian', 'bashkimin evropian', 'bashkimi europian',
    'bashkimit europian', 'be', 'bashkimi', 'bashkimit', 'evropian', 'europian',
  ],
  europol: ['europol', 'europoli', 'europolit'],
  fbi: ['fbi', 'byroja federale e hetimeve'],
  'federal reserve': [
    'rezerva federale', 'rezervës federale', 'rezervën federale', 'fed', 'banka qendrore amerikane',
    'federale',
  ],
  franc: ['frang', 'franga', 'frangë', 'frangat', 'frangë zvicerane'],
  fsb: ['fsb', 'shërbimi federal i sigurisë'],
  g20: ['g20', 'grupi i njëzet', 'njëzet'],
  g7: ['g7', 'grupi i shtatë', 'shtatë', 'shtatë vendet më të industrializuara'],
  'general assembly': [
    'asambleja e përgjithshme', 'asamblesë së përgjithshme', 'asamblenë e përgjithshme', 'asamble',
    'asambleja', 'asamblesë', 'përgjithshme',
  ],
  god: ['zot', 'zoti', 'zotit', 'zotin', 'perëndi', 'perëndia', 'hyj', 'allah'],
  hamas: ['hamas', 'hamasi', 'hamasit', 'hamasin'],
  hezbollah: ['hezbollah', 'hezbollahu', 'hezbollahut', 'hezbollahun', 'hizbullah', 'hizbullahu'],
  hindu: ['hindu', 'hinduist', 'hinduiste', 'hinduizëm', 'hinduizmi'],
  houthi: ['huthi', 'huthët', 'huthëve', 'rebelët huthi', 'houthi'],
  hryvnia: ['hryvnia', 'hrivnja', 'hrivnia'],
  iaea: [
    'agjencia ndërkombëtare e energjisë atomike', 'agjencisë ndërkombëtare të energjisë atomike', 'aiea',
    'iaea', 'atomike', 'atomik',
  ],
  icc: [
    'gjykata penale ndërkombëtare', 'gjykatës penale ndërkombëtare', 'gjykatën penale ndërkombëtare', 'gjpn',
    'penale', 'ndërkombëtare',
  ],
  icj: [
    'gjykata ndërkombëtare e drejtësisë', 'gjykatës ndërkombëtare të drejtësisë', 'gjykata', 'gjykatës',
    'drejtësisë',
  ],
  imam: ['imam', 'imami', 'imamit', 'imamin', 'imamë', 'imamët', 'hoxhë', 'hoxha'],
  imf: ['fmn', 'fondi monetar ndërkombëtar', 'fondit monetar ndërkombëtar', 'fondi', 'monetar'],
  interpol: ['interpol', 'interpoli', 'interpolit', 'interpolin'],
  isis: ['isis', 'shteti islamik', 'shtetit islamik', 'isil', 'daesh'],
  islam: [
    'islam', 'islami', 'islamit', 'islamin', 'islamik', 'islamike', 'islamikë', 'mysliman', 'myslimanë',
  ],
  islamic: ['islamik', 'islamike', 'islamikë', 'islam', 'islame', 'mysliman', 'myslimane'],
  'islamic state': ['shteti islamik', 'shtetit islamik', 'shtetin islamik', 'isis', 'isil', 'islamik'],
  jew: ['hebre', 'hebreu', 'hebrenj', 'hebrenjtë', 'hebrej', 'çifut', 'çifutë'],
  jewish: [
    'hebre', 'hebrenj', 'hebrenjtë', 'hebrej', 'hebrejtë', 'hebraik', 'hebraike', 'çifut', 'çifutë',
    'judaik',
  ],
  kcna: [
    'kcna', 'agjencia qendrore e lajmeve koreane', 'agjencisë qendrore të lajmeve koreane',
    'agjencia shtetërore koreano-veriore', 'agjencia e lajmeve', 'koreane',
  ],
  kfor: ['kfor', 'forca e kosovës', 'trupat e nato-s'],
  kgb: ['kgb'],
  knesset: ['kneset', 'knesseti', 'knessetit', 'parlamenti izraelit'],
  kremlin: ['kremlin', 'kremlini', 'kremlinit', 'kremlinin'],
  kyodo: ['kyodo', 'kiodo', 'agjencia japoneze e lajmeve'],
  lek: ['lek', 'leku', 'lekut', 'lekun', 'lekë', 'lekët', 'lekëve', 'lekësh'],
  mosque: ['xhami', 'xhamia', 'xhamisë', 'xhaminë', 'xhamitë', 'xhamive'],
  muslim: [
    'mysliman', 'myslimane', 'myslimanë', 'myslimanët', 'myslimanëve', 'musliman', 'muslimane', 'muslimanë',
    'muslimanët', 'islam',
  ],
  nationalist: [
    'nacionalist', 'nacionaliste', 'nacionalistë', 'nacionalistët', 'nacionalizëm', 'nacionalizmi',
    'nacionalizmit',
  ],
  nato: [
    'nato', 'aleanca', 'aleancës', 'aleanca veriatlantike', 'aleancës veriatlantike', 'veriatlantike',
    'atlantik',
  ],
  opec: ['opec', 'vendet eksportuese të naftës'],
  orthodox: [
    'ortodoks', 'ortodokse', 'ortodoksë', 'ortodoksët', 'ortodoksëve', 'kisha ortodokse', 'ortodoksia',
  ],
  osce: ['osbe', 'organizata për siguri dhe bashkëpunim në evropë'],
  pentagon: ['pentagon', 'pentagoni', 'pentagonit', 'pentagonin'],
  pound: ['paund', 'paundi', 'paundë', 'paundët', 'sterlinë', 'sterlina', 'sterlinës', 'gbp'],
  priest: ['prift', 'prifti', 'priftit', 'priftin', 'priftërinj', 'priftërinjtë', 'klerik', 'klerikë'],
  qaeda: ['al kaida', 'al-kaida', 'al kaidës', 'al-kaidës', 'kaida', 'kaidës'],
  ramadan: ['ramazan', 'ramazani', 'ramazanit', 'ramazanin', 'muaji i ramazanit', 'agjërim', 'agjërimi'],
  'red cross': [
    'kryqi i kuq', 'kryqit të kuq', 'kryqin e kuq', 'kryqi', 'kryqit', 'kuq', 'gjysmëhëna e kuqe',
  ],
  republican: [
    'republikan', 'republikane', 'republikanë', 'republikanët', 'republikanëve', 'partia republikane',
  ],
  reuters: ['reuters', 'rojters', 'agjencia e lajmeve reuters'],
  'ria novosti': ['ria novosti', 'ria', 'novosti', 'agjencia ruse e lajmeve'],
  rouble: ['rubël', 'rubla', 'rublat', 'rublave', 'rublë', 'rubla ruse'],
  ruble: ['rubël', 'rubla', 'rublat', 'rublave', 'rublë', 'rubla ruse'],
  senate: ['senat', 'senati', 'senatit', 'senatin', 'senator', 'senatori', 'senatorë', 'senatorët'],
  senator: [
    'senator', 'senatori', 'senatorit', 'senatorin', 'senatorë', 'senatorët', 'senatorëve', 'senatore',
  ],
  socialist: [
    'socialist', 'socialiste', 'socialistë', 'socialistët', 'socialistëve', 'partia socialiste', 'ps',
  ],
  spak: ['spak', 'struktura e posaçme antikorrupsion', 'prokuroria e posaçme', 'posaçme'],
  'special court': [
    'gjykata speciale', 'gjykatës speciale', 'gjykatën speciale', 'dhomat e specializuara',
    'dhomave të specializuara', 'speciale', 'specializuara',
  ],
  'state department': [
    'departamenti i shtetit', 'departamentit të shtetit', 'departamentin e shtetit', 'departament',
    'departamenti', 'departamentit', 'shtetit', 'diplomacia amerikane',
  ],
  'supreme court': [
    'gjykata e lartë', 'gjykatës së lartë', 'gjykatën e lartë', 'gjykata supreme', 'gjykatës supreme',
    'gjykatën supreme', 'supreme', 'lartë',
  ],
  taliban: ['taliban', 'talibanë', 'talibanët', 'talibanëve', 'talibanet'],
  tass: ['tass', 'agjencia ruse e lajmeve', 'agjencia shtetërore ruse'],
  un: [
    'okb', 'kombet e bashkuara', 'kombeve të bashkuara', 'kombet', 'kombeve', 'bashkuara',
    'organizata e kombeve të bashkuara',
  ],
  unhcr: ['unhcr', 'agjencia e okb-së për refugjatët', 'komisioneri i lartë për refugjatët', 'refugjatët'],
  unicef: ['unicef', 'fondi i kombeve të bashkuara për fëmijët'],
  'united nations': [
    'kombet e bashkuara', 'kombeve të bashkuara', 'okb', 'kombet', 'kombeve', 'bashkuara',
    'organizata e kombeve të bashkuara',
  ],
  unmik: ['unmik'],
  vetevendosje: [
    'vetëvendosje', 'vetëvendosja', 'vetëvendosjes', 'vetëvendosjen', 'lvv', 'lëvizja vetëvendosje',
  ],
  wagner: ['wagner', 'vagner', 'grupi wagner', 'grupit wagner', 'wagnerit'],
  'white house': [
    'shtëpia e bardhë', 'shtëpisë së bardhë', 'shtëpinë e bardhë', 'shtëpi e bardhë', 'shtëpia', 'shtëpisë',
    'shtëpinë', 'bardhë',
  ],
  'world bank': ['banka botërore', 'bankës botërore', 'bankën botërore', 'banka', 'bankës', 'botërore'],
  'world health': [
    'obsh', 'organizata botërore e shëndetësisë', 'organizatës botërore të shëndetësisë', 'shëndetësisë',
    'botërore',
  ],
  wto: ['obt', 'organizata botërore e tregtisë', 'organizatës botërore të tregtisë', 'tregtisë'],
  xinhua: ['xinhua', 'sinhua', 'agjencia kineze e lajmeve', 'agjencia shtetërore kineze'],
  yen: ['jen', 'jeni', 'jenë', 'jenët', 'jeni japonez'],
  yonhap: ['yonhap', 'jonhap', 'agjencia jugkoreane e lajmeve', 'agjencia e lajmeve'],
  yuan: ['juan', 'juani', 'juanë', 'yuan', 'renminbi'],
};
