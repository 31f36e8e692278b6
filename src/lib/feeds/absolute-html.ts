/** Makes rendered article HTML fit for a feed: every link and image absolute, page-only hover aids removed. */
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Attributes that hold one URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite']);
/** Attributes a feed reader has no use for: they point at markup the feed does not carry. */
const DROPPED_ATTRIBUTES = new Set(['aria-describedby', 'aria-labelledby', 'aria-controls']);

/** `url` resolved against `base` (an absolute URL); left as written when it cannot be resolved. */
function absolute(url: string, base: string): string {
  const trimmed = url.trim();
  if (trimmed === '') return url;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return url;
  }
}

/** `a.jpg 1x, /b.jpg 800w` with each candidate's URL made absolute. */
function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim())
    .filter(Boolean)
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.split(/\s+/);
      return [absolute(url, base), ...descriptors].join(' ');
    })
    .join(', ');
}

const isElement = (node: Node): node is Element => 'tagName' in node;

/** Tooltips and verse boxes (src/plugins/scripture-links.ts) exist for hover, focus and tap on the page; in a feed reader they would run into the text. */
function isPageOnly(element: Element): boolean {
  return element.attrs.some((attr) => (attr.name === 'role' && attr.value === 'tooltip') || (attr.name === 'class' && attr.value.split(/\s+/).includes('scripture-ref-tip')));
}

function rewrite(parent: { childNodes: Node[] }, base: string): void {
  parent.childNodes = parent.childNodes.filter((node) => !(isElement(node) && isPageOnly(node)));
  for (const node of parent.childNodes) {
    if (!isElement(node)) continue;
    node.attrs = node.attrs
      .filter((attr) => !DROPPED_ATTRIBUTES.has(attr.name) && !attr.name.startsWith('data-'))
      .map((attr) => {
        if (URL_ATTRIBUTES.has(attr.name)) return { ...attr, value: absolute(attr.value, base) };
        if (attr.name === 'srcset') return { ...attr, value: absoluteSrcset(attr.value, base) };
        return attr;
      });
    rewrite(node, base);
    if (node.tagName === 'template') rewrite((node as DefaultTreeAdapterMap['template']).content, base);
  }
}

/**
 * The HTML with every `href`, `src`, `srcset`, `poster` and `cite` resolved against `pageUrl` (the
 * article's own absolute address, so `#note-1` and `./map.png` land on the article), tooltips removed.
 */
export function feedHtml(html: string, pageUrl: string): string {
  const fragment = parseFragment(html);
  rewrite(fragment, pageUrl);
  return serialize(fragment);
}
