// The world one seed shares across its articles: authors, topics, sources, the vocabulary and book weights.
import { BOOKS, type Book } from '../../../src/lib/scripture/index.ts';
import { slugify } from '../../../src/lib/text/slug.ts';
import { Rng, streamSeed, Weighted, zipf } from './random.ts';
import { AUTHOR_COUNT, TAIL_WORDS, TOPIC_COUNT } from './shape.ts';
import { BASE_WORDS, BOOK_WEIGHTS, FIRST_NAMES, LAST_NAMES, ORGS, REGIONS, ROLES, SOURCE_PARTS_A, SOURCE_PARTS_B, SUBJECTS } from './vocabulary.ts';

export interface Author {
  id: string;
  name: string;
  role: string;
  organization: string | undefined;
}

export interface World {
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

export function world(seed: number): World {
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

/** A few words of the invented tail by Zipf rank (0 = most common), for search queries. */
export function tailWord(seed: number, rank: number): string {
  return world(seed).tailWords[rank]!;
}

/** Author display names, for search queries. */
export function authorNames(seed: number): string[] {
  return world(seed).authors.map((a) => a.name);
}
