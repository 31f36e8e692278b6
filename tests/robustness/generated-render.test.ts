// Rendering any string as a title, kicker, summary, source, topic, quote, speaker or role never
// yields an element or attribute the template does not have, and the page shows exactly the text
// written. One build of 30 articles whose text fields fast-check generates (seeded, printed),
// next to a benign twin article: every generated page's element shapes must occur on the twin's
// page, and the parsed text of each field must equal the field.
//
// Why a build and not Astro's container API: rendering components in vitest needs the whole Vite
// config (getViteConfig) and still skips the layouts, the CSP and Pagefind; the build renders the
// real pages exactly as they ship, and an HTML parser reads them back. The escaping primitives
// themselves (JSON-LD, Markdown bodies) are property-tested with 1,000 runs each in
// the property tests beside the unit tests (tests/unit/<folder>/*.property.test.ts).
import fc from 'fast-check';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToHast } from 'satteri';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, REPO, type BuildResult } from '../support/build-site.ts';
import { BIDI_CONTROL, invisibleIn, UNPRINTABLE } from '../../src/schema/fields.ts';
import { checkProject } from '../../src/lib/validation/check-project.ts';
import { quoted } from '../../src/lib/text/quoted.ts';
import { typographicQuotes } from '../../src/lib/typography/smart-quotes.ts';
import { htmlFiles, injectedMarkup, markupShapes, textOf, type HastNode } from './built-output.ts';

const seed = Number(process.env['FC_SEED'] ?? Date.now() % 2_147_483_647);
console.log(`generated render: FC_SEED=${seed}`);
const COUNT = 30;

const PAYLOADS = [
  '"><img src=x onerror=alert(1)>', '</script><script>alert(1)</script>', "'><svg/onload=alert(1)>", '<iframe src=javascript:alert(1)>',
  '{x}', '${x}', '{{x}}', '<!--', '-->', ']]>', '&amp;', '&lt;b&gt;', '&#x3C;script&#x3E;', 'javascript:alert(1)', '\u2028', '\u2029', '\uFEFF',
  '<style>*{}</style>', '`', '*', '_', '[x](javascript:alert(1))', '\\', '"', "'", '<', '>', '&', 'שלום', 'سلام', '🕊️', '👨‍👩‍👧', '\u202E',
];
// Printable single-line text: what the schema accepts (no control characters, no unpaired surrogates).
// What the schema refuses (tested on their own in tests/unit/schema/schema.test.ts and the hostile cases).
// Line breaks and tabs are left out too: a page shows them as spaces, so the text would not compare.
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/;
const refused = (value: string): boolean => CONTROLS.test(value) || UNPRINTABLE.test(value) || BIDI_CONTROL.test(value) || invisibleIn(value) !== undefined;
const piece = fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary-ascii', maxLength: 8 }));
function field(max: number): fc.Arbitrary<string> {
  return fc
    .array(piece, { minLength: 1, maxLength: 8 })
    .map((parts) => `${parts.join('')} w`.slice(-max))
    .filter((value) => !refused(value) && /[\p{L}\p{N}]/u.test(value) && value.trim().length > 0);
}
const generated: fc.Arbitrary<Generated> = fc.record({
  title: field(200),
  kicker: field(60),
  summary: field(300),
  source: field(150),
  section: field(120),
  topic: field(70),
  quote: field(300),
  speaker: field(160),
  role: field(200),
});
interface Generated {
  title: string;
  kicker: string;
  summary: string;
  source: string;
  section: string;
  topic: string;
  quote: string;
  speaker: string;
  role: string;
}

/** Backslash-escapes every ASCII punctuation character, so the body shows the text literally. */
function markdownLiteral(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, (ch) => `\\${ch}`);
}

function articleFile(fields: Generated, date: string): string {
  const frontmatter = {
    title: fields.title,
    kicker: fields.kicker,
    date,
    author: 'ada-author',
    summary: fields.summary,
    source: { name: `Wire ${fields.source}`, url: 'https://example.org/story', section: fields.section },
    topics: ['Probe', `Topic ${fields.topic}`],
    quotes: [{ text: fields.quote, speaker: fields.speaker, role: fields.role, url: 'https://example.org/quote' }],
  };
  // lineWidth 0: the yaml package folds long double-quoted lines with an escaped line break, and
  // can fold between the two halves of an astral character, which UTF-8 cannot store.
  const yaml = stringify(frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return `---\n${yaml}---\n\nSomeone said “${markdownLiteral(fields.quote)}” on the day.\n`;
}

const TWIN: Generated = {
  title: 'A Benign Twin',
  kicker: 'Region',
  summary: 'A plain summary.',
  source: 'Twin',
  section: 'World',
  topic: 'Twin',
  quote: 'The twin words',
  speaker: 'A Speaker',
  role: 'A role',
};

function findAll(html: string, match: (node: HastNode) => boolean): HastNode[] {
  const out: HastNode[] = [];
  const stack: HastNode[] = [htmlToHast(html) as unknown as HastNode];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'element' && match(node)) out.push(node);
    for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) stack.push(node.children![i]!);
  }
  return out.reverse();
}

const hasClass = (name: string) => (node: HastNode) => Array.isArray(node.properties?.['className']) && (node.properties!['className'] as string[]).includes(name);

const samples = fc.sample(generated, { numRuns: COUNT, seed });
let build: BuildResult;

beforeAll(async () => {
  const layer = join(REPO, 'tests/.tmp/generated-render-src');
  rmSync(layer, { recursive: true, force: true });
  mkdirSync(join(layer, 'content/articles'), { recursive: true });
  samples.forEach((fields, index) => {
    writeFileSync(join(layer, 'content/articles', `generated-${index + 1}.md`), articleFile(fields, `2025-01-${String(index + 1).padStart(2, '0')}`));
  });
  // Dated among them, so that its page has the same neighbours and lists as theirs.
  writeFileSync(join(layer, 'content/articles/benign-twin.md'), articleFile(TWIN, '2025-01-14'));
  build = await buildSite('generated-render', ['base', '../.tmp/generated-render-src']);
}, 300_000);

describe(`${COUNT} articles with generated hostile text (seed ${seed})`, () => {
  it('all pass validation and build', () => {
    const problems = checkProject(build.root).problems.filter((p) => p.severity === 'error');
    expect(problems, JSON.stringify(problems, null, 1)).toEqual([]);
    expect(build.code, build.output).toBe(0);
  });

  it('each page has only element shapes its benign twin has, and shows each field as written', () => {
    const twin = readFileSync(join(build.dist, 'articles/benign-twin/index.html'), 'utf8');
    const allowed = markupShapes(twin);
    samples.forEach((fields, index) => {
      const id = `generated-${index + 1}`;
      const html = readFileSync(join(build.dist, `articles/${id}/index.html`), 'utf8');
      const extra = [...markupShapes(html)].filter((shape) => !allowed.has(shape));
      expect(extra, `${id} (${JSON.stringify(fields)})`).toEqual([]);
      expect(injectedMarkup(html), id).toEqual([]);
      const shown = (cls: string) => findAll(html, hasClass(cls)).map(textOf);
      // Titles, summaries and quotes print with typographic quotes (src/lib/typography), nothing else changed.
      const typeset = (text: string) => typographicQuotes(text.trim().normalize('NFC'), 'en');
      expect(shown('article__title'), id).toEqual([typeset(fields.title)]);
      expect(shown('kicker'), id).toEqual([fields.kicker.trim().normalize('NFC')]);
      expect(shown('quote__speaker'), id).toEqual([fields.speaker.trim().normalize('NFC')]);
      expect(shown('quote__role'), id).toEqual([fields.role.trim().normalize('NFC')]);
      const quote = findAll(html, (node) => node.tagName === 'blockquote').map(textOf);
      // Printed inside quotation marks (src/lib/text/quoted.ts), never doubled.
      expect(quote, id).toContain(quoted(typeset(fields.quote)));
      const head = findAll(html, (node) => node.tagName === 'title').map(textOf);
      expect(head[0]?.startsWith(typeset(fields.title)), `${id} <title> ${head[0]}`).toBe(true);
      const description = findAll(html, (node) => node.tagName === 'meta' && node.properties?.['name'] === 'description');
      expect(description[0]?.properties?.['content'], id).toBe(typeset(fields.summary));
    });
  });

  it('no page of the site carries injected markup', () => {
    const pages = htmlFiles(build.dist);
    expect(pages.length).toBeGreaterThan(COUNT * 2);
    for (const page of pages) {
      const html = readFileSync(join(build.dist, page), 'utf8');
      expect(injectedMarkup(html), page).toEqual([]);
    }
  });
});
