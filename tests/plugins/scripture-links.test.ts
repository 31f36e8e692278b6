/**
 * The scripture-links plugin inside the site's real Markdown pipeline: the `markdown.processor`
 * from astro.config.mjs (Sätteri with its hast plugins), called the way Astro calls it, once for
 * .md (createRenderer → HTML) and once for .mdx (createMdxRenderer → JS, evaluated below with a
 * minimal JSX-to-HTML runtime, since Astro's own runtime needs a whole build).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { scriptureItemSchema } from '../../src/schema/article.ts';

type Renderer = { render(content: string, options?: object): Promise<{ code: string; metadata: { headings: Array<{ slug: string; text: string }> } }> };
type MdxRenderer = { process(content: string, filePath: string, frontmatter: object): Promise<{ code: string }> };
type Processor = {
  name: string;
  createRenderer(shared: object): Promise<Renderer>;
  createMdxRenderer(shared: object, mdx: object): Promise<MdxRenderer>;
};

const { processor, ...shared } = config.markdown as unknown as { processor: Processor } & Record<string, unknown>;
let md: Renderer;
let mdx: MdxRenderer;

beforeAll(async () => {
  md = await processor.createRenderer(shared);
  mdx = await processor.createMdxRenderer(shared, { optimize: false, srcDir: new URL('../../src/', import.meta.url) });
});

async function html(markdown: string): Promise<string> {
  return (await md.render(markdown, { frontmatter: {} })).code;
}

const links = (out: string): string[] => [...out.matchAll(/<a class="scripture-ref" href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => `${m[2]} → ${m[1]}`);
const ids = (out: string): string[] => [...out.matchAll(/ id="(scripture-ref-\d+)"/g)].map((m) => m[1] ?? '');
const describedBy = (out: string): string[] => [...out.matchAll(/aria-describedby="(scripture-ref-\d+)"/g)].map((m) => m[1] ?? '');

describe('scripture links in Markdown', () => {
  it('is the processor the site uses', () => {
    expect(processor.name).toBe('satteri');
    expect(shared['syntaxHighlight']).toBe(false);
  });

  it('turns a reference into a link to its verse with an accessible verse box and a link to the chapter in context', async () => {
    const out = await html('As Jesus warned (Luke 21:7-8).');
    expect(out).toBe(
      '<p>As Jesus warned (<span class="scripture-ref-group">' +
        '<a class="scripture-ref" href="/scripture/luke/21/#v7" aria-describedby="scripture-ref-1">Luke 21:7-8</a>' +
        '<span class="scripture-ref-tip" id="scripture-ref-1" data-pagefind-ignore="" data-label="King James Version text of Luke 21:7–8">' +
        '<span class="scripture-ref-tip__title">Luke 21:7–8 (KJV)</span> <span class="scripture-ref-tip__text">' +
        '<sup>7</sup> <span data-verse="Luke.21.7">And they asked him, saying, Master, but when shall these things be? and what sign <i>will there be</i> when these things shall come to pass?</span> ' +
        '<sup>8</sup> <span data-verse="Luke.21.8">And he said, Take heed that ye be not deceived: for many shall come in my name, saying, I am <i>Christ</i>; and the time draweth near: go ye not therefore after them.</span>' +
        '</span> <a class="scripture-ref-tip__context" href="/scripture/luke/21/#v7">Read Luke 21 in context</a></span></span>).</p>\n',
    );
  });

  it('numbers tooltips in document order, footnotes last, and starts again in every document', async () => {
    const source = [
      'Daniel 9:27 first[^1], then Matthew 24:36.',
      '',
      '- in a list: Revelation 13:16-17',
      '',
      '> in a quotation: 1 Thess. 5:3',
      '',
      '[^1]: A note on Jeremiah 6:14.',
    ].join('\n');
    const out = await html(source);
    expect(links(out)).toEqual([
      'Daniel 9:27 → /scripture/daniel/9/#v27',
      'Matthew 24:36 → /scripture/matthew/24/#v36',
      'Revelation 13:16-17 → /scripture/revelation/13/#v16',
      '1 Thess. 5:3 → /scripture/1-thessalonians/5/#v3',
      'Jeremiah 6:14 → /scripture/jeremiah/6/#v14',
    ]);
    const expected = ['scripture-ref-1', 'scripture-ref-2', 'scripture-ref-3', 'scripture-ref-4', 'scripture-ref-5'];
    expect(ids(out)).toEqual(expected);
    expect(describedBy(out)).toEqual(expected);
    expect(ids(await html('Again Luke 21:9.'))).toEqual(['scripture-ref-1']);
  });

  it('shows at most four verses, then "…"', async () => {
    const out = await html('The whole of Matthew 24 and Revelation 13:1-18; 17:3.');
    const tips = [...out.matchAll(/<span class="scripture-ref-tip__text">(.*?)<\/span> <a class="scripture-ref-tip__context"/g)].map((m) => m[1] ?? '');
    expect(tips).toHaveLength(2);
    for (const tip of tips) {
      expect(tip.match(/<sup>/g)).toHaveLength(4);
      expect(tip.endsWith(' …')).toBe(true);
    }
    expect(out).toContain('<span class="scripture-ref-tip__title">Revelation 13:1–18; 17:3 (KJV)</span>');
  });

  it('links a whole book to its page without a box (it has no verse to show)', async () => {
    const out = await html('Read the book of Ezekiel, then Ezekiel 38:1-9.');
    expect(out).toContain('the book of <a class="scripture-ref" href="/scripture/ezekiel/">Ezekiel</a>, then');
    expect(links(out)).toEqual(['Ezekiel → /scripture/ezekiel/', 'Ezekiel 38:1-9 → /scripture/ezekiel/38/#v1']);
    expect(ids(out)).toEqual(['scripture-ref-1']);
  });

  it('resolves verses and chapters against the last named chapter, across paragraphs', async () => {
    const out = await html('In Luke 21 the disciples ask about the temple.\n\nJesus answers (verses 6-7), then (v. 8) and vv. 9–11.\n\nMatthew tells it too. In chapter 24 he adds more.');
    expect(links(out)).toEqual([
      // A whole chapter links to the chapter, a verse to its anchor there.
      'Luke 21 → /scripture/luke/21/',
      'verses 6-7 → /scripture/luke/21/#v6',
      'v. 8 → /scripture/luke/21/#v8',
      'vv. 9–11 → /scripture/luke/21/#v9',
      'chapter 24 → /scripture/matthew/24/',
    ]);
    expect(out).toContain('<span class="scripture-ref-tip__title">Luke 21:9–11 (KJV)</span>');
  });

  it('makes no links for names and words that are not references', async () => {
    const out = await html(
      'Mark Rutte said the alliance would hold. Daniel Okafor said he had found a new job. ' +
        'Job losses rose 3 percent; the Acts passed in 2024; numbers 1 to 5; John 3 people; at 2:30 it was 3-1. ' +
        'Phil 4 said it was a revelation to many. The firm filed for Chapter 11 bankruptcy under Title 42.',
    );
    expect(out).not.toContain('scripture-ref');
    expect(out).not.toContain('<a');
  });

  it('never nests links and leaves code alone', async () => {
    const source = [
      'See [the sermon on Luke 21:7](https://example.com/sermon) and <https://example.com/Luke-21>.',
      '',
      'Type `Luke 21:7` to search.',
      '',
      '```',
      'Matthew 24:36',
      '```',
      '',
      'Raw <a href="/elsewhere">Daniel 9:27</a> stays, Daniel 9:26 is linked.',
    ].join('\n');
    const out = await html(source);
    expect(out).toContain('<a href="https://example.com/sermon">the sermon on Luke 21:7</a>');
    expect(out).toContain('<code>Luke 21:7</code>');
    expect(out).toContain('<pre><code>Matthew 24:36\n</code></pre>');
    expect(out).toContain('<a href="/elsewhere">Daniel 9:27</a>');
    expect(links(out)).toEqual(['Daniel 9:26 → /scripture/daniel/9/#v26']);
    // No <a> opens before the previous one closed.
    expect(out).not.toMatch(/<a\b(?:(?!<\/a>).)*<a\b/s);
  });

  it('keeps headings plain but lets them set the context', async () => {
    const result = await md.render('## Luke 21\n\nHe said (verse 8) to them.', { frontmatter: {} });
    expect(result.code).toContain('<h2 id="luke-21">Luke 21</h2>');
    expect(result.metadata.headings).toEqual([{ depth: 2, slug: 'luke-21', text: 'Luke 21' }]);
    expect(links(result.code)).toEqual(['verse 8 → /scripture/luke/21/#v8']);
  });

  it('prints a verse\'s words once: a later box shows a verse printed earlier through a slot', async () => {
    const out = await html('First Luke 21:7-8, then again Luke 21:7-8, and Luke 21:8-9.');
    // Every reference has its own box (and title and link), so a tap opens it in place.
    expect(ids(out)).toEqual(['scripture-ref-1', 'scripture-ref-2', 'scripture-ref-3']);
    expect(describedBy(out)).toEqual(['scripture-ref-1', 'scripture-ref-2', 'scripture-ref-3']);
    expect(out.split('And they asked him')).toHaveLength(2);
    expect(out.split('Take heed that ye be not deceived')).toHaveLength(2);
    expect(out.split('But when ye shall hear of wars')).toHaveLength(2);
    expect([...out.matchAll(/data-verse="([^"]+)"/g)].map((m) => m[1])).toEqual(['Luke.21.7', 'Luke.21.8', 'Luke.21.9']);
    expect([...out.matchAll(/data-verse-from="([^"]+)"/g)].map((m) => m[1])).toEqual(['Luke.21.7', 'Luke.21.8', 'Luke.21.8']);
    expect(out).toContain('<sup>8</sup> <span data-verse-from="Luke.21.8"></span> <sup>9</sup> <span data-verse="Luke.21.9">But when');
  });

  it('previews a passage printed under "Scripture cited" in place, with slots for the words printed there', async () => {
    const frontmatter = { scripture: ['Luke 21:7-8', 'Matthew 24', 'Ezekiel', 'not a reference'] };
    const out = (await md.render('As Jesus warned (Luke 21:7-8), see verse 8, then Matthew 24:6 and Mark 13:7 and Ezekiel 38:2.', { frontmatter })).code;
    expect(links(out)).toEqual([
      'Luke 21:7-8 → /scripture/luke/21/#v7',
      'verse 8 → /scripture/luke/21/#v8',
      'Matthew 24:6 → /scripture/matthew/24/#v6',
      'Mark 13:7 → /scripture/mark/13/#v7',
      'Ezekiel 38:2 → /scripture/ezekiel/38/#v2',
    ]);
    expect(ids(out)).toEqual(['scripture-ref-1', 'scripture-ref-2', 'scripture-ref-3', 'scripture-ref-4', 'scripture-ref-5']);
    // "Scripture cited" prints Luke 21:7-8 and Matthew 24 (not the whole book of Ezekiel): their words are not repeated here.
    expect(out).not.toContain('And they asked him');
    expect([...out.matchAll(/data-verse-from="([^"]+)"/g)].map((m) => m[1])).toEqual(['Luke.21.7', 'Luke.21.8', 'Luke.21.8', 'Matt.24.6']);
    expect([...out.matchAll(/data-verse="([^"]+)"/g)].map((m) => m[1])).toEqual(['Mark.13.7', 'Ezek.38.2']);
    expect(out).toContain('<span class="scripture-ref-tip__title">Mark 13:7 (KJV)</span>');
  });

  it('reads the validated frontmatter a Markdown content entry is rendered with, as well as the strings MDX gets', async () => {
    // Astro renders a .md entry with `entry.data`: each scripture item already parsed by the schema.
    const frontmatter = { scripture: ['Luke 21:7-8', 'Ezekiel'].map((reference) => scriptureItemSchema.parse(reference)) };
    const out = (await md.render('As Jesus warned (Luke 21:7-8), and Mark 13:7, then Mark 13:7 again.', { frontmatter })).code;
    expect(links(out)).toEqual(['Luke 21:7-8 → /scripture/luke/21/#v7', 'Mark 13:7 → /scripture/mark/13/#v7', 'Mark 13:7 → /scripture/mark/13/#v7']);
    expect([...out.matchAll(/data-verse-from="([^"]+)"/g)].map((m) => m[1])).toEqual(['Luke.21.7', 'Luke.21.8', 'Mark.13.7']);
    expect([...out.matchAll(/data-verse="([^"]+)"/g)].map((m) => m[1])).toEqual(['Mark.13.7']);
  });

  it('writes no style attribute and no script', async () => {
    const out = await html('Luke 21:7-8, Matthew 24 and the book of Daniel.');
    expect(out).not.toMatch(/\sstyle=|<script|\son\w+=/i);
  });
});

describe('scripture links in MDX', () => {
  it('runs in the MDX pipeline too, inside components as well', async () => {
    const source = [
      "import Callout from '../components/Callout.astro';",
      '',
      'As Jesus warned (Luke 21:7-8), and Mark Rutte did not.',
      '',
      '<Callout title="Note">Compare Mark 13:7.</Callout>',
      '',
      '`Luke 21:9` is code.',
    ].join('\n');
    const { code } = await mdx.process(source, new URL('../../content/articles/test.mdx', import.meta.url).pathname, {});
    const out = renderMdx(code);
    expect(links(out)).toEqual(['Luke 21:7-8 → /scripture/luke/21/#v7', 'Mark 13:7 → /scripture/mark/13/#v7']);
    expect(ids(out)).toEqual(['scripture-ref-1', 'scripture-ref-2']);
    expect(describedBy(out)).toEqual(['scripture-ref-1', 'scripture-ref-2']);
    expect(out).toContain('<span class="scripture-ref-tip" id="scripture-ref-2" data-pagefind-ignore="" data-label="King James Version text of Mark 13:7">');
    expect(out).toContain('<div data-component="Callout">Compare <span class="scripture-ref-group">');
    expect(out).toContain('<code>Luke 21:9</code>');
  });
});

// --- A minimal JSX runtime that renders the compiled MDX module to an HTML string ---------------

type Props = { children?: unknown } & Record<string, unknown>;
/** Markup already rendered, as opposed to a text child that must be escaped. */
class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
}
const FRAGMENT = Symbol('Fragment');
const escapeHtml = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function children(value: unknown): string {
  if (value === undefined || value === null || value === false) return '';
  if (Array.isArray(value)) return value.map(children).join('');
  if (value instanceof Html) return value.value;
  return escapeHtml(String(value));
}

function jsx(type: unknown, props: Props): Html {
  if (typeof type === 'function') return (type as (props: Props) => Html)(props);
  const content = children(props.children);
  if (type === FRAGMENT) return new Html(content);
  const attributes = Object.entries(props)
    .filter(([name]) => name !== 'children')
    .map(([name, value]) => ` ${name}="${escapeHtml(Array.isArray(value) ? value.join(' ') : String(value))}"`)
    .join('');
  return new Html(`<${String(type)}${attributes}>${content}</${String(type)}>`);
}

function renderMdx(code: string): string {
  const body = code
    .replace(/^import \{[^}]*\} from "astro\/jsx-runtime";$/m, 'const { Fragment: _Fragment, jsx: _jsx, jsxs: _jsxs } = runtime;')
    .replace(/^import (\w+) from "[^"]+";$/gm, (_, name: string) => `const ${name} = (props) => runtime.jsx('div', { 'data-component': '${name}', children: props.children });`)
    .replace(/^export (const|function) /gm, '$1 ');
  expect(body).not.toMatch(/^\s*(import|export)\s/m);
  const component = new Function('runtime', `${body}\nreturn MDXContent;`)({ Fragment: FRAGMENT, jsx, jsxs: jsx }) as (props: object) => Html;
  return component({}).value;
}
