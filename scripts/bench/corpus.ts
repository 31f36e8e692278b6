/**
 * Deterministic benchmark corpus: N contract-valid articles plus 50 authors, written into a `content/` folder.
 *
 *   node scripts/bench/corpus.ts --count 1000 --out scripts/bench/.work/corpus/content [--seed 20240601] [--force]
 *
 * Every random choice comes from seeded mulberry32 streams (never Math.random), and each article has its own
 * stream derived from (seed, index), so article i is the same whatever N is: the 1,000-article corpus is a
 * prefix of the 10,000-article one, and `generateArticle(seed, N)` makes a new article for "add one" rebuilds.
 *
 * Shape (per article): ~900 words (700–1,100), a news excerpt in a blockquote, 1–3 quotes that appear in the
 * body word for word, h2/h3 headings, a list, 2–4 links (some to earlier articles), 1–4 scripture references
 * in the frontmatter and more in the prose, weighted toward Daniel, Revelation, Matthew 24, Luke 21, Ezekiel
 * and Isaiah, 1–4 of 200 topics, one of 50 authors, a date in 2006–2025. Exactly 1% are drafts (index % 100
 * = 37) and 1% MDX with a <Callout> (index % 100 = 71). Words: a ~420-word base list (Zipf-weighted) plus a
 * Zipf-skewed tail of 30,000 invented words, so the search index has a realistic number of distinct terms.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { exitWithUsage, parseToolOptions } from '../../src/lib/cli/options.ts';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BOOKS, formatPassage, formatPassages, isSingleChapter, requireBook, type Book, type Passage } from '../../src/lib/scripture/index.ts';
import { slugify } from '../../src/lib/text/slug.ts';

export const DEFAULT_SEED = 20240601;
export const AUTHOR_COUNT = 50;
export const TOPIC_COUNT = 200;
export const TAIL_WORDS = 30_000;
export const FIRST_YEAR = 2006;
export const LAST_YEAR = 2025;

/** A file of the corpus, relative to the `content/` folder. */
export interface CorpusFile {
  path: string;
  text: string;
}

export interface ArticleInfo {
  index: number;
  id: string;
  draft: boolean;
  mdx: boolean;
  words: number;
  /** Frontmatter `scripture` items as written. */
  scripture: string[];
}

export interface Corpus {
  seed: number;
  count: number;
  files: CorpusFile[];
  articles: ArticleInfo[];
}

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed for a named stream of a corpus: (seed, stream name, index) mixed with FNV-1a + murmur finaliser. */
function streamSeed(seed: number, stream: string, index = 0): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  const text = `${stream}:${index}`;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= seed >>> 16;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** Distinct items, in the order drawn. */
  pickDistinct<T>(count: number, draw: () => T): T[] {
    const out: T[] = [];
    for (let tries = 0; out.length < count && tries < count * 20; tries++) {
      const item = draw();
      if (!out.includes(item)) out.push(item);
    }
    return out;
  }
}

/** Draws indices 0..n-1 with weights, by binary search over the cumulative sums. */
class Weighted<T> {
  private readonly items: readonly T[];
  private readonly cumulative: Float64Array;
  constructor(items: readonly T[], weights: readonly number[]) {
    this.items = items;
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => (this.cumulative[i] = sum += w));
  }
  draw(rng: Rng): T {
    const target = rng.next() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

/** Zipf-Mandelbrot weights 1 / (rank + offset)^exponent: the offset flattens the head a little. */
function zipf<T>(items: readonly T[], exponent: number, offset = 1): Weighted<T> {
  return new Weighted(items, items.map((_, rank) => 1 / Math.pow(rank + offset, exponent)));
}

// ---------------------------------------------------------------------------------------------
// Word lists (fixed; the invented tail is generated from the seed)

// Ordered roughly by frequency: the Zipf weights follow this order.
const BASE_WORDS = (
  'the of and to in a that is for on it with as was by this be are at from or an not have they which ' +
  'his has but their were had its will been who more would all one also there what can about when into than ' +
  'them out some other only new these so may any could most over after said time first world people two years ' +
  'those such made because many where even before under between both while through much years against during ' +
  'government nations peace war treaty agreement leaders minister president council security economic talks ' +
  'week officials region border military forces country state power plan market prices trade food grain oil ' +
  'energy water land city capital report statement analysts sources news crisis conflict ceasefire sanctions ' +
  'alliance summit accord deal union coalition parliament election vote court law order system control ' +
  'money currency digital bank debt inflation famine drought earthquake storm flood fire disease plague ' +
  'prophecy prophet prophets scripture kingdom kingdoms temple covenant judgement mercy promise hope faith ' +
  'church believers readers commentary passage book vision dream beast image king kings ' +
  'israel jerusalem babylon nineveh egypt persia rome empire throne mountain sea north south east west ' +
  'lord god heaven earth nation tribes sign signs end days last age coming return watch warning ' +
  'wars rumours famines pestilences earthquakes deceivers false christ antichrist tribulation abomination ' +
  'desolation seventy weeks horn horns ten toes iron clay gold silver brass stone feet head ' +
  'understand careful caution history interpretation meaning context reading writer writers argued ' +
  'claim claims headline headlines evidence certain uncertain likely perhaps indeed however therefore ' +
  'moreover although whether neither either nor yet still already again never always often sometimes ' +
  'today yesterday tomorrow morning evening night hour month year decade century generation ' +
  'small large great little long short high low old young early late public private foreign domestic ' +
  'international regional national local global central western eastern northern southern ' +
  'announced signed agreed rejected warned called described said told asked urged pledged vowed ' +
  'denied confirmed expected reported released published launched approved opposed supported ' +
  'build built rebuild rebuilt open opened close closed rise rose fall fell grow grew spread ' +
  'shield sword bread wheat barley wine measure scales rider horse white red black pale ' +
  'mark hand forehead buy sell number name seal trumpet bowl cup wrath patience endurance ' +
  'shepherd flock sheep watchman wall gate gates tower river euphrates valley plain desert island ' +
  'ships merchants harbour port cargo route corridor pipeline network satellite technology data ' +
  'record records highest lowest rising falling steady sharp sudden gradual quiet loud ' +
  'people children families villages towns refugees aid relief workers volunteers hospitals ' +
  'question answer reason purpose result cause effect change fear courage comfort wisdom ' +
  'light darkness truth lies peace safety destruction sudden labour pains thief night sober'
).split(/\s+/);

const FIRST_NAMES = ['Miriam', 'Daniel', 'Ruth', 'Samuel', 'Hannah', 'Jonah', 'Esther', 'Caleb', 'Lydia', 'Micah', 'Naomi', 'Elias', 'Priscilla', 'Tobias', 'Abigail', 'Silas', 'Deborah', 'Gideon', 'Phoebe', 'Nathan', 'Judith', 'Amos', 'Tabitha', 'Levi', 'Joanna', 'Reuben', 'Martha', 'Ezra', 'Dinah', 'Felix'];
const LAST_NAMES = ['Hale', 'Okafor', 'Calloway', 'Thorne', 'Whitcombe', 'Aderinto', 'Lindqvist', 'Moreau', 'Castellano', 'Brennan', 'Nakamura', 'Osei', 'Petrov', 'Haddad', 'Kowalski', 'Fitzgerald', 'Mbeki', 'Rasmussen', 'Delacroix', 'Varga', 'Achterberg', 'Quispe', 'Sorensen', 'Adeyemi', 'Marchetti', 'Oyelaran', 'Halvorsen', 'Tanaka', 'Abernathy', 'Iwu'];
const ROLES = ['Senior editor', 'Contributing writer', 'Staff writer', 'Columnist', 'Correspondent', 'Guest contributor', 'Pastor and writer', 'Bible teacher', 'Research fellow', 'Editor at large'];
const ORGS = ['Watchman Review', 'Berean Forum', 'The Lampstand', 'Harvest Institute', 'Morning Star Press'];

const REGIONS = ['Middle East', 'North Korea', 'Russia', 'China', 'Iran', 'Israel', 'European Union', 'Turkey', 'Egypt', 'Syria', 'Lebanon', 'Jordan', 'Saudi Arabia', 'Ethiopia', 'Sudan', 'Libya', 'Ukraine', 'Belarus', 'India', 'Pakistan', 'Japan', 'South Korea', 'Taiwan', 'Vatican', 'United Nations', 'Gulf States', 'Africa', 'Latin America', 'Central Asia', 'Balkans', 'Baltic States', 'Caucasus', 'Arctic', 'Mediterranean', 'Red Sea', 'Persian Gulf', 'Black Sea', 'Horn of Africa', 'Sahel', 'Southeast Asia'];
const SUBJECTS = ['Diplomacy', 'Security', 'Economy', 'Agriculture', 'Technology', 'Religion', 'Culture', 'Disasters', 'Climate', 'Energy', 'Trade', 'Finance', 'Digital Currency', 'Surveillance', 'Health', 'Pandemics', 'Famine', 'Earthquakes', 'Migration', 'Elections', 'Nuclear Weapons', 'Missiles', 'Peace Talks', 'Sanctions', 'Temple Mount', 'Jerusalem', 'Persecution', 'Ecumenism', 'Artificial Intelligence', 'Space'];
const PLACES = ['Geneva', 'Vienna', 'Brussels', 'Cairo', 'Amman', 'Riyadh', 'Tehran', 'Ankara', 'Moscow', 'Beijing', 'Pyongyang', 'Seoul', 'Tokyo', 'Delhi', 'Jerusalem', 'Beirut', 'Damascus', 'Baghdad', 'Doha', 'Abu Dhabi', 'Rome', 'Paris', 'Berlin', 'Kyiv', 'Minsk', 'Addis Ababa', 'Khartoum', 'Tripoli', 'New York', 'Washington'];
const SOURCE_PARTS_A = ['Example', 'Harbor City', 'Northern', 'Coastal', 'Capital', 'Global', 'Daily', 'Evening', 'Pacific', 'Atlantic', 'Continental', 'Metro'];
const SOURCE_PARTS_B = ['Wire', 'Times', 'Ledger', 'Herald', 'Observer', 'Courier', 'Gazette', 'Tribune', 'Dispatch', 'Record'];
const SECTIONS = ['World', 'Asia', 'Europe', 'Middle East', 'Africa', 'Business', 'Technology', 'Science', 'Politics', 'Religion'];
const SPEAKER_ROLES = ['Foreign minister', 'Defence minister', 'Spokesperson', 'Ambassador', 'Analyst', 'Economist', 'Senior fellow', 'Professor of international relations', 'Central bank governor', 'Aid agency director', 'Archbishop', 'Chief rabbi', 'Prime minister', 'President', 'Union leader'];
const HEADLINE_VERBS = ['Sign', 'Reject', 'Announce', 'Debate', 'Suspend', 'Resume', 'Expand', 'Launch', 'Delay', 'Approve'];
const HEADLINE_NOUNS = ['Defence Pact', 'Peace Plan', 'Trade Accord', 'Grain Corridor', 'Digital Currency Pilot', 'Ceasefire', 'Security Council Reform', 'Border Agreement', 'Energy Deal', 'Sanctions Package', 'Temple Plans', 'Water Treaty', 'Census', 'Surveillance Law', 'Food Price Index'];
const COMMENTARY_HEADINGS = ['Commentary', 'What scripture says', 'Reading the signs with care', 'The wider picture', 'A word of caution', 'What this does not mean', 'Why it matters', 'Looking back', 'Looking ahead', 'For reflection'];
const SUB_HEADINGS = ['Three things to notice', 'What the prophets said', 'Questions readers ask', 'What we know', 'What we do not know', 'Background', 'Key dates', 'Further reading'];
const CALLOUT_TITLES = ['A note on dates', 'Why we are careful', 'On interpretation', 'For readers new to this'];
const LINK_SITES = ['https://example.org', 'https://example.com', 'https://example.net'];

// Scripture: weights per OSIS book id (others 0.15), and the chapters most cited in prophecy commentary.
const BOOK_WEIGHTS: Record<string, number> = {
  Dan: 22, Rev: 22, Matt: 14, Luke: 9, Ezek: 11, Isa: 11, Jer: 5, Zech: 6, Joel: 3, Mark: 4, '1Thess': 5, '2Thess': 4,
  '2Tim': 2, Ps: 5, Gen: 3, Amos: 2, Mic: 2, Hos: 2, Obad: 1, Jude: 1, Acts: 2, Rom: 2, Hab: 1, Zeph: 1, Mal: 1, Hag: 1,
  Deut: 1, '2Pet': 2, '1John': 1, John: 2, '1Cor': 1, Heb: 1,
};
const HOT_CHAPTERS: Record<string, number[]> = {
  Dan: [2, 7, 8, 9, 11, 12], Rev: [6, 12, 13, 16, 17, 18, 20, 21], Matt: [24, 24, 24, 25], Luke: [17, 21, 21, 21], Mark: [13],
  Ezek: [36, 37, 38, 38, 39], Isa: [2, 9, 11, 13, 17, 19, 53, 65], Zech: [12, 14], Joel: [2, 3], '1Thess': [4, 5], '2Thess': [2],
  '2Tim': [3], '2Pet': [3], Jer: [25, 30, 31], Ps: [2, 83], Gen: [12, 15], Mic: [4], Amos: [8, 9], Hos: [3],
};

// ---------------------------------------------------------------------------------------------
// Shared world of one seed: authors, topics, sources, vocabulary

interface Author {
  id: string;
  name: string;
  role: string;
  organization: string | undefined;
}

interface World {
  seed: number;
  authors: Author[];
  authorPick: Weighted<Author>;
  topics: string[];
  topicPick: Weighted<string>;
  sources: string[];
  sourcePick: Weighted<string>;
  base: Weighted<string>;
  tail: Weighted<string>;
  tailWords: string[];
  bookPick: Weighted<Book>;
}

const worlds = new Map<number, World>();

function world(seed: number): World {
  const cached = worlds.get(seed);
  if (cached) return cached;
  const rng = new Rng(streamSeed(seed, 'world'));

  const authors: Author[] = [];
  const seen = new Set<string>();
  while (authors.length < AUTHOR_COUNT) {
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    const id = slugify(name);
    if (seen.has(id)) continue;
    seen.add(id);
    authors.push({ id, name, role: rng.pick(ROLES), organization: rng.chance(0.4) ? rng.pick(ORGS) : undefined });
  }
  authors.sort((a, b) => (a.id < b.id ? -1 : 1));

  const topics: string[] = [];
  const topicSlugs = new Set<string>();
  const addTopic = (name: string) => {
    const slug = slugify(name);
    if (topicSlugs.has(slug) || topics.length >= TOPIC_COUNT) return;
    topicSlugs.add(slug);
    topics.push(name);
  };
  for (const subject of SUBJECTS) addTopic(subject);
  for (const region of REGIONS) addTopic(region);
  while (topics.length < TOPIC_COUNT) addTopic(`${rng.pick(REGIONS)} ${rng.pick(SUBJECTS)}`);

  const sources: string[] = [];
  while (sources.length < 40) {
    const name = `${rng.chance(0.3) ? 'The ' : ''}${rng.pick(SOURCE_PARTS_A)} ${rng.pick(SOURCE_PARTS_B)}`;
    if (!sources.some((s) => slugify(s) === slugify(name))) sources.push(name);
  }

  // Invented tail words from syllables; unique, not in the base list, at least 5 letters.
  const onsets = ['b', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'gr', 'kr', 'st', 'th', 'sh', 'ch', 'tr', 'pl'];
  const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
  const codas = ['', '', '', 'n', 'r', 's', 'l', 'th', 'nd', 'x', 'm'];
  const baseSet = new Set(BASE_WORDS);
  const tailSet = new Set<string>();
  const tailWords: string[] = [];
  while (tailWords.length < TAIL_WORDS) {
    const syllables = rng.int(2, 4);
    let word = '';
    for (let s = 0; s < syllables; s++) word += rng.pick(onsets) + rng.pick(vowels) + (s === syllables - 1 ? rng.pick(codas) : '');
    if (word.length < 5 || baseSet.has(word) || tailSet.has(word)) continue;
    tailSet.add(word);
    tailWords.push(word);
  }

  const books = BOOKS.slice();
  const made: World = {
    seed,
    authors,
    authorPick: zipf(authors, 0.6),
    topics,
    topicPick: zipf(topics, 0.9),
    sources,
    sourcePick: zipf(sources, 1),
    base: zipf(BASE_WORDS, 1, 2.7),
    tail: zipf(tailWords, 1.05, 8),
    tailWords,
    bookPick: new Weighted(books, books.map((b) => BOOK_WEIGHTS[b.id] ?? 0.15)),
  };
  worlds.set(seed, made);
  return made;
}

// ---------------------------------------------------------------------------------------------
// Text

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** One word: 85% from the base list, 15% from the Zipf tail (so rare words are really rare). */
function word(w: World, rng: Rng): string {
  return rng.chance(0.85) ? w.base.draw(rng) : w.tail.draw(rng);
}

/** A sentence without its final full stop; may contain a comma, a name or a number. */
function clause(w: World, rng: Rng, min = 8, max = 22): string {
  const length = rng.int(min, max);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    let next = word(w, rng);
    if (rng.chance(0.02)) next = rng.pick(PLACES);
    else if (rng.chance(0.01)) next = String(rng.int(2, 900));
    words.push(next);
    if (i > 3 && i < length - 3 && rng.chance(0.05)) words[words.length - 1] += ',';
  }
  words[0] = capitalise(words[0]!);
  return words.join(' ');
}

function sentence(w: World, rng: Rng): string {
  return `${clause(w, rng)}.`;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

/** Joins the words of a scripture reference so that wrap() never breaks a line inside it (`1⏎John 4:12`). */
const KEEP = '\u0001';
function keep(reference: string): string {
  return reference.replace(/ /g, KEEP);
}

/** Hard-wraps prose at ~100 columns (Markdown joins the lines again), with an optional line prefix. */
function wrap(text: string, prefix = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const token of text.split(' ').map((t) => t.replaceAll(KEEP, ' '))) {
    if (line && line.length + token.length + 1 > 100) {
      lines.push(prefix + line);
      line = token;
    } else line = line ? `${line} ${token}` : token;
  }
  if (line) lines.push(prefix + line);
  return lines.join('\n');
}

/** YAML double-quoted string (JSON strings are valid YAML). */
function q(text: string): string {
  return JSON.stringify(text);
}

// ---------------------------------------------------------------------------------------------
// Scripture

/** A valid passage of `book`, in one of the forms the contract allows. */
function passageOf(book: Book, rng: Rng): Passage {
  const chapters = book.verses.length;
  const form = rng.next();
  if (form < 0.06) return { book: book.id, start: null, end: null };
  const hot = HOT_CHAPTERS[book.id];
  const chapter = hot && rng.chance(0.7) ? rng.pick(hot) : rng.int(1, chapters);
  const verses = book.verses[chapter - 1]!;
  if (isSingleChapter(book)) {
    const v = rng.int(1, verses);
    const to = rng.chance(0.5) ? Math.min(verses, v + rng.int(1, 4)) : v;
    return { book: book.id, start: { chapter: 1, verse: v }, end: { chapter: 1, verse: to } };
  }
  if (form < 0.36) return { book: book.id, start: { chapter, verse: null }, end: { chapter, verse: null } };
  if (form < 0.62) {
    const v = rng.int(1, verses);
    return { book: book.id, start: { chapter, verse: v }, end: { chapter, verse: v } };
  }
  if (form < 0.95 || chapter === chapters) {
    const v = rng.int(1, Math.max(1, verses - 1));
    const to = Math.min(verses, v + rng.int(1, 9));
    return { book: book.id, start: { chapter, verse: v }, end: { chapter, verse: to } };
  }
  // Across a chapter boundary: `Daniel 7:1–8:2`, or a chapter range `Matthew 24–25`.
  if (rng.chance(0.5)) return { book: book.id, start: { chapter, verse: null }, end: { chapter: chapter + 1, verse: null } };
  const v = rng.int(1, verses);
  const next = book.verses[chapter]!;
  return { book: book.id, start: { chapter, verse: v }, end: { chapter: chapter + 1, verse: rng.int(1, next) } };
}

interface Citation {
  /** As written in the frontmatter. */
  text: string;
  passages: Passage[];
}

/** A frontmatter reference: usually one passage, sometimes two of one book (`Revelation 13:1–18; 17:3`). */
function reference(w: World, rng: Rng): Citation {
  const book = w.bookPick.draw(rng);
  const first = passageOf(book, rng);
  let passages = [first];
  if (first.start && rng.chance(0.05)) {
    const second = passageOf(book, rng);
    if (second.start && second.start.chapter > first.end!.chapter) passages = [first, second];
  }
  const text = formatPassages(passages);
  // Authors type hyphens more often than en dashes; both are valid.
  return { text: rng.chance(0.4) ? text.replace(/–/g, '-') : text, passages };
}

/**
 * A citation in the prose: one of the frontmatter's references, or a verse range inside one of its chapters
 * (`Matthew 24:6–7` under `Matthew 24`), so check has nothing to suggest (every cited passage is listed).
 */
function proseReference(citations: readonly Citation[], rng: Rng): string {
  const citation = rng.pick(citations);
  const only = citation.passages.length === 1 ? citation.passages[0]! : undefined;
  if (only?.start && only.end && only.start.verse === null && only.start.chapter === only.end.chapter && rng.chance(0.4)) {
    const verses = requireBook(only.book).verses[only.start.chapter - 1]!;
    const v = rng.int(1, verses);
    const to = Math.min(verses, v + rng.int(0, 3));
    return formatPassage({ book: only.book, start: { chapter: only.start.chapter, verse: v }, end: { chapter: only.start.chapter, verse: to } });
  }
  return citation.text;
}

// ---------------------------------------------------------------------------------------------
// Articles

function titleOf(w: World, rng: Rng): string {
  const a = rng.pick(REGIONS);
  let b = rng.pick(REGIONS);
  if (b === a) b = rng.pick(PLACES);
  switch (rng.int(0, 4)) {
    case 0:
      return `${a} and ${b} ${rng.pick(HEADLINE_VERBS)} ${rng.pick(HEADLINE_NOUNS)}`;
    case 1:
      return `${rng.pick(HEADLINE_NOUNS)} Talks ${rng.pick(['Resume', 'Stall', 'Collapse', 'Open'])} in ${rng.pick(PLACES)}`;
    case 2:
      return `${a} Moves to ${rng.pick(HEADLINE_VERBS)} ${rng.pick(HEADLINE_NOUNS)}`;
    case 3:
      return `${capitalise(w.base.draw(rng))} ${capitalise(w.tail.draw(rng))}: ${rng.pick(HEADLINE_NOUNS)} in ${rng.pick(PLACES)}`;
    default:
      return `What the ${rng.pick(HEADLINE_NOUNS)} in ${a} Means for ${rng.pick(['Readers', 'the Church', 'the Region', 'Prophecy Watchers'])}`;
  }
}

/** The id of article `index`: its title's slug plus the index (unique, and computable without the body). */
export function articleId(seed: number, index: number): string {
  const w = world(seed);
  const rng = new Rng(streamSeed(seed, 'title', index));
  return `${slugify(titleOf(w, rng)).slice(0, 60).replace(/-+$/, '')}-${index}`;
}

export function isDraftIndex(index: number): boolean {
  return index % 100 === 37;
}

export function isMdxIndex(index: number): boolean {
  return index % 100 === 71;
}

function dateOf(rng: Rng): { date: string; year: number } {
  const year = rng.int(FIRST_YEAR, LAST_YEAR);
  const month = rng.int(1, 12);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = rng.int(1, days);
  return { date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, year };
}

/** Generates article `index` of the corpus with this seed (independent of the corpus size). */
export function generateArticle(seed: number, index: number): { file: CorpusFile; info: ArticleInfo } {
  const w = world(seed);
  const id = articleId(seed, index);
  const title = titleOf(w, new Rng(streamSeed(seed, 'title', index)));
  const rng = new Rng(streamSeed(seed, 'article', index));
  const draft = isDraftIndex(index);
  const mdx = isMdxIndex(index);
  const { date, year } = dateOf(rng);
  const author = w.authorPick.draw(rng);
  const topics = rng.pickDistinct(rng.int(1, 4), () => w.topicPick.draw(rng));
  const citations: Citation[] = [];
  for (let tries = 0, wanted = rng.int(1, 4); citations.length < wanted && tries < 20; tries++) {
    const next = reference(w, rng);
    // Compared by passage, not text: `Ezekiel 38:3–11` and `Ezekiel 38:3-11` are one passage (duplicate-scripture).
    if (!citations.some((c) => formatPassages(c.passages) === formatPassages(next.passages))) citations.push(next);
  }
  const scripture = citations.map((c) => c.text);
  const sourceName = w.sourcePick.draw(rng);
  const place = rng.pick(PLACES);

  // Quotes: sentences said by named speakers, placed in the reporting paragraphs word for word.
  const quotes = Array.from({ length: rng.int(1, 3) }, () => ({
    text: clause(w, rng, 7, 16),
    speaker: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
    role: rng.chance(0.8) ? rng.pick(SPEAKER_ROLES) : undefined,
  }));

  const blocks: string[] = [];
  let words = 0;
  const add = (block: string) => {
    blocks.push(block);
    words += countWords(block);
  };
  const paragraph = (sentences: number, extra: string[] = []) => {
    const parts = Array.from({ length: sentences }, () => sentence(w, rng));
    for (const e of extra) parts.splice(rng.int(0, parts.length), 0, e);
    return wrap(parts.join(' '));
  };
  // A prose citation of the frontmatter's passages (as listed, or verses inside a listed chapter).
  const cite = (): string => {
    const ref = keep(proseReference(citations, rng));
    switch (rng.int(0, 3)) {
      case 0:
        return `${clause(w, rng, 6, 14)} (${ref}).`;
      case 1:
        return `As ${ref} puts it, ${clause(w, rng, 6, 14).toLowerCase()}.`;
      case 2:
        return `Readers often turn to ${ref} at moments like this.`;
      default:
        return `${clause(w, rng, 5, 10)}, which ${ref} also describes.`;
    }
  };
  const link = (): string => {
    if (index > 0 && rng.chance(0.5)) {
      let target = rng.int(0, index - 1);
      while (isDraftIndex(target) && target > 0) target--;
      if (!isDraftIndex(target)) return `[${clause(w, rng, 2, 5).toLowerCase()}](/articles/${articleId(seed, target)}/)`;
    }
    return `[${clause(w, rng, 2, 5).toLowerCase()}](${rng.pick(LINK_SITES)}/${slugify(rng.pick(HEADLINE_NOUNS))}/${rng.int(1000, 99999)})`;
  };

  // 1. The news excerpt.
  add(wrap(Array.from({ length: rng.int(3, 5) }, () => sentence(w, rng)).join(' '), '> '));
  // 2. Reporting with the quotes.
  for (const quote of quotes) {
    const intro = `Speaking in ${place}, ${quote.role ? `${quote.role.toLowerCase()} ` : ''}${quote.speaker} said: “${quote.text}.”`;
    add(paragraph(rng.int(2, 4), [intro]));
  }
  // 3. Commentary with citations and links.
  add(`## ${rng.pick(COMMENTARY_HEADINGS)}`);
  add(paragraph(rng.int(3, 5), [cite(), `More on this: ${link()}.`]));
  add(paragraph(rng.int(3, 5), [cite()]));
  if (mdx) add(`<Callout title=${q(rng.pick(CALLOUT_TITLES))}>\n\n${paragraph(2, [cite()])}\n\n</Callout>`);
  // 4. A list under an h3.
  add(`### ${rng.pick(SUB_HEADINGS)}`);
  add(
    Array.from({ length: rng.int(3, 5) }, (_, i) => `- ${i === 0 ? `${clause(w, rng, 4, 8)}: ${link()}` : clause(w, rng, 5, 12)}${rng.chance(0.3) ? ` (${proseReference(citations, rng)})` : ''}`).join('\n'),
  );
  // 5. More commentary until the article reaches its length; sometimes a second excerpt.
  const target = rng.int(700, 1100);
  add(`## ${rng.pick(COMMENTARY_HEADINGS)}`);
  if (rng.chance(0.4)) add(wrap(`${sentence(w, rng)} ${sentence(w, rng)}`, '> '));
  let linksLeft = rng.int(0, 2);
  while (words < target - 40) {
    const extras = [cite()];
    if (linksLeft-- > 0) extras.push(`See also ${link()}.`);
    add(paragraph(rng.int(3, 6), extras));
  }

  const fm: string[] = ['---', `title: ${q(title)}`];
  if (rng.chance(0.7)) fm.push(`kicker: ${q(rng.pick(REGIONS))}`);
  fm.push(`date: ${date}`);
  if (rng.chance(0.1)) {
    const next = dateOf(rng);
    if (next.date > date) fm.push(`updated: ${next.date}`);
  }
  fm.push(`author: ${author.id}`);
  if (rng.chance(0.3)) fm.push(`summary: ${q(`${clause(w, rng, 10, 30)}.`)}`);
  if (rng.chance(0.2)) fm.push(`source: ${q(sourceName)}`);
  else {
    const section = rng.chance(0.6) ? `, section: ${q(rng.pick(SECTIONS))}` : '';
    fm.push(`source: { name: ${q(sourceName)}, url: ${q(`https://news.example.com/${slugify(sourceName)}/${year}/${slugify(title).slice(0, 40)}`)}${section} }`);
  }
  fm.push(`topics: [${topics.map(q).join(', ')}]`);
  fm.push(`scripture: [${scripture.map(q).join(', ')}]`);
  fm.push('quotes:');
  for (const quote of quotes) {
    fm.push(`  - text: ${q(quote.text)}`, `    speaker: ${q(quote.speaker)}`);
    if (quote.role) fm.push(`    role: ${q(quote.role)}`);
  }
  if (draft) fm.push('draft: true');
  fm.push('---');

  const text = `${fm.join('\n')}\n\n${blocks.join('\n\n')}\n`;
  return {
    file: { path: `articles/${year}/${id}.${mdx ? 'mdx' : 'md'}`, text },
    info: { index, id, draft, mdx, words, scripture },
  };
}

function authorFile(w: World, author: Author): CorpusFile {
  const rng = new Rng(streamSeed(w.seed, 'author', w.authors.indexOf(author)));
  const fm = ['---', `name: ${q(author.name)}`, `role: ${q(author.role)}`];
  if (author.organization) fm.push(`organization: ${q(author.organization)}`);
  fm.push(`url: ${q(`https://example.com/authors/${author.id}`)}`, '---');
  const bio = wrap(Array.from({ length: rng.int(3, 5) }, () => sentence(w, rng)).join(' '));
  return { path: `authors/${author.id}.md`, text: `${fm.join('\n')}\n\n${bio}\n` };
}

/** The corpus file by file, authors first, then articles 0..count-1: nothing held beyond the current file. */
export function* corpusFiles(options: { count: number; seed?: number }): Generator<{ file: CorpusFile; info?: ArticleInfo }> {
  const seed = options.seed ?? DEFAULT_SEED;
  const w = world(seed);
  for (const author of w.authors) yield { file: authorFile(w, author) };
  for (let i = 0; i < options.count; i++) yield generateArticle(seed, i);
}

/** The whole corpus in memory (for tests and small corpora; the benchmark writes with writeCorpus). */
export function generateCorpus(options: { count: number; seed?: number }): Corpus {
  const files: CorpusFile[] = [];
  const articles: ArticleInfo[] = [];
  for (const { file, info } of corpusFiles(options)) {
    files.push(file);
    if (info) articles.push(info);
  }
  return { seed: options.seed ?? DEFAULT_SEED, count: options.count, files, articles };
}

/** What writeCorpus wrote: the articles' facts, the files' paths (relative to `content/`) and their total bytes. */
export interface WrittenCorpus {
  seed: number;
  count: number;
  articles: ArticleInfo[];
  paths: string[];
  bytes: number;
}

/**
 * Writes the corpus into `contentDir` (its `articles/` and `authors/` are replaced), streaming: each file is
 * written as it is generated, so memory stays flat and time linear in the count (30,000 articles are ~190 MB).
 */
export function writeCorpus(contentDir: string, options: { count: number; seed?: number }): WrittenCorpus {
  rmSync(join(contentDir, 'articles'), { recursive: true, force: true });
  rmSync(join(contentDir, 'authors'), { recursive: true, force: true });
  const made = new Set<string>();
  const articles: ArticleInfo[] = [];
  const paths: string[] = [];
  let bytes = 0;
  for (const { file, info } of corpusFiles(options)) {
    const abs = join(contentDir, file.path);
    const dir = dirname(abs);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(abs, file.text);
    bytes += Buffer.byteLength(file.text);
    paths.push(file.path);
    if (info) articles.push(info);
  }
  return { seed: options.seed ?? DEFAULT_SEED, count: options.count, articles, paths, bytes };
}

/** A few words of the invented tail by Zipf rank (0 = most common), for search queries. */
export function tailWord(seed: number, rank: number): string {
  return world(seed).tailWords[rank]!;
}

/** Author display names, for search queries. */
export function authorNames(seed: number): string[] {
  return world(seed).authors.map((a) => a.name);
}

function main(): void {
  const tool = { name: 'bench corpus', usage: 'Usage: node scripts/bench/corpus.ts --count N --out CONTENT_DIR [--seed S] [--force]' };
  const { values } = parseToolOptions(tool, {
    strict: true,
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      force: { type: 'boolean', default: false },
    },
  });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) exitWithUsage(tool, `--count must be a whole number of articles, 1 or more (found ${values.count ?? 'nothing'})`);
  if (!values.out) exitWithUsage(tool, 'give the content folder to write with --out CONTENT_DIR');
  const out = resolve(values.out);
  const repoContent = resolve(import.meta.dirname, '../../content');
  if (out === repoContent) {
    process.stderr.write(`refusing to overwrite the project's own content/ (${out})\n`);
    process.exit(2);
  }
  const existing = existsSync(out) ? readdirSync(out).filter((n) => !n.startsWith('.')) : [];
  if (existing.some((n) => n !== 'articles' && n !== 'authors') || (existing.length && !values.force)) {
    process.stderr.write(`${out} is not empty; pass --force to replace its articles/ and authors/\n`);
    process.exit(2);
  }
  const started = performance.now();
  const corpus = writeCorpus(out, { count, seed: Number(values.seed) });
  const bytes = corpus.bytes;
  const words = corpus.articles.reduce((sum, a) => sum + a.words, 0);
  process.stdout.write(
    `wrote ${corpus.articles.length} articles (${corpus.articles.filter((a) => a.draft).length} drafts, ${corpus.articles.filter((a) => a.mdx).length} MDX, ` +
      `mean ${Math.round(words / corpus.articles.length)} words) and ${AUTHOR_COUNT} authors to ${out}: ${(bytes / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
