/**
 * The search page in the page's edition: every word of its markup, and the configuration its script
 * reads (src/lib/search/common/search-text.ts): the edition's strings with `{0}` where a string has a
 * gap, its plural forms, its search language (only its own book table) and its addresses.
 */
import type { PageContext } from './page-context.ts';
import type { MessageKey, Messages } from '../lib/i18n/index.ts';
import { SEARCH_LANGUAGES } from '../lib/search/common/search-language.ts';
import type { SearchPageConfig, SearchTextKey } from '../lib/search/common/search-text.ts';

type Link = { href: string; text: string };

export interface SearchPageData {
  title: string;
  description: string;
  heading: string;
  action: string;
  field: string;
  placeholder: string;
  button: string;
  order: string;
  bestMatch: string;
  newestFirst: string;
  parallels: string;
  /** `Search needs JavaScript. You can still browse every article in the <archive>, by <topic>, by <scripture passage> or by <source>.` */
  noscript: { start: string; archive: Link; by: string; topic: Link; scripture: Link; or: string; source: Link };
  filterResults: string;
  filtersLabel: string;
  clear: string;
  more: string;
  /** The script's configuration, as JSON for the form's `data-search` attribute. */
  config: string;
}

const FILTER_LABELS: readonly [key: string, label: MessageKey][] = [
  ['book', 'filter.book'],
  ['chapter', 'filter.chapter'],
  ['topic', 'filter.topic'],
  ['author', 'filter.author'],
  ['source', 'filter.source'],
  ['year', 'filter.year'],
];

const SCRIPT_TEXT: readonly SearchTextKey[] = [
  'search.prompt', 'search.searching', 'search.failed', 'search.for', 'search.none', 'search.found', 'search.passage',
  'search.and-parallels', 'search.containing', 'search.words-instead', 'search.passages-in', 'search.as-words',
  'search.selected', 'search.show-all', 'search.in-section', 'search.has-chapters', 'search.has-verses', 'search.backwards',
  'search.cites', 'search.cites-parallel', 'search.mentions', 'search.mentions-last',
];

/** A string of the table as a template: a function is called with `{0}`, `{1}`… for its gaps. */
function template(messages: Messages, key: SearchTextKey): string {
  const value = messages[key] as string | ((...gaps: string[]) => string);
  return typeof value === 'string' ? value : value(...Array.from({ length: value.length }, (_, i) => `{${i}}`));
}

export function searchPage({ edition }: Pick<PageContext, 'edition'>): SearchPageData {
  const m = edition.messages;
  const link = (route: string, text: string): Link => ({ href: edition.path(route), text });
  const config: SearchPageConfig = {
    lang: edition.lang,
    locale: edition.locale,
    language: SEARCH_LANGUAGES[edition.lang],
    searchPath: edition.path('/search/'),
    passagesPath: edition.path('/search/passages/'),
    // One Pagefind index for the whole site, at its root; it answers in the page's language (<html lang>).
    pagefindPath: '/pagefind/pagefind.js',
    text: Object.fromEntries(SCRIPT_TEXT.map((key) => [key, template(m, key)])) as Record<SearchTextKey, string>,
    counts: { article: m['count.article'], chapter: m['count.chapter'] },
    filters: FILTER_LABELS.map(([key, label]) => ({ key, label: m[label] as string, values: m['search.values-of'](m[label] as string) })),
  };
  return {
    title: m['search.title'],
    description: m['search.description'],
    heading: m['search.title'],
    action: edition.path('/search/'),
    field: m['search.field'],
    placeholder: m['search.placeholder'],
    button: m['search.button'],
    order: m['search.order'],
    bestMatch: m['search.best-match'],
    newestFirst: m['search.newest-first'],
    parallels: m['search.parallels'],
    noscript: {
      start: m['search.noscript'],
      archive: link('/archive/', m['search.noscript-archive']),
      by: m['search.noscript-by'],
      topic: link('/topics/', m['search.noscript-topic']),
      scripture: link(`/${edition.scripture.indexSegment}/`, m['search.noscript-scripture']),
      or: m['search.noscript-or'],
      source: link('/sources/', m['search.noscript-source']),
    },
    filterResults: m['search.filter-results'],
    filtersLabel: m['search.filters'],
    clear: m['search.clear'],
    more: m['search.more'],
    config: JSON.stringify(config),
  };
}
