/** The search page's state and its address: `/search/?q=Mt+24&parallels=1&sort=date&book=Luke`. */
import type { QueryMode } from '../common/query.ts';

/** Filter keys in the order the panel shows them (their labels are the edition's: src/data/search-page.ts). */
export const FILTERS: readonly { key: string }[] = [{ key: 'book' }, { key: 'chapter' }, { key: 'topic' }, { key: 'author' }, { key: 'source' }, { key: 'year' }];

export type Sort = 'relevance' | 'date';

export interface SearchState {
  q: string;
  mode: QueryMode;
  /** Include the synoptic parallels of a passage. */
  parallels: boolean;
  /** Chosen by the reader; undefined = best match when there are words, else newest first. */
  sort: Sort | undefined;
  filters: Record<string, string[]>;
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const { key } of FILTERS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  const mode = params.get('mode');
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim(),
    mode: mode === 'words' || mode === 'passage' ? mode : 'auto',
    parallels: params.get('parallels') === '1',
    sort: sort === 'relevance' || sort === 'date' ? sort : undefined,
    filters,
  };
}

/** The query string for a state (`?q=…`), or '' for the empty state; parameters in a fixed order. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.mode !== 'auto') params.set('mode', state.mode);
  if (state.parallels) params.set('parallels', '1');
  if (state.sort) params.set('sort', state.sort);
  for (const { key } of FILTERS) for (const value of state.filters[key] ?? []) params.append(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The order used: the reader's choice, else best match when there are words to rank by. */
export function effectiveSort(state: SearchState, hasWords: boolean): Sort {
  return state.sort ?? (hasWords ? 'relevance' : 'date');
}

export function hasFilters(state: SearchState): boolean {
  return Object.keys(state.filters).length > 0;
}

/** Pagefind's filter option for the state: every key any of its values. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(state.filters)) out[key] = { any: values };
  return out;
}

/** The address of an article from a result: `?highlight=` for the words, `cite=` for the passage's chapters. */
export function resultHref(url: string, words: string, cite: string | undefined): string {
  const params = new URLSearchParams();
  const terms = words.replace(/"/g, ' ').split(/\s+/).filter((word) => word.length > 1);
  for (const term of terms) params.append('highlight', term);
  if (cite) params.set('cite', cite);
  const query = params.toString();
  return query ? `${url}?${query}` : url;
}
