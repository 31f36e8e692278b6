/**
 * The data of the scripture pages in the page's edition: the index of cited books (/scripture/, German
 * /bibel/), one book's page and its later pages (/scripture/<book>/, /scripture/<book>/page/2/), and one
 * chapter's pages (/scripture/<book>/<chapter>/, /2/…) with the text of every cited verse in the edition's
 * translation, or a note saying which text the site lacks. Names, reference forms and addresses come
 * from the edition's scripture language; every word from its strings table. `articles` are the articles
 * as the scripture index sees them (frontmatter passages plus those cited in the text).
 */
import type { Article } from './entries.ts';
import { articleCard, type ArticleCardData } from './article-card.ts';
import { trailTo, type Breadcrumbs, type Crumb } from './breadcrumbs.ts';
import { paging, type PageContext, type PagingData } from './page-context.ts';
import { listPages, pageParam } from '../lib/archive/collections.ts';
import { buildScriptureIndex, citedVerseRuns, firstVerseIn, type VerseRun } from '../lib/archive/scripture-index.ts';
import { mostCitedChapters } from '../lib/archive/most-cited.ts';
import { formatPassageIn, formatPassagesIn, type Testament } from '../lib/scripture/index.ts';
import { linkedFeed, type LinkedFeed } from '../lib/feeds/follow.ts';
import { countFor, type CountKey } from '../lib/i18n/index.ts';
import type { PageEdition } from '../lib/editions/page-edition.ts';
import { site } from '../site.config.ts';

type Edition = Pick<PageContext, 'edition'>;

/** True when `edition` writes its scripture index under `/<segment>/` (`scripture`, German `bibel`): which route folder builds it. */
export function usesScriptureSegment(edition: Pick<PageEdition, 'scripture'>, segment: string): boolean {
  return edition.scripture.indexSegment === segment;
}

/** The words every scripture page shares, in the edition's language. */
function wordsOf(edition: PageEdition) {
  const m = edition.messages;
  const index: Crumb = { href: edition.path(`/${edition.scripture.indexSegment}/`), label: m['scripture.index'] };
  return {
    m,
    index,
    count: (key: CountKey, n: number) => countFor(m, edition.locale, key, n),
    testament: (testament: Testament) => (testament === 'OT' ? m['scripture.old-testament'] : m['scripture.new-testament']),
    suffix: (current: number) => (current > 1 ? m['page.suffix'](current) : ''),
    trail: (links: Crumb[], current: string): Breadcrumbs => trailTo(links, current, m),
  };
}

export interface ScriptureIndexData {
  title: string;
  description: string;
  heading: string;
  subtitle: string;
  testaments: { id: string; name: string; books: { href: string; name: string; count: string; chaptersLabel: string; chapters: { href: string; label: string; number: number }[] }[] }[];
  /** What every count on the scripture pages counts; absent when nothing is cited. */
  countNote?: string | undefined;
  mostCitedHeading: string;
  /** The most-cited chapters, counted as their own pages count them. */
  mostCited: { href: string; label: string; count: string }[];
}

/** /scripture/: every cited book in canonical order by testament, its cited chapters, then the most-cited chapters. */
export function scriptureIndexPage(articles: readonly Article[], { edition }: Edition): ScriptureIndexData {
  const { m, count, testament } = wordsOf(edition);
  const index = buildScriptureIndex(articles, edition.scripture);
  const none = index.books.length === 0;
  return {
    title: m['scripture.index'],
    description: m['scripture.index-description'],
    heading: m['scripture.index'],
    subtitle: none ? m['scripture.none'] : m['scripture.summary'](index.books.length, index.articleCount),
    countNote: none ? undefined : m['scripture.count-note'],
    testaments: index.testaments.map((group) => ({
      id: `testament-${group.testament}`,
      name: testament(group.testament),
      books: group.books.map((entry) => ({
        href: edition.path(entry.url),
        name: entry.name,
        count: count('count.article', entry.articles.length),
        chaptersLabel: m['scripture.cited-chapters-of'](entry.name),
        chapters: entry.chapters.map((chapter) => ({ href: edition.path(chapter.url), label: chapter.label, number: chapter.chapter })),
      })),
    })),
    mostCitedHeading: m['scripture.most-cited'],
    mostCited: mostCitedChapters(index, { limit: 10, minArticles: 2 }).map((chapter) => ({ href: edition.path(chapter.url), label: chapter.label, count: count('count.article', chapter.articles) })),
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
  chaptersHeading: string;
  /** The cited chapters, on the first page only. */
  chapters: { href: string; label: string; count: string }[];
  /** The articles citing the book as a whole, this page's share of them; absent when there are none. */
  wholeBook?: { heading: string; count: string; citesLabel: string; items: { href: string; title: string; date: string; cites: string }[] } | undefined;
  /** The book's feed. */
  feed: LinkedFeed;
  paging: PagingData;
}

/** Every page of every cited book: page 1 at /scripture/<book>/, later pages at /scripture/<book>/page/<n>/ (German /bibel/…). */
export function bookPages(articles: readonly Article[], { edition }: Edition, pageSize: number = site.pageSize): { book: string; current: number; data: BookPageData }[] {
  const { m, index, count, testament, suffix: suffixOf, trail } = wordsOf(edition);
  return buildScriptureIndex(articles, edition.scripture).books.flatMap((entry) => {
    const { book, name } = entry;
    const href = edition.path(entry.url);
    const chapters = m['scripture.chapters-count'](count('count.chapter', entry.chapters.length));
    return listPages(entry.wholeBook, pageSize, href, 'page/').map((page) => {
      const suffix = suffixOf(page.current);
      return {
        book: edition.scripture.bookSlug(book),
        current: page.current,
        data: {
          title: `${m['scripture.book-title'](name)}${suffix}`,
          description: `${m['scripture.book-description'](count('count.article-cites', entry.articles.length), name)}${suffix}.`,
          name,
          breadcrumbs: trail([index], name),
          feed: linkedFeed(edition, entry.url, name),
          kicker: testament(book.testament),
          heading: `${name}${suffix}`,
          sub: `${count('count.article', entry.articles.length)}${entry.chapters.length > 0 ? ` · ${chapters}` : ''}`,
          chaptersHeading: m['scripture.chapters-cited'],
          chapters: page.current === 1 ? entry.chapters.map((chapter) => ({ href: edition.path(chapter.url), label: chapter.label, count: count('count.article', chapter.citing.length) })) : [],
          wholeBook:
            entry.wholeBook.length > 0
              ? {
                  heading: m['scripture.whole-book'](name),
                  count: count('count.article', entry.wholeBook.length),
                  citesLabel: m['scripture.cites'],
                  items: page.items.map(({ article, passages }) => ({
                    href: edition.path(`/articles/${article.id}/`),
                    title: article.data.title,
                    date: article.data.date,
                    cites: formatPassagesIn(edition.scripture, passages),
                  })),
                }
              : undefined,
          paging: paging(page, m),
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
  /** `Cites`, before each item's list of cited verses. */
  citesLabel: string;
  /** The citing articles as cards (with their author), each with the verses it cites. */
  items: (ArticleCardData & { cites: { href?: string | undefined; label: string }[] })[];
  /** Chapters have no feed of their own: the book's feed follows them all. */
  feed: LinkedFeed;
  paging: PagingData;
  /** The heading of the verse text: `The verses cited (KJV)`. */
  textHeading: string;
  /** The text of every cited verse of the chapter, each once; on the first page only (the verse anchors live there). */
  runs: VerseRun[];
  /** On the first page, when the site has no text of the edition's translation: which text is missing. */
  missingText?: string | undefined;
}

/** Every page of every cited chapter: /scripture/<book>/<chapter>/, then /2/… (German /bibel/…). */
export function chapterPages(articles: readonly Article[], context: Pick<PageContext, 'authors' | 'factsOf' | 'edition'>, pageSize: number = site.pageSize): { book: string; chapter: string; page: string | undefined; data: ChapterPageData }[] {
  const { edition } = context;
  const { m, index, count, testament, suffix: suffixOf, trail } = wordsOf(edition);
  const { verses } = edition;
  return buildScriptureIndex(articles, edition.scripture).books.flatMap((entry) =>
    entry.chapters.flatMap((chapter) => {
      const bookHref = edition.path(entry.url);
      const chapterHref = edition.path(chapter.url);
      return listPages(chapter.citing, pageSize, chapterHref).map((page) => {
        const first = page.current === 1;
        const citing = count('count.article-cites', chapter.citing.length);
        const suffix = suffixOf(page.current);
        // Verse anchors live on the first page only.
        const verseHref = (verse: number) => `${first ? '' : chapterHref}#v${verse}`;
        return {
          book: edition.scripture.bookSlug(entry.book),
          chapter: String(chapter.chapter),
          page: pageParam(page.current),
          data: {
            title: `${m['scripture.chapter-title'](chapter.label)}${suffix}`,
            description: `${verses.kind === 'text' ? m['scripture.chapter-description'](citing, chapter.label) : m['scripture.chapter-description-no-text'](citing, chapter.label)}${suffix}.`,
            book: { href: bookHref, name: entry.name },
            feed: linkedFeed(edition, entry.url, entry.name),
            label: chapter.label,
            breadcrumbs: trail([index, { href: bookHref, label: entry.name }], chapter.label),
            kicker: testament(entry.book.testament),
            heading: `${chapter.label}${suffix}`,
            sub: m['scripture.chapter-count'](citing),
            citesLabel: m['scripture.cites-start'],
            items: page.items.map(({ article, passages }) => ({
              ...articleCard(article, context),
              // A cited passage links to its verse in the text below; with no text in the edition, there is none to link to.
              cites: passages.map((passage) => ({ ...(verses.kind === 'text' ? { href: verseHref(firstVerseIn(passage, chapter.chapter)) } : {}), label: formatPassageIn(edition.scripture, passage) })),
            })),
            paging: paging(page, m),
            textHeading: m['scripture.verses-cited'](verses.translation.abbreviation),
            runs: first ? citedVerseRuns(entry.book, chapter.chapter, chapter.citing, verses) : [],
            missingText: first && verses.kind === 'none' ? m['passage.no-text'](verses.translation.name) : undefined,
          },
        };
      });
    }),
  );
}
