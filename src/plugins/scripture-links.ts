/**
 * Sätteri hast plugin: links the scripture references in article prose (not in biographies) to their
 * verse in the scripture index (`/scripture/luke/21/#v7`) and gives each a verse box: the passage's
 * text in the edition's translation (or, without one, a note saying so), and a link to the chapter in
 * context. The box shows on hover and keyboard focus (CSS), and on a tap through the toggle
 * public/scripts/reading.js adds.
 *
 * A thin adapter: findReferencesInText (src/lib/scripture/find-in-text.ts) decides what is a
 * reference and src/lib/scripture/verse-preview.ts what a box shows; this file only walks the HTML
 * tree and writes the markup. A hast plugin rather than an mdast one because the output is HTML with
 * attributes (aria-describedby, id, data-pagefind-ignore), the walk follows the rendered order
 * (footnotes last, so box ids run in page order), and the skip rules read the elements that are
 * really there (links, code).
 *
 * Output for `(Luke 21:7-8)`, with no style attribute and no script (strict CSP), styled by
 * src/styles/scripture-ref.css:
 *
 *   (<span class="scripture-ref-group"><a class="scripture-ref" href="/scripture/luke/21/#v7"
 *   aria-describedby="scripture-ref-1">Luke 21:7-8</a><span class="scripture-ref-tip"
 *   id="scripture-ref-1" data-pagefind-ignore="" data-label="King James Version text of Luke 21:7–8">
 *   <span class="scripture-ref-tip__title">Luke 21:7–8 (KJV)</span> <span class="scripture-ref-tip__text">
 *   <sup>7</sup> <span data-verse="Luke.21.7">And they asked him…</span> <sup>8</sup>
 *   <span data-verse-from="Luke.21.8"></span></span> <a class="scripture-ref-tip__context"
 *   href="/scripture/luke/21/#v7">Read Luke 21 in context</a></span></span>)
 *
 * A page says each thing once: a verse's words are printed once per article page, under "Scripture
 * cited" (the frontmatter's passages, printed after the body) or in the first box that shows them;
 * any other box showing that verse has an empty `data-verse-from` slot that reading.js fills from the
 * printed copy (Luke 21:8 above). Without JavaScript such a box shows its title and link.
 *
 * A whole-book reference (`the book of Ezekiel`) is a plain `a.scripture-ref` to the book's page: it
 * has no verse to show. Skipped: code, pre, kbd, samp, script and style (not prose; they do not set
 * the context either); links (never nest links) and headings (the heading-ids plugin runs after this
 * one and would put the box's text into the heading's id and the table of contents), which still set
 * the context, so `## Luke 21` followed by `verse 12` works.
 */
import { defineHastPlugin, type HastNode, type HastPluginEntry, type HastVisitorContext } from 'satteri';
import { createReferenceFinder, findReferencesInText, type FoundReference, type ReferenceContext, type ReferenceFinder } from '../lib/scripture/find-in-text.ts';
import { formatPassageIn, isWholeBook, passageRoute } from '../lib/scripture/format.ts';
import { parseReferenceIn, type Passage } from '../lib/scripture/parse.ts';
import { READING_MAX_VERSES } from '../lib/archive/scripture-index.ts';
import { boxText, printedVerseKeys, referenceRoute, type BoxText } from '../lib/scripture/verse-preview.ts';
import { ENGLISH } from '../lib/scripture/languages/en.ts';
import type { ScriptureLanguage } from '../lib/scripture/languages/types.ts';
import { KJV, type VerseSource } from '../lib/scripture/verse-source.ts';
import { en } from '../lib/i18n/en.ts';
import type { Messages } from '../lib/i18n/index.ts';

/** The edition's words a verse box says. */
export type VerseBoxMessages = Pick<Messages, 'passage.tip-title' | 'passage.text-of' | 'passage.no-text' | 'passage.in-context' | 'passage.articles-on'>;

export type ScriptureLinksOptions = {
  /** Most verses shown in a box; more are cut with "…". Default 4. */
  maxVerses?: number;
  /** Box ids are `<idPrefix><n>`, n = 1, 2… in document order. Default `scripture-ref-`. */
  idPrefix?: string;
  /** The language references are found and linked in (the edition's; src/lib/editions/edition.ts). Default English. */
  language?: ScriptureLanguage;
  /**
   * The verse text of the boxes. Default the KJV. A source of kind `none` (German has no text yet)
   * gives every box the edition's note that the text is missing: never another language's text.
   */
  verses?: VerseSource;
  /** The edition's words (src/lib/i18n). Default English. */
  messages?: VerseBoxMessages;
  /** The address of a site route in the edition (`/bibel/x/` → `/de/bibel/x/`). Default: the route itself. */
  path?: (route: string) => string;
};

/** What one run of the plugin writes references with. */
type Edition = { language: ScriptureLanguage; verses: VerseSource; messages: VerseBoxMessages; path: (route: string) => string; find: ReferenceFinder; maxVerses: number };

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
  const idPrefix = options.idPrefix ?? 'scripture-ref-';
  const language = options.language ?? ENGLISH;
  const edition: Edition = {
    language,
    verses: options.verses ?? KJV,
    messages: options.messages ?? en,
    path: options.path ?? ((route) => route),
    find: language === ENGLISH ? findReferencesInText : createReferenceFinder(language),
    maxVerses: options.maxVerses ?? 4,
  };
  // A factory: Sätteri calls it once per compiled document, so ids and context start afresh.
  return () => {
    let count = 0;
    let context: ReferenceContext = {};
    // The verses whose words the page prints: "Scripture cited"'s, then each box's first showing.
    let printed: Set<string> | undefined;
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
          printed ??= printedVerseKeys(citedPassages(ctx.data, edition.language), edition.verses, READING_MAX_VERSES);
          parts.push(referenceMarkup(reference, edition, printed, () => `${idPrefix}${++count}`));
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

/**
 * The frontmatter's passages, whose text "Scripture cited" prints, from the frontmatter Astro passes to
 * plugins: raw strings for MDX, but the schema's validated items (`{ passages }`) for a Markdown content
 * entry, whose renderer is handed `entry.data`.
 */
function citedPassages(data: Readonly<Record<string, unknown>>, language: ScriptureLanguage): Passage[] {
  const frontmatter = (data['astro'] as { frontmatter?: { scripture?: unknown } } | undefined)?.frontmatter;
  const items: unknown[] = Array.isArray(frontmatter?.scripture) ? frontmatter.scripture : [];
  return items.flatMap((item) => passagesOf(item, language));
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

/** A link to the reference's verse, and its box; a whole book is a link to the book's page alone. */
function referenceMarkup(reference: FoundReference, edition: Edition, printed: Set<string>, nextId: () => string): Element {
  const { language, verses, messages: m } = edition;
  const first = reference.passages[0];
  if (!first || isWholeBook(first) || !first.start) {
    const href = edition.path(first ? passageRoute(language, first) : `/${language.indexSegment}/`);
    return element('a', { className: ['scripture-ref'], href }, [text(reference.text)]);
  }
  const box = boxText(reference.passages, verses, language, printed, edition.maxVerses);
  const href = edition.path(referenceRoute(language, first, box !== undefined));
  const chapter = formatPassageIn(language, { book: first.book, start: { chapter: first.start.chapter, verse: null }, end: { chapter: first.start.chapter, verse: null } });
  const id = nextId();
  const link = element('a', { className: ['scripture-ref'], href, ariaDescribedBy: [id] }, [text(reference.text)]);
  const tip = element('span', { className: ['scripture-ref-tip'], id, dataPagefindIgnore: '', dataLabel: m['passage.text-of'](verses.translation.name, reference.display) }, [
    element('span', { className: ['scripture-ref-tip__title'] }, [text(m['passage.tip-title'](reference.display, verses.translation.abbreviation))]),
    text(' '),
    box
      ? element('span', { className: ['scripture-ref-tip__text'] }, verseMarkup(box))
      : element('span', { className: ['scripture-ref-tip__text', 'scripture-ref-tip__note'] }, [text(m['passage.no-text'](verses.translation.name))]),
    text(' '),
    element('a', { className: ['scripture-ref-tip__context'], href }, [text(box ? m['passage.in-context'](chapter) : m['passage.articles-on'](chapter))]),
  ]);
  return element('span', { className: ['scripture-ref-group'] }, [link, tip]);
}

/** The box's verses, numbered, with "…" when cut: each verse's words, or a slot for words printed elsewhere. */
function verseMarkup(box: BoxText): HastNode[] {
  const out: HastNode[] = [];
  box.verses.forEach(({ key, label, verse, elsewhere }, index) => {
    if (index > 0) out.push(text(' '));
    out.push(element('sup', {}, [text(label)]), text(' '));
    const words = elsewhere ? [] : verse.segments.map((segment) => (segment.supplied ? element('i', {}, [text(segment.text)]) : text(segment.text)));
    out.push(element('span', elsewhere ? { dataVerseFrom: key } : { dataVerse: key }, words));
  });
  if (box.truncated) out.push(text(' …'));
  return out;
}

function element(tagName: string, properties: Element['properties'], children: HastNode[]): Element {
  return { type: 'element', tagName, properties, children: children as Element['children'] };
}

function text(value: string): Text {
  return { type: 'text', value };
}
