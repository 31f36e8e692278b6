// The validation rules added for hostile input, tested directly (the builds in
// hostile-content.test.ts show the same rules end to end).
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/lib/content/load.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { validateContent, type SourceFile } from '../../src/lib/validation/run.ts';
import { isSafeLinkUrl } from '../../src/lib/markdown/links.ts';

const AUTHOR: SourceFile = { path: 'content/authors/ada-author.md', text: '---\nname: Ada Author\n---\nBio.\n' };
const HEAD = '---\ntitle: T\ndate: 2025-03-10\nauthor: ada-author\nsource: Example Wire\n---\n';

function problemsOf(path: string, text: string, fileExists?: (path: string) => boolean) {
  return validateContent({ articles: [{ path, text }], authors: [AUTHOR], ...(fileExists ? { fileExists } : {}) }).problems.map(
    (p) => `${p.line ?? '-'} ${p.field} ${p.message}`,
  );
}

describe('decodeSource: strict UTF-8 with the place of the first bad byte', () => {
  const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

  it('decodes valid UTF-8, a byte-order mark included, without a finding', () => {
    expect(decodeSource('a.md', bytes([0xef, 0xbb, 0xbf], '---\ntitle: Café\n'))).toEqual({ path: 'a.md', text: '\uFEFF---\ntitle: Café\n' });
  });

  it.each([
    ['a Latin-1 é', bytes('---\ntitle: Caf', [0xe9], '\n'), { offset: 14, line: 2, column: 11, byte: 0xe9, latin1: 'é' }],
    ['after a real U+FFFD', bytes('\uFFFD ok\n\uFFFD', [0xff]), { offset: 10, line: 2, column: 2, byte: 0xff }],
    ['after a byte-order mark', bytes([0xef, 0xbb, 0xbf], 'ab', [0xff]), { offset: 5, line: 1, column: 3, byte: 0xff }],
    ['an overlong encoding', bytes('x', [0xc0, 0x80]), { offset: 1, line: 1, column: 2, byte: 0xc0 }],
    ['an encoded surrogate', bytes('ab', [0xed, 0xa0, 0x80]), { offset: 2, line: 1, column: 3, byte: 0xed }],
    ['a character cut off at the end', bytes('abc', [0xe2, 0x82]), { offset: 3, line: 1, column: 4, byte: 0xe2 }],
  ])('finds %s', (_name, input, expected) => {
    expect(decodeSource('a.md', input).invalidUtf8).toMatchObject(expected);
  });

  it('is reported as one problem naming the byte, and the file is not read further', () => {
    const file = decodeSource('content/articles/a.md', bytes('---\ntitle: Caf', [0xe9], '\n---\n'));
    const { problems } = validateContent({ articles: [file], authors: [AUTHOR] });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/articles/a.md', line: 2, field: '(file)', message: 'file is not valid UTF-8: byte 0xE9 at byte offset 14 (line 2, column 11)' }),
    ]);
  });
});

describe('link addresses', () => {
  it.each([
    ['https://example.org', true],
    ['http://example.org', true],
    ['mailto:a@example.org', true],
    ['/articles/x/', true],
    ['../x', true],
    ['#top', true],
    ['?q=1', true],
    ['x/y:z', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    [' \u0001javascript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['jav\tascript:alert(1)', false],
    ['vbscript:x', false],
    ['data:text/html,x', false],
    ['file:///etc/passwd', false],
  ])('%j is safe: %s', (url, safe) => {
    expect(isSafeLinkUrl(url)).toBe(safe);
  });
});

describe('frontmatter as Astro reads it', () => {
  it('reports a field on the line of its key, a list item on its own line', () => {
    const result = splitFrontmatter('---\ntitle: T\nsource:\n  name: X\nquotes:\n  - text: a\n  - text: b\n    speaker: c\n---\n');
    if (!result.ok) throw new Error('parse');
    expect(result.lineOf(['source'])).toBe(3);
    expect(result.lineOf(['source', 'name'])).toBe(4);
    expect(result.lineOf(['quotes', 1])).toBe(7);
    expect(result.lineOf(['quotes', 1, 'speaker'])).toBe(8);
    expect(result.lineOf(['quotes', 5, 'text'])).toBe(5);
  });

  it('lists unquoted dates (a Date to js-yaml) by path, and reads 0b101 as js-yaml does', () => {
    const result = splitFrontmatter('---\ntitle: 2025-03-10\ndate: 2025-03-10\nq: "2025-03-10"\nlist: [2025-03-10T10:00:00Z, x]\nn: 0b101\n---\n');
    if (!result.ok) throw new Error('parse');
    expect(result.unquotedDates).toEqual([['title'], ['date'], ['list', 0]]);
    expect((result.data as { n: unknown }).n).toBe(5);
    expect((result.data as { date: unknown }).date).toBe('2025-03-10');
  });

  it.each([
    ['---\ntitle: T\n...\nBody\n', 'the frontmatter ends with a ... line, which Astro does not accept', 3],
    ['---\na: &a [*a]\n---\n', 'a YAML alias (*name) refers to the list or mapping that contains it', 2],
    [`---\nx: ${'['.repeat(25)}${']'.repeat(25)}\n---\n`, 'the frontmatter nests lists or mappings more than 20 levels deep', 2],
    [`---\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n---\n`, 'the frontmatter nests lists or mappings more than 20 levels deep', undefined],
  ])('rejects %j', (text, message, line) => {
    const result = splitFrontmatter(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ message, ...(line ? { line } : {}) });
  });
});

describe('MDX checks', () => {
  const exists = (path: string) => ['content/articles/Chart.astro', 'src/components/Box.astro'].includes(path);

  // By default MDX is data (docs/security.md): imports of components and exports are refused; trusted
  // MDX (trustedMdx, TRUSTED_MDX=on) accepts them, shown in tests/unit/validation/content-is-data.test.ts.
  it('refuses imported and exported components unless MDX is trusted, and accepts the site\'s', () => {
    const body = "import Chart from './Chart';\nimport Box from '../../src/components/Box.astro';\nexport const Local = () => null;\n\n<Chart />\n<Box />\n<Local />\n<Callout>Shown.</Callout>\n";
    expect(problemsOf('content/articles/a.mdx', `${HEAD}${body}`, exists)).toEqual([
      '11 (body) component Chart is not one the site provides; articles may use Callout, Figure',
      '12 (body) component Box is not one the site provides; articles may use Callout, Figure',
      "7 (body) MDX may import only pictures inside the project; this import is not a picture file",
      "8 (body) MDX may import only pictures inside the project; this import is not a picture file",
      '9 (body) MDX may not export or run code at the top of the file: it would run when the site is built',
    ]);
    expect(problemsOf('content/articles/a.mdx', `${HEAD}\n<Callout title="Shown">Shown.</Callout>\n`, exists)).toEqual([]);
  });

  it('names an unknown component, a missing import and a syntax error with their lines', () => {
    expect(problemsOf('content/articles/a.mdx', `${HEAD}\n<Chart />\n`, exists)).toEqual(['8 (body) component Chart is used but neither imported nor provided by the site']);
    expect(problemsOf('content/articles/a.mdx', `${HEAD}import X from './Nope.png';\n\n<Figure src={X} alt="A picture" />\n`, exists)).toEqual([
      '7 (body) imports ./Nope.png, which does not exist (looked for content/articles/Nope.png)',
    ]);
    expect(problemsOf('content/articles/a.mdx', `${HEAD}\nText {oops\n`)[0]).toMatch(/^8 \(body\) MDX syntax error at column \d+: /);
  });
});

describe('text fields', () => {
  it('reject control characters and unpaired surrogates, and a source name with no letters', () => {
    const text = '---\ntitle: "a\\u0007b"\ndate: 2025-03-10\nauthor: ada-author\nsource: { name: "***", section: "x\\uDC00" }\n---\nBody.\n';
    expect(problemsOf('content/articles/a.md', text)).toEqual([
      '5 source.name has no letters or digits, so it has no page address (/sources/…/)',
      '2 title contains an invisible control character (U+0007) at character 2',
      '5 source.section contains half of a character (U+DC00, a surrogate with no partner) at character 2',
    ]);
  });

  it('accept tabs, line breaks, emoji, right-to-left text and joiners', () => {
    const text = '---\ntitle: "👨‍👩‍👧 שלום\\tسلام\\nend"\ndate: 2025-03-10\nauthor: ada-author\nsource: Example Wire\n---\nBody.\n';
    expect(problemsOf('content/articles/a.md', text)).toEqual([]);
  });
});
