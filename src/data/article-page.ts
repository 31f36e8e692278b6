/**
 * Everything an article page prints (src/layouts/ArticleLayout.astro and its components): the header,
 * the head metadata (description, Open Graph card and alt text, JSON-LD), reading time, search
 * filters, quotes, scripture cited, topics, related articles and neighbours, and the newsroom parts
 * (corrections, updates, series, lead image, people quoted; src/data/article-newsroom.ts).
 */
import type { Article } from './entries.ts';
import { summaryOf, type PageContext } from './page-context.ts';
import { scriptureCited, type ScriptureCitedData } from './scripture-cited.ts';
import { articleNewsroom, type LeadImageData } from './article-newsroom.ts';
import type { SeriesNavData } from './series.ts';
import type { NoteListData } from './dated-notes.ts';
import type { Correction } from '../schema/newsroom.ts';
import { neighbours, readingMinutes } from '../lib/archive/collections.ts';
import { lastUpdated } from '../lib/newsroom/dated-notes.ts';
import { articleJsonLd } from '../lib/metadata/json-ld.ts';
import { slugify } from '../lib/text/slug.ts';
import { yearOf } from '../lib/text/dates.ts';
import { scriptureFilterValues, type ScriptureFilterValues } from '../lib/search/build-time/filter-values.ts';
import { relatedArticles, relatedReasonText } from '../lib/related/index.ts';
import { OG_HEIGHT, OG_WIDTH } from '../lib/og/card.ts';
import { formatDay } from '../lib/i18n/index.ts';
import type { Alternate } from './chrome.ts';
import { articleText, type ArticleText } from './article-text.ts';
import { quoted } from '../lib/text/quoted.ts';
import { listWithModelPassages, passagesOf, withModelPassages } from './passages.ts';
import { asCitations } from '../lib/scripture/article-passages.ts';
import { formatPassageIn } from '../lib/scripture/index.ts';
import { articleKindLabel } from './article-labels.ts';
import { site } from '../site.config.ts';

/** An Open Graph image: a root-relative path, its alt text and size. */
export interface OgImage {
  path: string;
  alt: string;
  width: number;
  height: number;
}

export interface LinkedTitle {
  href: string;
  title: string;
}

export interface ArticlePageData {
  /** The edition's locale, for every date the page prints (FormattedDate). */
  locale: string;
  /** The page's fixed words in its edition's language (src/data/article-text.ts). */
  text: ArticleText;
  /** The article in the other editions: a visible link each, named in its own language. */
  translations: { lang: string; href: string; name: string }[];
  title: string;
  description: string;
  kicker?: string | undefined;
  /** What kind of piece it is (`Opinion`), from the type its JSON-LD declares (src/data/article-labels.ts). */
  kind: string;
  /** The text opens with the news excerpt: it is labelled with the source and the date it was quoted. */
  excerpt?: { label: string; quoted: string } | undefined;
  date: string;
  /** The last change after publication: `updated`, or a later update (src/lib/newsroom/dated-notes.ts). */
  updated?: string | undefined;
  year: number;
  minutes: number;
  author: { href: string; name: string; role?: string | undefined };
  /** The source line, with the address of the source's list page. */
  source: Article['data']['source'] & { moreHref: string };
  /** The quotes, their words in quotation marks, each with the address of its speaker's people page (none for a speaker not named). */
  quotes: (Article['data']['quotes'][number] & { personHref: string | undefined })[];
  /** Newest first: the notice at the top names the first, the list at the end shows all. */
  corrections: Correction[];
  /** The two logs at the end of the article: its corrections and its updates. */
  correctionList: NoteListData;
  updateList: NoteListData;
  series?: SeriesNavData | undefined;
  image?: LeadImageData | undefined;
  scripture: ScriptureCitedData;
  /** Search filters: each cited book and chapter once, in the order first cited. */
  filters: ScriptureFilterValues;
  topics: { name: string; href: string }[];
  related: (LinkedTitle & { date: string; reason: string })[];
  newer?: LinkedTitle | undefined;
  older?: LinkedTitle | undefined;
  /** For BaseLayout's head. */
  head: {
    /** hreflang: the page and each translation; empty when it has none. */
    alternates: Alternate[];
    jsonLd: Record<string, unknown>;
    image: OgImage;
    article: { publishedTime: string; modifiedTime?: string; author: string; section?: string; tags: string[] };
  };
}

const articleRoute = (article: Article): string => `/articles/${article.id}/`;

/**
 * `leadOgImage` is the lead image made into an Open Graph image (src/data/lead-image.ts, Astro only):
 * when the article has one it is the page's image, else the generated card.
 */
export function articlePage(article: Article, context: PageContext, { relatedLimit = 5, leadOgImage }: { relatedLimit?: number; leadOgImage?: OgImage | undefined } = {}): ArticlePageData {
  const { data } = article;
  const { edition } = context;
  const { messages, path } = edition;
  const linked = (other: Article | undefined): LinkedTitle | undefined => (other ? { href: path(articleRoute(other)), title: other.data.title } : undefined);
  const author = context.authors.get(data.author.id);
  if (!author) throw new Error(`${article.id}: unknown author ${data.author.id}`);
  const description = summaryOf(article, context);
  const url = edition.urlIn(edition.lang, articleRoute(article));
  const { newer, older } = neighbours(context.published, article.id);
  const image = leadOgImage ?? { path: edition.path(`/og/${article.id}.png`), alt: messages['og.alt'](data.kicker ?? '', data.title, author.data.name, formatDay(data.date, edition.locale), site.title), width: OG_WIDTH, height: OG_HEIGHT };
  const newsroom = articleNewsroom(article, context);
  const updated = lastUpdated(data);
  // The one passage model (frontmatter and prose): filters, "Scripture cited", JSON-LD and related articles read it.
  const passages = passagesOf(article, context);
  const proseCited = asCitations(passages.filter((p) => p.from === 'prose'), ['cited']);
  const jsonLd = {
    ...articleJsonLd({
      url,
      headline: data.title,
      description,
      datePublished: data.date,
      dateModified: updated ?? data.date,
      author: { name: author.data.name, url: edition.urlIn(edition.lang, `/authors/${author.id}/`), ...(author.data.url ? { sameAs: author.data.url } : {}) },
      publisher: { name: site.title, url: site.url },
      ...(data.kicker ? { section: data.kicker } : {}),
      keywords: data.topics,
      source: { name: data.source.name, ...(data.source.url ? { url: data.source.url } : {}), ...(data.source.section ? { section: data.source.section } : {}) },
      passages: [...new Set([...data.scripture.map((c) => c.display), ...passages.filter((p) => p.from === 'prose').map((p) => formatPassageIn(edition.scripture, p.passage))])],
      image: new URL(image.path, site.url).href,
      inLanguage: edition.lang,
    }),
    ...newsroom.jsonLd,
  };
  const translations = context.translationsOf(article);
  const facts = context.factsOf(article);
  const text = articleText(messages, { minutes: readingMinutes(facts.words), source: data.source.name, corrections: newsroom.corrections.length });
  return {
    locale: edition.locale,
    text,
    translations: translations.map((t) => ({ ...t, name: messages[`language.${t.lang}`] })),
    title: data.title,
    description,
    kicker: data.kicker,
    kind: articleKindLabel(jsonLd['@type'], messages),
    ...(facts.opensWithQuote ? { excerpt: { label: messages['article.excerpt'], quoted: messages['article.excerpt-quoted'] } } : {}),
    date: data.date,
    updated,
    year: yearOf(data.date),
    minutes: readingMinutes(facts.words),
    author: { href: path(`/authors/${author.id}/`), name: author.data.name, role: author.data.role },
    source: { ...data.source, moreHref: path(`/sources/${slugify(data.source.name)}/`) },
    quotes: data.quotes.map((quote, index) => ({ ...quote, text: quoted(quote.text, messages['article.quoted']), personHref: newsroom.personHrefs[index] })),
    corrections: newsroom.corrections,
    correctionList: newsroom.correctionList,
    updateList: newsroom.updateList,
    series: newsroom.series,
    image: newsroom.image,
    // The frontmatter's citations as written, then what the prose cites besides (a whole book it only mentions is no citation).
    scripture: scriptureCited(data.scripture, context.edition, {}, proseCited),
    filters: scriptureFilterValues(asCitations(passages), context.edition.scripture),
    topics: data.topics.map((topic) => ({ name: topic, href: path(`/topics/${slugify(topic)}/`) })),
    // Related by the passages each article cites: a whole-book mention shares a verse with everything in its book and says nothing about which.
    related: relatedArticles(withModelPassages(article, context, ['cited']), listWithModelPassages(context.published, context, ['cited']), { limit: relatedLimit }).map((item) => ({
      ...linked(item.article)!,
      date: item.article.data.date,
      reason: relatedReasonText(item, messages),
    })),
    newer: linked(newer),
    older: linked(older),
    head: {
      alternates: translations.length === 0 ? [] : [{ lang: edition.lang, href: url }, ...translations],
      jsonLd,
      image,
      article: { publishedTime: data.date, ...(updated ? { modifiedTime: updated } : {}), author: author.data.name, ...(data.kicker ? { section: data.kicker } : {}), tags: data.topics },
    },
  };
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The table of contents of a long article: its h2 and h3 headings, none when there are fewer than three. */
export function tableOfContents(headings: readonly Heading[]): Heading[] {
  const items = headings.filter((h) => h.depth === 2 || h.depth === 3);
  return items.length >= 3 ? items : [];
}
