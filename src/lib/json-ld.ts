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
  source: { name: string; url?: string };
  passages: string[];
  image?: string;
}

/** An OpinionNewsArticle: commentary on a news story, citing the story and the passages it discusses. */
export function articleJsonLd(input: ArticleJsonLdInput): Record<string, unknown> {
  const citation: Record<string, unknown> = { '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: input.source.name } };
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
    citation,
    isBasedOn: input.source.url ?? input.source.name,
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
