// Search page behaviour: Pagefind for words, the passage files for scripture references, filters
// whose empty values are hidden, and the whole state in the address so results can be shared and
// Back works. Everything is rendered as text except Pagefind's excerpt, whose text Pagefind
// entity-encodes and which is rebuilt here from text nodes and <mark> elements only.
// Every word shown comes from the page (search-config.ts), in its edition's language.
import type { ParsedQuery } from '../lib/search/common/query.ts';
import { compareHits, passageHits, type PassageHit, type PassageHits } from '../lib/search/browser/passage-search.ts';
import type { PassageFile } from '../lib/search/common/passage-file.ts';
import { effectiveSort, hasFilters, pagefindFilters, readState, resultHref, stateToSearch, type SearchState } from '../lib/search/browser/state.ts';
import { countText, fill, problemText } from '../lib/search/common/search-text.ts';
import { config, reader } from './search-config.ts';
import { el } from './dom.ts';
import { renderFilterGroups } from './search-filters.ts';
import { citesText, excerptNodes } from './search-results.ts';

type Result = { id: string; score: number; data(): Promise<Fragment> };
type Fragment = { url: string; excerpt: string; meta: Record<string, string>; filters?: Record<string, string[]>; sub_results?: { title: string; url: string; excerpt: string }[] };
type Pagefind = {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o: object): Promise<{ results: Result[]; filters: Record<string, Record<string, number>> } | null>;
};

const PAGE_SIZE = 10;
const { text } = config;
const articles = (n: number) => countText(config, n, config.counts.article);
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-q');
const sortSelect = byId<HTMLSelectElement>('search-sort');
const parallelsBox = byId<HTMLInputElement>('search-parallels');
const parallelsRow = byId<HTMLElement>('search-parallels-row');
const understood = byId<HTMLElement>('search-understood');
const filtersBox = byId<HTMLElement>('search-filters');
const filterPanel = byId<HTMLDetailsElement>('search-filter-panel');
const clearButton = byId<HTMLButtonElement>('search-clear');
const status = byId<HTMLElement>('search-status');
const list = byId<HTMLOListElement>('search-results');
const more = byId<HTMLButtonElement>('search-more');

let pagefind: Pagefind;
let allFilterValues: Record<string, Record<string, number>> = {};
// Filter values and counts are a large part of the index at archive scale (164 kB at 10,000
// articles), so they load only when the reader opens the panel.
let filtersLoaded: Promise<void> | undefined;
let lastState = readState(location.search);
let lastCounts: Record<string, Record<string, number>> = {};
// The last Pagefind call, repeated once the filter values are loaded: counts need them in memory.
let lastSearch: { words: string | null; options: object } | undefined;
let current: { results: Result[]; words: string; cite: string | undefined; hits: Map<string, PassageHit> | undefined } = { results: [], words: '', cite: undefined, hits: undefined };
let shown = 0;
// The batch "More results" is loading: a second click meanwhile would list the same ten again.
let loadingMore: Promise<void> | undefined;
let runId = 0;
// The order the reader picked; until then it follows the query (best match for words, else newest).
let chosenSort = lastState.sort;
const files = new Map<string, Promise<PassageFile>>();

function loadFile(book: string): Promise<PassageFile> {
  let file = files.get(book);
  if (!file) {
    file = fetch(`${config.passagesPath}${encodeURIComponent(book)}.json`).then((response) => {
      if (!response.ok) throw new Error(`passage file ${book}: ${response.status}`);
      return response.json() as Promise<PassageFile>;
    });
    files.set(book, file);
  }
  return file;
}

function formState(): SearchState {
  const filters: Record<string, string[]> = {};
  for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (filters[box.name] ??= []).push(box.value);
  return { q: input.value.trim(), mode: lastState.q === input.value.trim() ? lastState.mode : 'auto', parallels: parallelsBox.checked, sort: chosenSort, filters };
}

/** Shows the next batch of results; returns the first one added, if any. */
async function renderMore(): Promise<HTMLElement | undefined> {
  const showing = current;
  const batch = current.results.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(batch.map((result) => result.data()));
  if (showing !== current) return undefined; // a new search replaced the list meanwhile
  let first: HTMLElement | undefined;
  for (const [i, item] of data.entries()) {
    const meta = item.meta ?? {};
    const link = el('a', { href: resultHref(item.url, current.words, current.cite), text: meta.title ?? item.url });
    const details = [meta.date_display ?? meta.date, meta.author].filter(Boolean).join(' · ');
    const children: Node[] = [];
    if (meta.kicker) children.push(el('p', { class: 'kicker', text: meta.kicker }));
    children.push(el('h2', { class: 'card__title' }, [link]));
    if (details) children.push(el('p', { class: 'card__meta', text: details }));
    const hit = current.hits?.get(batch[i]!.id);
    if (hit) children.push(el('p', { class: `card__cites card__cites--${hit.kind}`, text: citesText(hit) }));
    children.push(el('p', { class: 'card__summary' }, excerptNodes(item.excerpt)));
    // The section the words were found in, where Pagefind's sub-results name one below the title.
    const section = current.words ? item.sub_results?.find((sub) => sub.url.includes('#') && sub.excerpt.includes('<mark>')) : undefined;
    if (section) children.push(el('p', { class: 'card__section' }, [text['search.in-section'], el('a', { href: resultHref(section.url.replace(/#.*/, ''), current.words, undefined) + section.url.replace(/^[^#]*/, ''), text: section.title })]));
    const row = el('li', {}, [el('article', { class: 'card' }, children)]);
    first ??= row;
    list.append(row);
  }
  shown += batch.length;
  more.hidden = shown >= current.results.length;
  return first;
}

/** "Passage: Matthew 24 — 3 articles", with one click to search the words instead (or the offer for a bare book name). */
function renderUnderstood(state: SearchState, parsed: ParsedQuery, hits: PassageHits | undefined): void {
  understood.replaceChildren();
  parallelsRow.hidden = !parsed.passages.length;
  const go = (text: string, next: Partial<SearchState>) => {
    const link = el('a', { href: `${config.searchPath}${stateToSearch({ ...state, ...next })}`, text });
    return link;
  };
  if (hits?.problems.length) {
    understood.append(fill(text['search.as-words'], hits.problems.map((problem) => problemText(config, problem)).join('; ')));
  } else if (parsed.passages.length) {
    const words = parsed.words ? fill(text['search.containing'], parsed.words) : '';
    const parallels = state.parallels ? text['search.and-parallels'] : '';
    // The count is the status line's alone: said once.
    understood.append(fill(text['search.passage'], reader.formatPassages(parsed.passages), `${parallels}${words}`), go(text['search.words-instead'], { mode: 'words' }));
  } else if (parsed.offer) {
    understood.append(go(fill(text['search.passages-in'], reader.bookName(parsed.offer.book)), { mode: 'passage' }));
  }
  understood.hidden = understood.childNodes.length === 0;
}

async function run(state: SearchState): Promise<void> {
  const id = ++runId;
  lastState = state;
  chosenSort = state.sort;
  input.value = state.q;
  parallelsBox.checked = state.parallels;
  if (!state.q && !hasFilters(state)) {
    lastSearch = undefined;
    list.replaceChildren();
    more.hidden = true;
    understood.hidden = true;
    parallelsRow.hidden = true;
    sortSelect.value = 'date';
    status.textContent = text['search.prompt'];
    filterPanel.hidden = false;
    if (filtersLoaded) renderFilterGroups(allFilterValues, state, allFilterValues);
    return;
  }
  status.textContent = text['search.searching'];
  let parsed = reader.parseQuery(state.q, state.mode);
  const hits = parsed.passages.length ? await passageHits(parsed.passages, state.parallels, loadFile, reader) : undefined;
  if (hits?.problems.length) parsed = { ...reader.parseQuery(state.q, 'words'), passages: [] };
  const passage = hits && !hits.problems.length ? hits : undefined;
  const words = parsed.words;
  const asked = reader.searchWords(parsed);
  // Best match (closeness) by default for words and for passages alike.
  const sort = effectiveSort(state, words !== '' || passage !== undefined);
  sortSelect.value = sort;
  const options: { filters: object; sort?: object } = { filters: pagefindFilters(state) };
  if (sort === 'date' || !words) options.sort = { date: 'desc' };
  lastSearch = { words: asked || null, options };
  const response = await pagefind.search(asked || null, options);
  if (id !== runId || !response) return; // a newer search superseded this one
  let results = response.results;
  if (passage) {
    results = results.filter((result) => passage.pages.has(result.id));
    // Best match for a passage: citing pages by closeness (exact verses, then the chapter), parallels, then
    // pages that only mention the book; Pagefind's order (newest, or the words' relevance) breaks ties.
    if (sort === 'relevance') results = results.map((r, i) => ({ r, i })).sort((a, b) => compareHits(passage.pages.get(a.r.id)!, passage.pages.get(b.r.id)!) || a.i - b.i).map(({ r }) => r);
  }
  current = { results, words, cite: passage?.cite, hits: passage?.pages };
  shown = 0;
  list.replaceChildren();
  more.hidden = true;
  lastCounts = passage ? {} : (response.filters ?? {});
  renderUnderstood(state, parsed, hits);
  await renderMore();
  if (id !== runId) return;
  // The status is written last: it announces the results to screen readers once they are there.
  const count = results.length;
  const what = state.q ? fill(text['search.for'], state.q) : '';
  // Nothing to filter: no panel (a reader's own selection keeps it, to be cleared).
  filterPanel.hidden = count === 0 && !hasFilters(state);
  const mentions = passage ? results.filter((result) => passage.pages.get(result.id)!.kind === 'mention').length : 0;
  status.textContent = count === 0 ? fill(text['search.none'], what) : fill(text['search.found'], articles(count), what) + (mentions ? fill(text['search.mentions-last'], articles(mentions)) : '');
  // Counts after the results: a passage query's are read from its results' fragments.
  if (filtersLoaded) await showFilterCounts(state, id);
}

/**
 * The filter panel with the counts of the current results. Pagefind counts a word search itself; a
 * passage query's results are a subset Pagefind does not know, so their own filter values are counted
 * here from their fragments (loaded only while the panel is open).
 */
async function showFilterCounts(state: SearchState, id: number): Promise<void> {
  if (current.hits) {
    const showing = current;
    const counts: Record<string, Record<string, number>> = {};
    for (const fragment of await Promise.all(showing.results.map((result) => result.data()))) {
      for (const [key, values] of Object.entries(fragment.filters ?? {})) for (const value of values) (counts[key] ??= {})[value] = (counts[key]?.[value] ?? 0) + 1;
    }
    if (id !== runId || showing !== current) return;
    lastCounts = counts;
  }
  renderFilterGroups(allFilterValues, state, lastCounts);
}

function submit(push: boolean): void {
  const state = formState();
  const url = stateToSearch(state) || location.pathname;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  void run(state);
}

/** Loads every filter value once, then shows them with the counts of the current search. */
function loadFilters(): Promise<void> {
  filtersLoaded ??= (async () => {
    allFilterValues = await pagefind.filters();
    const state = lastState;
    const search = lastSearch;
    if (!search || (!state.q && !hasFilters(state))) return renderFilterGroups(allFilterValues, state, allFilterValues);
    if (!current.hits) lastCounts = (await pagefind.search(search.words, search.options))?.filters ?? {};
    if (state === lastState) await showFilterCounts(state, runId);
  })().catch((error: unknown) => console.error(error));
  return filtersLoaded;
}

async function start(): Promise<void> {
  try {
    // A variable address keeps the bundler from resolving (and preloading) Pagefind's own module.
    const address = config.pagefindPath;
    pagefind = (await import(/* @vite-ignore */ address)) as Pagefind;
    await pagefind.options({ excerptLength: 30 });
    await pagefind.init();
  } catch (error) {
    status.textContent = text['search.failed'];
    console.error(error);
    return;
  }
  // Filters start closed unless the address selects some: once Pagefind holds the filter values it
  // counts them for every search, which took 0.7-0.9 s a query at 10,000 articles instead of 0.1 s.
  filterPanel.open = hasFilters(readState(location.search));
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Enter searches now: the search the typing timer would start after it is the same one again.
    clearTimeout(typingTimer);
    submit(true);
  });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => submit(false), 250);
  });
  sortSelect.addEventListener('change', () => {
    chosenSort = sortSelect.value === 'relevance' ? 'relevance' : 'date';
    submit(true);
  });
  parallelsBox.addEventListener('change', () => submit(true));
  filtersBox.addEventListener('change', () => submit(true));
  clearButton.addEventListener('click', () => {
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
    submit(true);
  });
  more.addEventListener('click', () => {
    // Focus moves to the first new result, so a keyboard reader goes on reading where the list grew.
    loadingMore ??= renderMore()
      .then((first) => first?.querySelector<HTMLAnchorElement>('h2 a')?.focus())
      .finally(() => (loadingMore = undefined));
  });
  window.addEventListener('popstate', () => void run(readState(location.search)));
  // Results first: the filter values (164 kB at 10,000 articles) load once the first results are
  // announced, and only when the panel is open.
  await run(readState(location.search));
  filterPanel.addEventListener('toggle', () => {
    if (filterPanel.open) void loadFilters();
  });
  if (filterPanel.open) await loadFilters();
}

void start();
