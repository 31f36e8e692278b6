/**
 * The data of the site's article lists: the home page and its later pages, one page of a topic, a
 * source or a year (one shared shape and component, GroupPage), the topic, source and year indexes,
 * and the authors' index and pages. The route files only pick a list and render it.
 */
import type { Article, Author } from './entries.ts';
import { articleCard, type ArticleCardData, type CardContext } from './article-card.ts';
import { backTo, type Breadcrumbs } from './breadcrumbs.ts';
import { pageSuffix, paging, type PageContext, type PagingData } from './page-context.ts';
import { groupByAuthor, groupBySource, groupByTopic, groupByYear, listPages, pageParam, type Group } from '../lib/archive/collections.ts';
import { followFeed, type FollowFeed } from '../lib/feeds/follow.ts';
import { authorPageJsonLd } from '../lib/metadata/json-ld.ts';
import { ARTICLE, countOf } from '../lib/text/plural.ts';
import { site } from '../site.config.ts';

export interface HomePageData {
  title: string;
  description: string;
  heading: string;
  /** The first page's heading is for screen readers only (the site title says it). */
  headingHidden: boolean;
  cards: ArticleCardData[];
  paging: PagingData;
}

/** The home page (page 1) and /page/2/…, site.pageSize articles each; `which` picks the first or the later ones. */
export function homePages(context: PageContext, which: 'first' | 'later' | 'all' = 'all', pageSize: number = site.pageSize): HomePageData[] {
  const pages = listPages(context.published, pageSize, '/', 'page/');
  const picked = which === 'first' ? pages.slice(0, 1) : which === 'later' ? pages.slice(1) : pages;
  return picked.map((page) => ({
    title: page.current === 1 ? site.title : `Latest articles, page ${page.current}`,
    description: site.description,
    heading: page.current === 1 ? 'Latest articles' : `Latest articles, page ${page.current}`,
    headingHidden: page.current === 1,
    cards: page.items.map((article) => articleCard(article, context)),
    paging: paging(page),
  }));
}

/** Lists of articles grouped by one field: topics and sources by slug, the archive by year. */
export type GroupKind = 'topics' | 'sources' | 'archive';

interface KindRules {
  label: string;
  backLabel: string;
  title: string;
  description: string;
  followable: boolean;
  groups: (articles: readonly Article[]) => Group<Article>[];
  /** What the group's cards leave off: the topic's kicker on a topic page, the source on a source page. */
  cardContext: (name: string) => CardContext;
}

const KINDS: Record<GroupKind, KindRules> = {
  topics: { label: 'Topic', backLabel: 'All topics', title: 'Topics', description: 'Every topic covered, with the number of articles.', followable: true, groups: groupByTopic, cardContext: (topic) => ({ topic }) },
  sources: { label: 'Source', backLabel: 'All sources', title: 'Sources', description: 'The news sources discussed on this site, with the number of articles.', followable: true, groups: groupBySource, cardContext: (source) => ({ source }) },
  archive: {
    label: 'Archive',
    backLabel: 'All years',
    title: 'Archive',
    description: 'Every article, by year.',
    followable: false,
    groups: (articles) => groupByYear(articles).map(({ year, articles: list }) => ({ slug: String(year), name: String(year), articles: list })),
    cardContext: () => ({}),
  },
};

export interface GroupPageData {
  title: string;
  description: string;
  /** `Topic`, `Source`, `Archive`. */
  label: string;
  heading: string;
  count: string;
  breadcrumbs: Breadcrumbs;
  /** The group's feed (topics and sources; years have none) and the name it follows. */
  feed?: FollowFeed & { name: string };
  cards: ArticleCardData[];
  paging: PagingData;
}

/** Every page of every group of a kind, with its address: `/<kind>/<slug>/`, then `/<kind>/<slug>/2/`…. */
export function groupPages(kind: GroupKind, context: PageContext, pageSize: number = site.pageSize): { slug: string; page: string | undefined; data: GroupPageData }[] {
  const { label, backLabel, groups, followable, cardContext } = KINDS[kind];
  return groups(context.published).flatMap((group) =>
    listPages(group.articles, pageSize, `/${kind}/${group.slug}/`).map((page) => {
      const count = countOf(group.articles.length, ARTICLE);
      const suffix = pageSuffix(page.current);
      return {
        slug: group.slug,
        page: pageParam(page.current),
        data: {
          title: `${group.name}${suffix}`,
          description: `${count} on ${group.name}${suffix}.`,
          label,
          heading: `${group.name}${suffix}`,
          count,
          breadcrumbs: backTo(`/${kind}/`, backLabel),
          ...(followable ? { feed: { ...followFeed(`/${kind}/${group.slug}/`, group.name), name: group.name } } : {}),
          cards: page.items.map((article) => articleCard(article, context, cardContext(group.name))),
          paging: paging(page),
        },
      };
    }),
  );
}

export interface IndexPageData {
  title: string;
  description: string;
  items: { href: string; name: string; count: string; note?: string | undefined }[];
}

/** The index of a kind: every topic, source or year with its number of articles. */
export function groupIndex(kind: GroupKind, context: Pick<PageContext, 'published'>): IndexPageData {
  const { title, description, groups } = KINDS[kind];
  return {
    title,
    description,
    items: groups(context.published).map((group) => ({ href: `/${kind}/${group.slug}/`, name: group.name, count: countOf(group.articles.length, ARTICLE) })),
  };
}

/** /authors/: every author, their number of articles and their role. */
export function authorsIndex(authors: readonly Author[], context: Pick<PageContext, 'published'>): IndexPageData {
  const byAuthor = groupByAuthor(context.published);
  return {
    title: 'Authors',
    description: 'The writers of this site and their articles.',
    items: authors.map((author) => ({ href: `/authors/${author.id}/`, name: author.data.name, count: countOf(byAuthor.get(author.id)?.length ?? 0, ARTICLE), note: author.data.role })),
  };
}

export interface AuthorPageData {
  title: string;
  description: string;
  name: string;
  heading: string;
  /** Role and organisation. */
  role: string;
  /** The biography and website are on the first page; later pages link back to it. */
  first: boolean;
  website?: string | undefined;
  /** Later pages lead back to the first, with the biography. */
  breadcrumbs?: Breadcrumbs | undefined;
  articlesHeading: string;
  feed: FollowFeed;
  cards: ArticleCardData[];
  paging: PagingData;
  /** A ProfilePage about the author. */
  jsonLd: Record<string, unknown>;
}

/** /authors/<id>/ (biography and first articles) and its later pages /authors/<id>/2/…. */
export function authorPages(authors: readonly Author[], context: PageContext, pageSize: number = site.pageSize): { author: Author; page: string | undefined; data: AuthorPageData }[] {
  const byAuthor = groupByAuthor(context.published);
  return authors.flatMap((author) => {
    const articles = byAuthor.get(author.id) ?? [];
    const { name } = author.data;
    const role = [author.data.role, author.data.organization].filter(Boolean).join(', ');
    return listPages(articles, pageSize, `/authors/${author.id}/`).map((page) => {
      const suffix = pageSuffix(page.current);
      return {
        author,
        page: pageParam(page.current),
        data: {
          title: `${name}${suffix}`,
          description: `${name}${role ? `, ${role}` : ''}: ${countOf(articles.length, ARTICLE)}${suffix}.`,
          name,
          heading: `${name}${suffix}`,
          role,
          first: page.current === 1,
          website: author.data.url,
          breadcrumbs: page.current === 1 ? undefined : backTo(`/authors/${author.id}/`, `About ${name}`),
          articlesHeading: `Articles by ${name} (${articles.length})`,
          feed: followFeed(`/authors/${author.id}/`, name),
          cards: page.items.map((article) => articleCard(article, context, { authorId: author.id })),
          paging: paging(page),
          jsonLd: authorPageJsonLd({ url: new URL(`/authors/${author.id}/`, site.url).href, name, jobTitle: author.data.role, organization: author.data.organization, sameAs: author.data.url }),
        },
      };
    });
  });
}
