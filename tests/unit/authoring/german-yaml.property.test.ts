// What `npm run new --lang de` and `npm run import --lang de` write for German titles and German
// references reads back as written (check's reader and Astro's), and check accepts it: fully once the
// article schema has `lang` (the editions core work, issue 23); until then every problem other than
// the `lang` field and the German references, which need that schema, must already be absent.
import fc from 'fast-check';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { fieldProblem, newArticleText, oneLineTitle } from '../../../src/lib/authoring/new-article.ts';
import { renderArticle } from '../../../src/lib/importer/render.ts';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { ID_PATTERN } from '../../../src/lib/content/layout.ts';
import { fileIdFrom } from '../../../src/lib/text/slug.ts';
import { validateContent, type SourceFile } from '../../../src/lib/validation/run.ts';
import { articleSchema } from '../../../src/schema/article.ts';

const seed = Number(process.env['FC_SEED'] ?? Date.now() % 2_147_483_647);
console.log(`German authoring YAML properties: FC_SEED=${seed}`);
const settings = { numRuns: 300, seed };

const SCHEMA_HAS_LANG = 'lang' in articleSchema.shape;
const AUTHOR: SourceFile = { path: 'content/authors/ada-author.md', text: '---\nname: Ada Author\n---\nBio.\n' };

/** German words and the marks German titles carry: umlauts, ß, „…“, »…«, ‚…‘, a verse comma, `1. Mose`. */
const WORDS = [
  'Gespräche', 'über', 'Öl', 'Straße', 'Größe', 'Äußerung', 'Müller', 'ÄRGER', 'Fuß', 'Kommentar', 'und', 'der', 'Frieden',
  '„Frieden“', '»Sicherheit«', '‚Ruhe‘', 'Mt 24,6', 'Offb 13', '1. Mose 3,15', '12. März 2025', '7:1', '–', '-', '&', '?', '!',
  'ẞ', 'u\u0308ber', '2024-01-01', 'null', 'ja', 'nein',
];
const title = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 })
  .map((words) => oneLineTitle(words.join(' ')))
  .filter((value) => value !== '' && fieldProblem('title', value) === undefined && fileIdFrom(value, 'de') !== '');
/** German references in the display form import writes. */
const references = fc.uniqueArray(
  fc.constantFrom('Matthäus 24,6–7', 'Offenbarung 13', '1. Thessalonicher 5,3', 'Hesekiel 38–39', 'Psalm 122,6', '1. Mose 3,15', 'Daniel 9,27', 'Matthäus 24,6; 24,7', 'Joel'),
  { minLength: 1, maxLength: 5 },
);

function read(text: string): Record<string, unknown> {
  const split = splitFrontmatter(text);
  if (!split.ok) throw new Error('frontmatter did not parse');
  return split.data as Record<string, unknown>;
}

/** The problems check reports that do not depend on the article schema knowing `lang`. */
function problemsOf(path: string, text: string) {
  const problems = validateContent({ articles: [{ path, text }], authors: [AUTHOR] }).problems.filter((p) => p.severity === 'error');
  return SCHEMA_HAS_LANG ? problems : problems.filter((p) => p.field !== 'lang' && !p.field.startsWith('scripture'));
}

describe('German frontmatter the authoring tools write', () => {
  it('the id of a German title is ASCII, transliterated the German way, and a valid id', () => {
    fc.assert(
      fc.property(title, (t) => {
        const id = fileIdFrom(t, 'de');
        expect(id).toMatch(ID_PATTERN);
        expect(id).toMatch(/^[a-z0-9-]+$/u);
        // No umlaut loses its `e`: ä ö ü become ae oe ue, never a o u alone.
        if (/[äÄ]|a\u0308/u.test(t.normalize('NFC'))) expect(id).toContain('ae');
        if (/ß|ẞ/u.test(t)) expect(id).toContain('ss');
      }),
      settings,
    );
    expect(fileIdFrom('Gespräche über', 'de')).toBe('gespraeche-ueber');
  });

  it('new --lang de: the title and lang read back as written in both readers; check finds nothing else', () => {
    fc.assert(
      fc.property(title, (t) => {
        const text = newArticleText({ title: t, author: 'ada-author', date: '2025-03-10', source: 'Example Wire', lang: 'de' });
        expect(read(text)['title']).toBe(t);
        expect(read(text)['lang']).toBe('de');
        expect(parseFrontmatter(text).frontmatter['title']).toBe(t);
        expect(problemsOf('content/articles/de/neu.md', text)).toEqual([]);
      }),
      settings,
    );
  });

  it('import --lang de: German references are one a line and read back unsplit in both readers', () => {
    fc.assert(
      fc.property(title, references, (t, scripture) => {
        const text = renderArticle({ title: t, lang: 'de', date: '2025-03-10', author: 'ada-author', source: 'Der Nordbote', scripture }, 'Der Minister sagte, die Gespräche gingen weiter.');
        expect(text).not.toMatch(/^scripture: \[/mu);
        expect(read(text)['scripture']).toEqual(scripture);
        expect(parseFrontmatter(text).frontmatter['scripture']).toEqual(scripture);
        expect(read(text)['title']).toBe(t);
        expect(problemsOf('content/articles/de/importiert.md', text)).toEqual([]);
      }),
      settings,
    );
  });
});
