// What a search result card shows besides its title: Pagefind's excerpt rebuilt as DOM nodes, and for
// a passage query what the article cites (or the book it only mentions), in the edition's words.
import type { PassageHit } from '../lib/search/browser/passage-search.ts';
import { fill } from '../lib/search/common/search-text.ts';
import { config, reader } from './search-config.ts';
import { el } from './dom.ts';

/** Rebuilds Pagefind's excerpt (encoded text with <mark> tags) as DOM nodes without innerHTML. */
export function excerptNodes(excerpt: string): Node[] {
  const decoder = new DOMParser();
  const nodes: Node[] = [];
  let marked = false;
  for (const part of String(excerpt).split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = decoder.parseFromString(`<!doctype html><body>${part}`, 'text/html').body.textContent ?? '';
      nodes.push(marked ? el('mark', { text }) : document.createTextNode(text));
    }
  }
  return nodes;
}

/** What a passage result cites (`cites Revelation 13:16–17`), or the book it only mentions (`mentions Revelation`). */
export function citesText(hit: PassageHit): string {
  if (hit.kind === 'mention') return fill(config.text['search.mentions'], reader.bookName(hit.passage.book));
  return fill(config.text[hit.kind === 'parallel' ? 'search.cites-parallel' : 'search.cites'], reader.formatPassage(hit.passage));
}
