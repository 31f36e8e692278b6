// Any YAML value as frontmatter: validation returns a valid entry or problems that each name a
// file, a field and a fix; it never throws and never touches Object.prototype. And whatever it
// accepts, Astro's own frontmatter reader reads the same way, so the build cannot fail later.
import fc from 'fast-check';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { validateContent, type SourceFile } from '../../../src/lib/validation/run.ts';
import { articleSchema } from '../../../src/schema/article.ts';
import { authorSchema } from '../../../src/schema/author.ts';

// One seed per file, printed, so any failure can be replayed with FC_SEED=<seed>.
const seed = Number(process.env['FC_SEED'] ?? Date.now() % 2_147_483_647);
console.log(`frontmatter properties: FC_SEED=${seed}`);
const settings = { numRuns: 1000, seed };

const AUTHOR: SourceFile = { path: 'content/authors/ada-author.md', text: '---\nname: Ada Author\n---\nBio.\n' };
const BODY = '\n“We will keep talking,” the minister said.\n';

// Keys that matter: the schema's own, and the ones that reach the prototype chain.
const key = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'polluted'),
  fc.constantFrom('title', 'date', 'updated', 'author', 'source', 'name', 'url', 'quotes', 'text', 'speaker', 'topics', 'scripture', 'draft', 'summary', 'kicker'),
);
// Scalars that YAML parsers read in different ways, and text that looks like markup or a date.
const scalar = fc.oneof(
  fc.string(),
  fc.constantFrom('2025-03-10', '2024-13-45', '0000-01-01', '2025-03-10T10:00:00Z', '0b101', '0o17', '0x1F', '+.5', '.inf', '.NaN', 'yes', 'no', '~', 'null', 'true', '1_000', '<<', '*a', '&a', '!!str', '---', '...'),
  fc.constantFrom('"><img src=x onerror=alert(1)>', '</script><script>alert(1)</script>', 'javascript:alert(1)', 'https://example.org/x', 'ada-author', 'Luke 21:7-8', 'Luke 21:8-7'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const anyValue = fc.anything({ key, values: [scalar], maxDepth: 4, maxKeys: 6, withNullPrototype: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withSparseArray: true, withBigInt: true });

// Frontmatter that is nearly valid, with any field replaced or added: most of the rules get exercised.
const validFields = {
  title: 'A Valid Title',
  date: '2025-03-10',
  author: 'ada-author',
  source: 'Example Wire',
  quotes: [{ text: 'We will keep talking', speaker: 'A. Minister' }],
};
const nearlyValid = fc
  .tuple(fc.dictionary(key, fc.oneof(scalar, anyValue), { maxKeys: 2 }), fc.subarray(Object.keys(validFields), { maxLength: 1 }))
  .map(([changes, dropped]) => {
    const value: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(validFields)) if (!dropped.includes(name)) value[name] = field;
    for (const [name, field] of Object.entries(changes)) Object.defineProperty(value, name, { value: field, enumerable: true, writable: true, configurable: true });
    return value;
  });

/** YAML text of a value, in one of several styles; undefined when the yaml package cannot write it. */
function toYaml(value: unknown, style: number): string | undefined {
  try {
    const options = [{}, { defaultStringType: 'QUOTE_DOUBLE' as const }, { collectionStyle: 'flow' as const }, { defaultStringType: 'PLAIN' as const, defaultKeyType: 'PLAIN' as const }][style % 4];
    return stringify(value, options);
  } catch {
    return undefined;
  }
}

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
function expectPrototypeUntouched(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}
afterEach(expectPrototypeUntouched);

function expectWellFormed(result: ReturnType<typeof validateContent>, paths: readonly string[]): void {
  for (const problem of result.problems) {
    expect(paths).toContain(problem.file);
    expect(typeof problem.field).toBe('string');
    expect(problem.field.length).toBeGreaterThan(0);
    expect(typeof problem.message).toBe('string');
    expect(problem.message.length).toBeGreaterThan(0);
    if (problem.severity === 'error') expect(problem.fix?.length ?? 0, JSON.stringify(problem)).toBeGreaterThan(0);
    if (problem.line !== undefined) expect(problem.line).toBeGreaterThanOrEqual(1);
  }
}

describe('any YAML value as frontmatter', () => {
  it('yields a valid article or problems with file, field, message and fix; never a throw', () => {
    const outcomes = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(fc.oneof({ weight: 1, arbitrary: anyValue }, { weight: 2, arbitrary: nearlyValid }), fc.nat(3), (value, style) => {
        const yaml = toYaml(value, style);
        fc.pre(yaml !== undefined);
        const file = { path: 'content/articles/generated.md', text: `---\n${yaml}---\n${BODY}` };
        const result = validateContent({ articles: [file], authors: [AUTHOR] });
        expectWellFormed(result, [file.path, AUTHOR.path]);
        const errors = result.problems.filter((p) => p.severity === 'error');
        expect(result.articles.length === 1).toBe(errors.length === 0);
        outcomes[errors.length ? 'invalid' : 'valid']++;
        expectPrototypeUntouched();
      }),
      settings,
    );
    // Both outcomes must occur, or the property tests only one of them.
    console.log(`frontmatter outcomes: ${outcomes.valid} valid, ${outcomes.invalid} invalid`);
    expect(outcomes.valid).toBeGreaterThan(50);
    expect(outcomes.invalid).toBeGreaterThan(50);
  });

  it('as an author file, too', () => {
    fc.assert(
      fc.property(anyValue, fc.nat(3), (value, style) => {
        const yaml = toYaml(value, style);
        fc.pre(yaml !== undefined);
        const file = { path: 'content/authors/generated.md', text: `---\n${yaml}---\nBio.\n` };
        const result = validateContent({ articles: [], authors: [file] });
        expectWellFormed(result, [file.path]);
        expect(result.authors.length === 1).toBe(result.problems.length === 0);
        expectPrototypeUntouched();
      }),
      settings,
    );
  });

  it('any text between the fences, even when it is not YAML, is reported and not thrown', () => {
    const yamlish = fc.string({ unit: fc.constantFrom('a', ':', ' ', '\n', '\t', '-', '[', ']', '{', '}', '&', '*', '!', '|', '>', '"', "'", '#', '?', ',', '%', '@', '`', '\\', '\uFEFF', '\u2028', '0', 'é'), maxLength: 80 });
    fc.assert(
      fc.property(yamlish, (yaml) => {
        const file = { path: 'content/articles/generated.md', text: `---\n${yaml}\n---\nBody.\n` };
        expectWellFormed(validateContent({ articles: [file], authors: [AUTHOR] }), [file.path]);
      }),
      settings,
    );
  });
});

/** The same file as editors on other systems save it. */
function withEndings(text: string, ending: string): string {
  switch (ending) {
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'cr':
      return text.replace(/\n/g, '\r');
    case 'bom':
      return `\uFEFF${text}`;
    case 'trailing-spaces':
      return text.replace(/^---$/gm, '---  ');
    default:
      return text;
  }
}

describe('what validation accepts, Astro reads the same way', () => {
  // Text fields filled with scalars that YAML 1.1, YAML 1.2 and js-yaml each read differently,
  // written plain where the yaml package allows it: the place the two readers can disagree.
  const text = fc.oneof(scalar.filter((s): s is string => typeof s === 'string'), fc.string({ minLength: 1, maxLength: 30 }));
  const article = fc.record({ title: text, kicker: fc.option(text, { nil: undefined }), summary: fc.option(text, { nil: undefined }), source: text, speaker: text, topic: text });

  it('accepted frontmatter parses under Astro’s reader (js-yaml) to the same validated data', () => {
    let accepted = 0;
    fc.assert(
      fc.property(article, fc.nat(3), fc.constantFrom('lf', 'crlf', 'cr', 'bom', 'trailing-spaces'), (fields, style, ending) => {
        const value: Record<string, unknown> = {
          title: fields.title,
          ...(fields.kicker !== undefined ? { kicker: fields.kicker } : {}),
          date: '2025-03-10',
          author: 'ada-author',
          ...(fields.summary !== undefined ? { summary: fields.summary } : {}),
          source: fields.source,
          topics: [fields.topic],
          quotes: [{ text: 'We will keep talking', speaker: fields.speaker }],
        };
        const yaml = toYaml(value, style);
        fc.pre(yaml !== undefined);
        const source = withEndings(`---\n${yaml}---\n${BODY}`, ending);
        const ours = validateContent({ articles: [{ path: 'content/articles/a.md', text: source }], authors: [AUTHOR] });
        fc.pre(ours.articles.length === 1);
        const astro = parseFrontmatter(source).frontmatter;
        const theirs = articleSchema.safeParse(astro);
        expect(theirs.success, `Astro reads ${JSON.stringify(astro)}`).toBe(true);
        expect(theirs.data).toEqual(ours.articles[0]!.data);
        accepted++;
      }),
      settings,
    );
    console.log(`differential: ${accepted} accepted articles compared with Astro's reading`);
    expect(accepted).toBeGreaterThan(100);
  });

  it('accepted author files too', () => {
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), fc.nat(3), (name, role, style) => {
        const yaml = toYaml({ name, ...(role !== undefined ? { role } : {}) }, style);
        fc.pre(yaml !== undefined);
        const source = `---\n${yaml}---\nBio.\n`;
        const ours = validateContent({ articles: [], authors: [{ path: 'content/authors/a.md', text: source }] });
        fc.pre(ours.authors.length === 1);
        const theirs = authorSchema.safeParse(parseFrontmatter(source).frontmatter);
        expect(theirs.success).toBe(true);
        expect(theirs.data).toEqual(ours.authors[0]!.data);
      }),
      settings,
    );
  });
});
