// The search page's configuration in its edition's language (src/lib/search/common/search-text.ts),
// read once from the form's data-search attribute, which the page data wrote; and the query reader
// of that language. Nothing here is English: every word comes from the page.
import { createQueryReader } from '../lib/search/common/query.ts';
import type { SearchPageConfig } from '../lib/search/common/search-text.ts';

const form = document.getElementById('search-form') as HTMLFormElement;

export const config = JSON.parse(form.dataset.search ?? '{}') as SearchPageConfig;
export const reader = createQueryReader(config.language);
