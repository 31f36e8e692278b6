// The validated site (src/lib/build/site-content.ts) and the virtual module that hands it to pages
// (src/integrations/site-content-module.ts): one value, keyed by article id, read from one file.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleOf, articlesByDraft, datedArticles, readSiteContent, siteContentOf, writeSiteContent } from '../../../src/lib/build/site-content.ts';
import { siteContentModule, siteContentModuleCode, SITE_CONTENT_MODULE, writeModuleLists } from '../../../src/integrations/site-content-module.ts';

const facts = { words: 3, opening: 'One two three.', headings: [{ depth: 2, text: 'H', line: 1 }], citations: [], links: [], pictures: [], rawHtml: [], mdxCode: [] };
function article(id: string, draft: boolean) {
  const data = { title: `T ${id}`, date: '2024-05-01', updated: '2024-06-01', author: 'ada', draft, scripture: [], topics: ['war'], source: { name: 'Wire', url: 'https://wire.example/' }, quotes: [] };
  return { id, file: `content/articles/${id}.md`, body: 'One two three.', draft, data, facts, parses: { facts: 1, mdxCompile: 0 } };
}
const checked = {
  problems: [],
  articles: [article('b', false), article('2024', false), article('a', true)],
  authors: [{ id: 'ada', file: 'content/authors/ada.md', data: { name: 'Ada' }, body: '' }],
  people: [],
  checkedFiles: 4,
  cacheHits: 1,
} as never;

describe('the validated site', () => {
  it('keys articles by id with their file, draft flag, dated fields, page facts and parse counts', () => {
    const content = siteContentOf(checked);
    expect(content.articles['b']).toEqual({
      file: 'content/articles/b.md',
      draft: false,
      lang: 'en',
      data: { title: 'T b', date: '2024-05-01', updated: '2024-06-01', topics: ['war'], source: { name: 'Wire' }, author: { id: 'ada' } },
      facts: { words: 3, opening: 'One two three.', citations: [] },
      parses: { facts: 1, mdxCompile: 0 },
    });
    expect(content.authors).toEqual({ ada: { file: 'content/authors/ada.md', name: 'Ada' } });
    expect(articlesByDraft(content).drafts.map((a) => a.id)).toEqual(['a']);
    expect(datedArticles(content).map((a) => a.id).sort()).toEqual(['2024', 'b']);
  });

  it('keys articles per edition and gives each edition its exclusions and translations, both ways', () => {
    const de = (id: string, draft: boolean, translationOf?: { lang: string; id: string }) => {
      const base = article(id, draft);
      return { ...base, file: `content/articles/de/${id}.md`, data: { ...base.data, lang: 'de', ...(translationOf ? { translationOf } : {}) } };
    };
    const content = siteContentOf({
      ...(checked as object),
      articles: [article('b', false), de('b', false, { lang: 'en', id: 'b' }), de('c', false), de('d', true), article('a', true)],
      bios: [{ id: 'ada', lang: 'de', file: 'content/authors/de/ada.md', data: { role: 'Redakteurin' }, body: 'Ada schreibt.' }],
    } as never);
    expect(Object.keys(content.articles)).toEqual(['b', 'de/b', 'de/c', 'de/d', 'a']);
    expect(articleOf(content, 'b')?.file).toBe('content/articles/b.md');
    expect(articleOf(content, 'b', 'de')?.file).toBe('content/articles/de/b.md');
    expect(articlesByDraft(content, 'de').published.map((a) => a.id)).toEqual(['b', 'c']);
    expect(datedArticles(content, 'en').map((a) => a.id)).toEqual(['b']);
    expect(content.editions).toEqual({
      en: {
        published: 1,
        excludedFiles: ['content/articles/de/b.md', 'content/articles/de/c.md', 'content/articles/de/d.md', 'content/articles/a.md'],
        otherEditionFiles: ['content/articles/de/b.md', 'content/articles/de/c.md', 'content/articles/de/d.md'],
        translations: { b: [{ lang: 'de', id: 'b' }] },
      },
      de: {
        published: 2,
        excludedFiles: ['content/articles/b.md', 'content/articles/de/d.md', 'content/articles/a.md'],
        otherEditionFiles: ['content/articles/b.md', 'content/articles/a.md'],
        translations: { b: [{ lang: 'en', id: 'b' }] },
      },
    });
    expect(content.bios).toEqual({ de: { ada: { file: 'content/authors/de/ada.md', role: 'Redakteurin' } } });
  });

  it('finds an article by id, never by a name every object has', () => {
    const content = siteContentOf(checked);
    expect(articleOf(content, 'b')?.file).toBe('content/articles/b.md');
    expect(articleOf(content, 'constructor')).toBeUndefined();
    expect(articleOf(content, '__proto__')).toBeUndefined();
    // Articles whose file names are such names are kept as articles, through the file as well.
    const odd = siteContentOf({ ...(checked as object), articles: [article('__proto__', false), article('constructor', false)] } as never);
    const read = JSON.parse(JSON.stringify(odd)) as typeof odd;
    for (const content of [odd, read]) {
      expect(Object.keys(content.articles)).toEqual(['__proto__', 'constructor']);
      expect(articleOf(content, '__proto__')?.file).toBe('content/articles/__proto__.md');
      expect(articleOf(content, 'constructor')?.file).toBe('content/articles/constructor.md');
    }
  });

  it('is written atomically and read back unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-content-'));
    const file = join(dir, 'cache', 'validated-site.json');
    const content = siteContentOf(checked);
    writeSiteContent(file, content);
    writeSiteContent(file, { ...content, checkedFiles: 5 });
    expect(readSiteContent(file)).toEqual({ ...content, checkedFiles: 5 });
    expect(readdirSync(join(dir, 'cache'))).toEqual(['validated-site.json']);
  });
});

describe('virtual:watchman/site-content', () => {
  it('answers for its id only', () => {
    const plugin = siteContentModule({ file: join(mkdtempSync(join(tmpdir(), 'site-module-')), 'validated-site.json'), draftFiles: ['content/articles/a.md'] });
    const resolveId = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (id: string) => string | undefined;
    expect(resolveId(SITE_CONTENT_MODULE)).toBe(`\0${SITE_CONTENT_MODULE}`);
    expect(resolveId('virtual:other')).toBeUndefined();
    expect(load(`\0${SITE_CONTENT_MODULE}`)).toContain('validated-site.json');
  });

  it('reads the file it names once instead of inlining the content, and its lists of files from a file of their own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-module-'));
    const file = join(dir, 'validated-site.json');
    writeSiteContent(file, siteContentOf(checked));
    writeModuleLists({ file, draftFiles: ['content/articles/a.md'] });
    const code = siteContentModuleCode({ file, draftFiles: ['content/articles/a.md'] });
    expect(code).not.toContain('One two three.');
    // Astro's incremental build hashes this code into every page's key: a draft toggle must not change it.
    expect(code).toBe(siteContentModuleCode({ file, draftFiles: ['content/articles/b.md'], excludedFiles: ['content/articles/c.md'] }));
    writeFileSync(join(dir, 'module.mjs'), code);
    const module = (await import(pathToFileURL(join(dir, 'module.mjs')).href)) as { siteContent(): unknown; draftFiles: string[]; siteContentFile: string };
    expect(module.draftFiles).toEqual(['content/articles/a.md']);
    expect(module.siteContentFile).toBe(file);
    const first = module.siteContent();
    writeFileSync(file, '{}');
    expect(module.siteContent()).toBe(first);
    expect(first).toEqual(siteContentOf(checked));
  });
});
