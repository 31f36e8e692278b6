/**
 * When each page last changed, for the sitemap's `lastmod`: an article page by its `updated` or
 * `date`; every page of a topic, source, author or year list by the newest change among its
 * articles (a new article shifts every page of its list); the home page and its later pages by the
 * newest change of all. Other pages (indexes, scripture) get none rather than a guessed one.
 */
import { groupByAuthor, groupBySource, groupByTopic, groupByYear, listPages } from '../archive/collections.ts';
import { articlePath, lastChanged } from '../feeds/items.ts';

/** What the sitemap needs of a published article. */
export interface DatedArticle {
  id: string;
  data: {
    title: string;
    date: string;
    updated?: string | undefined;
    topics: string[];
    source: { name: string };
    author: { id: string };
  };
}

/** The newest change among `articles` (`YYYY-MM-DD`), undefined for none. */
function newestChange(articles: readonly DatedArticle[]): string | undefined {
  let newest: string | undefined;
  for (const article of articles) {
    const day = lastChanged(article.data);
    if (!newest || day > newest) newest = day;
  }
  return newest;
}

/**
 * Every root-relative page path whose last change is known, with that day (`YYYY-MM-DD`). `path`
 * gives a route's address in the run's edition (`/topics/x/` → `/de/topics/x/`), as the pages link it.
 */
export function lastModifiedPages(articles: readonly DatedArticle[], pageSize: number, path: (route: string) => string = (route) => route): Map<string, string> {
  const days = new Map<string, string>();
  const list = (route: string, members: readonly DatedArticle[], prefix = '') => {
    const day = newestChange(members);
    if (!day) return;
    for (const page of listPages(members, pageSize, path(route), prefix)) days.set(page.url, day);
  };
  for (const article of articles) days.set(path(articlePath(article.id)), lastChanged(article.data));
  list('/', articles, 'page/');
  for (const group of groupByTopic(articles)) list(`/topics/${group.slug}/`, group.articles);
  for (const group of groupBySource(articles)) list(`/sources/${group.slug}/`, group.articles);
  for (const [author, members] of groupByAuthor(articles)) list(`/authors/${author}/`, members);
  for (const { year, articles: members } of groupByYear(articles)) list(`/archive/${year}/`, members);
  return days;
}
