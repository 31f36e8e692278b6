// The RSS feed of the newest published articles (@astrojs/rss escapes every field).
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { authorsById, publishedArticles, summaryOf } from '../data/query.ts';
import { toUtcDate } from '../lib/dates.ts';
import { site } from '../site.config.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function GET(context: APIContext) {
  const authors = await authorsById();
  const articles = (await publishedArticles()).slice(0, site.feedSize);
  return rss({
    title: site.title,
    description: site.description,
    site: context.site ?? site.url,
    trailingSlash: true,
    items: articles.map((article) => ({
      title: article.data.title,
      link: `/articles/${article.id}/`,
      pubDate: toUtcDate(article.data.date),
      description: summaryOf(article),
      customData: `<dc:creator>${escapeXml(authors.get(article.data.author.id)?.data.name ?? article.data.author.id)}</dc:creator>`,
      categories: article.data.topics,
    })),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${site.language}</language>`,
  });
}
