/**
 * Turns a picture that stands alone in its paragraph into a figure, its Markdown title its caption:
 * `![alt](./a.jpg "caption")` → `<figure class="figure"><img alt="alt" …><figcaption>caption</figcaption></figure>`.
 * A picture inside running text stays inline. Runs before Astro's own image step, which then finds the
 * same `img` inside the figure and gives it its optimised file, width and height.
 */
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import type { HastNode } from 'satteri';

type Element = Extract<HastNode, { type: 'element' }>;

/** Text that renders as nothing between block parts (a line break around the picture). */
function isBlank(node: HastNode): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/** The one child that is not blank, when there is exactly one. */
function onlyChild(parent: Element): HastNode | undefined {
  const [only, ...rest] = parent.children.filter((child) => !isBlank(child));
  return rest.length ? undefined : only;
}

/** The picture a paragraph holds and nothing else (alone, or alone inside one link), else undefined. */
export function lonePicture(paragraph: Element): { img: Element; link?: Element } | undefined {
  const only = onlyChild(paragraph);
  if (only?.type !== 'element') return undefined;
  if (only.tagName === 'img') return { img: only };
  if (only.tagName !== 'a') return undefined;
  const inner = onlyChild(only);
  return inner?.type === 'element' && inner.tagName === 'img' ? { img: inner, link: only } : undefined;
}

/** The figure for a lone picture: its title moves into the caption (not also a tooltip); no title, no caption. */
export function figureFor(picture: { img: Element; link?: Element }): Element {
  const { title, ...properties } = picture.img.properties ?? {};
  const caption = typeof title === 'string' ? title.trim() : '';
  const img: Element = { ...picture.img, properties: caption ? properties : (picture.img.properties ?? {}) };
  const shown: Element = picture.link ? { ...picture.link, children: [img] } : img;
  const children: HastNode[] = [shown];
  if (caption) children.push({ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: caption }] });
  return { type: 'element', tagName: 'figure', properties: { className: ['figure'] }, children } as Element;
}

/** Markdown picture syntax (`![alt](…)`, `![alt][ref]`) or an HTML picture: a document without either has no img. */
const PICTURE_SYNTAX = /!\[|<img/i;

/** The plugin entry for `satteri({ hastPlugins: [bodyFigures()] })`; a factory, so the check below is per document. */
export default function bodyFigures(): HastPluginEntry {
  return () => {
    // Reading a paragraph's children builds a JS object for each: skip that in the many documents with no picture.
    let mayHavePicture: boolean | undefined;
    return defineHastPlugin({
      name: 'body-figures',
      element: {
        filter: ['p'],
        visit(node, ctx) {
          mayHavePicture ??= PICTURE_SYNTAX.test(ctx.source);
          if (!mayHavePicture) return;
          const picture = lonePicture(node);
          if (picture) ctx.replaceNode(node, figureFor(picture));
        },
      },
    });
  };
}
