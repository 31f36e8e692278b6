/**
 * The data of the scripture pages: the index of cited books (/scripture/), one book's page and its
 * later pages (/scripture/<book>/, /scripture/<book>/page/2/), and one chapter's pages
 * (/scripture/<book>/<chapter>/, /2/…) with the KJV text of every cited verse. `articles` are the
 * articles as the scripture index sees them (frontmatter passages plus those cited in the text).
 */
import type { Article } from './entries.ts';
import { articleCard, type ArticleCardData } from './article-card.ts';
import { SCRIPTURE_INDEX, trailTo, type Breadcrumbs } from './breadcrumbs.ts';
import { pageSuffix, paging, type PageContext, type PagingData } from './page-context.ts';
import { listPages, pageParam } from '../lib/archive/collections.ts';
import { buildScriptureIndex, citedVerseRuns, firstVerseIn, type VerseRun } from '../lib/archive/scripture-index.ts';
import { mostCitedChapters } from '../lib/archive/most-cited.ts';
import { formatPassage, formatPassages } from '../lib/scripture/index.ts';
import { followFeed, type FollowFeed } from '../lib/feeds/follow.ts';
import { ARTICLE, ARTICLE_CITES, BOOK, CHAPTER, countOf } from '../lib/text/plural.ts';
import { site } from '../site.config.ts';

const testamentName = (testament: 'OT' | 'NT') => (testament === 'OT' ? 'Old Testament' : 'New Testament');

export interface ScriptureIndexData {
  subtitle: string;
  testaments: { id: string; name: string; books: { href: string; name: string; count: string; chapters: { href: string; label: string; number: number }[] }[] }[];
  /** What every count on the scripture pages counts; absent when nothing is cited. */
  countNote?: string | undefined;
  /** The most-cited chapters, counted as their own pages count them. */
  mostCited: { href: string; label: string; count: string }[];
}

/** /scripture/: every cited book in canonical order by testament, its cited chapters, then the most-cited chapters. */
export function scriptureIndexPage(articles: readonly Article[]): ScriptureIndexData {
  const index = buildScriptureIndex(articles);
  return {
    subtitle: index.books.length === 0 ? 'No scripture cited yet.' : `${countOf(index.books.length, BOOK)} cited in ${countOf(index.articleCount, ARTICLE)}`,
    countNote: index.books.length === 0 ? undefined : 'Each count is the number of articles citing the book or chapter, in their list of passages or in their text; an article citing it twice counts once.',
    testaments: index.testaments.map((testament) => ({
      id: `testament-${testament.testament}`,
      name: testament.name,
      books: testament.books.map((entry) => ({
        href: entry.url,
        name: entry.book.name,
        count: countOf(entry.articles.length, ARTICLE),
        chapters: entry.chapters.map((chapter) => ({ href: chapter.url, label: chapter.label, number: chapter.chapter })),
      })),
    })),
    mostCited: mostCitedChapters(index, { limit: 10, minArticles: 2 }).map((chapter) => ({ href: chapter.url, label: chapter.label, count: countOf(chapter.articles, ARTICLE) })),
  };
}

export interface BookPageData {
  title: string;
  description: string;
  name: string;
  breadcrumbs: Breadcrumbs;
  kicker: string;
  heading: string;
  sub: string;
  /** The cited chapters, on the first page only. */
  chapters: { href: string; label: string; count: string }[];
  /** The articles citing the book as a whole, this page's share of them; absent when there are none. */
  wholeBook?: { count: string; items: { href: string; title: string; date: string; cites: string }[] } | undefined;
  /** The book's feed. */
  feed: FollowFeed;
  paging: PagingData;
}

/** Every page of every cited book: page 1 at /scripture/<book>/, later pages at /scripture/<book>/page/<n>/. */
export function bookPages(articles: readonly Article[], pageSize: number = site.pageSize): { book: string; current: number; data: BookPageData }[] {
  return buildScriptureIndex(articles).books.flatMap((entry) => {
    const { book } = entry;
    const chapters = countOf(entry.chapters.length, CHAPTER);
    return listPages(entry.wholeBook, pageSize, entry.url, 'page/').map((page) => {
      const suffix = pageSuffix(page.current);
      return {
        book: book.slug,
        current: page.current,
        data: {
          title: `${book.name} in the scripture index${suffix}`,
          description: `${countOf(entry.articles.length, ARTICLE_CITES)} ${book.name}, listed by chapter${suffix}.`,
          name: book.name,
          breadcrumbs: trailTo([SCRIPTURE_INDEX], book.name),
          feed: followFeed(entry.url, book.name),
          kicker: testamentName(book.testament),
          heading: `${book.name}${suffix}`,
          sub: `${countOf(entry.articles.length, ARTICLE)}${entry.chapters.length > 0 ? ` · ${chapters} cited` : ''}`,
          chapters: page.current === 1 ? entry.chapters.map((chapter) => ({ href: chapter.url, label: chapter.label, count: countOf(chapter.citing.length, ARTICLE) })) : [],
          wholeBook:
            entry.wholeBook.length > 0
              ? {
                  count: countOf(entry.wholeBook.length, ARTICLE),
                  items: page.items.map(({ article, passages }) => ({ href: `/articles/${article.id}/`, title: article.data.title, date: article.data.date, cites: formatPassages(passages) })),
                }
              : undefined,
          paging: paging(page),
        },
      };
    });
  });
}

export interface ChapterPageData {
  title: string;
  description: string;
  book: { href: string; name: string };
  label: string;
  breadcrumbs: Breadcrumbs;
  kicker: string;
  heading: string;
  sub: string;
  /** The citing articles as cards (with their author), each with the verses it cites. */
  items: (ArticleCardData & { cites: { href: string; label: string }[] })[];
  /** Chapters have no feed of their own: the book's feed follows them all. */
  feed: FollowFeed;
  paging: PagingData;
  /** The KJV text of every cited verse of the chapter, each once; on the first page only (the verse anchors live there). */
  runs: VerseRun[];
}

/** Every page of every cited chapter: /scripture/<book>/<chapter>/, then /2/…. */
export function chapterPages(articles: readonly Article[], context: Pick<PageContext, 'authors' | 'factsOf' | 'edition'>, pageSize: number = site.pageSize): { book: string; chapter: string; page: string | undefined; data: ChapterPageData }[] {
  return buildScriptureIndex(articles).books.flatMap((entry) =>
    entry.chapters.flatMap((chapter) =>
      listPages(chapter.citing, pageSize, chapter.url).map((page) => {
        const first = page.current === 1;
        const n = chapter.citing.length;
        const suffix = pageSuffix(page.current);
        // Verse anchors live on the first page only.
        const verseHref = (verse: number) => `${first ? '' : chapter.url}#v${verse}`;
        return {
          book: entry.book.slug,
          chapter: String(chapter.chapter),
          page: pageParam(page.current),
          data: {
            title: `${chapter.label} in the commentary${suffix}`,
            description: `${countOf(n, ARTICLE_CITES)} ${chapter.label}, with the King James text of the verses cited${suffix}.`,
            book: { href: entry.url, name: entry.book.name },
            feed: followFeed(entry.url, entry.book.name),
            label: chapter.label,
            breadcrumbs: trailTo([SCRIPTURE_INDEX, { href: entry.url, label: entry.book.name }], chapter.label),
            kicker: testamentName(entry.book.testament),
            heading: `${chapter.label}${suffix}`,
            sub: `${countOf(n, ARTICLE_CITES)} this chapter`,
            items: page.items.map(({ article, passages }) => ({
              ...articleCard(article, context),
              cites: passages.map((passage) => ({ href: verseHref(firstVerseIn(passage, chapter.chapter)), label: formatPassage(passage) })),
            })),
            paging: paging(page),
            runs: first ? citedVerseRuns(entry.book, chapter.chapter, chapter.citing) : [],
          },
        };
      }),
    ),
  );
}
