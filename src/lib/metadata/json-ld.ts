/** schema.org JSON-LD for articles, serialized so that no text can close the <script> element. */

export interface ArticleJsonLdInput {
  url: string;
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  author: { name: string; url: string; sameAs?: string };
  publisher: { name: string; url: string };
  section?: string;
  keywords: string[];
  source: { name: string; url?: string; section?: string };
  passages: string[];
  image?: string;
  /** The article's language (its edition's tag, `de`). */
  inLanguage?: string;
}

/**
 * An OpinionNewsArticle: commentary on a news story, citing the story and the passages it discusses.
 * The story is a NewsArticle (its address, a name, its publisher), both its `citation` and what it
 * `isBasedOn`. The contract names the publication, not the story's headline: the story is named by
 * its publication and section (`Example Wire, World`).
 */
export function articleJsonLd(input: ArticleJsonLdInput): Record<string, unknown> {
  const citation: Record<string, unknown> = {
    '@type': 'NewsArticle',
    name: input.source.section ? `${input.source.name}, ${input.source.section}` : input.source.name,
    publisher: { '@type': 'Organization', name: input.source.name },
  };
  if (input.source.url) citation.url = input.source.url;
  const author: Record<string, unknown> = { '@type': 'Person', name: input.author.name, url: input.author.url };
  if (input.author.sameAs) author.sameAs = input.author.sameAs;
  return {
    '@context': 'https://schema.org',
    '@type': 'OpinionNewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: input.headline,
    description: input.description,
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    author: [author],
    publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    ...(input.section ? { articleSection: input.section } : {}),
    ...(input.keywords.length ? { keywords: input.keywords.join(', ') } : {}),
    ...(input.image ? { image: [input.image] } : {}),
    ...(input.inLanguage ? { inLanguage: input.inLanguage } : {}),
    citation,
    isBasedOn: citation,
    ...(input.passages.length ? { mentions: input.passages.map((name) => ({ '@type': 'CreativeWork', name })) } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` are written as
 * unicode escapes, so text such as `</script>` in a title cannot end the element.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** What an article adds to its JSON-LD when it has corrections or belongs to a series. */
export interface NewsroomJsonLdInput {
  corrections: readonly { date: string; text: string }[];
  series?: { name: string; url: string; part: number } | undefined;
}

/**
 * `correction` (schema.org CorrectionComment: text and datePublished) and `isPartOf` a
 * CreativeWorkSeries, to spread into articleJsonLd's object; empty when the article has neither.
 */
export function newsroomArticleJsonLd(input: NewsroomJsonLdInput): Record<string, unknown> {
  return {
    ...(input.corrections.length
      ? { correction: input.corrections.map((c) => ({ '@type': 'CorrectionComment', datePublished: c.date, text: c.text })) }
      : {}),
    ...(input.series ? { isPartOf: { '@type': 'CreativeWorkSeries', name: input.series.name, url: input.series.url }, position: input.series.part } : {}),
  };
}

/** A page listing what one person said: a ProfilePage about the Person, each quote a Quotation spoken by them. */
export function personPageJsonLd(input: {
  url: string;
  name: string;
  description?: string | undefined;
  sameAs?: string | undefined;
  quotes: readonly { text: string; date: string; articleUrl: string; articleTitle: string }[];
}): Record<string, unknown> {
  const person: Record<string, unknown> = { '@type': 'Person', '@id': `${input.url}#person`, name: input.name, url: input.url };
  if (input.description) person.description = input.description;
  if (input.sameAs) person.sameAs = input.sameAs;
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: input.url,
    mainEntity: person,
    hasPart: input.quotes.map((q) => ({
      '@type': 'Quotation',
      text: q.text,
      spokenByCharacter: { '@type': 'Person', '@id': `${input.url}#person`, name: input.name },
      dateCreated: q.date,
      isPartOf: { '@type': 'OpinionNewsArticle', url: q.articleUrl, headline: q.articleTitle },
    })),
  };
}

/** An author's page: a ProfilePage whose main entity is the author as a Person. */
export function authorPageJsonLd(input: { url: string; name: string; jobTitle?: string | undefined; organization?: string | undefined; sameAs?: string | undefined }): Record<string, unknown> {
  const person: Record<string, unknown> = { '@type': 'Person', name: input.name, url: input.url };
  if (input.jobTitle) person.jobTitle = input.jobTitle;
  if (input.organization) person.affiliation = { '@type': 'Organization', name: input.organization };
  if (input.sameAs) person.sameAs = input.sameAs;
  return { '@context': 'https://schema.org', '@type': 'ProfilePage', url: input.url, mainEntity: person };
}

/** A series page: the CreativeWorkSeries and its parts, each an article with its position. */
export function seriesPageJsonLd(input: { url: string; name: string; parts: readonly { url: string; headline: string; position: number }[] }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWorkSeries',
    url: input.url,
    name: input.name,
    hasPart: input.parts.map((p) => ({ '@type': 'OpinionNewsArticle', url: p.url, headline: p.headline, position: p.position })),
  };
}

/** The site itself, on the home page: its name, address and language, and how to search it (`urlTemplate` holds `{search_term_string}`). */
export function websiteJsonLd(input: { url: string; name: string; description: string; inLanguage: string; searchUrlTemplate: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: input.inLanguage,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: input.searchUrlTemplate },
      'query-input': 'required name=search_term_string',
    },
  };
}

/**
 * The breadcrumbs a page shows, as a BreadcrumbList: each link in order (absolute addresses, from
 * `pageUrl`), then the page itself when the trail names it. Undefined when there is nothing to list.
 */
export function breadcrumbListJsonLd(crumbs: { links: readonly { href: string; label: string }[]; current?: string | undefined }, pageUrl: string): Record<string, unknown> | undefined {
  const items = crumbs.links.map((link) => ({ name: link.label, item: new URL(link.href, pageUrl).href }));
  if (crumbs.current !== undefined) items.push({ name: crumbs.current, item: new URL(pageUrl).href });
  if (!items.length) return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.item })),
  };
}
