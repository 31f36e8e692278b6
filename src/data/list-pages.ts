/**
 * The data of the site's article lists: the home page and its later pages, one page of a topic, a
 * source or a year (one shared shape and component, GroupPage), the topic, source and year indexes,
 * and the authors' index and pages. The route files only pick a list and render it.
 */
import type { Article, Author } from './entries.ts';
import { articleCard, type ArticleCardData, type CardContext } from './article-card.ts';
import { backTo, type Breadcrumbs } from './breadcrumbs.ts';
import { leadIndex, seriesBlock, topicsBlock, type FrontBlock } from './front-page.ts';
import { pageSuffix, paging, type PageContext, type PagingData } from './page-context.ts';
import { groupByAuthor, groupBySource, groupByTopic, groupByYear, listPages, pageParam, type Group } from '../lib/archive/collections.ts';
import { linkedFeed, type LinkedFeed } from '../lib/feeds/follow.ts';
import { authorPageJsonLd, websiteJsonLd } from '../lib/metadata/json-ld.ts';
import { countFor, type MessageKey } from '../lib/i18n/index.ts';
import type { PageEdition } from '../lib/editions/page-edition.ts';
import { site } from '../site.config.ts';

/** `3 articles`, `3 Artikel`: a number of articles in the edition's words and digits. */
const articleCount = (edition: PageEdition, n: number): string => countFor(edition.messages, edition.locale, 'count.article', n);


export interface HomePageData {
  title: string;
  description: string;
  heading: string;
  /** The first page's line under its heading: what the site is. */
  tagline?: string | undefined;
  /** The first page's lead story, shown large with its picture (src/data/front-page.ts); later pages have none. */
  lead?: ArticleCardData | undefined;
  /** The other stories of the page, newest first. */
  cards: ArticleCardData[];
  /** The first page's series and topics blocks; none on later pages. */
  blocks: FrontBlock[];
  /** What the list says when there are no articles. */
  empty: string;
  paging: PagingData;
  /** The first page only: the WebSite and how to search it. */
  jsonLd?: Record<string, unknown>;
}

/** The home page (page 1) and /page/2/…, site.pageSize articles each; `which` picks the first or the later ones. */
export function homePages(context: PageContext, which: 'first' | 'later' | 'all' = 'all', pageSize: number = site.pageSize): HomePageData[] {
  const { messages } = context.edition;
  const pages = listPages(context.published, pageSize, context.edition.path('/'), 'page/');
  const picked = which === 'first' ? pages.slice(0, 1) : which === 'later' ? pages.slice(1) : pages;
  return picked.map((page) => {
    const first = page.current === 1;
    const lead = first && page.items.length > 0 ? leadIndex(page.items) : -1;
    return {
      title: first ? site.title : messages['home.page'](page.current),
      description: messages['home.description'],
      heading: first ? messages['home.heading'] : messages['home.page'](page.current),
      tagline: first ? messages['site.description'] : undefined,
      lead: lead === -1 ? undefined : articleCard(page.items[lead]!, context),
      cards: page.items.filter((_, index) => index !== lead).map((article) => articleCard(article, context)),
      blocks: first ? [seriesBlock(context), topicsBlock(context)].filter((block) => block !== undefined) : [],
      empty: messages['list.empty'],
      paging: paging(page, messages),
      ...(first ? { jsonLd: homeJsonLd(context.edition) } : {}),
    };
  });
}

/** The home page's WebSite, searched at /search/?q= (the search page's own parameter) in its edition. */
function homeJsonLd(edition: PageEdition): Record<string, unknown> {
  const search = edition.urlIn(edition.lang, '/search/');
  return websiteJsonLd({ url: edition.urlIn(edition.lang, '/'), name: site.title, description: edition.messages['home.description'], inLanguage: edition.lang, searchUrlTemplate: `${search}?q={search_term_string}` });
}

/** Lists of articles grouped by one field: topics and sources by slug, the archive by year. */
export type GroupKind = 'topics' | 'sources' | 'archive';

/** The strings table's keys of a kind's words. */
type KindKey<K extends string> = `${GroupKind}.${K}` & MessageKey;

interface KindRules {
  label: KindKey<'label'>;
  backLabel: KindKey<'back'>;
  title: KindKey<'title'>;
  description: KindKey<'description'>;
  followable: boolean;
  groups: (articles: readonly Article[]) => Group<Article>[];
  /** What the group's cards leave off: the topic's kicker on a topic page, the source on a source page. */
  cardContext: (name: string) => CardContext;
}

const KINDS: Record<GroupKind, KindRules> = {
  topics: { label: 'topics.label', backLabel: 'topics.back', title: 'topics.title', description: 'topics.description', followable: true, groups: groupByTopic, cardContext: (topic) => ({ topic }) },
  sources: { label: 'sources.label', backLabel: 'sources.back', title: 'sources.title', description: 'sources.description', followable: true, groups: groupBySource, cardContext: (source) => ({ source }) },
  archive: {
    label: 'archive.label',
    backLabel: 'archive.back',
    title: 'archive.title',
    description: 'archive.description',
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
  /** The group's feed (topics and sources; years have none), the name it follows and its link's words. */
  feed?: LinkedFeed;
  cards: ArticleCardData[];
  /** What the list says when there are no articles. */
  empty: string;
  paging: PagingData;
}

/** Every page of every group of a kind, with its address: `/<kind>/<slug>/`, then `/<kind>/<slug>/2/`…. */
export function groupPages(kind: GroupKind, context: PageContext, pageSize: number = site.pageSize): { slug: string; page: string | undefined; data: GroupPageData }[] {
  const { label, backLabel, groups, followable, cardContext } = KINDS[kind];
  const { edition } = context;
  const { messages } = edition;
  return groups(context.published).flatMap((group) =>
    listPages(group.articles, pageSize, edition.path(`/${kind}/${group.slug}/`)).map((page) => {
      const count = articleCount(edition, group.articles.length);
      const suffix = pageSuffix(page.current, messages);
      return {
        slug: group.slug,
        page: pageParam(page.current),
        data: {
          title: `${group.name}${suffix}`,
          description: `${messages['group.description'](count, group.name)}${suffix}.`,
          label: messages[label] as string,
          heading: `${group.name}${suffix}`,
          count,
          breadcrumbs: backTo(edition, `/${kind}/`, messages[backLabel] as string),
          ...(followable ? { feed: linkedFeed(edition, `/${kind}/${group.slug}/`, group.name) } : {}),
          cards: page.items.map((article) => articleCard(article, context, cardContext(group.name))),
          empty: messages['list.empty'],
          paging: paging(page, messages),
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
export function groupIndex(kind: GroupKind, context: Pick<PageContext, 'published' | 'edition'>): IndexPageData {
  const { title, description, groups } = KINDS[kind];
  const { edition } = context;
  return {
    title: edition.messages[title] as string,
    description: edition.messages[description] as string,
    items: groups(context.published).map((group) => ({ href: edition.path(`/${kind}/${group.slug}/`), name: group.name, count: articleCount(edition, group.articles.length) })),
  };
}

/** /authors/: every author, their number of articles and their role. */
export function authorsIndex(authors: readonly Author[], context: Pick<PageContext, 'published' | 'edition'>, bios: AuthorBios = new Map()): IndexPageData {
  const byAuthor = groupByAuthor(context.published);
  const { edition } = context;
  return {
    title: edition.messages['authors.title'],
    description: edition.messages['authors.description'],
    items: authors.map((author) => ({
      href: edition.path(`/authors/${author.id}/`),
      name: author.data.name,
      count: articleCount(edition, byAuthor.get(author.id)?.length ?? 0),
      note: roleOf(author, bios.get(author.id)),
    })),
  };
}

/** What an edition's bio of an author (`content/authors/<lang>/<id>.md`) may say besides its body. */
export interface AuthorBio {
  data: { role?: string | undefined };
}

/** The edition's bios by author id; an author without one shows the default edition's bio (the author file). */
export type AuthorBios<B extends AuthorBio = AuthorBio> = ReadonlyMap<string, B>;

/** The role an edition shows: its bio's, when the bio repeats it in the edition's language. */
const roleOf = (author: Author, bio: AuthorBio | undefined): string | undefined => bio?.data.role ?? author.data.role;

export interface AuthorPageData {
  /** `Author`, above the name. */
  kicker: string;
  title: string;
  description: string;
  name: string;
  heading: string;
  /** Role and organisation. */
  role: string;
  /** The biography and website are on the first page; later pages link back to it. */
  first: boolean;
  website?: string | undefined;
  /** The link text of the website: `Website of <name>`. */
  websiteText: string;
  /** Later pages lead back to the first, with the biography. */
  breadcrumbs?: Breadcrumbs | undefined;
  articlesHeading: string;
  feed: LinkedFeed;
  cards: ArticleCardData[];
  /** What the list says when there are no articles. */
  empty: string;
  paging: PagingData;
  /** A ProfilePage about the author. */
  jsonLd: Record<string, unknown>;
}

/**
 * /authors/<id>/ (biography and first articles) and its later pages /authors/<id>/2/…. `bio` is what
 * the page renders as the biography: the edition's own (`bios`, by author id) or else the author file.
 */
export function authorPages<B extends AuthorBio = Author>(
  authors: readonly Author[],
  context: PageContext,
  pageSize: number = site.pageSize,
  bios: AuthorBios<B> = new Map(),
): { author: Author; bio: Author | B; page: string | undefined; data: AuthorPageData }[] {
  const byAuthor = groupByAuthor(context.published);
  const { edition } = context;
  const { messages } = edition;
  return authors.flatMap((author) => {
    const articles = byAuthor.get(author.id) ?? [];
    const { name } = author.data;
    const bio = bios.get(author.id);
    const role = [roleOf(author, bio), author.data.organization].filter(Boolean).join(', ');
    const route = `/authors/${author.id}/`;
    return listPages(articles, pageSize, edition.path(route)).map((page) => {
      const suffix = pageSuffix(page.current, messages);
      return {
        author,
        bio: bio ?? author,
        page: pageParam(page.current),
        data: {
          kicker: messages['author.kicker'],
          title: `${name}${suffix}`,
          description: `${name}${role ? `, ${role}` : ''}: ${articleCount(edition, articles.length)}${suffix}.`,
          name,
          heading: `${name}${suffix}`,
          role,
          first: page.current === 1,
          website: author.data.url,
          websiteText: messages['author.website'](name),
          breadcrumbs: page.current === 1 ? undefined : backTo(edition, route, messages['author.about'](name)),
          articlesHeading: messages['author.articles'](name, articles.length),
          feed: linkedFeed(edition, route, name),
          cards: page.items.map((article) => articleCard(article, context, { authorId: author.id })),
          empty: messages['list.empty'],
          paging: paging(page, messages),
          jsonLd: authorPageJsonLd({ url: edition.urlIn(edition.lang, route), name, jobTitle: roleOf(author, bio), organization: author.data.organization, sameAs: author.data.url }),
        },
      };
    });
  });
}
