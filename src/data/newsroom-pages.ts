/**
 * The data of the newsroom pages: the people quoted (index and each person's pages), the series
 * (index and each series' page) and the archives of corrections and updates. The route files only render it.
 */
import type { Person } from './entries.ts';
import { articleCard, type ArticleCardData } from './article-card.ts';
import { allNotes, archivePath, NOTE_TEXT, type NoteField } from './dated-notes.ts';
import { backTo, type Breadcrumbs } from './breadcrumbs.ts';
import { pageSuffix, paging, type PageContext, type PagingData } from './page-context.ts';
import { peopleQuoted } from './people.ts';
import { allSeries } from './series.ts';
import { listPages, pageParam } from '../lib/archive/collections.ts';
import { followFeed, type FollowFeed } from '../lib/feeds/follow.ts';
import { personPageJsonLd, seriesPageJsonLd } from '../lib/metadata/json-ld.ts';
import { countOf, PART, QUOTE } from '../lib/text/plural.ts';
import { compareForDisplay } from '../lib/text/text-order.ts';
import { site } from '../site.config.ts';

/** An index of people or series: each links to its page with a count. */
export interface NewsroomIndexData {
  title: string;
  description: string;
  /** What the page says when there is nothing to list. */
  empty: string;
  items: { href: string; name: string; count: string }[];
}

/** /people/: everyone quoted in an article, with the number of quotes. */
export function peopleIndexPage(context: Pick<PageContext, 'published' | 'people'>): NewsroomIndexData {
  const people = peopleQuoted(context);
  return {
    title: 'People quoted',
    description: `Everyone quoted in an article (${people.length}), with what they said and where.`,
    empty: 'No one quoted yet.',
    items: people.map((person) => ({ href: `/people/${person.slug}/`, name: person.name, count: countOf(person.quotes.length, QUOTE) })),
  };
}

export interface PersonPageData {
  title: string;
  description: string;
  name: string;
  heading: string;
  /** The person file's description (if any) and the number of quotes. */
  sub: string;
  breadcrumbs: Breadcrumbs;
  /** The note and the link to more about the person are on the first page only. */
  first: boolean;
  website?: string | undefined;
  quotes: { text: string; role?: string | undefined; date: string; href: string; articleTitle: string }[];
  paging: PagingData;
  /** A ProfilePage about the person, with this page's quotes. */
  jsonLd: Record<string, unknown>;
}

/** /people/<slug>/ and its later pages: what one person was quoted as saying, newest first. */
export function personPages(context: Pick<PageContext, 'published' | 'people'>, pageSize: number = site.pageSize * 2): { slug: string; page: string | undefined; file: Person | undefined; data: PersonPageData }[] {
  return peopleQuoted(context).flatMap((person) => {
    const { name, file } = person;
    const description = file?.data.description;
    const count = countOf(person.quotes.length, QUOTE);
    return listPages(person.quotes, pageSize, `/people/${person.slug}/`).map((page) => {
      const suffix = pageSuffix(page.current);
      const url = new URL(page.url, site.url).href;
      return {
        slug: person.slug,
        page: pageParam(page.current),
        file,
        data: {
          title: `${name}${suffix}`,
          description: `${name}${description ? `, ${description}` : ''}: ${count} in our articles${suffix}.`,
          name,
          heading: `${name}${suffix}`,
          sub: `${description ? `${description} · ` : ''}${count}`,
          breadcrumbs: backTo('/people/', 'People quoted'),
          first: page.current === 1,
          website: file?.data.url,
          quotes: page.items.map((q) => ({ text: q.text, role: q.role, date: q.date, href: `/articles/${q.article.id}/#quote-${q.index + 1}`, articleTitle: q.article.data.title })),
          paging: paging(page),
          jsonLd: personPageJsonLd({
            url,
            name,
            description,
            sameAs: file?.data.url,
            quotes: page.items.map((q) => ({ text: q.text, date: q.date, articleUrl: new URL(`/articles/${q.article.id}/`, site.url).href, articleTitle: q.article.data.title })),
          }),
        },
      };
    });
  });
}

/** /series/: every series by name, with how many of its parts are out. */
export function seriesIndexPage(context: Pick<PageContext, 'published'>): NewsroomIndexData {
  const series = [...allSeries(context)].sort((a, b) => compareForDisplay(a.name, b.name));
  return {
    title: 'Series',
    description: `Articles written in parts: ${series.length} series.`,
    empty: 'No series yet.',
    items: series.map((s) => ({ href: `/series/${s.slug}/`, name: s.name, count: `${s.parts.length} of ${countOf(s.total, PART)}` })),
  };
}

export interface SeriesPageData {
  title: string;
  description: string;
  heading: string;
  breadcrumbs: Breadcrumbs;
  /** The number of parts, and how many are published when not all are. */
  sub: string;
  feed: FollowFeed & { name: string };
  /** The published parts in reading order, each with its number. */
  parts: { number: number; kicker: string; card: ArticleCardData }[];
  /** A CreativeWorkSeries with its parts. */
  jsonLd: Record<string, unknown>;
}

/** /series/<slug>/: the parts of one series in reading order. */
export function seriesPages(context: PageContext): { slug: string; data: SeriesPageData }[] {
  return allSeries(context).map((series) => {
    const { name, parts, total } = series;
    const path = `/series/${series.slug}/`;
    return {
      slug: series.slug,
      data: {
        title: name,
        description: `${name}: a series in ${countOf(total, PART)}.`,
        heading: name,
        breadcrumbs: backTo('/series/', 'All series'),
        sub: `${countOf(total, PART)}${parts.length < total ? `, ${parts.length} published` : ''}`,
        feed: { ...followFeed(path, name), name },
        parts: parts.map((part) => ({ number: part.number, kicker: `Part ${part.number}`, card: articleCard(part.article, context) })),
        jsonLd: seriesPageJsonLd({
          url: new URL(path, site.url).href,
          name,
          parts: parts.map((p) => ({ url: new URL(`/articles/${p.article.id}/`, site.url).href, headline: p.article.data.title, position: p.number })),
        }),
      },
    };
  });
}

/** An archive of dated notes, /corrections/ or /updates/: what the route prints. */
export interface NoteArchivePageData {
  title: string;
  description: string;
  heading: string;
  /** What the archive is, under the heading. */
  intro: string;
  /** What the page says when there is nothing to list. */
  empty: string;
  items: { date: string; href: string; articleTitle: string; text: string }[];
  paging: PagingData;
  /** The feed of the archive (updates only), advertised in the head and with a visible link. */
  feed?: (FollowFeed & { name: string }) | undefined;
}

/** Every note of one kind on the site, newest first, each linking to its article, in pages. */
function noteArchivePages(context: Pick<PageContext, 'published'>, kind: NoteField, pageSize: number, feed?: NoteArchivePageData['feed']): { page: string | undefined; data: NoteArchivePageData }[] {
  const notes = allNotes(context, kind);
  const text = NOTE_TEXT[kind];
  return listPages(notes, pageSize, archivePath(kind)).map((page) => {
    const suffix = pageSuffix(page.current);
    return {
      page: pageParam(page.current),
      data: {
        title: `${text.heading}${suffix}`,
        description: `${text.description(notes.length)}${suffix}.`,
        heading: `${text.heading}${suffix}`,
        intro: text.intro,
        empty: text.empty,
        items: page.items.map((n) => ({ date: n.date, href: `/articles/${n.article.id}/`, articleTitle: n.article.data.title, text: n.text })),
        paging: paging(page),
        ...(feed ? { feed } : {}),
      },
    };
  });
}

/** /corrections/ and /corrections/2/…: every correction on the site, newest first, each linking to its article. */
export function correctionsPages(context: Pick<PageContext, 'published'>, pageSize: number = site.pageSize * 2): { page: string | undefined; data: NoteArchivePageData }[] {
  return noteArchivePages(context, 'corrections', pageSize);
}

/** /updates/ and /updates/2/…: every update on the site, newest first, each linking to its article; followed by /updates/rss.xml. */
export function updatesPages(context: Pick<PageContext, 'published'>, pageSize: number = site.pageSize * 2): { page: string | undefined; data: NoteArchivePageData }[] {
  const { heading, feedName } = NOTE_TEXT.updates;
  return noteArchivePages(context, 'updates', pageSize, { ...followFeed(archivePath('updates'), heading), name: feedName });
}
