// Every rule on its own: a valid input it accepts, and an invalid one it reports with its id, file,
// line, field and its documented example message (so the examples in docs/validation-rules.md are real output).
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/lib/validation/check-project.ts';
import { RULES } from '../../../src/lib/validation/rules/index.ts';
import { pngBytes } from '../../support/pictures.ts';

const TMP = resolve(import.meta.dirname, '../../.tmp/validation-rules');

type Files = Record<string, string | Buffer | { linkTo: string }>;

const AUTHOR = '---\nname: Ada Author\n---\nAda writes about treaties.\n';
/** An article: fields after `source` start on line 6, the body on the line after the closing ---. */
const article = (extra = '', body = 'The minister said the talks would resume on Monday.\n') =>
  `---\ntitle: A Treaty Signed in Haste\ndate: 2025-03-10\nauthor: ada-author\nsource: Example Wire\n${extra}---\n${body}`;
const site = (files: Files): Files => ({ 'content/authors/ada-author.md': AUTHOR, 'content/articles/base.md': article(), ...files });

interface Case {
  valid: Files;
  invalid: Files;
  /** Where the invalid input's problem is reported. */
  at: { file: string; line?: number; field: string };
}

const A = 'content/articles/a.md';
const MDX = 'content/articles/a.mdx';
const B = 'content/articles/b.md';

const CASES: Record<string, Case> = {
  'file-layout': {
    valid: site({ 'content/articles/photo.png': 'png' }),
    invalid: site({ 'content/articles/link.md': { linkTo: 'base.md' } }),
    at: { file: 'content/articles/link.md', field: '(file)' },
  },
  'file-size': {
    valid: site({ [A]: article('', `${'Long text. '.repeat(100_000)}\n`) }),
    invalid: site({ [A]: Buffer.alloc(9_000_000, 'a') }),
    at: { file: A, field: '(file)' },
  },
  'file-encoding': {
    valid: site({ [A]: article().replace('Haste', 'Café') }),
    invalid: site({ [A]: Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]) }),
    at: { file: A, line: 2, field: '(file)' },
  },
  'frontmatter-syntax': {
    valid: site({}),
    invalid: site({ [A]: article('title: Again\n') }),
    at: { file: A, line: 6, field: '(frontmatter)' },
  },
  'frontmatter-schema': {
    valid: site({}),
    invalid: site({ [A]: article().replace('source: Example Wire\n', '') }),
    at: { file: A, line: 2, field: 'source' },
  },
  'unknown-field': {
    valid: site({ [A]: article('draft: true\n') }),
    invalid: site({ [A]: article('draf: true\n') }),
    at: { file: A, line: 6, field: 'draf' },
  },
  'calendar-date': {
    valid: site({ [A]: article().replace('2025-03-10', '2024-02-29') }),
    invalid: site({ [A]: article().replace('2025-03-10', '2023-02-30') }),
    at: { file: A, line: 3, field: 'date' },
  },
  'text-characters': {
    valid: site({ [A]: article('topics: [Russia, "👨‍👩‍👧 Families"]\n') }),
    invalid: site({ [A]: article('topics: ["Rus\\u200bsia"]\n') }),
    at: { file: A, line: 6, field: 'topics[0]' },
  },
  'url-format': {
    valid: site({ [A]: article().replace('source: Example Wire', 'source: { name: Example Wire, url: "https://example.org/story?id=1#top" }') }),
    invalid: site({ [A]: article().replace('source: Example Wire', 'source: { name: Example Wire, url: "https://editor:hunter2@example.org/story" }') }),
    at: { file: A, line: 5, field: 'source.url' },
  },
  'date-future': {
    valid: site({ [A]: article().replace('2025-03-10', '2026-01-02') }),
    invalid: site({ [A]: article().replace('2025-03-10', '9999-12-31') }),
    at: { file: A, line: 3, field: 'date' },
  },
  'scripture-reference': {
    valid: site({ [A]: article('scripture: [Luke 24:1]\n') }),
    invalid: site({ [A]: article('scripture: [Luke 21:7, Luke 25:1]\n') }),
    at: { file: A, line: 6, field: 'scripture[1]' },
  },
  'topic-clash': {
    valid: site({ [A]: article('topics: [North Korea, South Korea]\n') }),
    invalid: site({ [A]: article('topics:\n  - North Korea\n  - north-korea\n') }),
    at: { file: A, line: 8, field: 'topics[1]' },
  },
  'duplicate-scripture': {
    valid: site({ [A]: article('scripture: [Luke 21:7-8, Luke 21:9]\n', 'Luke 21:7-8 and Luke 21:9.\n') }),
    invalid: site({ [A]: article('scripture:\n  - Luke 21:7-8\n  - Luke 21:7–8\n', 'Luke 21:7-8.\n') }),
    at: { file: A, line: 8, field: 'scripture[1]' },
  },
  'corrections-dates': {
    valid: site({ [A]: article('updated: 2025-03-12\ncorrections:\n  - date: 2025-03-12\n    text: An earlier version named the wrong envoy.\n') }),
    invalid: site({ [A]: article('updated: 2025-03-11\ncorrections:\n  - date: 2025-03-12\n    text: An earlier version named the wrong envoy.\n') }),
    at: { file: A, line: 6, field: 'updated' },
  },
  'updates-dates': {
    valid: site({ [A]: article('updates:\n  - date: 2025-03-12\n    text: Added the envoy\'s statement after the talks.\n') }),
    invalid: site({ [A]: article('updated: 2025-03-11\nupdates:\n  - date: 2025-03-12\n    text: Added the envoy\'s statement after the talks.\n') }),
    at: { file: A, line: 6, field: 'updated' },
  },
  'dates-order': {
    valid: site({ [A]: article('updated: 2025-03-10\n') }),
    invalid: site({ [A]: article('updated: 2025-03-01\n') }),
    at: { file: A, line: 6, field: 'updated' },
  },
  'unquoted-date': {
    valid: site({ [A]: article('summary: "2025-03-10"\n') }),
    invalid: site({ [A]: article('summary: 2025-03-10\n') }),
    at: { file: A, line: 6, field: 'summary' },
  },
  'body-limits': {
    valid: site({ [A]: article('', `${'> '.repeat(90)}deep\n`) }),
    invalid: site({ [A]: article('', `${'> '.repeat(150)}deep\n`) }),
    at: { file: A, line: 7, field: '(body)' },
  },
  'body-control-chars': {
    valid: site({ [A]: article('', 'Tabs\tare fine.\n') }),
    invalid: site({ [A]: article('', 'First line.\nA bell\u0007 rings.\n') }),
    at: { file: A, line: 8, field: '(body)' },
  },
  'quote-in-body': {
    valid: site({ [A]: article('quotes:\n  - text: "the talks would resume"\n    speaker: A. Minister\n') }),
    invalid: site({ [A]: article('quotes:\n  - text: "the talks are over"\n    speaker: A. Minister\n') }),
    at: { file: A, line: 7, field: 'quotes[0].text' },
  },
  'body-raw-html': {
    valid: site({ [A]: article('', 'Text.\n\n<!-- an editor note -->\n') }),
    invalid: site({ [A]: article('', 'Text.\n\n<script>alert(1)</script>\n') }),
    at: { file: A, line: 9, field: '(body)' },
  },
  'link-scheme': {
    valid: site({ [A]: article('', '[the wire](https://example.org/story) and [mail](mailto:a@example.org).\n') }),
    invalid: site({ [A]: article('', '[click](javascript:alert(1))\n') }),
    at: { file: A, line: 7, field: '(body)' },
  },
  'remote-images': {
    valid: site({ [A]: article('', '![a chart](./chart.png) and [a link](https://img.example/p.gif)\n'), 'content/articles/chart.png': 'png' }),
    invalid: site({ [A]: article('', '![x](https://img.example/p.gif)\n') }),
    at: { file: A, line: 7, field: '(body)' },
  },
  'image-alt': {
    valid: site({ [A]: article('', 'Intro.\n\n![Flood gates at low tide](./gates.jpg "The gates")\n'), 'content/articles/gates.jpg': 'jpg' }),
    invalid: site({ [A]: article('', 'Intro.\n\n![](./gates.jpg "The gates")\n'), 'content/articles/gates.jpg': 'jpg' }),
    at: { file: A, line: 9, field: '(body)' },
  },
  'heading-ids': {
    valid: site({ [A]: article('', '## Main points\n\nText.\n') }),
    invalid: site({ [A]: article('', 'Intro.\n\n## Main\n\nText.\n') }),
    at: { file: A, line: 9, field: '(body)' },
  },
  'mdx-env': {
    valid: site({ [MDX]: article('', 'The value: {1 + 1}, and "process" in a string: {"process"}.\n') }),
    invalid: site({ [MDX]: article('', 'Secret: {process.env.TOKEN}\n') }),
    at: { file: MDX, line: 7, field: '(body)' },
  },
  'mdx-imports': {
    valid: site({ [MDX]: article('', "import gates from './gates.jpg';\n\n<Figure src={gates} alt=\"Flood gates\" />\n"), 'content/articles/gates.jpg': 'jpg' }),
    invalid: site({ [MDX]: article('', "import Base from './base.md';\n\n<Base />\n") }),
    at: { file: MDX, line: 7, field: '(body)' },
  },
  'mdx-export': {
    valid: site({ [MDX]: article('', "import gates from './gates.jpg'; // the picture\n\n<Figure src={gates} alt=\"Flood gates\" />\n"), 'content/articles/gates.jpg': 'jpg' }),
    invalid: site({ [MDX]: article('', "export const seen = await fetch('https://tracker.example/ping');\n\nText.\n") }),
    at: { file: MDX, line: 7, field: '(body)' },
  },
  'mdx-expression': {
    valid: site({ [MDX]: article('', 'Literal values: {"text"}, {3}, {true} {/* a note */}.\n\n<Callout title={"Note"}>Shown.</Callout>\n') }),
    invalid: site({ [MDX]: article('', 'Intro.\n\nThe sum: {[].constructor.constructor("return 1")()}\n') }),
    at: { file: MDX, line: 9, field: '(body)' },
  },
  'html-element': {
    valid: site({ [MDX]: article('', 'A line<br />and the next.\n\n<Callout title="Note">Shown.</Callout>\n') }),
    invalid: site({ [MDX]: article('', 'Intro.\n\n<script>{"alert(1)"}</script>\n') }),
    at: { file: MDX, line: 9, field: '(body)' },
  },
  'html-attribute': {
    valid: site({ [A]: article('', 'A line<br>and the next.\n') }),
    invalid: site({ [A]: article('', 'A line<br onclick="alert(1)">and the next.\n') }),
    at: { file: A, line: 7, field: '(body)' },
  },
  'html-url': {
    valid: site({ [MDX]: article('', '<Callout title="javascript: a word in a title">Text.</Callout>\n') }),
    invalid: site({ [MDX]: article('', '<a href="java&#115;cript:alert(1)">click</a>\n') }),
    at: { file: MDX, line: 7, field: '(body)' },
  },
  'pagefind-attributes': {
    valid: site({ [MDX]: article('', '<Callout title="Search data">data-pagefind-filter is only text here.</Callout>\n') }),
    invalid: site({ [A]: article('', 'Intro.\n\n<div data-pagefind-filter="author:Someone Else">x</div>\n') }),
    at: { file: A, line: 9, field: '(body)' },
  },
  'mdx-syntax': {
    valid: site({ [MDX]: article('', 'Braces written as \\{ text \\}.\n') }),
    invalid: site({ [MDX]: article('', 'Text {oops\n') }),
    at: { file: MDX, line: 7, field: '(body)' },
  },
  'mdx-components': {
    valid: site({ [MDX]: article('', '<Callout title="Note">Shown.</Callout>\n') }),
    invalid: site({ [MDX]: article('', 'Intro.\n\n<Chart />\n') }),
    at: { file: MDX, line: 9, field: '(body)' },
  },
  'figure-src': {
    valid: site({ [MDX]: article('', "import gates from './gates.jpg';\n\n<Figure src={gates} alt=\"Flood gates\" />\n"), 'content/articles/gates.jpg': 'jpg' }),
    invalid: site({ [MDX]: article('', 'Intro.\n\n<Figure src="./gates.jpg" alt="Flood gates" />\n'), 'content/articles/gates.jpg': 'jpg' }),
    at: { file: MDX, line: 9, field: '(body)' },
  },
  'uncited-passages': {
    valid: site({ [A]: article('scripture: [Luke 21]\n', 'Wars are foretold (Luke 21:9).\n') }),
    invalid: site({ [A]: article('', 'Wars are foretold (Luke 21:9).\n') }),
    at: { file: A, field: 'scripture' },
  },
  'doubled-punctuation': {
    valid: site({ [A]: article('', 'Officials of the U.S., the E.U. and Acme Inc., he said... met.\n') }),
    invalid: site({ [A]: article('', 'Paragraph one.\n\nThe report of the Ministry of Security., 14 September 2023.\n') }),
    at: { file: A, line: 9, field: '(body)' },
  },
  'straight-quotes': {
    valid: site({ [A]: article('', 'It’s “final”, the minister said; `say "hi"` and <https://example.org/it\'s> stay.\n') }),
    invalid: site({ [A]: article('', 'The minister said it\'s "final".\n') }),
    at: { file: A, line: 7, field: '(body)' },
  },
  'unbalanced-quotes': {
    valid: site({ [A]: article('', '“One paragraph of a long quotation,\n\n“and the next one.” Done.\n') }),
    invalid: site({ [A]: article('', 'The minister said “the talks would resume on Monday.\n') }),
    at: { file: A, line: 7, field: '(body)' },
  },
  'trailing-promotion': {
    valid: site({ [A]: article('', 'The talks resume on Monday.\n\nLearn more about treaties from Daniel 9.\n\nThe end.\n') }),
    invalid: site({ [A]: article('', 'The talks resume on Monday.\n\nLearn more:\n') }),
    at: { file: A, line: 9, field: '(body)' },
  },
  'brand-case': {
    valid: site({ [A]: article('', 'Watchman Notes reports; see watchman.example.org and `watchman notes`.\n') }),
    invalid: site({ [A]: article('', 'As watchman notes reported on Monday.\n') }),
    at: { file: A, line: 7, field: '(body)' },
  },
  'author-exists': {
    valid: site({}),
    invalid: site({ [A]: article().replace('author: ada-author', 'author: ada-autor') }),
    at: { file: A, line: 4, field: 'author' },
  },
  'duplicate-id': {
    valid: site({ 'content/articles/2024/same-story.md': article(), 'content/articles/2025/other-story.md': article() }),
    invalid: site({ 'content/articles/2024/same-story.md': article(), 'content/articles/2025/same-story.md': article() }),
    at: { file: 'content/articles/2024/same-story.md', field: '(id)' },
  },
  'id-format': {
    valid: site({ 'content/articles/404-days.md': article() }),
    invalid: site({ 'content/articles/404.md': article() }),
    at: { file: 'content/articles/404.md', field: '(id)' },
  },
  'lead-image-src': {
    valid: site({ [A]: article('image: { src: ./gates.jpg, alt: Barrier gates at low tide }\n'), 'content/articles/gates.jpg': 'jpg' }),
    invalid: site({ [A]: article('image: { src: "https://img.example/gates.jpg", alt: Barrier gates at low tide }\n') }),
    at: { file: A, line: 6, field: 'image.src' },
  },
  'picture-file': {
    valid: site({ [A]: article('image: { src: ./photo.png, alt: A grey square }\n', 'Intro.\n\n![A grey strip](./strip.png)\n'), 'content/articles/photo.png': pngBytes(4, 4), 'content/articles/strip.png': pngBytes(8, 2) }),
    invalid: site({ [A]: article('image: { src: ./photo.png, alt: A grey square }\n'), 'content/articles/photo.png': 'png' }),
    at: { file: A, line: 6, field: 'image.src' },
  },
  'series-duplicate-part': {
    valid: site({ [A]: article('series: { name: Letters from the Coast, part: 1 }\n'), [B]: article('series: { name: Letters from the Coast, part: 2 }\n') }),
    invalid: site({ [A]: article('series: { name: Letters from the Coast, part: 2 }\n'), [B]: article('series: { name: Letters from the Coast, part: 2 }\n') }),
    at: { file: A, line: 6, field: 'series.part' },
  },
  'people-name-clash': {
    valid: site({ 'content/people/mason-richey.md': '---\nname: Mason Richey\naliases: [Mason Ritchey]\n---\n' }),
    invalid: site({ 'content/people/mason-richey.md': '---\nname: Mason Richey\n---\n', 'content/people/richey.md': '---\nname: M. Richey\naliases: [Mason Richey]\n---\n' }),
    at: { file: 'content/people/richey.md', field: 'aliases[0]' },
  },
  'edition-lang': {
    valid: site({ [A]: article('lang: de\n') }),
    invalid: site({ [A]: article('lang: fr\n') }),
    at: { file: A, line: 6, field: 'lang' },
  },
  'scripture-split-list': {
    valid: site({ [A]: article('lang: de\nscripture:\n  - Mt 24,6\n  - Dan 9,27\n', 'Kriege (Mt 24,6) und der Bund (Dan 9,27).\n') }),
    invalid: site({ [A]: article('lang: de\nscripture: [Mt 24,6, Dan 9,27]\n', 'Kriege (Mt 24,6) und der Bund (Dan 9,27).\n') }),
    at: { file: A, line: 7, field: 'scripture' },
  },
  'translation-of': {
    valid: site({ 'content/articles/de/a-treaty-signed.md': article('lang: de\ntranslationOf: en/base\n') }),
    invalid: site({ 'content/articles/en/a-treaty.md': article('translationOf: de/a-treaty-signed\n') }),
    at: { file: 'content/articles/en/a-treaty.md', line: 6, field: 'translationOf' },
  },
  'author-bio': {
    valid: site({ 'content/authors/de/ada-author.md': '---\nrole: Redakteurin\n---\nAda schreibt über Verträge.\n' }),
    invalid: site({ 'content/authors/de/ada-autor.md': '---\nrole: Redakteurin\n---\nAda schreibt über Verträge.\n' }),
    at: { file: 'content/authors/de/ada-autor.md', field: '(id)' },
  },
  'people-near-duplicate': {
    valid: site({ [A]: article('quotes:\n  - text: the talks would resume\n    speaker: Mason Richey\n'), [B]: article('quotes:\n  - text: the talks would resume\n    speaker: Mason Rich\n'), 'content/people/mason-richey.md': '---\nname: Mason Richey\naliases: [Mason Rich]\n---\n' }),
    invalid: site({ [A]: article('quotes:\n  - text: the talks would resume\n    speaker: Mason Richey\n'), [B]: article('quotes:\n  - text: the talks would resume\n    speaker: Mason Ritchey\n') }),
    at: { file: B, field: 'quotes[0].speaker' },
  },
};

function write(name: string, files: Files): string {
  const root = join(TMP, name);
  rmSync(root, { recursive: true, force: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    if (typeof content === 'object' && 'linkTo' in content) symlinkSync(content.linkTo, join(root, path));
    else writeFileSync(join(root, path), content);
  }
  return root;
}

const problemsOf = (name: string, files: Files) => checkProject(write(name, files), { cache: false }).problems;

describe('validation rules', () => {
  it('every rule has a case here, and every case a rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    const { valid, invalid, at } = CASES[id]!;
    const accepted = problemsOf(`${id}-valid`, valid);
    expect(accepted.filter((p) => p.rule === id), JSON.stringify(accepted)).toEqual([]);
    const problems = problemsOf(`${id}-invalid`, invalid);
    const found = problems.filter((p) => p.rule === id);
    expect(found.length, JSON.stringify(problems, null, 1)).toBeGreaterThan(0);
    const first = found[0]!;
    expect({ file: first.file, line: first.line, field: first.field }).toEqual({ line: undefined, ...at });
    expect(first.message).toBe(rule.example);
    expect(first.severity).toBe(rule.severity);
    if (rule.severity === 'error') expect(first.fix).toBeTruthy();
  });
});
