// Search page behaviour: runs Pagefind in the browser, renders filters with counts and results,
// and keeps the query, filters and order in the URL so results can be shared and Back works.
// Everything is rendered with textContent except Pagefind's excerpt, whose text is entity-encoded
// by Pagefind and is rebuilt here from text nodes and <mark> elements only.

const FILTERS = [
  { key: 'book', label: 'Scripture book' },
  { key: 'topic', label: 'Topic' },
  { key: 'author', label: 'Author' },
  { key: 'source', label: 'Source' },
  { key: 'year', label: 'Year' },
];
const PAGE_SIZE = 10;
// Filter values in the site's language order, not the reader's browser locale.
const byName = new Intl.Collator(document.documentElement.lang || 'en', { numeric: true });

const form = document.getElementById('search-form');
const input = document.getElementById('search-q');
const sortSelect = document.getElementById('search-sort');
const filtersBox = document.getElementById('search-filters');
const filterPanel = document.getElementById('search-filter-panel');
const filterCount = document.getElementById('search-filter-count');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const more = document.getElementById('search-more');

let pagefind;
let allFilterValues = {};
// Filter values and counts are a large part of the index at archive scale (164 kB at 10,000
// articles), so they load after the first results are shown, or when the reader opens the panel.
let filtersLoaded;
let lastState = { q: '', sort: 'date', filters: {} };
let currentResults = [];
let shown = 0;
let runId = 0;

/** Reads the search state from the URL. */
function readState() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const { key } of FILTERS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  return { q: (params.get('q') || '').trim(), sort: params.get('sort') === 'relevance' ? 'relevance' : 'date', filters };
}

/** The state as it stands in the form. */
function formState() {
  const filters = {};
  for (const box of filtersBox.querySelectorAll('input[type=checkbox]:checked')) {
    (filters[box.name] ||= []).push(box.value);
  }
  return { q: input.value.trim(), sort: sortSelect.value, filters };
}

function stateToQuery(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort !== 'date') params.set('sort', state.sort);
  for (const { key } of FILTERS) for (const value of state.filters[key] || []) params.append(key, value);
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}

function hasFilters(state) {
  return Object.keys(state.filters).length > 0;
}

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'text') node.textContent = value;
    else if (name === 'class') node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

/** Rebuilds Pagefind's excerpt (encoded text with <mark> tags) as DOM nodes without innerHTML. */
function excerptNodes(excerpt) {
  const decoder = new DOMParser();
  const nodes = [];
  const parts = String(excerpt).split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = decoder.parseFromString(`<!doctype html><body>${part}`, 'text/html').body.textContent || '';
      nodes.push(marked ? el('mark', { text }) : document.createTextNode(text));
    }
  }
  return nodes;
}

function renderFilters(state, counts) {
  filtersBox.replaceChildren();
  for (const { key, label } of FILTERS) {
    const values = Object.keys(allFilterValues[key] || {});
    if (!values.length) continue;
    const selected = new Set(state.filters[key] || []);
    const sorted = values.sort((a, b) => {
      if (key === 'year') return b < a ? -1 : b > a ? 1 : 0;
      return (counts[key]?.[b] ?? 0) - (counts[key]?.[a] ?? 0) || byName.compare(a, b);
    });
    const fieldset = el('fieldset', { class: 'search-filter' }, [el('legend', { text: label })]);
    const group = el('ul');
    for (const value of sorted) {
      const id = `f-${key}-${value.replace(/[^A-Za-z0-9]+/g, '-')}`;
      const box = el('input', { type: 'checkbox', id, name: key, value });
      box.checked = selected.has(value);
      const count = counts[key]?.[value] ?? 0;
      const labelNode = el('label', { for: id }, [document.createTextNode(value), el('span', { class: 'count', text: ` (${count})` })]);
      group.append(el('li', {}, [box, labelNode]));
    }
    fieldset.append(group);
    filtersBox.append(fieldset);
  }
  const selectedCount = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
  filterCount.textContent = selectedCount ? ` (${selectedCount} selected)` : '';
}

async function renderMore() {
  const batch = currentResults.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(batch.map((result) => result.data()));
  for (const item of data) {
    const meta = item.meta || {};
    const link = el('a', { href: item.url, text: meta.title || item.url });
    const details = [meta.date_display || meta.date, meta.author].filter(Boolean).join(' · ');
    const children = [];
    if (meta.kicker) children.push(el('p', { class: 'kicker', text: meta.kicker }));
    children.push(el('h2', { class: 'card__title' }, [link]));
    if (details) children.push(el('p', { class: 'card__meta', text: details }));
    children.push(el('p', { class: 'card__summary' }, excerptNodes(item.excerpt)));
    list.append(el('li', {}, [el('article', { class: 'card' }, children)]));
  }
  shown += batch.length;
  more.hidden = shown >= currentResults.length;
}

async function run(state) {
  const id = ++runId;
  lastState = state;
  input.value = state.q;
  sortSelect.value = state.sort;
  if (!state.q && !hasFilters(state)) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Type a word, a name, a source or a passage such as "Luke 21".';
    renderFilters(state, allFilterValues);
    return;
  }
  status.textContent = 'Searching…';
  const searchOptions = { filters: {} };
  for (const [key, values] of Object.entries(state.filters)) searchOptions.filters[key] = { any: values };
  if (state.sort === 'date' || !state.q) searchOptions.sort = { date: 'desc' };
  const response = await pagefind.search(state.q || null, searchOptions);
  if (id !== runId || !response) return; // a newer search superseded this one
  currentResults = response.results;
  shown = 0;
  list.replaceChildren();
  if (filtersLoaded) renderFilters(state, response.filters || {});
  await renderMore();
  if (id !== runId) return;
  // The status is written last: it announces the results to screen readers once they are there.
  const count = currentResults.length;
  const what = state.q ? ` for “${state.q}”` : '';
  status.textContent = count === 0
    ? `No articles found${what}. Try fewer words, another spelling, or remove a filter.`
    : `${count} ${count === 1 ? 'article' : 'articles'} found${what}.`;
}

function submit(push) {
  const state = formState();
  const url = stateToQuery(state);
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  run(state);
}

async function start() {
  try {
    pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ excerptLength: 30 });
    await pagefind.init();
  } catch (error) {
    status.textContent = 'Search could not be loaded. Browse the archive instead.';
    console.error(error);
    return;
  }
  // Filters start open where there is room beside the results, or when the address selects some.
  filterPanel.open = window.matchMedia('(min-width: 60rem)').matches || hasFilters(readState());
  let typingTimer;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(true);
  });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => submit(false), 250);
  });
  sortSelect.addEventListener('change', () => submit(true));
  filtersBox.addEventListener('change', () => submit(true));
  more.addEventListener('click', () => renderMore());
  window.addEventListener('popstate', () => run(readState()));
  filterPanel.addEventListener('toggle', () => {
    if (filterPanel.open) loadFilters();
  });
  await run(readState());
  if (filterPanel.open) await loadFilters();
}

/** Loads every filter value once, then shows them with the counts of the current search. */
function loadFilters() {
  filtersLoaded ??= (async () => {
    allFilterValues = await pagefind.filters();
    const state = lastState;
    const empty = !state.q && !hasFilters(state);
    let counts = allFilterValues;
    if (!empty) {
      const searchOptions = { filters: {} };
      for (const [key, values] of Object.entries(state.filters)) searchOptions.filters[key] = { any: values };
      counts = (await pagefind.search(state.q || null, searchOptions))?.filters || {};
    }
    if (state === lastState) renderFilters(state, counts);
  })().catch((error) => console.error(error));
  return filtersLoaded;
}

start();
