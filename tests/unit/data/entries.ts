// Small in-memory article and author entries and a page context for the page-data tests (no Astro).
import type { Article, Author } from '../../../src/data/entries.ts';
import type { PageContext } from '../../../src/data/page-context.ts';
import { pageEdition } from '../../../src/lib/editions/page-edition.ts';
import { SITE_EDITIONS } from '../../../src/lib/editions/config.ts';
import { bodyFacts } from '../../../src/lib/facts/body-facts.ts';

/** The default edition as the sample site builds it: what page data of every unit test is computed in. */
export const ENGLISH_EDITION = pageEdition(SITE_EDITIONS, 'en', 'https://watchman.example.org');
import { sortNewestFirst } from '../../../src/lib/archive/collections.ts';
import { parseReference } from '../../../src/lib/scripture/index.ts';

export interface ArticleSpec {
  title?: string;
  date: string;
  author?: string;
  scripture?: string[];
  topics?: string[];
  source?: { name: string; url?: string; section?: string };
  kicker?: string;
  summary?: string;
  updated?: string;
  /** `{ date, text }` updates after publication. */
  updates?: { date: string; text: string }[];
  quotes?: { text: string; speaker: string }[];
  body?: string;
}

export function article(id: string, spec: ArticleSpec): Article {
  return {
    id,
    collection: 'articles',
    body: spec.body ?? `Opening of ${id}.`,
    filePath: `content/articles/${id}.md`,
    data: {
      title: spec.title ?? `Title of ${id}`,
      date: spec.date,
      author: { id: spec.author ?? 'ada', collection: 'authors' },
      source: spec.source ?? { name: 'Example Wire' },
      topics: spec.topics ?? [],
      scripture: (spec.scripture ?? []).map((reference) => {
        const result = parseReference(reference);
        if (!result.ok) throw new Error(result.message);
        return { reference, display: reference, passages: result.passages };
      }),
      quotes: spec.quotes ?? [],
      corrections: [],
      updates: spec.updates ?? [],
      draft: false,
      ...(spec.kicker ? { kicker: spec.kicker } : {}),
      ...(spec.summary ? { summary: spec.summary } : {}),
      ...(spec.updated ? { updated: spec.updated } : {}),
    },
  } as unknown as Article;
}

export function author(id: string, name: string, extra: { role?: string; organization?: string; url?: string } = {}): Author {
  return { id, collection: 'authors', body: '', data: { name, ...extra } } as unknown as Author;
}

/** A context over `articles`: bodies have `words` words each (the body's own count when not given). */
export function context(articles: Article[], authors: Author[] = [author('ada', 'Ada Author', { role: 'Editor' })], words?: number): PageContext {
  return {
    published: sortNewestFirst(articles),
    authors: new Map(authors.map((a) => [a.id, a])),
    people: [],
    factsOf: (entry) => ({ words: words ?? (entry.body ?? '').split(/\s+/).filter(Boolean).length, opening: `Opening of ${entry.id}.`, opensWithQuote: bodyFacts(entry.body ?? '').opensWithQuote, citations: [] }),
    edition: ENGLISH_EDITION,
    translationsOf: () => [],
  };
}
