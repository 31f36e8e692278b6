/**
 * The German house style's words and marks: „…“ and »…« quotations (‚…‘ inside), `sagte Name,
 * Rolle`, `so Name`, `erklärte:`, dates such as `12. März 2025` and `12.03.2025`, a `Kommentar`
 * line, `Weiterlesen:` / `Mehr lesen:`, Luther book names with the comma before the verse.
 */
import { BOOKS } from '../scripture/canon.ts';
import { GERMAN } from '../scripture/languages/de.ts';
import { germanBookName } from '../scripture/languages/de-books.ts';
import type { ImporterLanguage } from './language.ts';

/** Whole words that are job titles before a name; compounds are caught by the endings below. */
const TITLE_WORDS = new Set([
  'herr', 'frau', 'dr.', 'prof.', 'professor', 'professorin', 'ex-minister', 'ex-präsident', 'stellvertretende', 'stellvertretender',
  'ehemalige', 'ehemaliger', 'frühere', 'früherer', 'amtierende', 'amtierender', 'designierte', 'designierter', 'papst', 'kardinal',
  'bischof', 'bischöfin', 'pfarrer', 'pfarrerin', 'rabbiner', 'rabbinerin', 'pastor', 'pastorin', 'könig', 'königin', 'prinz',
  'prinzessin', 'oberst', 'admiral', 'general', 'premier', 'premierminister', 'premierministerin', 'senator', 'senatorin',
]);

/** Endings of compound job titles: `Außenministerin`, `Regierungssprecher`, `Zentralbankchefin`. */
const TITLE_SUFFIXES = [
  'minister', 'ministerin', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'sprecher', 'sprecherin', 'direktor',
  'direktorin', 'leiter', 'leiterin', 'chef', 'chefin', 'botschafter', 'botschafterin', 'sekretär', 'sekretärin',
  'vorsitzende', 'vorsitzender', 'beauftragte', 'beauftragter', 'bürgermeister', 'bürgermeisterin', 'ökonom', 'ökonomin',
  'analyst', 'analystin', 'kommissar', 'kommissarin', 'abgeordnete', 'abgeordneter', 'gouverneur', 'gouverneurin',
  'experte', 'expertin', 'forscher', 'forscherin', 'berater', 'beraterin', 'diplomat', 'diplomatin', 'kommandeur',
  'kommandant', 'kommandantin', 'hydrologe', 'hydrologin', 'gesandte', 'gesandter', 'unterhändler', 'unterhändlerin', 'bauer', 'bäuerin', 'landwirt',
  'landwirtin', 'arzt', 'ärztin', 'anwalt', 'anwältin', 'lehrer', 'lehrerin', 'aktivist', 'aktivistin', 'journalist',
  'journalistin', 'autor', 'autorin', 'historiker', 'historikerin', 'theologe', 'theologin',
];

const MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:jan(?:uar)?|jän(?:ner)?)$/u, 1], [/^(?:feb(?:ruar)?|feber)$/u, 2], [/^(?:mär(?:z)?|mrz)$/u, 3], [/^apr(?:il)?$/u, 4],
  [/^mai$/u, 5], [/^jun[i]?$/u, 6], [/^jul[i]?$/u, 7], [/^aug(?:ust)?$/u, 8], [/^sept?(?:ember)?$/u, 9],
  [/^okt(?:ober)?$/u, 10], [/^nov(?:ember)?$/u, 11], [/^dez(?:ember)?$/u, 12],
];
const MONTH = String.raw`(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\.|Feb\.|Mär\.|Mrz\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Okt\.|Nov\.|Dez\.)`;

/** Book names a list may use: the Luther names and `Psalm`. */
const BOOK_NAMES = [...BOOKS.map((book) => germanBookName(book)), 'Psalm'];

export const GERMAN_IMPORT: ImporterLanguage = {
  code: 'de',
  slug: 'de',
  scripture: GERMAN,

  byline: String.raw`[Vv]on\s+`,
  // `Kommentar`, `Kommentar von Jana Roe`, `Jana Roe’s Kommentar`, `Hans’ Kommentar`, `Jana Roes Kommentar`.
  commentary: /^(?:kommentar(?:\s+von\s+(?<name>.{1,80}?))?|(?<name2>.{1,80}?)['’]s?\s+kommentar|(?<genitive>.{1,80}?s)\s+kommentar)\s*:?$/iu,
  commentaryExample: 'Kommentar von <Name>',
  commentaryHeading: 'Kommentar',
  closingLabel: /^(?:mehr\s+lesen|weiterlesen|lesen\s+sie\s+(?:mehr|weiter|auch))\s*:/iu,

  // „…“ (also closed with ” as typed on some keyboards), »…«, «…», "…". ‚…‘ stays inside the outer marks.
  quoteSpan: String.raw`„([^„“”]+)[“”]|»([^»«]+)«|«([^«»]+)»|"([^"\n]+)"`,
  wholeQuote: String.raw`^(?:„([^„“”]+)[“”]|»([^»«]+)«|«([^«»]+)»|"([^"]+)")$`,
  quoteMarks: '„“”»«"',
  said: String.raw`(?:sagte|sagt|sagten|erklärte|erklärt|erläuterte|betonte|betont|warnte|warnt|schrieb|schreibt|meinte|meint|fügte|ergänzte|bekräftigte|unterstrich|versicherte|mahnte|kritisierte|argumentierte|antwortete|erwiderte|bemerkte|stellte\s+klar|teilte\s+mit|kommentierte|verkündete|schloss|räumte\s+ein|hob\s+hervor)`,
  saidAfterOnly: 'so',
  nameBeforeVerbAfterQuote: false,
  verbBeforeNameInIntro: true,
  appositiveName: true,
  adverbial: String.raw`(?:am|im|in|an|auf|bei|beim|nach|vor|während|gegenüber|zu|zum|zur|gestern|heute|vorgestern|hinzu|weiter|dazu|mit|über|laut)`,

  particle: String.raw`(?:(?:von|van)(?:\s+(?:der|den|dem))?|vom|zu|zum|zur|de|da|del|della|di|du|dos|ter|ten|le|la|bin|ibn|bint|al|el|y)`,
  sentenceOpeners: new Set([
    'der', 'die', 'das', 'ein', 'eine', 'einer', 'dem', 'den', 'des', 'in', 'im', 'am', 'an', 'auf', 'aber', 'und', 'oder', 'so',
    'doch', 'als', 'nach', 'vor', 'bei', 'beim', 'während', 'wenn', 'gestern', 'heute', 'morgen', 'dann', 'später', 'zuvor',
    'auch', 'außerdem', 'zudem', 'jedoch', 'dieser', 'diese', 'dieses', 'hier', 'dort', 'nun', 'jetzt', 'noch', 'sogar',
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'laut', 'zum', 'zur',
    'gegenüber', 'daraufhin', 'anschließend', 'schließlich', 'bereits', 'wie', 'damit',
  ]),
  // German nouns are capitalised: words that follow a speaker's name without being part of it.
  roleParticles: new Set(['von', 'vom', 'zu', 'zum', 'zur', 'bei', 'beim']),
  notInName: new Set(['reportern', 'journalisten', 'journalistinnen', 'medien', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'zufolge']),
  titleWords: TITLE_WORDS,
  titleSuffixes: TITLE_SUFFIXES,
  institutionWords: new Set([
    'haus', 'amt', 'ministerium', 'regierung', 'bundesregierung', 'rat', 'kommission', 'ausschuss', 'bank', 'gericht',
    'polizei', 'armee', 'marine', 'parlament', 'bundestag', 'senat', 'kongress', 'botschaft', 'union', 'institut',
    'universität', 'behörde', 'unternehmen', 'konzern', 'gruppe', 'partei', 'kirche', 'sekretariat', 'kreml', 'pentagon',
    'kabinett', 'vorstand', 'verband', 'stiftung', 'agentur', 'zentrum', 'weiße',
  ]),
  institutionSuffixes: ['ministerium', 'regierung', 'behörde', 'verwaltung', 'kommission', 'institut', 'universität', 'gericht', 'verband', 'agentur', 'zentrum', 'amt', 'bank', 'partei', 'stiftung'],
  roleBefore: {
    notInRole: new Set(['er', 'sie', 'es', 'wir', 'ich', 'man', 'wer', 'welche', 'welcher', 'dass', 'sagte', 'sagt', 'als', 'wenn', 'ob', 'und', 'hat', 'habe', 'ist']),
    opening: /^(?:der|die|das|ein|eine|sein|seine|ihr|ihre|dessen|deren)\s/iu,
    leadingAdverbs: new Set(['gestern', 'heute', 'später', 'zuvor', 'dann', 'auch', 'außerdem', 'zudem', 'jedoch', 'nun', 'jetzt', 'noch']),
    positionWords: new Set(TITLE_SUFFIXES),
    articles: ['der', 'die', 'das', 'ein', 'eine'],
    dropArticle: true,
  },
  roleDrop: { prepositions: '(?:von|vom)', articles: '(?:der|die|das|dem|den|des|ein|eine|einer|eines|einem)' },

  acronyms: new Set([
    'UN', 'UNO', 'EU', 'USA', 'US', 'UK', 'NATO', 'KI', 'IWF', 'WHO', 'OPEC', 'BRICS', 'IAEA', 'IAEO', 'UNESCO', 'UNICEF',
    'OECD', 'WTO', 'EZB', 'BRD', 'DDR', 'G7', 'G20', 'II', 'III', 'VAE', 'ASEAN', 'OSZE',
  ]),
  smallWords: new Set(['und', 'oder', 'der', 'die', 'das', 'des', 'von', 'im', 'in', 'am', 'an', 'auf', 'für', 'zu', 'de', 'la', 'y']),

  weekday: String.raw`(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag),?\s+(?:den\s+)?)?`,
  dateForms: [
    { pattern: String.raw`(?<day>\d{1,2})\.\s*(?<month>${MONTH})\s+(?<year>\d{4})` },
    { pattern: String.raw`(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})` },
  ],
  monthNumber: (name) => {
    if (/^\d{1,2}$/u.test(name)) return Number(name);
    return MONTHS.find(([pattern]) => pattern.test(name))?.[1];
  },

  bookListTriggers: [
    'Stellen in', 'Stellen aus', 'Stellen bei', 'Abschnitte in', 'Abschnitte aus', 'Kapitel in', 'Kapitel aus', 'das Buch',
    'dem Buch', 'im Buch', 'die Bücher', 'den Büchern', 'Bücher', 'Prophezeiungen in', 'Prophezeiungen aus',
    'Prophezeiungen von', 'Prophezeiungen bei', 'Prophetien in', 'Prophetien aus', 'Prophetien von', 'Prophetien bei',
    'Weissagungen in', 'Weissagungen aus', 'Weissagungen von', 'Weissagungen bei', 'Lesungen aus',
  ],
  bookListJoins: ['und', 'oder', 'sowie'],
  bookListItemPrefix: String.raw`(?:(?:das|dem)\s+Buch\s+)?`,
  bookListNames: BOOK_NAMES,
};
