// After a search: marks the query's words in the article (`?highlight=word`) and, for a passage query
// (`?cite=matthew/24-24`), scrolls to the first reference to those chapters. Text is wrapped in <mark>
// elements built with the DOM, never with markup, so the address cannot inject anything.
import { scriptureIndexLink } from '../lib/search/common/index-segments.ts';

const params = new URLSearchParams(location.search);
const terms = params.getAll('highlight').map((term) => term.trim()).filter((term) => term.length > 1).slice(0, 10);
const cite = params.get('cite');
const article = document.querySelector<HTMLElement>('article.article');

function highlight(root: HTMLElement, words: readonly string[]): HTMLElement | undefined {
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})`, 'giu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    // Only the article's own text: not the passage texts, tooltips, lists or the table of contents.
    acceptNode: (node) => (node.parentElement?.closest('[data-pagefind-ignore], mark, script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const text = node.data;
    const parts: (string | HTMLElement)[] = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      parts.push(text.slice(last, match.index));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = match[0];
      first ??= mark;
      parts.push(mark);
      last = match.index + match[0].length;
    }
    if (last === 0) continue;
    parts.push(text.slice(last));
    node.replaceWith(...parts);
  }
  return first;
}

/**
 * The first reference to the cited chapters, in reading order: a link to the scripture index of the
 * page's edition (`/scripture/<slug>/<chapter>/`, `/de/bibel/<slug>/<chapter>/`) or to the passage
 * printed on the page (`#passage-<OSIS>_<chapter>…`).
 */
function firstCitation(root: HTMLElement, wanted: string): HTMLElement | undefined {
  const match = /^([1-3]?[A-Za-z]+)\/([a-z0-9-]+)(?:\/(\d+)-(\d+))?$/.exec(wanted);
  if (!match) return undefined;
  const [, id, slug, from, to] = match;
  const touches = (first: number, last: number) => !from || (first <= Number(to) && last >= Number(from));
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href^="/"], a[href^="#passage-"]')) {
    const href = link.getAttribute('href') ?? '';
    const index = scriptureIndexLink(href);
    if (index && index.slug === slug && (index.chapter === undefined || touches(index.chapter, index.chapter))) return link;
    const onPage = /^#passage-([1-3]?[A-Za-z]+)(?:_(\d+)\S*?(?:-\1_(\d+)\S*)?)?$/.exec(href);
    if (onPage && onPage[1] === id && (!onPage[2] || touches(Number(onPage[2]), Number(onPage[3] ?? onPage[2])))) return link;
  }
  return undefined;
}

if (article && (terms.length || cite)) {
  const firstHit = terms.length ? highlight(article, terms) : undefined;
  const target = (cite ? firstCitation(article, cite) : undefined) ?? firstHit;
  if (target && !location.hash) {
    target.classList.add('search-target');
    target.scrollIntoView({ block: 'center' });
  }
}
