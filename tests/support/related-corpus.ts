/**
 * A seeded generated corpus as related-articles sees it, and its ranking written one line per
 * related article: the fixture that pins relatedArticles' output across rewrites.
 *
 *   node tests/support/related-corpus.ts > tests/fixtures/related/expected.txt
 *
 * regenerates the expected file from the current implementation; do that only when the ranking is
 * meant to change, and say so in the commit.
 */
import { parse as parseYaml } from 'yaml';
import { generateArticle, mulberry32 } from '../../scripts/bench/corpus/index.ts';
import { relatedArticles, type RelatableArticle } from '../../src/lib/related/index.ts';
import { parseReference, requireBook, type Passage } from '../../src/lib/scripture/index.ts';

export const RELATED_SEED = 20240601;
/** Articles from the benchmark's generator (realistic mix, mostly direct overlaps). */
export const RELATED_COUNT = 200;
/** Plus articles packed into the synoptic parallel and a few chapters, for parallels, same-chapter links and ties. */
export const FOCUSED_COUNT = 150;
/** Deeper than the page's five, so that order among weaker links is pinned too. */
export const RELATED_LIMIT = 10;

export interface CorpusArticle extends RelatableArticle {
  data: RelatableArticle['data'] & { scripture: { passages: Passage[] }[]; topics: string[] };
}

/** Articles `first`..`first + count - 1` of the seeded corpus, drafts included (ranking does not read drafts). */
export function relatedCorpus(count: number, seed = RELATED_SEED, first = 0): CorpusArticle[] {
  const articles: CorpusArticle[] = [];
  for (let index = first; index < first + count; index++) {
    const { file, info } = generateArticle(seed, index);
    const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(file.text)![1]!) as { title: string; date: string; topics: string[] };
    articles.push({
      id: info.id,
      data: {
        title: frontmatter.title,
        date: String(frontmatter.date),
        topics: frontmatter.topics,
        scripture: info.scripture.map((reference) => {
          const parsed = parseReference(reference);
          if (!parsed.ok) throw new Error(`${info.id}: ${parsed.message}`);
          return { passages: parsed.passages };
        }),
      },
    });
  }
  return articles;
}

// Chapters the focused articles cite: the three Olivet discourses, and two neighbours each.
const FOCUS: readonly (readonly [book: string, chapters: readonly number[]])[] = [
  ['Matt', [23, 24, 25]],
  ['Mark', [12, 13, 14]],
  ['Luke', [20, 21, 22]],
  ['Dan', [7, 8, 9]],
  ['Rev', [12, 13]],
  ['Ezek', [38]],
];
const FOCUS_TOPICS = ['Wars', 'wars', 'Israel', 'Famine', 'Earthquakes', 'Russia'];
const FOCUS_DATES = ['2024-01-01', '2024-06-30', '2025-03-01', '2025-03-02', '2023-12-31'];

/**
 * `count` articles (ids `focused-<i>`) citing verses, verse ranges, whole chapters, cross-chapter
 * ranges and now and then a whole book in FOCUS, on few topics and few dates so that ties are common.
 */
export function focusedCorpus(count: number, seed = RELATED_SEED): CorpusArticle[] {
  const random = mulberry32(seed ^ 0x5eed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)]!;
  const articles: CorpusArticle[] = [];
  for (let index = 0; index < count; index++) {
    const scripture: { passages: Passage[] }[] = [];
    for (let n = int(0, 2); n > 0; n--) {
      const [book, chapters] = pick(FOCUS);
      const chapter = pick(chapters);
      const kind = random();
      let passage: Passage;
      if (kind < 0.02) passage = { book, start: null, end: null };
      else if (kind < 0.07) passage = { book, start: { chapter, verse: null }, end: { chapter, verse: null } };
      else if (kind < 0.12 && chapters.includes(chapter + 1)) passage = { book, start: { chapter, verse: int(20, 30) }, end: { chapter: chapter + 1, verse: int(1, 5) } };
      else {
        const verses = requireBook(book).verses[chapter - 1]!;
        const first = int(1, verses);
        passage = { book, start: { chapter, verse: first }, end: { chapter, verse: Math.min(verses, first + int(0, 1)) } };
      }
      scripture.push({ passages: [passage] });
    }
    const topics = [...new Set(Array.from({ length: int(0, 3) }, () => pick(FOCUS_TOPICS)))];
    articles.push({ id: `focused-${index}`, data: { title: `Focused ${index}`, date: pick(FOCUS_DATES), topics, scripture } });
  }
  return articles;
}

/** The fixture's whole corpus: generated articles, then focused ones. */
export function fixtureCorpus(): CorpusArticle[] {
  return [...relatedCorpus(RELATED_COUNT), ...focusedCorpus(FOCUSED_COUNT)];
}

/** `target → other reason score shared; shared`, one line per related article, articles in corpus order. */
export function relatedLines(articles: readonly CorpusArticle[], limit = RELATED_LIMIT): string[] {
  const position = new Map(articles.map((article, index) => [article.id, index]));
  const lines: string[] = [];
  for (const [index, article] of articles.entries()) {
    for (const related of relatedArticles(article, articles, { limit })) {
      lines.push(`${index} → ${position.get(related.article.id)} ${related.reason} ${related.score} ${related.shared.join('; ')}`);
    }
  }
  return lines;
}

if (import.meta.main) {
  process.stdout.write(`${relatedLines(fixtureCorpus()).join('\n')}\n`);
}
