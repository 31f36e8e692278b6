// The search page's filter panel: one group per filter, values with no hit in the current results
// left out, the values with most hits first, and at most SHOWN_VALUES per group until the reader
// asks for all of them.
import { hasFilters, type SearchState } from '../lib/search/browser/state.ts';
import { fill } from '../lib/search/common/search-text.ts';
import { config } from './search-config.ts';
import { el } from './dom.ts';

type Counts = Record<string, Record<string, number>>;

// At archive scale the chapter filter alone has over a thousand values; rebuilding all of them
// after every search took a second at 10,000 articles.
const SHOWN_VALUES = 12;
// Filter values in the site's language order, not the reader's browser locale.
const lang = config.lang;
const byName = new Intl.Collator(lang, { numeric: true });
const filtersBox = document.getElementById('search-filters') as HTMLElement;
const filterCount = document.getElementById('search-filter-count') as HTMLElement;
const clearButton = document.getElementById('search-clear') as HTMLButtonElement;
// The groups the reader expanded with "Show all", and what the panel last showed (to redraw it).
const expandedGroups = new Set<string>();
let lastDrawn: Parameters<typeof renderFilterGroups> | undefined;

/**
 * Redraws the panel. `all` holds every value of every filter; `counts` the hits of the current
 * search (for a passage query, counted over its own results by the page).
 */
export function renderFilterGroups(all: Counts, state: SearchState, counts: Counts): void {
  lastDrawn = [all, state, counts];
  filtersBox.replaceChildren();
  const searching = state.q !== '' || hasFilters(state);
  for (const { key, label, values: valuesLabel } of config.filters) {
    const selected = new Set(state.filters[key] ?? []);
    // A value with no hit in the current results is left out, unless the reader selected it.
    const values = Object.keys(all[key] ?? {}).filter((value) => selected.has(value) || !searching || (counts[key]?.[value] ?? 0) > 0);
    if (!values.length) continue;
    values.sort((a, b) => (key === 'year' ? byName.compare(b, a) : (counts[key]?.[b] ?? 0) - (counts[key]?.[a] ?? 0) || byName.compare(a, b)));
    const shown = expandedGroups.has(key) || values.length <= SHOWN_VALUES + 2 ? values : values.filter((value, i) => i < SHOWN_VALUES || selected.has(value));
    const group = el('ul');
    for (const value of shown) {
      const id = `f-${key}-${value.replace(/[^A-Za-z0-9]+/g, '-')}`;
      const box = el('input', { type: 'checkbox', id, name: key, value }) as HTMLInputElement;
      box.checked = selected.has(value);
      const count = counts[key]?.[value] ?? 0;
      const countText = ` (${count})`;
      group.append(el('li', {}, [box, el('label', { for: id }, [value, el('span', { class: 'count', text: countText })])]));
    }
    const fieldset = el('fieldset', { class: 'search-filter' }, [el('legend', { text: label }), group]);
    if (shown.length < values.length) fieldset.append(showAllButton(key, valuesLabel, values.length, shown.length));
    filtersBox.append(fieldset);
  }
  const selectedCount = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
  filterCount.textContent = selectedCount ? fill(config.text['search.selected'], selectedCount) : '';
  clearButton.hidden = selectedCount === 0;
}

/** "Show all 1,311": lists every value of one group, and moves focus to the first value it added. */
function showAllButton(key: string, valuesLabel: string, total: number, shownCount: number): HTMLElement {
  const button = el('button', { type: 'button', class: 'search-filter__all', text: fill(config.text['search.show-all'], total.toLocaleString(config.locale)) }, [el('span', { class: 'visually-hidden', text: valuesLabel })]);
  button.addEventListener('click', () => {
    expandedGroups.add(key);
    if (lastDrawn) renderFilterGroups(...lastDrawn);
    const boxes = filtersBox.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(key)}"]`);
    boxes[Math.min(shownCount, boxes.length - 1)]?.focus();
  });
  return button;
}
