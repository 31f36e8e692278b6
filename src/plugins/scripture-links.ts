/**
 * Sätteri hast plugin: links the scripture references in article prose (not in biographies) to the scripture index and
 * shows the passage's KJV text on hover and keyboard focus (and, through public/scripts/reading.js,
 * on a tap on touch screens).
 *
 * A thin adapter: findReferencesInText (src/lib/scripture/find-in-text.ts) decides what is a
 * reference; this file only walks the HTML tree and writes the markup. A hast plugin rather than
 * an mdast one because the output is HTML with attributes (role, aria-describedby, id,
 * data-pagefind-ignore), the walk follows the rendered order (footnotes last, so tooltip ids run
 * in page order), and the skip rules read the elements that are really there (links, code).
 *
 * Output for `(Luke 21:7-8)`, with no style attribute and no script (strict CSP), styled by
 * src/styles/scripture-ref.css:
 *
 *   (<span class="scripture-ref-group"><a class="scripture-ref" href="/scripture/luke/21/"
 *   aria-describedby="scripture-ref-1">Luke 21:7-8</a><span class="scripture-ref-tip"
 *   id="scripture-ref-1" role="tooltip" data-pagefind-ignore=""><span class="scripture-ref-tip__title">
 *   Luke 21:7–8 (KJV)</span> <span class="scripture-ref-tip__text"><sup>7</sup> And they asked him…
 *   <sup>8</sup> And he said…</span></span></span>)
 *
 * A page says each thing once, so a passage's text is printed once per article page:
 * - a reference whose passages all lie inside a frontmatter passage is printed under "Scripture
 *   cited" (ScriptureList, ids `passage-<passageKey, _ for .>`): it links there in-page, with no copy of its own
 *   (`<a class="scripture-ref" href="#passage-Luke_21_7-Luke_21_8">`; :target highlights the text);
 * - any other passage is previewed by its first reference in the text, as above; later references
 *   to the same passages link to the index with aria-describedby naming that first preview.
 * So the hover/focus preview stays (CSS; reading.js adds a tap toggle, and copies the first preview for
 * a later reference at run time) where the page has no other copy of the text, and the HTML never
 * carries the text twice. (Static CSS cannot show the one copy next to any of several links
 * without per-page rules, which the strict CSP forbids inline.) On a generated 1,000-article corpus,
 * where the text cites the frontmatter's passages, this took article pages from 29.9 kB to 23.4 kB.
 *
 * A whole-book reference (`the book of Ezekiel`) is a plain `a.scripture-ref`: there is no text to
 * preview. Skipped: code, pre, kbd, samp, script and style (not prose; they do not set the context
 * either); links (never nest links) and headings (the heading-ids plugin runs after this one and
 * would put the tooltip text into the heading's id and the table of contents), which still set the
 * context, so `## Luke 21` followed by `verse 12` works.
 */
import { defineHastPlugin, type HastNode, type HastPluginEntry, type HastVisitorContext } from 'satteri';
import { createReferenceFinder, findReferencesInText, type FoundReference, type ReferenceContext, type ReferenceFinder } from '../lib/scripture/find-in-text.ts';
import { isWholeBook, passageKey, passageRoute } from '../lib/scripture/format.ts';
import { verseSpan, type VerseSpan } from '../lib/scripture/overlap.ts';
import { parseReferenceIn, type Passage } from '../lib/scripture/parse.ts';
import { citedPassageId } from '../lib/archive/scripture-index.ts';
import { passageTextFrom, type VerseText } from '../lib/scripture/text.ts';
import { ENGLISH } from '../lib/scripture/languages/en.ts';
import type { ScriptureLanguage } from '../lib/scripture/languages/types.ts';
import { KJV, type VerseSource } from '../lib/scripture/verse-source.ts';

export type ScriptureLinksOptions = {
  /** Most verses shown in a tooltip; more are cut with "…". Default 4. */
  maxVerses?: number;
  /** Tooltip ids are `<idPrefix><n>`, n = 1, 2… in document order. Default `scripture-ref-`. */
  idPrefix?: string;
  /** The language references are found and linked in (the edition's; src/lib/editions/edition.ts). Default English. */
  language?: ScriptureLanguage;
  /**
   * The verse text of the previews. Default the KJV. A source of kind `none` (German has no text
   * yet) makes every reference a plain link to the index: never another language's text.
   */
  verses?: VerseSource;
  /** The address of a site route in the edition (`/bibel/x/` → `/de/bibel/x/`). Default: the route itself. */
  path?: (route: string) => string;
};

/** What one run of the plugin writes references with. */
type Edition = { language: ScriptureLanguage; verses: VerseSource; path: (route: string) => string; find: ReferenceFinder };

type Element = Extract<HastNode, { type: 'element' }>;
type Text = Extract<HastNode, { type: 'text' }>;

/** Not prose: no links and no context. */
const IGNORED = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea', 'template', 'svg', 'math']);
/** Prose that must not get a link inside it, but names books and chapters all the same. */
const NO_LINK = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'select', 'option', 'title']);
const RAW_OPEN = /<(a|code|pre|kbd|samp|h[1-6]|button)(?=[\s>/])/gi;
const RAW_CLOSE = /<\/(a|code|pre|kbd|samp|h[1-6]|button)\s*>/gi;

/** The plugin entry for `satteri({ hastPlugins: [scriptureLinks()] })`; state is per document. */
export default function scriptureLinks(options: ScriptureLinksOptions = {}): HastPluginEntry {
  const maxVerses = options.maxVerses ?? 4;
  const idPrefix = options.idPrefix ?? 'scripture-ref-';
  const language = options.language ?? ENGLISH;
  const edition: Edition = {
    language,
    verses: options.verses ?? KJV,
    path: options.path ?? ((route) => route),
    find: language === ENGLISH ? findReferencesInText : createReferenceFinder(language),
  };
  // A factory: Sätteri calls it once per compiled document, so ids and context start afresh.
  return () => {
    let count = 0;
    let context: ReferenceContext = {};
    let printed: Printed[] | undefined;
    // Tooltip id of the first preview of each set of passages (keys joined by a space).
    const previews = new Map<string, string>();
    // Raw HTML before a text node can open a link around it; the walk is in document order, so until a
    // raw node is seen no text has one before it, and its siblings need not be read (reading them builds
    // every sibling's JS object, per text node: the plugin's largest cost in content sync).
    let sawRaw = false;
    return defineHastPlugin({
      name: 'scripture-links',
      raw() {
        sawRaw = true;
      },
      text(node, ctx) {
        if (isBiography(ctx.fileURL)) return;
        // Every reference and every book name has a digit or a capital letter (German: Ä, Ö, Ü too).
        if (!/[A-Z\d\u00C4\u00D6\u00DC]/.test(node.value)) return;
        const place = placeOf(node, ctx, sawRaw);
        if (place === 'ignored') return;
        const found = edition.find(node.value, context);
        context = found.context;
        if (place === 'no-link' || found.length === 0) return;
        const parts: HastNode[] = [];
        let at = 0;
        for (const reference of found) {
          if (reference.start > at) parts.push(text(node.value.slice(at, reference.start)));
          printed ??= printedPassages(ctx.data, edition.language);
          parts.push(referenceMarkup(reference, placeOfText(reference, printed, previews, edition.verses, () => `${idPrefix}${++count}`), maxVerses, edition));
          at = reference.end;
        }
        if (at < node.value.length) parts.push(text(node.value.slice(at)));
        ctx.replaceNode(node, parts);
      },
    });
  };
}

/**
 * An author's biography or a note on a person (content/authors/, content/people/): its references stay
 * text. The scripture index is built from articles, so a book a biography names may have no page to
 * link to (a German bio naming Daniel when no German article cites Daniel).
 */
export function isBiography(fileURL: URL | undefined): boolean {
  return fileURL !== undefined && /\/content\/(?:authors|people)\//.test(fileURL.pathname);
}

function placeOf(node: Text, ctx: HastVisitorContext, sawRaw: boolean): 'prose' | 'no-link' | 'ignored' {
  let place: 'prose' | 'no-link' = sawRaw && insideRawTag(node, ctx) ? 'no-link' : 'prose';
  for (let parent = ancestor(node, ctx); parent; parent = ancestor(parent, ctx)) {
    const name = parent.type === 'element' ? parent.tagName : 'name' in parent && typeof parent.name === 'string' ? parent.name : '';
    if (IGNORED.has(name)) return 'ignored';
    if (NO_LINK.has(name)) place = 'no-link';
  }
  return place;
}

function ancestor(node: HastNode, ctx: HastVisitorContext): HastNode | undefined {
  return ctx.parent(node) as HastNode | undefined;
}

/** Raw inline HTML in Markdown (`<a href="…">Luke 21</a>`) leaves the text between raw siblings. */
function insideRawTag(node: Text, ctx: HastVisitorContext): boolean {
  const parent = ctx.parent(node);
  const index = ctx.indexOf(node);
  if (!parent || index === undefined) return false;
  let open = 0;
  for (const sibling of parent.children.slice(0, index)) {
    if (sibling.type !== 'raw') continue;
    open += (sibling.value.match(RAW_OPEN)?.length ?? 0) - (sibling.value.match(RAW_CLOSE)?.length ?? 0);
  }
  return open > 0;
}

/** A frontmatter passage whose text "Scripture cited" prints, and the id it prints it under. */
interface Printed {
  span: VerseSpan;
  anchor: string;
}

/**
 * The frontmatter passages printed with their text (not whole books), from the frontmatter Astro passes
 * to plugins: raw strings for MDX, but the schema's validated items (`{ passages }`) for a Markdown
 * content entry, whose renderer is handed `entry.data`.
 */
function printedPassages(data: Readonly<Record<string, unknown>>, language: ScriptureLanguage): Printed[] {
  const frontmatter = (data['astro'] as { frontmatter?: { scripture?: unknown } } | undefined)?.frontmatter;
  const items: unknown[] = Array.isArray(frontmatter?.scripture) ? frontmatter.scripture : [];
  const out: Printed[] = [];
  for (const item of items) {
    for (const passage of passagesOf(item, language)) {
      if (!isWholeBook(passage)) out.push({ span: verseSpan(passage), anchor: citedPassageId(passage) });
    }
  }
  return out;
}

/** The passages of one `scripture` item, as written or as validated; none when invalid (validation reports it). */
function passagesOf(item: unknown, language: ScriptureLanguage): readonly Passage[] {
  if (typeof item === 'string') {
    const parsed = parseReferenceIn(language, item);
    return parsed.ok ? parsed.passages : [];
  }
  const validated = (item as { passages?: unknown } | null)?.passages;
  return Array.isArray(validated) ? (validated as Passage[]) : [];
}

/** Where a reference's text is: printed under "Scripture cited", previewed here (a new id), previewed earlier, or nowhere (a book). */
type TextPlace = { kind: 'book' } | { kind: 'cited'; anchor: string } | { kind: 'preview'; id: string } | { kind: 'previewed'; id: string };

function placeOfText(reference: FoundReference, printed: readonly Printed[], previews: Map<string, string>, verses: VerseSource, nextId: () => string): TextPlace {
  if (reference.passages.length === 0 || isWholeBook(reference.passages[0]!)) return { kind: 'book' };
  const containers = reference.passages.map((passage) => {
    const span = verseSpan(passage);
    return printed.find((p) => p.span.book === span.book && p.span.first <= span.first && span.last <= p.span.last);
  });
  if (containers.every((container) => container !== undefined)) return { kind: 'cited', anchor: containers[0]!.anchor };
  // Without a text in the edition's language there is nothing to preview: a plain link to the index.
  if (verses.kind === 'none') return { kind: 'book' };
  const key = reference.passages.map(passageKey).join(' ');
  const earlier = previews.get(key);
  if (earlier) return { kind: 'previewed', id: earlier };
  const id = nextId();
  previews.set(key, id);
  return { kind: 'preview', id };
}

function referenceMarkup(reference: FoundReference, place: TextPlace, maxVerses: number, edition: Edition): Element {
  const first = reference.passages[0];
  const href = edition.path(first ? passageRoute(edition.language, first) : `/${edition.language.indexSegment}/`);
  switch (place.kind) {
    case 'book':
      return element('a', { className: ['scripture-ref'], href }, [text(reference.text)]);
    case 'cited':
      return element('a', { className: ['scripture-ref'], href: `#${place.anchor}` }, [text(reference.text)]);
    case 'previewed':
      return element('a', { className: ['scripture-ref'], href, ariaDescribedBy: [place.id] }, [text(reference.text)]);
    case 'preview': {
      const link = element('a', { className: ['scripture-ref'], href, ariaDescribedBy: [place.id] }, [text(reference.text)]);
      const tip = element('span', { className: ['scripture-ref-tip'], id: place.id, role: 'tooltip', dataPagefindIgnore: '' }, [
        element('span', { className: ['scripture-ref-tip__title'] }, [text(`${reference.display} (${edition.verses.translation.abbreviation})`)]),
        text(' '),
        element('span', { className: ['scripture-ref-tip__text'] }, verseMarkup(reference, maxVerses, edition.verses)),
      ]);
      return element('span', { className: ['scripture-ref-group'] }, [link, tip]);
    }
  }
}

/** Up to `maxVerses` verses of all the passages, numbered, with "…" when cut. */
function verseMarkup(reference: FoundReference, maxVerses: number, source: VerseSource): HastNode[] {
  const verses: VerseText[] = [];
  let truncated = false;
  for (const passage of reference.passages) {
    const room = maxVerses - verses.length;
    if (room <= 0) {
      truncated = true;
      break;
    }
    const passageVerses = passageTextFrom(source, passage, { maxVerses: room });
    // placeOfText makes no preview without a text; a source without one is never read here.
    if ('kind' in passageVerses) break;
    verses.push(...passageVerses.verses);
    if (passageVerses.truncated) {
      truncated = true;
      break;
    }
  }
  const oneChapter = verses.every((verse) => verse.chapter === verses[0]?.chapter);
  const out: HastNode[] = [];
  verses.forEach((verse, index) => {
    if (index > 0) out.push(text(' '));
    out.push(element('sup', {}, [text(oneChapter ? `${verse.verse}` : `${verse.chapter}:${verse.verse}`)]), text(' '));
    for (const segment of verse.segments) {
      out.push(segment.supplied ? element('i', {}, [text(segment.text)]) : text(segment.text));
    }
  });
  if (truncated) out.push(text(' …'));
  return out;
}

function element(tagName: string, properties: Element['properties'], children: HastNode[]): Element {
  return { type: 'element', tagName, properties, children: children as Element['children'] };
}

function text(value: string): Text {
  return { type: 'text', value };
}
