/** The English house style's words and marks (the importer's default language). */
import { BOOKS } from '../scripture/canon.ts';
import { ENGLISH } from '../scripture/languages/en.ts';
import type { ImporterLanguage } from './language.ts';

const TITLE_WORDS = new Set([
  'foreign', 'defence', 'defense', 'interior', 'finance', 'trade', 'health', 'economy', 'energy', 'prime', 'deputy',
  'vice', 'chief', 'premier', 'councillor', 'councilor', 'special', 'senior', 'acting', 'former', 'minister', 'president', 'secretary', 'secretary-general',
  'ambassador', 'senator', 'general', 'spokesperson', 'spokesman', 'spokeswoman', 'chancellor', 'governor', 'mayor',
  'director', 'chairman', 'chairwoman', 'chair', 'envoy', 'commissioner', 'admiral', 'colonel', 'captain',
  'lieutenant', 'commander', 'king', 'queen', 'prince', 'princess', 'pope', 'rabbi', 'pastor', 'bishop',
  'archbishop', 'cardinal', 'professor', 'prof.', 'analyst', 'economist', 'researcher', 'representative', 'speaker',
]);

const MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^jan(?:uary)?$/u, 1], [/^feb(?:ruary)?$/u, 2], [/^mar(?:ch)?$/u, 3], [/^apr(?:il)?$/u, 4], [/^may$/u, 5],
  [/^june?$/u, 6], [/^july?$/u, 7], [/^aug(?:ust)?$/u, 8], [/^sept?(?:ember)?$/u, 9], [/^oct(?:ober)?$/u, 10],
  [/^nov(?:ember)?$/u, 11], [/^dec(?:ember)?$/u, 12],
];
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;

export const ENGLISH_IMPORT: ImporterLanguage = {
  code: 'en',
  slug: 'en',
  scripture: ENGLISH,

  byline: String.raw`[Bb]y\s+`,
  commentary: /^(?:(?<name>.{1,80}?)['’]s\s+)?commentary:?$/iu,
  commentaryExample: '<Name>’s Commentary',
  commentaryHeading: 'Commentary',
  closingLabel: /^(?:learn|read)\s+more\s*:/iu,

  quoteSpan: String.raw`“([^“”]+)”|"([^"\n]+)"|‘([^‘]+?)’(?![\p{L}\p{N}])`,
  wholeQuote: String.raw`^(?:“([^“”]+)”|"([^"]+)"|‘([^‘]+)’)$`,
  quoteMarks: '“”"',
  said: String.raw`(?:said|says|stated|states|added|adds|told\s+[\p{L} ]{1,30}?|wrote|writes|warned|warns|explained|declared|noted|notes|commented|remarked|insisted|argued|cautioned|observed|announced|replied|concluded)`,
  nameBeforeVerbAfterQuote: true,
  verbBeforeNameInIntro: false,
  appositiveName: false,
  adverbial: String.raw`(?:on|in|at|during|after|before|when|while|to|yesterday|today|last|this|earlier|later)`,

  particle: String.raw`(?:de|da|del|della|di|du|dos|das|van|von|der|den|ter|le|la|bin|ibn|bint|al|el|y)`,
  sentenceOpeners: new Set([
    'a', 'an', 'the', 'in', 'on', 'at', 'but', 'and', 'or', 'so', 'yet', 'as', 'after', 'before', 'when', 'while',
    'yesterday', 'today', 'tonight', 'meanwhile', 'however', 'then', 'later', 'earlier', 'also', 'separately',
    'speaking', 'asked', 'according', 'this', 'that', 'these', 'those', 'last', 'next', 'here', 'there', 'now',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'still', 'even', 'indeed',
  ]),
  roleParticles: new Set(),
  notInName: new Set(),
  titleWords: TITLE_WORDS,
  titleSuffixes: [],
  institutionWords: new Set([
    'house', 'office', 'ministry', 'department', 'agency', 'council', 'government', 'commission', 'committee', 'bank',
    'court', 'police', 'army', 'navy', 'parliament', 'senate', 'congress', 'embassy', 'union', 'institute', 'university',
    'authority', 'company', 'group', 'party', 'church', 'secretariat', 'kremlin', 'pentagon', 'cabinet', 'board',
  ]),
  institutionSuffixes: [],
  roleBefore: {
    notInRole: new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'whom', 'which', 'that', 'said', 'says', 'told', 'when', 'while', 'if']),
    opening: /^(?:the|a|an|its|their|his|her|our)\s|[\p{L}\p{N}]['’]s\s|\p{Ll}s['’]\s/iu,
    leadingAdverbs: new Set(['yesterday', 'today', 'tonight', 'meanwhile', 'however', 'separately', 'later', 'earlier', 'also', 'then', 'now', 'still', 'indeed']),
    positionWords: new Set([...TITLE_WORDS, 'leader', 'head', 'official', 'adviser', 'advisor', 'spokesperson', 'founder', 'editor', 'correspondent', 'negotiator']),
    articles: ['a', 'an', 'the'],
    dropArticle: false,
  },
  roleDrop: { prepositions: '(?:of|from)', articles: '(?:a|an|the)' },

  acronyms: new Set([
    'UN', 'EU', 'UK', 'US', 'USA', 'UAE', 'NATO', 'AI', 'IMF', 'WHO', 'ASEAN', 'OPEC', 'DRC', 'BRICS', 'ICC', 'IAEA',
    'UNESCO', 'UNICEF', 'OECD', 'WTO', 'GCC', 'AU', 'CAR', 'DPRK', 'PRC', 'ROK', 'G7', 'G20', 'CBDC', 'ECB', 'II', 'III',
  ]),
  smallWords: new Set(['of', 'and', 'the', 'in', 'on', 'for', 'to', 'at', 'by', 'de', 'del', 'la', 'y']),

  weekday: String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?`,
  dateForms: [
    { pattern: String.raw`(?<day>\d{1,2})\s+(?<month>${MONTH})\s+(?<year>\d{4})` },
    { pattern: String.raw`(?<month>${MONTH})\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})` },
  ],
  monthNumber: (name) => MONTHS.find(([pattern]) => pattern.test(name))?.[1],

  bookListTriggers: [
    'passages in', 'passages from', 'passage in', 'chapters in', 'the book of', 'the books of', 'books of', 'book of',
    'prophecies of', 'prophecies in', 'prophecy of', 'prophecies from', 'the prophecies of', 'readings from', 'readings in',
  ],
  bookListJoins: ['and', 'or'],
  bookListItemPrefix: '(?:the (?:[Bb]ook of )?)?',
  bookListNames: [...BOOKS.map((book) => book.name), 'Psalm', 'Song of Songs'],
};
