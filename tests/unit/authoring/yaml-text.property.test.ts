// Whatever `npm run new` and `npm run import` write, their own `check` accepts, and both check's
// reader and Astro's read back the very title and kicker given: for generated titles and kickers
// with any Unicode, YAML indicators, dates, numbers, booleans, nulls and leading dashes.
import fc from 'fast-check';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { fieldProblem, newArticleText, oneLineTitle } from '../../../src/lib/authoring/new-article.ts';
import { renderArticle } from '../../../src/lib/importer/render.ts';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { validateContent, type SourceFile } from '../../../src/lib/validation/run.ts';

const seed = Number(process.env['FC_SEED'] ?? Date.now() % 2_147_483_647);
console.log(`authoring YAML properties: FC_SEED=${seed}`);
const settings = { numRuns: 400, seed };

const AUTHOR: SourceFile = { path: 'content/authors/ada-author.md', text: '---\nname: Ada Author\n---\nBio.\n' };

/** Text YAML (or js-yaml, Astro's reader) takes for something else, or for syntax, when unquoted. */
const SPECIAL = [
  '2024-01-01', '2024-1-1 10:00:00', '2001-12-14t21:59:43.10-05:00', '12', '-5', '+3', '1e3', '.5', '0x1F', '0o17', '0b101', '1_000', '.inf', '-.Inf', '.NaN',
  'true', 'False', 'yes', 'no', 'on', 'off', 'null', 'Null', '~', 'y', 'n', '<<', '=',
  '-', '- item', '--', '---', '...', ':', ': x', 'key: value', '#', '# comment', '[a]', '{a: 1}', '!tag', '!!str', '&anchor', '*alias', '|', '>', '%YAML', '@at', '`tick', '"quoted"', "'single'", '? q', ',', 'a #b', 'a: b', 'trailing:',
];
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom('Über', 'Ἰησοῦς', 'مرحبا', '北京', '🙂', 'e\u0301', '\u00a0', 'Ezekiel 38') },
);
const phrase = fc.array(piece, { minLength: 1, maxLength: 3 }).chain((parts) => fc.constantFrom(' ', '', ': ', ' - ').map((joiner) => parts.join(joiner)));

/** The values `new` writes are the ones it accepts: one line, trimmed, and no schema problem (else it refuses). */
const title = phrase.map(oneLineTitle).filter((value) => value !== '' && fieldProblem('title', value) === undefined);
const kicker = phrase.map((value) => value.trim()).filter((value) => value !== '' && fieldProblem('kicker', value) === undefined);

function errorsOf(path: string, text: string) {
  return validateContent({ articles: [{ path, text }], authors: [AUTHOR] }).problems.filter((p) => p.severity === 'error');
}

/** Check's reader and Astro's both read `field` back as `expected`. */
function expectReadBack(text: string, field: 'title' | 'kicker', expected: string): void {
  const split = splitFrontmatter(text);
  expect(split.ok && (split.data as Record<string, unknown>)[field]).toBe(expected);
  expect(parseFrontmatter(text).frontmatter[field]).toBe(expected);
}

describe('the frontmatter the authoring tools write', () => {
  it('new: any title and kicker it accepts passes check and reads back as the same string', () => {
    fc.assert(
      fc.property(title, fc.option(kicker, { nil: undefined }), (t, k) => {
        const text = newArticleText({ title: t, author: 'ada-author', date: '2025-03-10', source: 'Example Wire', ...(k !== undefined ? { kicker: k } : {}) });
        expect(errorsOf('content/articles/new.md', text)).toEqual([]);
        expectReadBack(text, 'title', t);
        if (k !== undefined) expectReadBack(text, 'kicker', k);
      }),
      settings,
    );
  });

  it("import: any title and kicker the schema accepts passes check and reads back as the same string", () => {
    fc.assert(
      fc.property(title, fc.option(kicker, { nil: undefined }), (t, k) => {
        const text = renderArticle({ title: t, date: '2025-03-10', author: 'ada-author', source: 'Example Wire', ...(k !== undefined ? { kicker: k } : {}) }, 'The minister said the talks would resume.');
        expect(errorsOf('content/articles/imported.md', text)).toEqual([]);
        expectReadBack(text, 'title', t);
        if (k !== undefined) expectReadBack(text, 'kicker', k);
      }),
      settings,
    );
  });

  it('quotes every text that a reader could take for a date, a number or syntax (the examples of issue 22)', () => {
    for (const value of ['2024-01-01', '-x', '- x', '0b101', 'null', '#tag', '`tick']) {
      const text = newArticleText({ title: value, author: 'ada-author', date: '2025-03-10', source: 'Example Wire', kicker: value });
      expect(text).toContain(`title: ${JSON.stringify(value)}`);
      expect(text).toContain(`kicker: ${JSON.stringify(value)}`);
    }
  });
});
