import { describe, expect, it } from 'vitest';
import { articleJsonLd, breadcrumbListJsonLd, serializeJsonLd, websiteJsonLd } from '../../../src/lib/metadata/json-ld.ts';
import { jsonLdProblems } from '../../support/json-ld-shapes.ts';

describe('serializeJsonLd', () => {
  it('cannot close the script element or open a comment', () => {
    const out = serializeJsonLd({ headline: '</script><script>alert(1)</script><!--', x: 'a & b' });
    expect(out).not.toMatch(/[<>&]/);
    expect(JSON.parse(out)).toEqual({ headline: '</script><script>alert(1)</script><!--', x: 'a & b' });
  });

  it('escapes the line separators JavaScript treats as newlines', () => {
    expect(serializeJsonLd({ t: 'a\u2028b\u2029c' })).toBe('{"t":"a\\u2028b\\u2029c"}');
  });
});

describe('articleJsonLd', () => {
  const base = {
    url: 'https://s.example/articles/a/',
    headline: 'H',
    description: 'D',
    datePublished: '2026-03-02',
    dateModified: '2026-03-04',
    author: { name: 'Jane', url: 'https://s.example/authors/jane/' },
    publisher: { name: 'Site', url: 'https://s.example' },
    keywords: ['A', 'B'],
    source: { name: 'Example Wire', url: 'https://example.org/story' },
    passages: ['Luke 21:7–8'],
  };

  it('describes commentary on a news story', () => {
    const data = articleJsonLd(base);
    expect(data).toMatchObject({
      '@type': 'OpinionNewsArticle',
      datePublished: '2026-03-02',
      dateModified: '2026-03-04',
      author: [{ '@type': 'Person', name: 'Jane', url: 'https://s.example/authors/jane/' }],
      citation: { '@type': 'NewsArticle', url: 'https://example.org/story', publisher: { name: 'Example Wire' } },
      isBasedOn: { '@type': 'NewsArticle', name: 'Example Wire', url: 'https://example.org/story', publisher: { '@type': 'Organization', name: 'Example Wire' } },
      keywords: 'A, B',
      mentions: [{ '@type': 'CreativeWork', name: 'Luke 21:7–8' }],
    });
  });

  it('is based on a news article, never a bare string; one without a URL is named by its publication and section', () => {
    const data = articleJsonLd({ ...base, source: { name: 'Example Wire', section: 'World' }, passages: [], keywords: [] });
    expect(data.isBasedOn).toEqual({ '@type': 'NewsArticle', name: 'Example Wire, World', publisher: { '@type': 'Organization', name: 'Example Wire' } });
    expect(jsonLdProblems(data)).toEqual([]);
    expect(data).not.toHaveProperty('mentions');
    expect(data).not.toHaveProperty('keywords');
  });

  it('names the article’s language when given (a page outside the default edition), and only then', () => {
    expect(articleJsonLd({ ...base, inLanguage: 'de' }).inLanguage).toBe('de');
    expect(articleJsonLd(base)).not.toHaveProperty('inLanguage');
  });
});

describe('websiteJsonLd and breadcrumbListJsonLd', () => {
  it('describe the site with a search action whose template holds the query', () => {
    const data = websiteJsonLd({ url: 'https://s.example/', name: 'Site', description: 'D', inLanguage: 'en', searchUrlTemplate: 'https://s.example/search/?q={search_term_string}' });
    expect(jsonLdProblems(data)).toEqual([]);
    expect(data.potentialAction).toMatchObject({ '@type': 'SearchAction', 'query-input': 'required name=search_term_string' });
  });

  it('list a trail in order with absolute addresses, the page itself last', () => {
    const data = breadcrumbListJsonLd({ links: [{ href: '/scripture/', label: 'Scripture index' }, { href: '/scripture/luke/', label: 'Luke' }], current: 'Luke 21' }, 'https://s.example/scripture/luke/21/')!;
    expect(jsonLdProblems(data)).toEqual([]);
    expect((data.itemListElement as { position: number; name: string; item: string }[]).map((item) => [item.position, item.name, item.item])).toEqual([
      [1, 'Scripture index', 'https://s.example/scripture/'],
      [2, 'Luke', 'https://s.example/scripture/luke/'],
      [3, 'Luke 21', 'https://s.example/scripture/luke/21/'],
    ]);
    expect(breadcrumbListJsonLd({ links: [] }, 'https://s.example/')).toBeUndefined();
  });
});

describe('jsonLdProblems', () => {
  it('finds what the shapes forbid', () => {
    expect(jsonLdProblems({ '@type': 'WebSite' })).toContain('no @context https://schema.org');
    expect(jsonLdProblems({ '@context': 'https://schema.org', '@type': 'OpinionNewsArticle', headline: 'H', url: 'https://s.example/a/', isBasedOn: 'https://example.org/story' }).join()).toMatch(/isBasedOn/);
    expect(jsonLdProblems({ '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 2, name: 'x', item: '/x/' }] }).length).toBeGreaterThan(0);
  });
});
