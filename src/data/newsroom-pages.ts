/**
 * The data of the newsroom pages: the people quoted (index and each person's pages), the series
 * (index and each series' page) and the archives of corrections and updates. The route files only render it.
 */
import type { Person } from './entries.ts';
import { articleCard, type ArticleCardData } from './article-card.ts';
import { allNotes, archivePath, noteText, type NoteField } from './dated-notes.ts';
import { backTo, type Breadcrumbs } from './breadcrumbs.ts';
import { pageSuffix, paging, type PageContext, type PagingData } from './page-context.ts';
import { peopleQuoted } from './people.ts';
import { allSeries } from './series.ts';
import { listPages, pageParam } from '../lib/archive/collections.ts';
import { followFeed } from '../lib/feeds/follow.ts';
import { linkedFeed, type LinkedFeed } from '../lib/feeds/follow.ts';
import { personPageJsonLd, seriesPageJsonLd } from '../lib/metadata/json-ld.ts';
import { countFor, formatDay } from '../lib/i18n/index.ts';
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
export function peopleIndexPage(context: Pick<PageContext, 'published' | 'people' | 'edition'>): NewsroomIndexData {
  const people = peopleQuoted(context);
  const { edition } = context;
  const { messages } = edition;
  return {
    title: messages['people.title'],
    description: messages['people.description'](people.length),
    empty: messages['people.empty'],
    items: people.map((person) => ({ href: edition.path(`/people/${person.slug}/`), name: person.name, count: countFor(messages, edition.locale, 'count.quote', person.quotes.length) })),
  };
}

export interface PersonPageData {
  /** `Quoted`, above the name. */
  kicker: string;
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
  /** The link text of the website: `More about <name>`. */
  websiteText: string;
  /** Each quote with its day (`date`, ISO; `dateText`, in the edition's words) and article; `inArticle` leads to the article. */
  quotes: { text: string; role?: string | undefined; date: string; dateText: string; inArticle: string; href: string; articleTitle: string }[];
  paging: PagingData;
  /** A ProfilePage about the person, with this page's quotes. */
  jsonLd: Record<string, unknown>;
}

/** /people/<slug>/ and its later pages: what one person was quoted as saying, newest first. */
export function personPages(context: Pick<PageContext, 'published' | 'people' | 'edition'>, pageSize: number = site.pageSize * 2): { slug: string; page: string | undefined; file: Person | undefined; data: PersonPageData }[] {
  const { edition } = context;
  const { messages } = edition;
  const articleUrl = (id: string) => edition.urlIn(edition.lang, `/articles/${id}/`);
  return peopleQuoted(context).flatMap((person) => {
    const { name, file } = person;
    const description = file?.data.description;
    const count = countFor(messages, edition.locale, 'count.quote', person.quotes.length);
    return listPages(person.quotes, pageSize, edition.path(`/people/${person.slug}/`)).map((page) => {
      const suffix = pageSuffix(page.current, messages);
      const url = new URL(page.url, site.url).href;
      return {
        slug: person.slug,
        page: pageParam(page.current),
        file,
        data: {
          kicker: messages['person.kicker'],
          title: `${name}${suffix}`,
          description: `${name}${description ? `, ${description}` : ''}: ${messages['person.quotes'](count)}${suffix}.`,
          name,
          heading: `${name}${suffix}`,
          sub: `${description ? `${description} · ` : ''}${count}`,
          breadcrumbs: backTo(edition, '/people/', messages['people.title']),
          first: page.current === 1,
          website: file?.data.url,
          websiteText: messages['person.more'](name),
          quotes: page.items.map((q) => ({
            text: q.text,
            role: q.role,
            date: q.date,
            dateText: formatDay(q.date, edition.locale),
            inArticle: messages['person.in'],
            href: edition.path(`/articles/${q.article.id}/#quote-${q.index + 1}`),
            articleTitle: q.article.data.title,
          })),
          paging: paging(page, edition.messages),
          jsonLd: personPageJsonLd({
            url,
            name,
            description,
            sameAs: file?.data.url,
            quotes: page.items.map((q) => ({ text: q.text, date: q.date, articleUrl: articleUrl(q.article.id), articleTitle: q.article.data.title })),
          }),
        },
      };
    });
  });
}

/** /series/: every series by name, with how many of its parts are out. */
export function seriesIndexPage(context: Pick<PageContext, 'published' | 'edition'>): NewsroomIndexData {
  const series = [...allSeries(context)].sort((a, b) => compareForDisplay(a.name, b.name));
  const { edition } = context;
  const { messages } = edition;
  return {
    title: messages['series.title'],
    description: messages['series.description'](countFor(messages, edition.locale, 'count.series', series.length)),
    empty: messages['series.empty'],
    items: series.map((s) => ({ href: edition.path(`/series/${s.slug}/`), name: s.name, count: messages['series.count'](s.parts.length, s.total) })),
  };
}

export interface SeriesPageData {
  /** `Series`, above the name. */
  kicker: string;
  title: string;
  description: string;
  heading: string;
  breadcrumbs: Breadcrumbs;
  /** The number of parts, and how many are published when not all are. */
  sub: string;
  feed: LinkedFeed;
  /** The published parts in reading order, each with its number. */
  parts: { number: number; kicker: string; card: ArticleCardData }[];
  /** A CreativeWorkSeries with its parts. */
  jsonLd: Record<string, unknown>;
}

/** /series/<slug>/: the parts of one series in reading order. */
export function seriesPages(context: PageContext): { slug: string; data: SeriesPageData }[] {
  const { edition } = context;
  const { messages } = edition;
  return allSeries(context).map((series) => {
    const { name, parts, total } = series;
    const route = `/series/${series.slug}/`;
    const partCount = countFor(messages, edition.locale, 'count.part', total);
    return {
      slug: series.slug,
      data: {
        kicker: messages['series.kicker'],
        title: name,
        description: messages['series.in-parts'](name, total),
        heading: name,
        breadcrumbs: backTo(edition, '/series/', messages['series.all']),
        sub: `${partCount}${parts.length < total ? `, ${messages['series.published'](parts.length)}` : ''}`,
        feed: linkedFeed(edition, route, name),
        parts: parts.map((part) => ({ number: part.number, kicker: messages['series.part'](part.number), card: articleCard(part.article, context) })),
        jsonLd: seriesPageJsonLd({
          url: edition.urlIn(edition.lang, route),
          name,
          parts: parts.map((p) => ({ url: edition.urlIn(edition.lang, `/articles/${p.article.id}/`), headline: p.article.data.title, position: p.number })),
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
  /** Each note with its day (`date`, ISO; `dateText`, in the edition's words) and article. */
  items: { date: string; dateText: string; href: string; articleTitle: string; text: string }[];
  paging: PagingData;
  /** The feed of the archive (updates only), advertised in the head and with a visible link. */
  feed?: LinkedFeed | undefined;
}

/** Every note of one kind on the site, newest first, each linking to its article, in pages. */
function noteArchivePages(context: Pick<PageContext, 'published' | 'edition'>, kind: NoteField, pageSize: number, feed?: NoteArchivePageData['feed']): { page: string | undefined; data: NoteArchivePageData }[] {
  const notes = allNotes(context, kind);
  const { edition } = context;
  const text = noteText(edition.messages, kind);
  return listPages(notes, pageSize, edition.path(archivePath(kind))).map((page) => {
    const suffix = pageSuffix(page.current, edition.messages);
    return {
      page: pageParam(page.current),
      data: {
        title: `${text.heading}${suffix}`,
        description: `${text.description(notes.length)}${suffix}.`,
        heading: `${text.heading}${suffix}`,
        intro: text.intro,
        empty: text.empty,
        items: page.items.map((n) => ({ date: n.date, dateText: formatDay(n.date, edition.locale), href: edition.path(`/articles/${n.article.id}/`), articleTitle: n.article.data.title, text: n.text })),
        paging: paging(page, edition.messages),
        ...(feed ? { feed } : {}),
      },
    };
  });
}

/** /corrections/ and /corrections/2/…: every correction on the site, newest first, each linking to its article. */
export function correctionsPages(context: Pick<PageContext, 'published' | 'edition'>, pageSize: number = site.pageSize * 2): { page: string | undefined; data: NoteArchivePageData }[] {
  return noteArchivePages(context, 'corrections', pageSize);
}

/** /updates/ and /updates/2/…: every update on the site, newest first, each linking to its article; followed by /updates/rss.xml. */
export function updatesPages(context: Pick<PageContext, 'published' | 'edition'>, pageSize: number = site.pageSize * 2): { page: string | undefined; data: NoteArchivePageData }[] {
  const { edition } = context;
  const { heading, feedName } = noteText(edition.messages, 'updates');
  const feed = { ...followFeed(edition.path(archivePath('updates')), heading), name: feedName, text: edition.messages['feed.follow'](feedName) };
  return noteArchivePages(context, 'updates', pageSize, feed);
}
